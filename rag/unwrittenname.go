package rag

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// unwrittenName is the name of an institution or area the question asks
// of when the report writes each of its words but never the name (中心医院
// beside 康复中心 and 宝石花医院, 辽东湾新区 beside 辽东湾海域): quotes
// sharing those words apart are about other things. The name is a run of
// two or more asked words that meet where the question opens; the report
// must not write them in that order within one clause, ten characters
// apart at most (辽油宝石花医院 writes 辽油医院; 华锦阿美项目3.57平方公里
// 配套产业园, 华锦阿美配套产业园). "" when there is no such name.
func (e *Engine) unwrittenName(d *Draft) string {
	norm := d.Norm()
	for _, run := range adjacentRuns(d.asked) {
		if len(run) < 2 || !subjectOpens(norm, run[0].at) {
			continue
		}
		name := norm[run[0].at:runEnd(run)]
		if utf8.RuneCountInString(name) < 4 || !endsAsInstitution(name) || !allWritten(e, d, run) || len(e.ix.lex.reportTermsOf(name)) > 0 {
			continue
		}
		if _, _, ok := e.clauseHolding(d.Scope, writesInOrder(norm, run).MatchString, nil); ok {
			continue
		}
		if _, _, ok := e.clauseHolding(d.Scope, abbreviates(name), nil); !ok {
			return name
		}
	}
	return ""
}

// adjacentRuns groups the asked words found in the question into runs
// that touch or overlap there (辽东, 东湾, 新区 of 辽东湾新区).
func adjacentRuns(asked []askedTerm) [][]askedTerm {
	var runs [][]askedTerm
	var cur []askedTerm
	for _, t := range asked {
		if t.at < 0 || t.missing {
			if len(cur) > 0 {
				runs, cur = append(runs, cur), nil
			}
			continue
		}
		if len(cur) > 0 && t.at > runEnd(cur) {
			runs, cur = append(runs, cur), nil
		}
		cur = append(cur, t)
	}
	if len(cur) > 0 {
		runs = append(runs, cur)
	}
	return runs
}

// runEnd is where a run of asked words ends in the question.
func runEnd(run []askedTerm) int {
	end := 0
	for _, t := range run {
		end = max(end, t.at+len(t.term))
	}
	return end
}

// allWritten reports whether the report writes every word of run: a word
// it never writes is another step's to weigh.
func allWritten(e *Engine, d *Draft, run []askedTerm) bool {
	for _, t := range run {
		if !e.ix.writesAny(d.Scope, t.spellings()) {
			return false
		}
	}
	return true
}

// writesInOrder matches the run's words in order within a clause, at
// most ten characters apart, each as asked or by a report term; overlapping bigrams (辽东,
// 东湾) are matched as the question joins them (辽东湾).
func writesInOrder(norm string, run []askedTerm) *regexp.Regexp {
	var parts []string
	start, end := -1, 0
	var alone *askedTerm
	flush := func() {
		if start < 0 {
			return
		}
		alts := []string{regexp.QuoteMeta(norm[start:end])}
		if alone != nil {
			for _, s := range alone.syn {
				alts = append(alts, regexp.QuoteMeta(s))
			}
		}
		parts = append(parts, "(?:"+strings.Join(alts, "|")+")")
	}
	for i, t := range run {
		if start >= 0 && t.at < end {
			end, alone = max(end, t.at+len(t.term)), nil
			continue
		}
		flush()
		start, end, alone = t.at, t.at+len(t.term), &run[i]
	}
	flush()
	return regexp.MustCompile(strings.Join(parts, `[^，。；,;！？]{0,10}`))
}

// subjectOpens reports whether the question opens at byte at, but for a
// year, the city and "的": the name is the question's subject (中心医院有
// 什么新建), not a word of what it asks of it.
func subjectOpens(norm string, at int) bool {
	return subjectLead.ReplaceAllString(norm[:at], "") == ""
}

// subjectLead are what may precede a subject: years, the city, filler.
var subjectLead = regexp.MustCompile(`(?:19|20)\d\d年?|去年|今年|明年|全市|盘锦市?|市|咱们?|我们|请问|的|\s`)

// endsAsInstitution reports whether name ends as the proper name of an
// institution or an area does (中心医院, 辽东湾新区): such a name is one
// thing, which words the report writes apart do not name.
func endsAsInstitution(name string) bool {
	for _, suf := range institutionEnds {
		if strings.HasSuffix(name, suf) && name != suf {
			return true
		}
	}
	return false
}

// institutionEnds end the names of institutions and areas.
var institutionEnds = []string{"医院", "新区", "学校", "大学", "学院", "中学", "小学", "幼儿园", "机场", "车站", "高铁站", "体育场", "体育馆", "博物馆", "图书馆", "美术馆", "科技馆", "文化馆", "开发区", "产业园", "工业园"}

// abbreviates matches a clause writing a contraction of name (辽滨经开区 for
// 辽滨经济技术开发区): the short form names the same place.
func abbreviates(name string) func(string) bool {
	head := string([]rune(name)[:2])
	longest := runeLen(name) - 1
	return func(clause string) bool {
		for i := strings.Index(clause, head); i >= 0; i = nextIndex(clause, head, i) {
			after := []rune(clause[i:])
			for n := 3; n <= longest && n <= len(after); n++ {
				if Contracts(string(after[:n]), name) {
					return true
				}
			}
		}
		return false
	}
}
