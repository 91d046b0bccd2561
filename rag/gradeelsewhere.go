package rag

import (
	"fmt"
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
// 是4A, 评上了5A): the thing's name ends before them. They are the state
// links (stateLinks) and those of an honour won; the longest that ends
// the words is cut (trimGradeLink).
var gradeLinks = slices.Concat(stateLinks, []string{"评上了", "评上", "被评为", "评为", "获评", "晋升为", "晋升", "成为", "达到"})

// stateLinks claim a grade as what a thing is, not as an honour won.
var stateLinks = []string{"已经是", "已是", "是不是", "算是", "是", "为", "算"}

// gradeElsewhereCorrection corrects a grade claimed of a thing that a
// cited clause honours otherwise, where the report gives that grade to
// another thing only and never to this one.
func (ix *Index) gradeElsewhereCorrection(read string, texts []Citation, rep *Report) (Part, bool) {
	q := claimCore(read)
	for _, re := range []*regexp.Regexp{sceneGrade, starGrade} {
		m, subject, ok := claimedGrade(q, re, nil)
		if !ok || !ix.gradeOfOthersOnly(re, string(q[m.vStart:m.vEnd]), subject, rep) {
			continue
		}
		for i, c := range texts {
			if s, e, ok := honourOf(c.Quote, subject, re); ok {
				return citedCorrection(c, i, s, e, string(q[m.start:m.end]), ""), true
			}
		}
		if wonGrade(q[:m.start], subject) {
			if p, ok := gradeHolderCorrection(texts, re, string(q[m.vStart:m.vEnd]), subject); ok {
				return p, true
			}
		}
	}
	return Part{}, false
}

// wonGrade: the words before a claimed grade link it to the thing as an
// honour won (被评为, 晋升), not as what the thing is (是): a grade won is
// an event, and its subject the one thing the claim may have wrong.
func wonGrade(before []rune, subject string) bool {
	link := strings.TrimPrefix(trimNational(string(before)), subject)
	return link != "" && !slices.Contains(stateLinks, link) && slices.Contains(gradeLinks, link)
}

// gradeHolderCorrection corrects the subject of a grade claimed as won
// ("红海滩被评为4A景区对吧") by the thing a cited clause says won it
// (金帛滩海洋乐园晋升国家4A级旅游景区): the words opening that clause up to
// its honour verb. The report gives the grade to others only
// (gradeOfOthersOnly, checked by the caller).
func gradeHolderCorrection(texts []Citation, re *regexp.Regexp, value, subject string) (Part, bool) {
	for i, c := range texts {
		rs := []rune(c.Quote)
		for _, sp := range Clauses(c.Quote) {
			clause := string(rs[sp.Start:sp.End])
			if strings.Contains(clause, subject) || !slices.ContainsFunc(findAllRunes(re, []rune(clause)), func(m runeMatch) bool {
				return sameValue(string([]rune(clause)[m.vStart:m.vEnd]), value)
			}) {
				continue
			}
			at := honourVerbs.FindStringIndex(clause)
			if at == nil || at[0] == 0 {
				continue
			}
			return citedCorrection(c, i, sp.Start, sp.Start+runeLen(clause[:at[0]]), subject, ""), true
		}
	}
	return Part{}, false
}

// claimedGrade is the one grade of re that claim q states (its match)
// and the thing it is claimed of: the words before it, cut by trim (when
// not nil) and then of their gradeLink. Not ok when q states no grade of
// re or several, or the thing's name is too short to be one.
func claimedGrade(q []rune, re *regexp.Regexp, trim func(string) string) (runeMatch, string, bool) {
	ms := findAllRunes(re, q)
	if len(ms) != 1 {
		return runeMatch{}, "", false
	}
	m := ms[0]
	before := string(q[:m.start])
	if trim != nil {
		before = trim(before)
	}
	subject := trimGradeLink(before)
	return m, subject, runeLen(subject) >= minWholeSubject
}

// trimNational drops the 国家(级) said before a grade (国家5A级景区): the
// thing's name ends before it.
func trimNational(s string) string {
	return strings.TrimSuffix(strings.TrimSuffix(s, "国家级"), "国家")
}

// trimGradeLink is a claim's words before its grade without the link to
// it: the thing's name. The longest link that ends the words is cut: 被
// 评为 whole, not its 为, which would leave 被评 in the name.
func trimGradeLink(s string) string {
	cut := s
	for _, l := range gradeLinks {
		if t, ok := strings.CutSuffix(s, l); ok && len(t) < len(cut) {
			cut = t
		}
	}
	return cut
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
// nil) gives grade value of re (any value when ""), and none of them
// names subject.
func (ix *Index) gradeOfOthersOnly(re *regexp.Regexp, value, subject string, rep *Report) bool {
	others, own := ix.gradeHolders(re, value, subject, rep)
	return others && !own
}

// gradeHolders reports whether clauses of rep (every report's when nil)
// give grade value of re (any value when "") to things other than
// subject (others) and to subject itself (own).
func (ix *Index) gradeHolders(re *regexp.Regexp, value, subject string, rep *Report) (others, own bool) {
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
					return value == "" || sameValue(string(clause[m.vStart:m.vEnd]), value)
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
	return others, own
}

// gradeNotGiven is the thing whose grade read claims, when the claimed
// grade is given to nothing, the report names the thing and grades
// others of that kind but never it; "" otherwise. Such a claim
// ("红海滩是5A景区吗", where ¶8's only grade, 4A, is 金帛滩海洋乐园's) is
// one the report says nothing of: corrected to the other's 4A, the answer
// would give the thing a grade the report never gives it.
func (ix *Index) gradeNotGiven(read string, rep *Report) string {
	q := claimCore(read)
	for _, re := range []*regexp.Regexp{sceneGrade, starGrade} {
		m, subject, ok := claimedGrade(q, re, trimNational)
		if !ok || !ix.corpusFor(rep).Contains(subject) {
			continue
		}
		// A grade the report gives the thing itself is checked by the
		// claims. One it gives only to others ("红海滩是4A吗", where 4A
		// is 金帛滩's) is no more the thing's than one given to nothing.
		claimedBy, claimedOwn := ix.gradeHolders(re, string(q[m.vStart:m.vEnd]), subject, rep)
		named := trimNational(string(q[:m.start]))
		// Only a grade claimed as the thing's state (是4A): one claimed as
		// won (晋升4A) may be the other's event, its subject corrected.
		if claimedOwn || claimedBy && (!slices.Contains(stateLinks, named[len(subject):]) || ix.honouredOtherwise(subject, re, rep)) {
			continue // the correction checks say whose it is
		}
		if ix.gradeOfOthersOnly(re, "", subject, rep) {
			return subject
		}
	}
	return ix.askedGradeNotGiven(q, rep)
}

// askedGrades ask a thing's grade (红海滩是几A景区, 几星级), each with the
// grade it asks for.
var askedGrades = []struct{ ask, grade *regexp.Regexp }{
	{regexp.MustCompile(`几A(?:级|景区)?`), sceneGrade},
	{regexp.MustCompile(`几星级?`), starGrade},
}

// askedGradeNotGiven is the thing claim core q asks the grade of, when
// the report names it and grades others of the kind but never it: the
// grade another holds is no answer ("红海滩是几A景区", where ¶8's 4A is
// 金帛滩海洋乐园's). "" otherwise.
func (ix *Index) askedGradeNotGiven(q []rune, rep *Report) string {
	for _, g := range askedGrades {
		_, subject, ok := claimedGrade(q, g.ask, trimNational)
		if ok && ix.corpusFor(rep).Contains(subject) && ix.gradeOfOthersOnly(g.grade, "", subject, rep) {
			return subject
		}
	}
	return ""
}

// groundGradeNotGiven declines an answer to a grade claimed of a thing
// the report never grades, keeping its quotes as related text: they show
// whose grade the report gives.
func (e *Engine) groundGradeNotGiven(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || ans.Lang == "en" {
		return
	}
	thing := e.ix.gradeNotGiven(d.Read, d.Scope)
	if thing == "" {
		return
	}
	ans.relatedOnly(GroundNoSuchFigure,
		fmt.Sprintf("报告没有写“%s”是几级，它写到的等级是别处的。相关内容：", thing),
		fmt.Sprintf("The report gives no grade for %s; the grade it gives is another's. Related text:", thing))
}

// honouredOtherwise reports whether a clause of rep (every report's when
// nil) gives subject an honour other than a grade of re (honourOf): a
// grade claimed of it is corrected to that honour.
func (ix *Index) honouredOtherwise(subject string, re *regexp.Regexp, rep *Report) bool {
	return ix.anyReport(rep, func(r *Report) bool {
		for i := range r.Paragraphs {
			if _, _, ok := honourOf(r.Paragraphs[i].Text, subject, re); ok {
				return true
			}
		}
		return false
	})
}
