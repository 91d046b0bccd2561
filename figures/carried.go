package figures

import (
	"regexp"
	"strings"

	"github.com/reportbot/reportbot/rag"
)

// A pair's second figure may name no thing of its own, only how it stands
// against a wider place's ("去年GDP增长3.5%，高于全省2.8个百分点，是吗"): it
// is said of the first figure's thing, whose subject the clause carries.
// The report may give that margin for another thing (一般公共预算收入增长
// 8.3%、高于全省2.8个百分点): each figure is the report's, yet the claim
// pins the margin on the wrong one, as valueFirst corrects a name.

// comparedOnly is a pair's words that only set a figure against a wider
// place's: 高于全省, 比全国低.
var comparedOnly = regexp.MustCompile(`^[，,、；;\s]*(?:比|高于|低于|快于|慢于|高出|低出)(?:全省|全国|全市)(?:平均|水平)?(?:高|低|快|慢)?[\s]*$`)

// periodOpeners open the words of a pair's first figure without naming
// its thing.
var periodOpeners = regexp.MustCompile(`^(?:去年|今年|上年|前年|明年|20[0-9]{2}年?|全市|我市|盘锦)+`)

// carriedSubject corrects the claim of a pair whose later figure, naming
// only a comparison with a wider place, carries the first figure's thing,
// when the report gives that figure for one other thing only, which the
// claimed thing does not name; the pair's other figures the report bears
// out (confirmed) are shown with it. Nil when there is no such figure.
func (st *Stepper) carriedSubject(d *rag.Draft, stated []Mention, confirmed []*Figure, scope string) *Correction {
	if len(stated) < 2 || !d.ClaimShaped() {
		return nil
	}
	words := pairedWords([]rune(d.Read), stated)
	if words == nil {
		return nil
	}
	sp := st.idx.scope(scope)
	if sp == nil {
		return nil
	}
	kind := normKind(d.Norm(), sp)
	for i := 1; i < len(stated); i++ {
		if !comparedOnly.MatchString(rag.TrimClaimTail(strings.TrimSpace(words[i]))) {
			continue
		}
		thing := strings.TrimSpace(periodOpeners.ReplaceAllString(strings.TrimSpace(words[i-1]), ""))
		f := st.idx.onlyHolder(stated[i], kind, scope)
		if thing == "" || f == nil || !containsAnyOf(f.Indicator, "全省", "全国", "全市") || st.names(d, thing, f, kind, scope) {
			continue
		}
		c := &Correction{Stated: thing, Actual: *f, Named: true}
		for _, o := range confirmed {
			if o.Indicator != f.Indicator {
				c.Also = append(c.Also, *o) // 地区生产总值增长3.5%左右: the first figure holds
			}
		}
		return c
	}
	return nil
}
