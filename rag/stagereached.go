package rag

import "strings"

// What a clause says of the stage a thing has reached, against the stage a
// question asks.

// thingSuffixes are words a clause may put between a thing's name and its
// stage (华锦阿美项目机械竣工) that name no other thing.
var thingSuffixes = []string{"项目", "工程"}

// planSetsNearStage: the plan's clause sets the thing itself, its stage
// word right after its name, a stage all but done or done no further than
// the one asked (推动华锦阿美项目机械竣工 for 建成投产了没): a thing the plan
// still has to take that far has not got further, whatever the review
// says of a part (地下工程全部完工).
func planSetsNearStage(terms []askedTerm, clause string, rung int) bool {
	rs := []rune(clause)
	for _, m := range stagesIn(rs) {
		if !m.claim || m.rung < rungNearDone || m.rung > rung {
			continue
		}
		before := string(rs[:m.start])
		for _, suf := range thingSuffixes {
			before = strings.TrimSuffix(before, suf)
		}
		for _, t := range terms {
			if strings.HasSuffix(before, t.term) {
				return true
			}
		}
	}
	return false
}

// askedAhead: the question puts the stage in the plan's year or ahead
// (今年能通车了吗, 快建好了吧), which the plan's quote answers.
func askedAhead(norm string) bool {
	return containsAny(norm, stageAheadCues) || containsAny(norm, stageSoonCues)
}

// stageReachedIn reports whether normalized text says any stage at rung
// or further, a claim's word or not (编制完成 is done with the drafting).
func stageReachedIn(norm string, rung int) bool {
	for _, m := range stagesIn([]rune(norm)) {
		if m.rung >= rung {
			return true
		}
	}
	return false
}
