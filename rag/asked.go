package rag

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// askedTerm is something a question asks about, weighed by how rare it is
// in the reports, with the report terms that stand for it (the lexicon's:
// 看病 is asked, 医疗 answers it).
type askedTerm struct {
	term   string
	weight float64
	syn    []string
	// head marks the question's last asked word: in a Chinese noun phrase
	// the head noun, what a figure must measure (支出 of 一般公共预算支出).
	head bool
	// missing marks a word the reports never write.
	missing bool
}

// askedTerms reads what a question asks about: its words, not its filler,
// generic, period or place words. The question is cut into words first —
// the lexicon's everyday words, the longest runs the reports write, and
// the runs they never write (常住 of 常住人口) — so that a pair of
// characters across two words (病难 of 看病难) asks nothing. Runs the
// reports write count by their bigrams, so that part of a long run still
// counts; a word they never write counts whole, as the rarest term.
func (ix *Index) askedTerms(a analysis) []askedTerm {
	var out []askedTerm
	seen := map[string]bool{}
	add := func(t askedTerm) {
		if !seen[t.term] {
			seen[t.term] = true
			out = append(out, t)
		}
	}
	maxIDF := ix.maxIDF(a.rep)
	defer func() {
		if len(out) > 0 {
			out[len(out)-1].head = true
		}
	}()
	for _, w := range ix.questionWords(a) {
		switch {
		case w.syn != nil && (genericExpansions[w.text] || genericWordSet[w.text] || allGeneric(w.syn)):
			// 计划, 目标: a lexicon word that is itself generic asks nothing.
		case w.syn != nil:
			idf := ix.idf(a.rep, w.text)
			if idf == 0 {
				idf = maxIDF / 2
			}
			add(askedTerm{term: w.text, weight: idf, syn: w.syn})
		case w.missing:
			add(askedTerm{term: w.text, weight: maxIDF, missing: true})
		default:
			for _, t := range ix.tok.Tokens(w.text) {
				if utf8.RuneCountInString(t) < 2 || genericTerms[t] || strings.IndexFunc(t, isStopRune) >= 0 {
					continue
				}
				if idf := ix.idf(a.rep, t); idf > 0 {
					add(askedTerm{term: t, weight: idf})
				}
			}
		}
	}
	return out
}

// questionWord is a word of a question: a lexicon word with the report
// terms of its concept, a run the reports write, or a run they never do.
type questionWord struct {
	text    string
	syn     []string
	missing bool
}

// questionWords cuts a question's topical text into words.
func (ix *Index) questionWords(a analysis) []questionWord {
	text := ix.stripPlaces(a.norm)
	if ix.gaz != nil {
		// A place named (辽宁省, 大洼区) says where, not what.
		for _, m := range ix.gaz.Find(text) {
			text = text[:m.Start] + strings.Repeat(" ", m.End-m.Start) + text[m.End:]
		}
	}
	for _, w := range periodWords {
		text = strings.ReplaceAll(text, w, " ")
	}
	for _, w := range fillerWords {
		text = strings.ReplaceAll(text, w, " ")
	}
	for _, y := range findYears(text) {
		end := y.end
		if strings.HasPrefix(text[end:], "年") {
			end += len("年")
		}
		text = text[:y.start] + strings.Repeat(" ", end-y.start) + text[end:]
	}
	corpus := ix.corpusFor(a.rep)
	var out []questionWord
	rs := []rune(text)
	for i := 0; i < len(rs); {
		if m, syn := ix.lexiconWordAt(rs, i); m > 0 {
			out = append(out, questionWord{text: string(rs[i : i+m]), syn: syn})
			i += m
			continue
		}
		if !isHan(rs[i]) {
			i += ix.latinWordAt(rs, i, &out)
			continue
		}
		n := 0
		for l := 2; i+l <= len(rs) && isHan(rs[i+l-1]); l++ {
			if !corpus.Contains(string(rs[i : i+l])) {
				break
			}
			n = l
		}
		if n > 0 {
			out = append(out, questionWord{text: string(rs[i : i+n])})
			i += n
			continue
		}
		j := i
		for j < len(rs) && isHan(rs[j]) && !isStopRune(rs[j]) && !strings.ContainsRune(spokenRunes, rs[j]) {
			if j > i && (j+1 < len(rs) && corpus.Contains(string(rs[j:j+2])) || func() bool { m, _ := ix.lexiconWordAt(rs, j); return m > 0 }()) {
				break // a word the reports or the lexicon know starts here
			}
			j++
		}
		if j-i >= 2 {
			out = append(out, questionWord{text: string(rs[i:j]), missing: true})
		}
		i = max(j, i+1)
	}
	return out
}

