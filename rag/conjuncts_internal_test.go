package rag

import (
	"slices"
	"testing"
)

func TestConjunctQuestions(t *testing.T) {
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"教育和医疗今年有什么打算", []string{"教育今年有什么打算", "医疗今年有什么打算"}},
		{"今年就业和社保有什么措施", []string{"今年就业有什么措施", "今年社保有什么措施"}},
		{"今年债务和安全生产怎么抓", []string{"今年债务怎么抓", "今年安全生产怎么抓"}},
		{"老旧小区和管网改造去年完成多少", []string{"老旧小区去年完成多少", "管网改造去年完成多少"}},
		{"去年项目投资与招商情况", []string{"去年项目投资情况", "去年招商情况"}},
		// Asked of the two together: a comparison, a sum, a joint effort.
		{"去年进口和出口哪个增长快", nil},
		{"去年进口和出口一共多少", nil},
		{"文化和旅游融合有什么安排", nil},
		// A word holding the mark is not a conjunction.
		{"和谐社会今年怎么建", nil},
		{"及时回应群众诉求有哪些做法", nil},
		// Two marks: a list, which the list readers answer.
		{"教育、医疗和养老今年有什么打算", nil},
		// Clauses are parted first (askingClauses).
		{"教育和医疗今年有什么打算，投资多少", nil},
	} {
		if got, _, _ := conjunctQuestions(c.q); !slices.Equal(got, c.want) {
			t.Errorf("conjunctQuestions(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

func TestAnswersOneOf(t *testing.T) {
	edu := Citation{Paragraph: 62, Quote: "推进教育强市建设。"}
	health := Citation{Paragraph: 63, Quote: "推进健康盘锦建设。"}
	invest := Citation{Paragraph: 8, Quote: "有效投资夯实支撑。"}
	sub := func(cs ...Citation) *Answer { return &Answer{Found: true, Citations: cs} }
	for _, c := range []struct {
		name  string
		whole []Citation
		want  bool
	}{
		{"one thing alone", []Citation{health}, true},
		{"a part of one thing's quote", []Citation{{Paragraph: 63, Quote: "推进健康盘锦"}}, true},
		{"both quoted", []Citation{edu, health}, false},
		{"quotes more than the parts", []Citation{health, invest}, false},
	} {
		if got := answersOneOf(&Answer{Citations: c.whole}, []*Answer{sub(edu), sub(health)}); got != c.want {
			t.Errorf("%s: answersOneOf = %v, want %v", c.name, got, c.want)
		}
	}
}
