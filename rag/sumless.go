package rag

import (
	"slices"
	"strings"
)

// sumlessUnits measure a figure against another — a multiple of a year
// before, a rank — never a sum of money.
var sumlessUnits = []string{"倍", "位次"}

// groundSumless declines an answer whose headline figure is a multiple or
// a rank (奖励资金全省第三、为2023年五倍) where a sum of money is asked as
// it stands (奖励资金是多少): the report gives no sum. A rank asked (第几)
// or a move (增长多少, 几倍) is answered by it.
func (e *Engine) groundSumless(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || !d.money || d.rank || hasCorrection(ans) || AsksChange(d.norm) ||
		strings.Contains(d.norm, "倍") {
		return
	}
	head, ok := headlinePart(ans)
	if !ok || head.Type != PartFigure || !slices.Contains(sumlessUnits, head.Figure.Unit) {
		return
	}
	ans.relatedOnly(GroundNoSuchFigure,
		"报告没有给出这笔钱的数额，只给出倍数或名次。相关内容：",
		"The report gives no sum for this, only a multiple or a rank. Related text:")
}
