package rag

import (
	"slices"
	"strings"
	"unicode"
)

// An English question may name one institution (Liaoning Shihua
// University, the children's hospital) that the report never writes. The
// lexicon reads its head (hospital: 医院, 医疗) and any word before it
// apart, so a quote about another hospital (辽油宝石花医院) answers as if it
// were the one asked. The name is written where a clause of the report
// holds a Chinese reading of one of its words shortly before the head's
// Chinese name (辽河石油职业技术学院 for Liaohe … College); where none does,
// the report does not mention it.

// institutionHeadsZh are the Chinese ends of the names of the institutions
// an English name's last word (singular: one named thing) says it is.
var institutionHeadsZh = map[string][]string{
	"hospital":   {"医院"},
	"university": {"大学"},
	"college":    {"学院", "大学"},
	"school":     {"学校", "中学", "小学", "高中", "学院"},
	"airport":    {"机场"},
	"stadium":    {"体育场", "体育馆"},
	"museum":     {"博物馆"},
	"library":    {"图书馆"},
}

// institutionNameGap is how many characters the report may write between a
// word of the name and its head (辽河石油职业技术学院: 辽河 … 学院).
const institutionNameGap = 10

// groundUnwrittenInstitution declines an English question that names an
// institution the report never writes: the quotes are related text. A
// Chinese gloss beside the name says it in the report's words, for the
// Chinese reading to weigh.
func (e *Engine) groundUnwrittenInstitution(d *Draft) {
	if !d.foundOpen() || d.Intent.Lang != "en" || strings.ContainsFunc(d.Read, isHan) || e.ix.lex == nil {
		return
	}
	name := e.unwrittenInstitution(d.Read, d.Scope)
	if name == "" {
		return
	}
	d.Answer.relatedOnly(GroundNotAnswered, "报告没有提到“"+name+"”。相关内容：", "The report does not mention "+name+". Related text:")
}

// unwrittenInstitution is the first institution's name of the English
// text read (the words before a singular head, back to a grammar word or a
// conjunction) that rep does not write; "" when there is none. Words the
// lexicon and the report's sounds cannot read say nothing either way.
func (e *Engine) unwrittenInstitution(read string, rep *Report) string {
	typed := strings.FieldsFunc(read, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	words := englishWords(typed)
	for i, w := range words {
		heads := institutionHeadsZh[w]
		if heads == nil {
			continue
		}
		start := i
		for start > 0 && !englishStop[words[start-1]] {
			start--
		}
		readings := e.nameReadings(words[start:i], unicode.IsUpper([]rune(typed[i])[0]), rep)
		if len(readings) == 0 {
			continue
		}
		if _, _, ok := e.clauseHolding(rep, writesBeforeHead(readings, heads), nil); !ok {
			return strings.TrimSuffix(strings.TrimSuffix(strings.Join(typed[start:i+1], " "), "'s"), "'")
		}
	}
	return ""
}

// nameReadings are the Chinese readings of the words before an
// institution's head: the lexicon's members and the report's runs their
// sounds spell. A place of the report's own before a head typed lower
// (xinglongtai school) says where the schools are, not a name.
func (e *Engine) nameReadings(words []string, named bool, rep *Report) []string {
	var out []string
	for _, w := range words {
		out = append(out, e.ix.lex.chineseMembersOf(w)...)
		for _, run := range e.ix.pinyinRuns(w, rep) {
			if named || !slices.Contains(e.ix.places, run) && !slices.Contains(e.ix.local, run) {
				out = append(out, run)
			}
		}
	}
	return out
}

// englishWords are the English words typed, lowered, a possessive's 's
// left off (children's: children).
func englishWords(fields []string) []string {
	out := make([]string, 0, len(fields))
	for _, f := range fields {
		out = append(out, strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "'")))
	}
	return out
}

// writesBeforeHead matches a clause holding one of readings followed,
// within institutionNameGap characters, by one of heads.
func writesBeforeHead(readings, heads []string) func(string) bool {
	return func(clause string) bool {
		for _, r := range readings {
			for at := strings.Index(clause, r); at >= 0; {
				after := []rune(clause[at:])
				window := string(after[:min(len(after), runeLen(r)+institutionNameGap+3)])
				if containsAny(window[len(r):], heads) || containsAny(r, heads) {
					return true
				}
				next := strings.Index(clause[at+len(r):], r)
				if next < 0 {
					break
				}
				at += len(r) + next
			}
		}
		return false
	}
}
