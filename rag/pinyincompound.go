package rag

import (
	"slices"
	"strings"
)

// An English question names a firm of the report by its pinyin and a kind
// word ("Huajin Group", "Liaohe Oilfield"): the report writes 华锦集团,
// 辽河油田. The pinyin alone may name another thing (huajin: 华锦阿美) and
// the kind word alone names none of them (group) or a whole class
// (oilfield: 石化), so the two together stand for the name the report
// writes, as addHomeCompounds reads "Panjin Bank".

// nameEndings are the Chinese endings of a name that an English kind word
// after a pinyin name stands for, where the lexicon's concept of the word
// gives none (group) or other words (oilfield: 石化).
var nameEndings = map[string][]string{
	"group":          {"集团"},
	"oilfield":       {"油田"},
	"oilfields":      {"油田"},
	"petrochemical":  {"石化"},
	"petrochemicals": {"石化"},
	"bank":           {"银行"},
	"railway":        {"铁路"},
}

// addPinyinCompounds makes the report's name for a pinyin name and the
// kind word after it a term of both words.
func (ix *Index) addPinyinCompounds(a *analysis) {
	if a.lang != "en" || ix.lex == nil {
		return
	}
	words := strings.Fields(a.norm)
	for i := 0; i+1 < len(words); i++ {
		name, kind := trimWord(words[i]), trimWord(words[i+1])
		if strings.Contains(words[i], name+"'s") {
			continue // Panjin's bank loans: a thing of the city, not a name
		}
		for _, t := range ix.pinyinCompounds(name, kind, a.rep) {
			a.addCompound(name, t, ix.tok)
			a.addCompound(kind, t, ix.tok)
		}
	}
}

// pinyinCompounds are the names rep (every report when nil) writes, as
// names of their own, that pinyin name and English kind word spell
// (jincheng petrochemical: 锦城石化).
func (ix *Index) pinyinCompounds(name, kind string, rep *Report) []string {
	endings := nameEndings[kind]
	if len(endings) == 0 || englishGeneric[name] {
		return nil
	}
	var out []string
	for _, r := range ix.reports {
		if rep != nil && r != rep {
			continue
		}
		for _, h := range ix.pinyinRuns(name, r) {
			for _, c := range endings {
				if t := h + c; !slices.Contains(out, t) && ix.writesWholeName(r, t) {
					out = append(out, t)
				}
			}
		}
	}
	return out
}

// trimWord is an English word of a normalized question without the marks
// around it ("group?" → group, "huajin's" → huajin).
func trimWord(w string) string {
	w = strings.TrimFunc(w, func(r rune) bool { return r < 'a' || r > 'z' })
	return strings.TrimSuffix(w, "'s")
}
