package rag

import (
	"slices"
	"strings"
	"unicode"
)

// An English question may name a firm or a place the report names by
// writing its name in pinyin (Jinbotan for 金帛滩, Huafu for 华孚环境's
// 华孚), a word neither the reports nor the lexicon know. Read by the
// sounds of the report's characters, such a word names what the report
// writes; one that sounds like nothing in it (Hongkou) names a thing the
// report does not, and nothing the report says of another is a
// correction of a claim about it.

// minNameSyllables is how many characters a name read in pinyin must
// match: one syllable sounds like too much.
const minNameSyllables = 2

// unknownName reports whether the English question read names a thing
// the report does not: a run of capitalized words holding one the reports
// and the lexicon lack (missing), none of whose words sounds like a run
// of the report's characters (pinyinWritten).
func (ix *Index) unknownName(read string, missing []string, rep *Report) bool {
	for _, run := range capitalizedRuns(read) {
		lacks := slices.ContainsFunc(run, func(w string) bool { return slices.Contains(missing, w) })
		if lacks && !slices.ContainsFunc(run, func(w string) bool { return ix.pinyinWritten(w, rep) }) {
			return true
		}
	}
	return false
}

// capitalizedRuns are the runs of capitalized words of an English text,
// lowered, the first word's too: a sentence's capital (Is, The) is on a
// word the reports or the filler lists know. A letter alone (the A of 5A)
// is no word.
func capitalizedRuns(text string) [][]string {
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	var out [][]string
	var run []string
	flush := func() {
		if len(run) > 0 {
			out = append(out, run)
		}
		run = nil
	}
	for _, w := range words {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
		if len(w) < 2 || !unicode.IsUpper([]rune(w)[0]) {
			flush()
			continue
		}
		run = append(run, strings.ToLower(w))
	}
	flush()
	return out
}

// pinyinWritten reports whether rep (every report when nil) writes a run
// of minNameSyllables characters or more whose toneless readings spell w
// (jinbotan: 金帛滩).
func (ix *Index) pinyinWritten(w string, rep *Report) bool {
	if ix.rd == nil || len(w) < 4 || strings.ContainsFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) {
		return false
	}
	return ix.anyReport(rep, func(r *Report) bool {
		for i := range r.Paragraphs {
			p := &r.Paragraphs[i]
			if !p.Quotable() {
				continue
			}
			rs := []rune(p.Text)
			for at := range rs {
				if n := ix.rd.spells(rs, at, w); n >= minNameSyllables {
					return true
				}
			}
		}
		return false
	})
}

// spells is how many characters of rs from at, read by their toneless
// readings, spell w exactly; 0 when they do not.
func (rd *reader) spells(rs []rune, at int, w string) int {
	if w == "" {
		return 0
	}
	if at >= len(rs) || !isHan(rs[at]) {
		return -1
	}
	for _, reading := range rd.readingsOfRune(rs[at]) {
		rest, ok := strings.CutPrefix(w, reading)
		if !ok {
			continue
		}
		if rest == "" {
			return 1
		}
		if n := rd.spells(rs, at+1, rest); n > 0 {
			return n + 1
		}
	}
	return -1
}
