package rag

import (
	"slices"
	"testing"
)

// How a question is said asks nothing: a dialect word of how much, how
// well or where, a measure taken, whether a claim is right. Only the topic
// is asked, so figure grounding weighs the topic alone.
func TestAskedTermsLeaveSpokenWords(t *testing.T) {
	ix := seedIndex(t)
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"去年盘锦GDP涨了老鼻子了吧，到底涨多少", []string{"gdp"}},
		{"去年招商整得杠杠的吧，签了多少项目", []string{"招商", "项目"}},
		{"去年咱这旮旯新增就业多少人", []string{"新增", "就业"}},
		{"去年化债采取了多少项举措", []string{"化债"}},
		{"2024年一般公共预算收入增长8.3%，这一表述是否准确？", []string{"一般公共预算收入"}},
	} {
		got := termTexts(ix.askedTerms(ix.analyze(c.q, nil)))
		if !slices.Equal(got, c.want) {
			t.Errorf("askedTerms(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

// Everyday and Taiwanese words for the report's terms stand for them:
// 好天儿 is 优良天数, 空气品质 (空氣品質 as read) is 空气质量.
func TestAskedTermsEverydayWords(t *testing.T) {
	ix := seedIndex(t)
	for _, c := range []struct{ q, term, syn string }{
		{"去年空气咋样，好天儿占多少", "好天儿", "优良天数"},
		{"去年空气品质优良天数比例多少", "空气品质", "空气质量"},
		// The weather said the other way round (天儿好), and jobs found
		// as 活干: everyday words for 优良天数 and 就业.
		{"去年天儿好的日子占多少", "天儿好", "优良天数"},
		{"去年城里新找到活干的人有多少", "找到活干", "城镇新增就业"},
		// A private firm's boss (私人开公司) and a graduate (大学毕业)
		// asked the long way round.
		{"私人开公司的老板权益政府今年保不保护", "私人开公司", "民营企业"},
		{"大学毕业想回盘锦找工作 政府有什么鼓励", "大学毕业", "高校毕业生"},
		{"刚毕业想留在盘锦找工作 政府有什么帮忙的", "刚毕业", "高校毕业生"},
	} {
		found := false
		for _, a := range ix.askedTerms(ix.analyze(c.q, nil)) {
			found = found || a.term == c.term && slices.Contains(a.syn, c.syn)
		}
		if !found {
			t.Errorf("askedTerms(%q): no %s standing for %s", c.q, c.term, c.syn)
		}
	}
}
