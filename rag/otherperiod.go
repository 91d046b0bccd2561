package rag

import (
	"context"
	"slices"
	"strings"
)

// otherPeriodOfStated reads a question that states a figure of one
// period and asks, by a verb of its own and no thing of its own, the same
// thing in another: "去年新购公交车85台，今年要买多少" asks how many buses
// 2025 buys. WHY: read whole, the stated clause's words (新购) draw its own
// paragraph only, and the stated figure stands as if it were the answer;
// the ask is the rest with the thing it buys (公交车). It returns the
// stated clause and the question as asked; ok is false when the question
// does not open so.
func (ix *Index) otherPeriodOfStated(text string, rep *Report) (stated, asked string, ok bool) {
	read := ix.rd.read(dropInsistence(stripGreeting(text)), ix.scopeFor(rep))
	at := afterStatedFigure(read)
	if at < 0 {
		return "", "", false
	}
	stated, rest := read[:at], read[at:]
	from, to := contextPeriod.FindString(stated), contextPeriod.FindString(rest)
	if from == "" || to == "" || from == to || ClaimShaped(rest) || containsAny(rest, contextPartCues) {
		return "", "", false
	}
	if containsAny(rest, levelAskWords) {
		// "…55%，今年提高到多少" moves the stated thing as a whole, which
		// splitContext reads (rateOfStatedAmount); 提高 is no verb of
		// doing to take the stated verb's place (支付 of 支付比例).
		return "", "", false
	}
	a := ix.analyze(Normalize(rest), rep)
	if !a.figure || a.hasTopicBesides(ix.straddlesWords(rest)) || a.place != nil {
		return "", "", false // the rest names its own thing, or asks no figure
	}
	thing := ix.statedObject(stated, from, rest, to)
	if thing == "" {
		return "", "", false
	}
	return stated, strings.TrimRightFunc(rest, isTalkPunct) + thing, true
}

// straddlesWords reports whether a term of text's reading is a bigram
// across two of its words (划达 of 计划|达到), in no word of text. WHY: the
// index reads such bigrams as terms, yet "今年计划达到多少" names no thing
// of its own; it asks the stated clause's thing for another year.
func (ix *Index) straddlesWords(text string) func(string) bool {
	words := ix.dict.Segment(text, nil)
	return func(t string) bool {
		if !strings.Contains(text, t) {
			return false
		}
		return !slices.ContainsFunc(words, func(w string) bool { return strings.Contains(w, t) })
	}
}

// statedObject is what the stated clause counts: the clause without its
// period, figure and linking verbs ("新购公交车"), and, when the rest asks
// by a verb of its own (买, 实施), only the words after the clause's last
// verb (公交车): the rest's verb takes the place of the stated one, which
// the other period's text need not share (新购 one year, 购置 the next).
// period and restPeriod are the periods the stated clause and the rest
// name, found once by the caller.
func (ix *Index) statedObject(stated, period, rest, restPeriod string) string {
	thing := strings.Replace(withoutLastFigure(stated), period, "", 1)
	thing = strings.TrimFunc(thing, isTalkPunct)
	for _, v := range statedVerbs {
		thing = strings.TrimSuffix(thing, v)
	}
	if thing == "" || statedNumberAt(thing) >= 0 {
		return ""
	}
	if !ix.hasVerb(strings.Replace(rest, restPeriod, "", 1)) {
		return thing
	}
	ws := ix.dict.Segment(thing, nil)
	last := -1
	for i, w := range ws {
		if ix.isVerb(w) {
			last = i
		}
	}
	if object := strings.Join(ws[last+1:], ""); object != "" {
		return object
	}
	return thing
}

// askVerbs are verbs that ask and name no doing (要买多少: 要).
var askVerbs = []string{"要", "是", "有", "能", "会", "计划", "打算", "准备"}

// hasVerb reports whether text holds a verb of doing, not one that only
// asks (要, 是).
func (ix *Index) hasVerb(text string) bool {
	for _, w := range ix.dict.Segment(text, nil) {
		if ix.isVerb(w) && !containsAny(w, askVerbs) {
			return true
		}
	}
	return false
}

// answerOtherPeriodOfStated answers a question otherPeriodOfStated reads,
// when read whole it was declined; the stated clause is still checked
// against its own indicator (Draft.StatedClause). ok is false when the
// question is not so or the reading is declined too.
func (e *Engine) answerOtherPeriodOfStated(ctx context.Context, q Query, text string, rep *Report) (*Answer, bool, error) {
	stated, asked, ok := e.ix.otherPeriodOfStated(text, rep)
	if !ok {
		return nil, false, nil
	}
	ans, err := e.askIn(ctx, q, text, rep, askOptions{split: &statedSplit{stated, asked}})
	if err != nil || !ans.Found {
		return nil, false, err
	}
	return ans, true, nil
}

// statedSplit is a question parted into the clause it states and what it
// asks, read so by a rule of its own.
type statedSplit struct{ stated, asked string }
