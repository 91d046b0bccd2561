package figures

import (
	"regexp"
	"strings"
)

// A ratio's move is a difference of two percentages, which the report
// writes in percentage points (整体债务率下降100个百分点以上). A claim in %
// ("债务率下降50%") is held to the report's points as if written so, then
// corrected for its unit, whatever its number: in % it is no fall the
// report gives (a ratio down 100% would be nil), and left unread, as it
// was, a wrong number in % was let pass.

// ratioMovedBefore ends the words before a % that move a ratio: 债务率
// 下降, 比重提高了. Not 效率 or 频率, which are no shares (效率提高50% is
// half as much again), nor a level reached (提高到, 降至).
var ratioMovedBefore = regexp.MustCompile(`(?:率|比重|占比|比例)[^，。？！,?!0-9]{0,6}?(?:提高|提升|上升|下降|降低|回落)了?$`)

// notRatios are words ending in 率 that name no share of a whole.
var notRatios = []string{"效率", "频率", "功率", "速率"}

// ratioMoved reports whether a % at m.Start in rs is claimed as a ratio's
// move (ratioMovedBefore).
// A share in words read as 约 (下降了一半 is 下降约50%) is a part of the
// ratio itself, which the report's points neither confirm nor correct.
func ratioMoved(rs []rune, m Mention) bool {
	if m.Value.Qualifier == "约" {
		return false
	}
	before := strings.TrimRight(string(rs[max(0, m.Start-12):m.Start]), " ")
	loc := ratioMovedBefore.FindStringIndex(before)
	if loc == nil {
		return false
	}
	head := before[:loc[0]+len("率")]
	for _, w := range notRatios {
		if strings.HasSuffix(head, w) {
			return false
		}
	}
	return true
}

// ratioUnit holds stated figure m, a ratio's move written in %
// (ratioPercent), to the report's points when held as written it settled
// nothing (no confirmation from the n-th on, no correction): a figure in
// points that confirms it still corrects its unit. A level claimed as a
// move (覆盖率提高91%) is settled as written, and stays so.
func (pr *premiseRun) ratioUnit(i int, m Mention, n int) {
	if !m.ratioPercent || len(pr.confirmed) > n || pr.first != nil {
		return
	}
	m.Value.Unit = "个百分点"
	pr.judge(i, m)
	for k := n; k < len(pr.confirmed); k++ {
		if f := pr.confirmed[k]; f.Unit == "个百分点" {
			pr.confirmed = append(pr.confirmed[:k], pr.confirmed[k+1:]...)
			pr.note(&Correction{Stated: m.Text, Actual: *f, OtherUnit: true}, f)
			return
		}
	}
}
