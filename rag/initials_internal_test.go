package rag

import "testing"

// Initials claimed after 是 that the report never writes name a thing it
// does not say (WCBA); ones it writes (5G) or the lexicon knows (GDP,
// CPI) do not, nor initials not claimed after 是, nor a word in capitals.
func TestUnwrittenInitials(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	for _, c := range []struct{ q, want string }{
		{"去年承办的中国女篮职业赛事是WCBA全明星赛吧", "WCBA"},
		{"承办的赛事是不是CBA", "CBA"},
		{"承办的中国女篮职业赛事是ＷＣＢＡ全明星赛吧", "WCBA"}, // full width
		{"去年增长最快的是ＧＤＰ吗", ""},
		{"多屏科技是5G工厂吗", ""},
		{"去年增长最快的是GDP吗", ""},
		{"今年控制目标是CPI吗", ""},
		{"WCBA全明星赛在盘锦办吗", ""},
		{"这个是Apple吗", ""},
		{"Is it the WCBA?", ""}, // no 是 claims it
	} {
		if got := e.unwrittenInitials(c.q, nil); got != c.want {
			t.Errorf("unwrittenInitials(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}
