package rag

import (
	"regexp"
	"strings"
)

// betterAsked asks only whether a thing got better or worse ("空气质量变好了吗"),
// which is asking whether it moved, as 上升了吗 is.
var betterAsked = regexp.MustCompile(`(?:变好|好转|改善|变差|变坏|恶化)了?(?:吗|嘛|么|没有|没)$`)

// lettersNumbered is a name spelled with letters and digits (pm2.5, 5g),
// whose digits state no figure.
var lettersNumbered = regexp.MustCompile(`[a-z]+[0-9][0-9.]*|[0-9]+[a-z]+`)

// movedSaid are the words a clause says a thing moved or held by, beyond
// moveMarks: 改善 and 好转 are moves, 保持 and 稳定 say it did not.
var movedSaid = []string{"改善", "好转", "恶化", "优化", "保持", "稳定", "持平", "持续"}

// writesFigure reports whether s writes a digit outside a lettered name
// (pm2.5): the question's own figure and the quote's level are read alike.
func writesFigure(s string) bool { return hasDigit(lettersNumbered.ReplaceAllString(s, "")) }

// asksMoveOnly reports whether a question asks only whether a thing rose,
// fell, improved or worsened, stating no figure of its own.
func asksMoveOnly(norm string) bool {
	q := strings.TrimRight(norm, "?？!！。 ")
	if writesFigure(q) || containsAny(q, []string{"多少", "几", "哪些", "哪个", "还是"}) {
		return false
	}
	return yesNoChangeAsked.MatchString(q) || betterAsked.MatchString(q)
}

// groundMoveUnsaid declines a question asking only whether a thing moved
// ("PM2.5浓度上升了吗") whose quotes give only how much of it there is
// (PM2.5平均浓度29微克/立方米), in a figure and no word of a move: one year's level says nothing of the year
// before, and quoting it as the answer would pass a level for a change.
func (e *Engine) groundMoveUnsaid(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || d.Derived || d.Matched || hasCorrection(ans) || !asksMoveOnly(d.norm) {
		return
	}
	level := false
	for _, p := range ans.Parts {
		if p.Type != PartQuote {
			continue
		}
		for _, sp := range Clauses(p.Text) {
			c := Normalize(p.Text[sp.byteStart:sp.byteEnd])
			if coveredShare(d.asked, c) == 0 {
				continue
			}
			if containsAny(c, moveMarks) || containsAny(c, movedSaid) {
				return
			}
			level = level || writesFigure(c)
		}
	}
	if !level {
		return // words of the work (全面实行“综合查一次”) may well tell it
	}
	ans.relatedOnly(GroundNoSuchFigure, moveUnsaidZh, moveUnsaidEn)
}

const (
	moveUnsaidZh = "报告只给出这项的数值，没有说它比上年是升是降。相关内容："
	moveUnsaidEn = "The report gives only where this stands, not whether it rose or fell. Related text:"
)