// spokenRunes end a run of words the reports never write: question words,
// measure words and particles of speech ("开几条", "好进不", "户沾光").
const spokenRunes = "几个条部趟位户次项家件座名不啥咋俩整儿呐啦嘛"

// allGeneric reports whether every report term is generic.
func allGeneric(terms []string) bool {
	for _, t := range terms {
		if !genericExpansions[t] && !genericWordSet[t] {
			return false
		}
	}
	return len(terms) > 0
}

// lexiconWordAt is the length of the longest Chinese lexicon word at
// rs[i], with the report terms of its concept; 0 when none.
func (ix *Index) lexiconWordAt(rs []rune, i int) (int, []string) {
	if ix.lex == nil || rs[i] < 0x80 {
		return 0, nil
	}
	rest := string(rs[i:])
	best, bestSyn := 0, []string(nil)
	for _, m := range ix.lex.byFirst[rs[i]] {
		if n := utf8.RuneCountInString(m.word); n > best && strings.HasPrefix(rest, m.word) {
			best, bestSyn = n, ix.lex.concepts[m.concept].report
		}
	}
	return best, bestSyn
}

// latinWordAt adds the English word at rs[i] when the lexicon knows it
// (no Chinese text can hold an English word, so only its report terms
// can answer it) and returns the runes it spans.
func (ix *Index) latinWordAt(rs []rune, i int, out *[]questionWord) int {
	j := i
	for j < len(rs) && rs[j] < 0x80 && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || rs[j] == '-') {
		j++
	}
	if j == i {
		return 1
	}
	w := string(rs[i:j])
	if ix.lex != nil && !englishGeneric[w] {
		var syn []string
		for _, id := range ix.lex.byWord[w] {
			syn = append(syn, ix.lex.concepts[id].report...)
		}
		if len(syn) > 0 {
			*out = append(*out, questionWord{text: w, syn: syn})
		}
	}
	return j - i
}

// englishGeneric are English words for the kind of figure, not for what
// it measures.
var englishGeneric = map[string]bool{"growth": true, "target": true, "targets": true, "increase": true, "rate": true,
	"number": true, "plan": true, "plans": true, "planned": true, "goal": true, "total": true, "value": true, "level": true}

// coversHead reports whether text holds the question's head word (or a
// report term for it); true when it has none, or when the reports never
// write it (a spoken word: 沾光, 遛弯), which the share already weighs.
func coversHead(asked []askedTerm, text string) bool {
	for _, t := range asked {
		if t.head && !t.missing {
			return ContainsTerm(text, t.term) || containsAnyTerm(text, t.syn)
		}
	}
	return true
}

// coveredShare is the share of the asked weight that text (normalized)
// holds, each term itself or through a report term that stands for it;
// 1 when nothing is asked.
func coveredShare(asked []askedTerm, text string) float64 {
	var total, got float64
	for _, t := range asked {
		total += t.weight
		if ContainsTerm(text, t.term) || containsAnyTerm(text, t.syn) {
			got += t.weight
		}
	}
	if total == 0 {
		return 1
	}
	return got / total
}

func containsAnyTerm(text string, terms []string) bool {
	for _, t := range terms {
		if ContainsTerm(text, t) {
			return true
		}
	}
	return false
}
