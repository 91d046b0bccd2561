package figures

import "testing"

func TestValueFirstName(t *testing.T) {
	for _, tc := range []struct {
		q, name string // name "" for no value-first claim
	}{
		{"147亿是进口额吧", "进口额"},
		{"39.7%就是出口增速对吧？", "出口增速"},
		{"147亿是进口额的吧", "进口额"},
		{"5.5%是今年目标吧", ""},    // a period and a kind name no indicator
		{"39.7%是对的吧", ""},     // a judgement
		{"147亿是什么", ""},       // a question
		{"去年GDP增长3.5%是吧", ""}, // nothing named after 是
		{"147亿元里出口是多少", ""},
	} {
		ms := statedFigures(tc.q)
		if len(ms) == 0 {
			t.Fatalf("%s: no figure", tc.q)
		}
		name, ok := valueFirstName([]rune(tc.q), ms[0])
		if !ok {
			name = ""
		}
		if name != tc.name {
			t.Errorf("valueFirstName(%q) = %q, want %q", tc.q, name, tc.name)
		}
	}
}
