package rag

import (
	"testing"
)

// A verb's 好 or a duration's 一天能办完 asks whether a thing gets done in
// time, neither a judgement nor an amount per day.
func TestDoneInTimeIsNoDetailAsked(t *testing.T) {
	for _, q := range []string{"不动产登记50分钟能办好吗", "企业开办一天能办完吗"} {
		if got := askedDetails(q); len(got) != 0 {
			t.Errorf("askedDetails(%q) = %q, want none", q, got[0].zh)
		}
	}
	// Still asked: a judgement, and an amount per person (几件事).
	for _, q := range []string{"盘锦空气好吗", "一个人能办完几件事"} {
		if len(askedDetails(q)) == 0 {
			t.Errorf("askedDetails(%q) = none, want its detail", q)
		}
	}
}

func TestYesNoDoneOrRisenAnswered(t *testing.T) {
	checkFound(t, []questionFound{
		{"不动产登记50分钟能办好吗", true},
		{"企业开办一天能办完吗", true},
		{"社会救助标准涨了吗", true},
		{"养老金涨了吗", false},
		// Asked of a noun no report writes: quotes sharing the other
		// words cannot say yes or no.
		{"红海滩是5A吗", false},
		{"房贷利率有没有调整", false},
		// Asked of a written thing, or the object of a verb (a premise
		// to correct, not a thing to decline), it is still answered.
		{"红海滩是国家风景廊道吗", true},
		// The report names only 巴黎残奥会: a near sibling, which does not
		// answer for the 奥运会 asked.
		{"巴黎奥运会盘锦拿了金牌吗", false},
	})
}
