package rag

import (
	"context"
	"strings"
)

// answerPlaceFollowUp says what the report gives of the place a closing
// bare "X呢" asks the first clause of, when the whole question was answered
// with quotes none of which names X: "兴隆台区今年要创建什么，大洼区呢"
// answered with 兴隆台区's plans leaves 大洼区 unanswered, which the reader
// takes for the same. The clause asked of X alone, when declined, adds its
// not-found sentence; ans stands otherwise (X named, or answered alone,
// which the whole answer already tried).
func (e *Engine) answerPlaceFollowUp(ctx context.Context, q Query, text string, rep *Report, ans *Answer) (*Answer, error) {
	if !ans.Found || questionLang(Normalize(text)) == "en" {
		return ans, nil
	}
	raw := partedAtCommas(text)
	if len(raw) != 2 || !asksLikeIt(raw[1]) {
		return ans, nil
	}
	clauses := e.clausesOf(text, rep)
	if len(clauses) != 2 {
		return ans, nil
	}
	x := followUpOf(raw[1])
	s := e.ix.analyze(Normalize(x), rep).place
	if s == nil || s.Relation == PlaceOwn {
		return ans, nil
	}
	short := e.placeShort(s)
	if quotesName(ans, func(t string) bool { return e.ix.namedIn(s, short, t) }) {
		return ans, nil
	}
	sub, err := e.askIn(ctx, q, clauses[1], rep, askOptions{})
	if err != nil || sub.Found {
		return ans, err
	}
	for i, p := range sub.Parts {
		if p.Type == PartText && (p.Role == RoleNotFound || p.Role == RoleNotice) && !strings.Contains(p.Text, x) {
			// "报告没有直接回答这个问题" after the first's answer: which
			// question, the clause says.
			sub.Parts[i].Text = "（" + strings.TrimRight(clauses[1], "？?。 ") + "）" + p.Text
		}
	}
	return joinClauses(text, []*Answer{ans, sub}, e.multi()), nil
}
