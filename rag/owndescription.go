package rag

import "strings"

// describesNamed reports whether w, a run of the question no report
// writes, is part of an everyday word of a concept the question already
// names by another word: 来玩 of "去年来玩的游客多了多少" is what makes a
// visitor a visitor (来玩的人 and 游客 both say 旅客接待量), so it tells
// nothing the indicator does not, and is no subject the report lacks.
// A run no word of a named concept holds (挖矿 of 挖矿的企业) still is.
func (lx *Lexicon) describesNamed(norm, w string) bool {
	if lx == nil {
		return false
	}
	for _, id := range lx.Concepts(norm) {
		for _, m := range lx.concepts[id].members {
			if len(m) > len(w) && strings.Contains(m, w) && !strings.Contains(norm, m) {
				return true
			}
		}
	}
	return false
}
