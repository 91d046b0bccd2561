package places

import "testing"

// FuzzFind: Find never panics, and its mentions are in order, do not
// overlap, fall on rune boundaries and quote the text exactly.
func FuzzFind(f *testing.F) {
	g := load(f)
	for _, s := range []string{
		"", "大连今年gdp目标是多少?", "What is Dalian's GDP target?", "营口港", "沈阳和平区",
		"沿海地区", "xi'an’s", "盘锦港\xff大洼区", "岳阳楼", "ＧＤＰ全国", "dalian's's", "'s",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		boundary := map[int]bool{len(text): true}
		for i := range text {
			boundary[i] = true
		}
		prev := 0
		for _, m := range g.Find(text) {
			if m.Start < prev || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("Find(%q): bad span %d-%d after %d", text, m.Start, m.End, prev)
			}
			if m.As != text[m.Start:m.End] {
				t.Fatalf("Find(%q): As %q != %q", text, m.As, text[m.Start:m.End])
			}
			if !boundary[m.Start] || !boundary[m.End] {
				t.Fatalf("Find(%q): %d-%d splits a rune", text, m.Start, m.End)
			}
			if p, ok := g.ByCode(m.Place.Code); !ok || p != m.Place {
				t.Fatalf("Find(%q): unknown place %+v", text, m.Place)
			}
			prev = m.End
		}
	})
}

// FuzzParse: bad data gives an error, never a panic.
func FuzzParse(f *testing.F) {
	f.Add("CN\tcountry\t\t中国\t中国\tChina\t全国\n21\tprovince\tCN\t辽宁省\t辽宁\tLiaoning\t\n")
	f.Add("# c\n2111\tcity\t21\t盘锦市\t盘锦\t\t\n")
	f.Add("x\tcity\tx\ta\t\t\t\n")
	f.Fuzz(func(t *testing.T, data string) {
		g, err := parse(data)
		if err == nil {
			g.Find("盘锦市和大连")
		}
	})
}
