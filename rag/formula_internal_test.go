package rag

import "testing"

// TestFormulaAskedMembersByKind: 是哪几个 may name the members' kind after
// its measure word (是哪几个产业) and still ask which the term's items are.
func TestFormulaAskedMembersByKind(t *testing.T) {
	given := "专班化、项目化推动“3442”现代化产业体系建设"
	cases := []struct {
		q    string
		want string
	}{
		{"3442产业体系具体是哪几个产业", "3442"},
		{"3442产业体系都是哪几项", "3442"},
		{"3442产业体系今年怎么推进", ""},
	}
	for _, c := range cases {
		if got, _ := formulaAsked(c.q, given); got != c.want {
			t.Errorf("formulaAsked(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

// TestFormulaAskedOtherMeasureWords: a measure word outside the members'
// kinds (点, 样, 家) still closes a question asking which items a code
// stands for: "是哪几点" is no time of day, "是哪几样" no quote of the
// sentence naming the code as its answer.
func TestFormulaAskedOtherMeasureWords(t *testing.T) {
	cases := []struct{ q, given, want string }{
		{"“两个确立”是哪几点", "以坚定捍卫“两个确立”、坚决做到“两个维护”的鲜明态度", "两个确立"},
		{"湿地三宝是哪几样", "辽河口“湿地三宝”得到有效保护", "湿地三宝"},
		{"“322”都是哪几家", "积极构建“322”现代农业全产业链体系", "322"},
	}
	for _, c := range cases {
		if got, _ := formulaAsked(c.q, c.given); got != c.want {
			t.Errorf("formulaAsked(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}
