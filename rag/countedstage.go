package rag

import "strings"

// countsOtherStage reports whether the counted phrase's lacked words are a
// stage of the things counted (新签约 of 新签约央地合作项目多少个) while
// scoped writes another stage right before the words it holds (滚动实施
// 央地合作项目10个以上). WHY: a count of things signed is not one of things
// under way or done — each rung of the stage ladder counts other things —
// and the sentence's own verb says which it counts, with no rival needed.
func countsOtherStage(lacked, held []askedTerm, scoped string) bool {
	asked := -1
	for _, t := range lacked {
		ms := stagesIn([]rune(t.term))
		if len(ms) != 1 {
			return false // a lacked word that is no stage is the other tests'
		}
		if asked >= 0 && ms[0].rung != asked {
			return false
		}
		asked = ms[0].rung
	}
	rs := []rune(scoped)
	for _, m := range stagesIn(rs) {
		if m.rung == asked || !heldRightAfter(string(rs[m.end:]), held) {
			continue
		}
		return true
	}
	return false
}

// heldRightAfter reports whether rest opens with one of held's words.
func heldRightAfter(rest string, held []askedTerm) bool {
	for _, t := range held {
		if strings.HasPrefix(rest, t.term) {
			return true
		}
	}
	return false
}
