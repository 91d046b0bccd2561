package rag

import "testing"

// A claim naming one of two things a clause gives a figure or a place
// together: the figure is corrected with the pair, the place declined;
// the pair named whole, or a figure each (分别), is neither.
func TestJointCorrection(t *testing.T) {
	quote := "盘锦大米和盘锦河蟹品牌价值包揽全省农业区域品牌冠亚军、合计突破千亿元"
	cites := []Citation{{Quote: quote, Paragraph: 9}}
	for _, tc := range []struct {
		q, value     string
		decline, any bool
	}{
		{"盘锦大米品牌价值突破千亿元了？", "盘锦大米和盘锦河蟹品牌价值", false, true},
		{"盘锦河蟹品牌价值突破千亿元吧", "盘锦大米和盘锦河蟹品牌价值", false, true},
		{"盘锦河蟹品牌价值是全省冠军吗", "", true, true},
		{"盘锦大米品牌价值是全省第一吧", "", true, true},
		{"盘锦大米和盘锦河蟹品牌价值合计突破千亿元吧", "", false, false},
		{"盘锦大米品牌价值包揽全省农业区域品牌冠亚军吧", "", true, true}, // the pair's places given one
	} {
		p, decline, ok := jointCorrection(tc.q, cites)
		value := ""
		if ok && !decline {
			value = string([]rune(quote)[p.Figure.Start:p.Figure.End])
		}
		if ok != tc.any || decline != tc.decline || value != tc.value {
			t.Errorf("jointCorrection(%q) = %q, decline %v, %v; want %q, %v, %v", tc.q, value, decline, ok, tc.value, tc.decline, tc.any)
		}
	}
	each := []Citation{{Quote: "粳稻、大豆全产业链产值分别达到105亿元、145亿元"}}
	if _, _, ok := jointCorrection("粳稻全产业链产值达到105亿元吧", each); ok {
		t.Error("jointCorrection: 分别 gives a figure each")
	}
}

// Digits alone shared (30 of 30强 and 30个镇级) are no figure of the pair.
func TestJointNeedsTheFiguresMeasure(t *testing.T) {
	cites := []Citation{{Quote: "大洼区、辽滨经开区及30个镇级国土空间总体规划编制完成"}}
	if _, _, ok := jointCorrection("辽滨经开区去年没有跌出30强吧", cites); ok {
		t.Error("jointCorrection: 30强 is no figure of 大洼区、辽滨经开区")
	}
}

// Items of a list each with its own figure (1个省级、2个市级) are no pair of
// one figure: a claim of one item is right.
func TestJointNotAListOfCounts(t *testing.T) {
	cites := []Citation{{Quote: "高质量建设1个省级、2个市级产教联合体"}}
	if _, _, ok := jointCorrection("高质量建设1个省级产教联合体吗", cites); ok {
		t.Error("jointCorrection: 1个省级 is the first item's own count")
	}
}

// An English claim of a figure naming one of two things a clause totals
// (合计) is corrected with the clause; one naming both is not.
func TestEnglishJointCorrection(t *testing.T) {
	eng := NewEngine(seedIndex(t), nil)
	for _, tc := range []struct{ q, stated string }{
		{"Panjin rice brand value alone exceeds 100 billion?", "rice brand value alone"},
		{"Panjin crab brand value exceeds 100 billion, right?", "crab brand value"},
		{"Panjin rice and crab brand value together exceed 100 billion?", ""},
	} {
		ans, err := eng.Ask(t.Context(), Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if hasCorrection(ans) {
			got = ans.Parts[0].Stated
		}
		if got != tc.stated {
			t.Errorf("%s: corrected %q, want %q", tc.q, got, tc.stated)
		}
	}
}
