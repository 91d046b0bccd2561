package rag

import (
	"slices"
	"strings"
)

// measureCues ask what is done about a thing — a policy, a measure, a
// subsidy — which no target figure answers ("今年就业有什么政策").
var measureCues = []string{"政策", "措施", "举措", "扶持", "补贴", "补助", "优惠", "policy", "policies", "measures", "subsid"}

// withoutFigureLists leaves out, for a question asking measures and no
// figure, the paragraphs that are lists of figures (the plan's 主要预期目
// 标：地区生产总值增长5.5%左右；…城镇新增就业1.9万人；…) when others were
// found: such a paragraph names the thing asked only as what a figure
// measures.
func withoutFigureLists(a analysis, hits []Hit) []Hit {
	if a.figure || !containsAny(a.norm, measureCues) {
		return hits
	}
	out := slices.DeleteFunc(slices.Clone(hits), func(h Hit) bool { return figureList(h.Paragraph.Text) })
	if len(out) == 0 {
		return hits
	}
	return out
}

// figureList reports whether text is a list of figures: four items or
// more (cut at ；), most of them holding a digit.
func figureList(text string) bool {
	items := strings.FieldsFunc(text, func(r rune) bool { return r == '；' || r == ';' })
	if len(items) < 4 {
		return false
	}
	n := 0
	for _, it := range items {
		if strings.ContainsAny(it, "0123456789") {
			n++
		}
	}
	return 3*n >= 2*len(items)
}
