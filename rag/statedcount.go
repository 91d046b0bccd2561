package rag

import "regexp"

// A question may state a count it has heard and ask the count all the
// same ("我邻居说有30处，到底新建和改造了多少处城市公园"): the headline
// figure answers it, and the count stated in the same measure word, if
// another, is the premise to correct. A statement (no question asked) of
// a count beside the report's words ("…竣工后，81万农村居民饮用水与城市
// 同源同网同质") is checked as a claim's count is.

// askedCountUnit finds the measure word a question asks the count in:
// 处 of 多少处, 个 of 几个.
var askedCountUnit = regexp.MustCompile(`(?:多少|几)(个|家|所|名|人|项|座|处|条|户|台|辆|艘|套|栋|起)`)

// statedCountCorrection corrects the one count read states in the measure
// word it asks the count in, when the answer's headline figure, of the
// same word, gives another number. The stated count must stand in a
// clause of its own, apart from the asking one, and name no period when
// the asking clause names one: 去年20处，今年多少处 compares two years.
func statedCountCorrection(ans *Answer, read string) (Part, bool) {
	ask := askedCountUnit.FindStringSubmatchIndex(read)
	if ask == nil {
		return Part{}, false
	}
	unit := read[ask[2]:ask[3]]
	q := []rune(read)
	askAt := len([]rune(read[:ask[0]]))
	stated, ok := soleStatedCount(q, unit, askAt)
	if !ok || writesNumber(answerQuotes(ans), stated) {
		// A count the quotes write is the report's own, of another thing:
		// 今年500万元以上项目600个，其中亿元以上的有几个 states 600个 rightly.
		return Part{}, false
	}
	for _, p := range ans.Parts {
		if p.Type != PartFigure || p.Figure == nil {
			continue
		}
		said := countFigure.FindString(p.Figure.Value)
		if said == "" || countUnit(said) != unit {
			return Part{}, false // the headline is no count in the asked word
		}
		if sameCount(said, stated) {
			return Part{}, false
		}
		fig := *p.Figure
		return Part{Type: PartCorrection, Stated: stated, Figure: &fig, Citations: p.Citations}, true
	}
	return Part{}, false
}

// soleStatedCount is the one plain count of q in unit, stated in a clause
// before the ask at rune askAt and not in the asking clause, that names no
// period when the asking clause names one.
func soleStatedCount(q []rune, unit string, askAt int) (string, bool) {
	askClause := clauseStartAt(q, askAt)
	stated, n := "", 0
	for _, m := range findAllRunes(countFigure, q) {
		v := string(q[m.vStart:m.vEnd])
		if countUnit(v) != unit {
			continue
		}
		n++
		if m.start >= askClause || countBounded(q, m) || SetAgainstPeriod(q, m.end) {
			return "", false
		}
		if containsAny(string(q[clauseStartAt(q, m.start):m.start]), periodWords) && containsAny(string(q[askClause:]), periodWords) {
			return "", false
		}
		stated = v
	}
	return stated, n == 1
}
