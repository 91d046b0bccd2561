package rag

import "fmt"

// chargeEnds end the nouns of what a thing costs its user: 报名费, 学费,
// 票价, 门票. A report writes what is held or built, rarely its charge.
var chargeEnds = []string{"费", "价", "票"}

// unwrittenHead is the charge a question asks of a thing the report writes
// when the report never writes that noun and no lexicon concept names it
// (报名费 of 红马赛): what is asked of the thing, not the thing. Other
// nouns the report lacks (原因, 趋势) are often the question's frame, and
// stay for other rules. "" when the question's head is no such noun.
func (e *Engine) unwrittenHead(d *Draft) string {
	var head *askedTerm
	named := false
	for i := range d.asked {
		t := &d.asked[i]
		switch {
		case t.head:
			head = t
		case !t.missing && !t.part:
			named = true
		}
	}
	if head == nil || !named || !isCharge(head) || e.ix.writesAny(d.Scope, []string{head.term}) {
		return ""
	}
	return head.term
}

// isCharge reports whether a missing head noun, with no lexicon concept,
// names a charge (报名费, 票价).
func isCharge(head *askedTerm) bool {
	if !head.missing || !head.noun || len(head.syn) > 0 || head.part || isLocative(head.term) || aspectWords[head.term] {
		return false
	}
	return endsWithAny(head.term, chargeEnds)
}

// groundUnwrittenHead declines an answer found by the question's other
// words when what it asks of them is a charge the report never writes:
// the quotes on 红马赛 say it is held, not what entry costs.
func (e *Engine) groundUnwrittenHead(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || hasCorrection(ans) {
		return
	}
	thing := e.unwrittenHead(d)
	if thing == "" || !e.quotesAnswerOnlyTheRest(d, thing) {
		return
	}
	ans.relatedOnly(GroundNotAnswered,
		fmt.Sprintf("报告没有写到所问的“%s”。相关内容：", thing),
		fmt.Sprintf("The report does not give the %s asked. Related text:", thing))
}
