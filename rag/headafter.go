package rag

import (
	"fmt"
	"slices"
	"strings"
)

// A figure's name may write the noun a question asks only as a modifier
// of another head noun (14114名党员干部: cadres who are party members). A
// count asked of the modifier alone ("盘锦有多少党员") asks another group,
// which the report never counts: the count of the head, headlined for it,
// is confidently wrong. Only when the report writes the asked noun
// nowhere but before that head: elsewhere it may be counted on its own.

// groundHeadAfterAsked declines a Chinese count question's answer whose
// headline counts a head noun the question does not write, after the
// asked noun in the figure's name; the figure is shown as related text.
func (e *Engine) groundHeadAfterAsked(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || d.Intent.List || !d.Intent.Figure || hasCorrection(ans) || !asksInChinese(d.norm) {
		return
	}
	head, ok := headlinePart(ans)
	if !ok || head.Type != PartFigure || !slices.Contains(claimMeasures, head.Figure.Unit) {
		return
	}
	name := Normalize(head.Figure.Indicator)
	asked, other := e.modifierAsked(d, name, head.Figure.Report)
	if asked == "" {
		return
	}
	label := head.Figure.Indicator + "：" + head.Figure.Value
	ans.relatedOnly(GroundNoSuchFigure,
		fmt.Sprintf("报告没有给出“%s”的数字，只给出了“%s”的（%s）。相关内容：", asked, asked+other, label),
		fmt.Sprintf("The report gives no figure for the %s asked, only one for %s (%s). Related text:", asked, asked+other, label))
}

// modifierAsked is the asked noun that figure name writes before another
// head noun the question does not write, and that head; "", "" when none.
// The report (id) must write the noun nowhere but before that head.
func (e *Engine) modifierAsked(d *Draft, name, id string) (asked, other string) {
	for _, t := range d.asked {
		if t.missing || t.part || runeLen(t.term) < 2 || !AllHan([]rune(t.term)) || !e.ix.dict.IsNoun(t.term) {
			continue
		}
		i := strings.Index(name, t.term)
		if i < 0 {
			continue
		}
		rest := name[i+len(t.term):]
		if runeLen(rest) < 2 || !AllHan([]rune(rest)) || sharesRun(d.norm, rest, 2) {
			continue
		}
		if e.writesOnlyBefore(id, t.term, rest) {
			return t.term, rest
		}
	}
	return "", ""
}

// writesOnlyBefore reports whether report id writes noun, and every time
// right before head (党员 only in 党员干部).
func (e *Engine) writesOnlyBefore(id, noun, head string) bool {
	r := e.ix.byID[id]
	if r == nil {
		return false
	}
	seen := false
	for i := range r.Paragraphs {
		text := e.ix.paraNorm(&r.Paragraphs[i])
		n, both := strings.Count(text, noun), strings.Count(text, noun+head)
		if n != both {
			return false
		}
		seen = seen || n > 0
	}
	return seen
}
