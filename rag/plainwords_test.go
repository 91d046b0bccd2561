package rag_test

import (
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// Everyday words for the report's terms are not words the report lacks:
// a 私人企业老板 is a 民营企业家, a factory
// inspected too often is 综合查一次's 烦企扰民. A degree word (显著) before
// what was achieved asks the achievements.
func TestPlainWordsAnswered(t *testing.T) {
	eng := fullEngine(t)
	checkGrounding(t, eng, []groundingCase{
		{q: "私人企业老板今年有啥支持", found: true, paragraph: 41},
		{q: "老有人来厂里检查，今年管不管", found: true, paragraph: 40, want: []string{"综合查一次"}},
		{q: "去年有哪些显著成效", found: true, not: []string{"未提及"}},
	})
}

// A sentence under a heading that names the kind asked (壮大市场主体 over
// 个体工商户) tells the plan for that kind; a figure asked of the kind is
// still not one of its member's.
func TestHeadingNamesSibling(t *testing.T) {
	eng := fullEngine(t)
	checkGrounding(t, eng, []groundingCase{
		{q: "今年市场主体培育有啥目标", found: true, paragraph: 32},
		{q: "今年经营主体增长多少", grounding: rag.GroundOtherPeriod, figures: []string{"21.7%"}, not: []string{"15户以上"}},
	})
}
