package figures

import "testing"

func TestFindGapClaim(t *testing.T) {
	ix := newSeedIndex(t)
	for _, tc := range []struct {
		q    string
		text string // the claim as written; "" for none
		way  int
		base Kind
	}{
		{"今年公交车比去年多47台吧", "多47台", 1, KindResult},
		{"今年公交车比去年多买47台吧", "多买47台", 1, KindResult},
		{"今年公交车比去年多了47台对吗", "多了47台", 1, KindResult},
		{"今年买的公交车比去年多47台", "多47台", 1, KindResult},
		{"今年就业目标比去年少了0.14万人吧", "少了0.14万人", -1, KindResult},
		{"今年GDP目标比去年高2个百分点吧", "高2个百分点", 1, KindResult},
		{"今年GDP目标比去年提高了2个百分点吧", "提高了2个百分点", 1, KindResult},
		{"今年比去年公交车多买了47台", "多买了47台", 1, KindResult},
		{"跟去年比，今年公交车多50台吧", "多50台", 1, KindResult},
		{"与上年相比公交车少47台吧", "少47台", -1, KindResult},
		{"今年公交车较去年同期增加47台吧", "增加47台", 1, KindResult},
		{"今年公交车比2024年多47台吧", "多47台", 1, KindResult},
		// A year the report gives no figures of is still a difference:
		// its amount is no level.
		{"去年公交车比前年多47台吧", "多47台", 1, ""},
		// Last year's target is in last year's report, not this one.
		{"今年GDP目标比去年目标高0.5个百分点吧", "高0.5个百分点", 1, ""},
		{"今年GDP目标跟去年的目标比高0.5个百分点吧", "高0.5个百分点", 1, ""},
		{"Is the GDP target 0.5 percentage points higher than last year's target?", "0.5 percentage points higher", 1, ""},
		// Last year's level first, then the difference.
		{"今年外资目标比去年的7.5亿美元低3.5亿美元吧", "低3.5亿美元", -1, KindResult},
		{"Will Panjin buy 47 more buses this year than last year?", "47 more", 1, KindResult},
		{"Is this year's GDP target 2 percentage points higher than last year's?", "2 percentage points higher", 1, KindResult},
		{"Is the GDP target up 2 percentage points from last year?", "up 2 percentage points", 1, KindResult},
		{"Is the FDI target US$350 million lower than last year?", "US$350 million lower", -1, KindResult},
		{"So the bus plan is an increase of 47 over last year?", "increase of 47", 1, KindResult},
		{"So jobs show a fall of 1,400 on last year?", "fall of 1,400", -1, KindResult},
		{"İs the bus plan 47 more than last year?", "47 more", 1, KindResult}, // İ lower-cases to two runes
		// No difference claimed: a growth rate, a multiple, no amount, no
		// comparison, the amount in another clause, a level compared.
		{"今年GDP比去年增长6%吧", "", 0, ""},
		{"今年产值比去年多1倍吧", "", 0, ""},
		{"今年公交车比去年多买多少台", "", 0, ""},
		{"今年要购置132台公交车吧", "", 0, ""},
		{"今年公交车比去年多，132台吧", "", 0, ""},
		{"为什么今年城镇新增就业目标1.9万人，比去年实际的2.04万人还少？", "", 0, ""},
		{"Did exports grow 6% over last year?", "", 0, ""},
		{"Did the city buy more than 80 buses last year?", "", 0, ""},
	} {
		g, ok := findGapClaim(tc.q, statedFigures(tc.q), ix.scope(""))
		switch {
		case ok != (tc.text != ""):
			t.Errorf("%s: claim %v (%q), want %q", tc.q, ok, g.text, tc.text)
		case ok && (g.text != tc.text || g.way != tc.way || g.base != tc.base):
			t.Errorf("%s: claim %q way %d base %q, want %q way %d base %q", tc.q, g.text, g.way, g.base, tc.text, tc.way, tc.base)
		}
	}
}
