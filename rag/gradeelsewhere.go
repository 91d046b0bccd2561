package rag

import (
	"regexp"
	"slices"
	"strings"
)

// A claim may give a thing the grade the report gives another: "盛源海洋
// 牧场是4A吗" where ¶8's 4A is 金帛滩海洋乐园's and ¶9 says 盛源海洋牧场入
// 选国家级海洋牧场示范区. No grade stands beside the thing for the contrast
// check to compare; the honour its own clause gives it is what the report
// says of it instead.

// honourVerbs open the honour a clause gives the thing named before them.
var honourVerbs = regexp.MustCompile(`被评为|获评|评为|入选|获批|晋升为|晋升|荣获|成为`)

// gradeLinks may stand between a claimed thing and its grade (盛源海洋牧场
// 是4A, 评上了5A): the thing's name ends before them.
var gradeLinks = []string{"已经是", "已是", "是不是", "是", "为", "评上了", "评上", "评为", "获评", "晋升为", "晋升", "成为", "达到", "算"}

// gradeElsewhereCorrection corrects a grade claimed of a thing that a
// cited clause honours otherwise, where the report gives that grade to
// another thing only and never to this one.
func (ix *Index) gradeElsewhereCorrection(read string, texts []Citation, rep *Report) (Part, bool) {
	q := claimCore(read)
	for _, re := range []*regexp.Regexp{sceneGrade, starGrade} {
		ms := findAllRunes(re, q)
		if len(ms) != 1 {
			continue
		}
		m := ms[0]
		subject := trimGradeLink(string(q[:m.start]))
		if runeLen(subject) < minWholeSubject || !ix.gradeOfOthersOnly(re, string(q[m.vStart:m.vEnd]), subject, rep) {
			continue
		}
		for i, c := range texts {
			if s, e, ok := honourOf(c.Quote, subject, re); ok {
				return citedCorrection(c, i, s, e, string(q[m.start:m.end]), ""), true
			}
		}
	}
	return Part{}, false
}

// trimGradeLink is a claim's words before its grade without the link to
// it: the thing's name.
func trimGradeLink(s string) string {
	for _, l := range gradeLinks {
		if t, ok := strings.CutSuffix(s, l); ok {
			return t
		}
	}
	return s
}

// honourOf is the honour a clause of quote gives subject, the clause
// opening with it: from the honour verb to the clause's end. Not ok when
// no clause does, or the clause gives a grade of re itself (the contrast
// check's).
func honourOf(quote, subject string, re *regexp.Regexp) (int, int, bool) {
	rs := []rune(quote)
	for _, sp := range Clauses(quote) {
		clause := string(rs[sp.Start:sp.End])
		if !strings.HasPrefix(clause, subject) || re.MatchString(clause) {
			continue
		}
		at := honourVerbs.FindStringIndex(clause)
		if at == nil {
			continue
		}
		end := strings.TrimRight(clause, clauseCloser)
		return sp.Start + runeLen(clause[:at[0]]), sp.Start + runeLen(end), true
	}
	return 0, 0, false
}

// gradeOfOthersOnly reports whether a clause of rep (every report's when
// nil) gives grade value of re, and none of them names subject.
func (ix *Index) gradeOfOthersOnly(re *regexp.Regexp, value, subject string, rep *Report) bool {
	others, own := false, false
	ix.anyReport(rep, func(r *Report) bool {
		for i := range r.Paragraphs {
			p := &r.Paragraphs[i]
			if !p.Quotable() {
				continue
			}
			text := []rune(p.Text)
			for _, sp := range Clauses(p.Text) {
				clause := text[sp.Start:sp.End] // as written: Normalize folds the A of 4A
				graded := slices.ContainsFunc(findAllRunes(re, clause), func(m runeMatch) bool {
					return sameValue(string(clause[m.vStart:m.vEnd]), value)
				})
				switch {
				case graded && strings.Contains(string(clause), subject):
					own = true
				case graded:
					others = true
				}
			}
		}
		return own
	})
	return others && !own
}
