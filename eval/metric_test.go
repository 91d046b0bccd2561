package eval

import (
	"testing"

	"github.com/reportbot/reportbot/rag"
)

func TestContainsFactIsStrict(t *testing.T) {
	for _, tc := range []struct {
		text, fact string
		want       bool
	}{
		{"增长5.5%左右", "5.5%左右", true},
		{"增长5.5%左右", "5%", false},   // not inside 5.5%
		{"增长15.5%", "5.5%", false},  // not the tail of 15.5
		{"新增航线12条", "2条", false},    // not the tail of 12
		{"增长5.55%", "5.5", false},   // not the head of 5.55
		{"增长5%，不是5.5%", "5%", true}, // the second occurrence's neighbour does not matter
		{"2024年增长5.", "5", true},    // a full stop is not a decimal point
		{"进出口总额增长６％", "6%", true},   // normalized: full-width digits and percent
		{"金帛滩海洋乐园", "金帛滩海洋乐园", true},
		{"", "5%", false},
		{"5%", "", false},
	} {
		if got := ContainsFact(tc.text, tc.fact); got != tc.want {
			t.Errorf("ContainsFact(%q, %q) = %v, want %v", tc.text, tc.fact, got, tc.want)
		}
	}
}

func TestConfidentlyWrong(t *testing.T) {
	fig := func(v, ind string) rag.Part {
		return rag.Part{Type: rag.PartFigure, Figure: &rag.AnswerFigure{Value: v, Indicator: ind}}
	}
	corr := rag.Part{Type: rag.PartCorrection, Stated: "8%", Figure: &rag.AnswerFigure{Value: "5.5%左右"}}
	parking := Question{Answerable: true, Facts: []string{"增划停车泊位1.1万个"}}
	for _, tc := range []struct {
		name  string
		q     Question
		a     rag.Answer
		wrong bool
	}{
		{"found on an unanswerable question", Question{}, rag.Answer{Found: true}, true},
		{"refused an unanswerable question", Question{}, rag.Answer{Found: false}, false},
		{"headline figure of another indicator", parking, rag.Answer{Found: true, Parts: []rag.Part{fig("2条", "新增航线")}}, true},
		{"headline figure inside the key fact", parking, rag.Answer{Found: true, Parts: []rag.Part{fig("1.1万个", "增划停车泊位")}}, false},
		{"other figure offered when not found", parking, rag.Answer{Found: false, Parts: []rag.Part{fig("2条", "新增航线")}}, false},
		{"5% is not 5.5%", Question{Answerable: true, Facts: []string{"5.5%左右"}}, rag.Answer{Found: true, Parts: []rag.Part{fig("5%", "社零")}}, true},
		{"premise not corrected", Question{Answerable: true, Premise: "8%", Facts: []string{"5.5%左右"}}, rag.Answer{Found: true}, true},
		{"premise corrected", Question{Answerable: true, Premise: "8%", Facts: []string{"5.5%左右"}}, rag.Answer{Found: true, Parts: []rag.Part{corr}}, false},
		{"a right figure corrected", Question{Answerable: true, Kind: "confirm", Facts: []string{"5.5%左右"}}, rag.Answer{Found: true, Parts: []rag.Part{corr}}, true},
	} {
		if got := confidentlyWrong(tc.q, &tc.a) != ""; got != tc.wrong {
			t.Errorf("%s: confidently wrong = %v, want %v", tc.name, got, tc.wrong)
		}
	}
}

func TestWholePlaceOnlyShowsTheCitysFigure(t *testing.T) {
	whole := rag.Part{Type: rag.PartCorrection, Stated: "大洼区的", WholePlace: "盘锦市", Figure: &rag.AnswerFigure{Value: "2.04万人"}}
	for _, tc := range []struct {
		name string
		a    rag.Answer
		want bool
	}{
		{"the city's figure labelled as the whole's", rag.Answer{Parts: []rag.Part{whole, {Type: rag.PartQuote, Text: "城镇新增就业2.04万人"}}}, true},
		{"another correction", rag.Answer{Parts: []rag.Part{{Type: rag.PartCorrection, Stated: "8%", Figure: &rag.AnswerFigure{Value: "5.5%左右"}}}}, false},
		{"a bare decline", rag.Answer{Parts: []rag.Part{{Type: rag.PartText, Text: "没有单列大洼区的"}}}, false},
	} {
		if got := wholePlaceOnly(&tc.a); got != tc.want {
			t.Errorf("%s: wholePlaceOnly = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestOtherPeriodOnlyShowsTheFigure(t *testing.T) {
	other := &rag.Understood{Grounding: rag.GroundOtherPeriod}
	for _, tc := range []struct {
		name string
		a    rag.Answer
		want bool
	}{
		{"the other period's figure shown", rag.Answer{Understood: other, Parts: []rag.Part{{Type: rag.PartFigure, Figure: &rag.AnswerFigure{Value: "2条"}}}}, true},
		{"the other period's sentence quoted", rag.Answer{Understood: other, Parts: []rag.Part{{Type: rag.PartQuote, Text: "新增航线2条"}}}, true},
		{"a year the report does not cover, nearest sections only", rag.Answer{Understood: other, Parts: []rag.Part{{Type: rag.PartText, Text: "没有2026年的数字"}, {Type: rag.PartItem, Text: "（一）"}}}, false},
		{"another grounding", rag.Answer{Understood: &rag.Understood{Grounding: rag.GroundNotAnswered}, Parts: []rag.Part{{Type: rag.PartQuote}}}, false},
		{"no understanding", rag.Answer{}, false},
	} {
		if got := otherPeriodOnly(&tc.a); got != tc.want {
			t.Errorf("%s: otherPeriodOnly = %v, want %v", tc.name, got, tc.want)
		}
	}
}
