package rag_test

import "testing"

// TestPartOfWholeNotTheWhole: a part asked after 里 or 中 following a
// whole the report gives is not answered by the whole's figure, whose
// clause names the whole but not the part; a part the report gives with
// its own figure is, and 中 inside a name (中小企业, 中储粮) marks nothing.
func TestPartOfWholeNotTheWhole(t *testing.T) {
	eng := fullEngine(t)
	checkGrounding(t, eng, []groundingCase{
		{q: "固定资产投资里工业投资增长多少", grounding: "no_such_figure", want: []string{"固定资产投资增长20%以上"}, not: []string{"增长：20%以上"}},
		{q: "固定资产投资中民间投资增长多少", grounding: "no_such_figure", not: []string{"增长：20%以上"}},
		{q: "粮食产量中水稻产量多少", grounding: "no_such_figure", want: []string{"粮食产量110万吨左右"}, not: []string{"粮食产量：110万吨"}},
		{q: "全社会研发经费里企业研发投入增长多少", grounding: "no_such_figure", not: []string{"增长：7%"}},
		{q: "新登记经营主体中企业增长多少", grounding: "no_such_figure", want: []string{"新登记经营主体增长21.7%"}, not: []string{"增长：21.7%"}},
		// The part opens with a word the reports never write before the
		// whole's head asked again.
		{q: "治安警情中盗窃警情下降多少", grounding: "no_such_figure", not: []string{"下降：24.3%"}},
		{q: "去年的治安警情里，盗窃类警情下降了多少", grounding: "no_such_figure", not: []string{"下降：24.3%"}},
		{q: "治安警情其中盗窃警情下降多少", grounding: "no_such_figure", not: []string{"下降：24.3%"}},
		{q: "新登记经营主体中的个体工商户增长多少", grounding: "no_such_figure", not: []string{"增长：21.7%"}},
		// One item of a list asked again: its own figure by its place.
		{q: "科技型中小企业、高新技术企业里高新技术企业增长多少", found: true, figures: []string{"10.6%"}},
		{q: "旅客接待量、旅游收入里旅游收入增长多少", found: true, figures: []string{"29.9％"}},
		// The report gives the part with its own figure.
		{q: "引进各类人才中高层次人才有多少", found: true, figures: []string{"31人"}},
		{q: "全年实施项目中亿元以上项目多少个", found: true, figures: []string{"125个"}},
		// The whole named in the next clause (空气质量) still scopes the part's figure.
		{q: "2024年城市空气里细颗粒物的年均水平是多少？", found: true, want: []string{"29微克"}},
		// 中 and 里 inside names.
		{q: "科技型中小企业增长多少", found: true, figures: []string{"35.8%"}},
		{q: "城里新增就业多少人", found: true, figures: []string{"2.04万人"}, want: []string{"1.9万人"}}, // no year: the target only quoted
		// The word a sibling family's members share, asked bare, when the
		// report writes it only as one member's tail: the member is a part.
		{q: "盘锦港去年吞吐量多少", grounding: "no_such_figure", want: []string{"没有给出吞吐量的总数", "集装箱吞吐量增长1.9%"}, not: []string{"增长：1.9%"}},
		{q: "盘锦港吞吐量增长百分之几", grounding: "no_such_figure", not: []string{"增长：1.9%"}},
		// The member named (by a word people say for its qualifier too), or
		// the word people say for one member.
		{q: "盘锦港集装箱吞吐量增长多少", found: true, figures: []string{"1.9%"}},
		{q: "盘锦港货柜吞吐量增长多少", found: true, figures: []string{"1.9%"}},
		{q: "生产总值增长多少", found: true, figures: []string{"3.5%左右"}, want: []string{"5.5%左右"}}, // no year: the target only quoted
	})
}
