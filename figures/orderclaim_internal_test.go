package figures

import "testing"

func TestFindOrderClaim(t *testing.T) {
	ix := newSeedIndex(t)
	for _, tc := range []struct {
		q              string
		text           string // the claim as a correction quotes it; "" for none
		way            int
		ratio          float64
		pair           bool
		subject, other string
		fall           bool
	}{
		// Two indicators of one period.
		{q: "去年出口增速比进口慢吧", text: "出口增速比进口慢", way: -1, pair: true, subject: "去年出口增速", other: "进口"},
		{q: "去年大豆产值比粳稻还要高吧", text: "大豆产值比粳稻还要高", way: 1, pair: true, subject: "去年大豆产值", other: "粳稻"},
		{q: "去年刑事警情比治安警情降得少对吗", text: "刑事警情比治安警情降得少", way: -1, pair: true, subject: "去年刑事警情", other: "治安警情", fall: true},
		{q: "今年进出口目标和社零目标一样吗", text: "进出口目标和社零目标一样", pair: true, subject: "今年进出口目标", other: "社零目标"},
		{q: "去年旅游收入是旅客接待量的两倍吧", text: "旅游收入是旅客接待量的两倍", ratio: 2, pair: true, subject: "去年旅游收入", other: "旅客接待量"},
		{q: "Did imports grow faster than exports in 2024?", text: "imports grow faster than exports", way: 1, pair: true, subject: "imports", other: "exports"},
		// One indicator, this year against last.
		{q: "今年海洋牧场面积比去年少吗", text: "比去年少", way: -1},
		{q: "今年新增就业目标和去年持平吧", text: "和去年持平"},
		{q: "今年外资目标是去年的一半吧"}, // 一半 is no 倍: not read
		{q: "今年公交车购置数是去年的三倍吧", text: "去年的三倍", ratio: 3},
		// A growth of 100% or more (翻番, read 增长100%) is a multiple.
		{q: "今年外资目标比去年增长100%吧", text: "增长100%", way: 1, ratio: 2},
		{q: "今年公交车比去年增长了200%对吧", text: "增长了200%", way: 1, ratio: 3},
		{q: "今年GDP比去年增长约100%吧"},   // 约: a rate's wording
		{q: "去年进出口总额比前年增长了200%吧"}, // a year the report gives no amount of
		{q: "2024年旅客接待量比2023年增长100%吧"},
		// No order claimed: an amount, a growth rate, a place, a question
		// word, a word holding 比.
		{q: "今年公交车比去年多47台吧"},
		{q: "今年GDP比去年增长6%吧"},
		{q: "去年GDP增速比全省快吧"},
		{q: "今年外资目标比去年少一半多吧"},
		{q: "农村自来水啥时候能跟城里一样"},
		{q: "新能源装机占比高吗"},
		{q: "社零增速比GDP快多少"},
		// A choice of both ways asks which, claiming neither.
		{q: "今年购置公交车比去年多还是少"},
		{q: "Is the 2025 GDP target higher or lower than 2024 growth?"},
	} {
		g, ok := findOrderClaim(tc.q, statedFigures(tc.q), ix.scope(""))
		switch {
		case ok != (tc.text != ""):
			t.Errorf("%s: claim %v (%q), want %q", tc.q, ok, g.text, tc.text)
		case ok && (g.text != tc.text || g.way != tc.way || g.ratio != tc.ratio || g.pair != tc.pair || g.subject != tc.subject || g.other != tc.other || g.fall != tc.fall):
			t.Errorf("%s: %+v, want %+v", tc.q, g, tc)
		}
	}
}

func TestJudgeOrder(t *testing.T) {
	pct := func(n float64, q string, dir int) Figure {
		return Figure{Indicator: "x", Value: n, Max: n, Unit: "%", Qualifier: q, Direction: dir}
	}
	for _, tc := range []struct {
		name            string
		g               gapClaim
		base, then      Figure
		wrong, undecide bool
		words           string
	}{
		{"an approximate figure lower", gapClaim{order: true, way: 1}, pct(4, "", 1), pct(3.5, "左右", 1), true, false, "约低0.5个百分点"},
		{"an approximate figure, too near to order", gapClaim{order: true, way: 1}, pct(5.4, "", 1), pct(5.5, "左右", 1), false, true, "约高0.1个百分点"},
		{"a floor beside a number above it", gapClaim{order: true, way: 1}, pct(39.7, "", 1), pct(20, "以上", 1), false, true, ""},
		{"two floors compare as floors", gapClaim{order: true, way: 1}, pct(20, "以上", 1), pct(10, "以上", 1), true, false, "下限低10个百分点"},
		{"a larger fall", gapClaim{order: true, way: 1, fall: true}, pct(26.1, "", -1), pct(24.3, "", -1), true, false, "降幅小1.8个百分点"},
		{"a smaller fall, rightly", gapClaim{order: true, way: -1, fall: true}, pct(26.1, "", -1), pct(24.3, "", -1), false, false, "降幅小1.8个百分点"},
		{"the same", gapClaim{order: true}, pct(5, "", 1), pct(6, "", 1), true, false, "高1个百分点"},
		{"the same figure written twice", gapClaim{order: true}, pct(5.5, "左右", 1), pct(5.5, "左右", 1), false, false, "持平"},
		{"a multiple far off", gapClaim{order: true, ratio: 3}, pct(29.9, "", 1), pct(64, "", 1), true, false, "高34.1个百分点"},
		{"a multiple near enough", gapClaim{order: true, ratio: 2}, pct(29.9, "", 1), pct(64, "", 1), false, false, "高34.1个百分点"},
	} {
		gc := judgeOrder(tc.g, tc.base, tc.then)
		words := ""
		if gc.Gap != nil {
			words = gc.Gap.Words("zh")
		}
		if gc.Wrong != tc.wrong || gc.Undecided != tc.undecide || words != tc.words {
			t.Errorf("%s: wrong %v undecided %v %q, want %v %v %q", tc.name, gc.Wrong, gc.Undecided, words, tc.wrong, tc.undecide, tc.words)
		}
	}
}

func TestAsPoints(t *testing.T) {
	for _, tc := range []struct {
		q, text, unit string
		points        bool
	}{
		{"一般公共预算收入增长高于全省3%吧", "3%", "个百分点", true},
		{"增速比全省平均水平快1.5%吗", "1.5%", "个百分点", true},
		{"比全省高2个点吧", "2个点", "个百分点", false},
		{"GDP增长下降了1个点", "1个点", "个百分点", false},
		{"一般公共预算收入增长3%吧", "3%", "%", false},
		{"新建充电点位10个点位", "10个", "个", false},
		{"比去年快2%吧", "2%", "%", false}, // a growth rate: no wider place
	} {
		ms := statedFigures(tc.q)
		if len(ms) == 0 {
			t.Errorf("%s: no figure", tc.q)
			continue
		}
		m := ms[0]
		if m.Text != tc.text || m.Value.Unit != tc.unit || m.points != tc.points {
			t.Errorf("%s: %q %q points %v, want %q %q %v", tc.q, m.Text, m.Value.Unit, m.points, tc.text, tc.unit, tc.points)
		}
	}
}
