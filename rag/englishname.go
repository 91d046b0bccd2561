package rag

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
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
	_, ok := ix.unknownNameRun(read, missing, rep)
	return ok
}

// unknownNameRun is the first run of capitalized words (lowered) by which
// unknownName holds; not ok when none.
func (ix *Index) unknownNameRun(read string, missing []string, rep *Report) ([]string, bool) {
	for _, run := range capitalizedRuns(read) {
		lacks := slices.ContainsFunc(run, func(w string) bool { return slices.Contains(missing, w) })
		if lacks && !slices.ContainsFunc(run, func(w string) bool { return ix.pinyinWritten(w, rep) }) {
			return run, true
		}
	}
	return nil, false
}

// groundUnknownName declines an English yes-or-no question about a thing
// it names that the report does not ("Did Panjin host the National
// Games?"): the lexicon drops the unknown word, and the quotes holding the
// rest (举办 of "host") would answer yes of something else. A correction
// another step made stays.
func (e *Engine) groundUnknownName(d *Draft) {
	ans := d.Answer
	// A Chinese gloss beside the name (进博会) says what it is in the
	// report's words; the Chinese reading answers it.
	if !d.foundOpen() || d.Intent.Lang != "en" ||
		strings.ContainsFunc(d.Read, isHan) || !englishYesNo.MatchString(strings.ToLower(d.Read)) {
		return
	}
	run, ok := e.ix.unknownNameRun(d.Read, d.missing, d.Scope)
	if !ok {
		return
	}
	name := titleWords(run)
	ans.relatedOnly(GroundNotAnswered, "报告没有提到“"+name+"”。相关内容：", "The report does not mention "+name+". Related text:")
}

// titleWords joins lowered words capitalized again: national games is
// "National Games".
func titleWords(ws []string) string {
	out := make([]string, len(ws))
	for i, w := range ws {
		r, n := utf8.DecodeRuneInString(w)
		out[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(out, " ")
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
	return len(ix.pinyinRuns(w, rep)) > 0
}

// pinyinRuns are the runs of minNameSyllables characters or more rep
// (every report when nil) writes whose toneless readings spell w, each
// once.
func (ix *Index) pinyinRuns(w string, rep *Report) []string {
	if ix.rd == nil || len(w) < 4 || strings.ContainsFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) {
		return nil
	}
	var out []string
	ix.anyReport(rep, func(r *Report) bool {
		for i := range r.Paragraphs {
			p := &r.Paragraphs[i]
			if !p.Quotable() {
				continue
			}
			rs := []rune(p.Text)
			for at := range rs {
				if n := ix.rd.spells(rs, at, w); n >= minNameSyllables && !slices.Contains(out, string(rs[at:at+n])) {
					out = append(out, string(rs[at:at+n]))
				}
			}
		}
		return false
	})
	return out
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

// An English claim may say of one named thing what the report says of
// another: "Huajin Group filled a domestic gap with isoprene latex?" where
// ¶9's 鲁华泓锦成功生产异戊胶乳、填补国内空白. The name is read in pinyin
// (huajin: 华锦); the report's clause is the one writing the most of the
// claim's other asked terms (and any value it states: 7th of 第7名); when
// that clause does not write the name, the name it opens with is what the
// report says it of.

// pinyinNamed is a capitalized run of an English question that names a
// thing of the report by its pinyin: the run as written, and the report's
// runs it spells.
type pinyinNamed struct {
	text  string
	words []string // lowered
	runs  []string
}

// namedInEnglish is the first capitalized run of read holding a word the
// reports and the lexicon lack (missing) that names a thing of the report
// in pinyin; not ok when none does. A run of known words (Panjin) is the
// place checks' and the lexicon's.
func (ix *Index) namedInEnglish(read string, missing []string, rep *Report) (pinyinNamed, bool) {
	for _, run := range capitalizedRuns(read) {
		for len(run) > 0 && (stopWords[run[0]] || slices.Contains(auxiliaries, run[0])) {
			run = run[1:] // "Is Jinfa": the question's word, not the name's
		}
		if !slices.ContainsFunc(run, func(w string) bool { return slices.Contains(missing, w) }) {
			continue
		}
		var runs []string
		for _, w := range run {
			runs = append(runs, ix.pinyinRuns(w, rep)...)
		}
		if len(runs) == 0 {
			continue
		}
		first, last := strings.Index(strings.ToLower(read), run[0]), -1
		if i := strings.LastIndex(strings.ToLower(read), run[len(run)-1]); i >= 0 {
			last = i + len(run[len(run)-1])
		}
		if first < 0 || last <= first {
			continue
		}
		return pinyinNamed{text: read[first:last], words: run, runs: runs}, true
	}
	return pinyinNamed{}, false
}

// compoundNamed is the first pinyin name and kind word of a capitalized
// run of read that together spell a name rep writes ("Liaohe
// Petrochemical": 辽河石化, see pinyinCompounds); not ok when none do.
// Its runs are those whole names: the pinyin alone (huajin: 华锦) is
// written in other things' names too (华锦阿美).
func (ix *Index) compoundNamed(read string, rep *Report) (pinyinNamed, bool) {
	lower := strings.ToLower(read)
	for _, run := range capitalizedRuns(read) {
		for i := 0; i+1 < len(run); i++ {
			runs := ix.pinyinCompounds(run[i], run[i+1], rep)
			first := strings.Index(lower, run[i]+" "+run[i+1])
			if len(runs) == 0 || first < 0 {
				continue
			}
			end := first + len(run[i]) + 1 + len(run[i+1])
			return pinyinNamed{text: read[first:end], words: run[i : i+2], runs: runs}, true
		}
	}
	return pinyinNamed{}, false
}

// predicateOpeners open what a report clause says of the name before
// them: 成功生产, 火爆出“圈”, 晋升, 获批… The dictionary tags too many of
// them otherwise (晋升 a name) to find the subject's end by its tags.
var predicateOpeners = append(slices.Clone(titleVerbs), "成功", "火爆", "实现", "完成", "建成", "开工", "获得", "连续", "积极", "全面")

// subjectBeforePredicate is where the name clause c opens with ends: at
// the first predicate opener, or the first of the claim's terms (at),
// whichever is first; 0 when the clause opens with neither a name nor
// two characters before them.
func subjectBeforePredicate(c []rune, at int) int {
	end := at
	s := string(c)
	for _, w := range predicateOpeners {
		if i := strings.Index(s, w); i >= 0 && runeLen(s[:i]) < end {
			end = runeLen(s[:i])
		}
	}
	if end < minShared || strings.ContainsFunc(string(c[:end]), func(r rune) bool { return isClauseMark(r) || unicode.IsDigit(r) }) {
		return 0
	}
	return end
}

// englishNameSwap corrects an English claim that names, in pinyin, a
// thing of the report where the report's clause saying the rest of the
// claim names another.
func (e *Engine) englishNameSwap(d *Draft) ([]Part, bool) {
	q := strings.ToLower(d.Read)
	if !englishClaimed(q, 0) {
		return nil, false
	}
	named, ok := e.ix.compoundNamed(d.Read, d.Scope)
	if !ok {
		named, ok = e.ix.namedInEnglish(d.Read, d.missing, d.Scope)
	}
	if !ok {
		return nil, false
	}
	terms := slices.DeleteFunc(contrastTerms(d.asked, ""), func(t askedTerm) bool {
		return slices.ContainsFunc(strings.Fields(t.term), func(w string) bool { return slices.Contains(named.words, w) })
	})
	value, class := statedContrast(q)
	best, lone := e.ix.swapClauses(d.Scope, terms, value, class)
	if len(best) == 0 && len(terms) == 1 && len(lone) == 1 && lone[0].held >= minLoneTerm {
		// "Did Huajin Group produce isoprene latex?": the claim's one
		// other term, a thing's own name (异戊胶乳), written in one
		// clause only, points at that clause.
		best = lone
	}
	if len(best) != 1 || slices.ContainsFunc(named.runs, func(n string) bool { return strings.Contains(string(best[0].rs), n) }) {
		return nil, false // the report says it of the name, or which clause is meant is not known
	}
	b := best[0]
	s, end := e.ix.swappedName(b, named)
	if end == 0 {
		return nil, false
	}
	cite := citationFor(b.p, trimSpan(b.p.Text, b.span))
	part := citedCorrection(cite, 0, s, end, named.text, "")
	return correctionCiting(d.Answer, part, cite), true
}

// minLoneTerm is how many characters the one term of a claim besides its
// name must write to point at a clause alone: a thing's own name
// (异戊胶乳), not a common word (原油).
const minLoneTerm = 3

// swapClauses are the report clauses (of rep; every report's when nil)
// writing the most of terms, two of them at least or one and the stated
// value of class; lone are those writing one term and, with no class
// stated, nothing else to point at them.
func (ix *Index) swapClauses(rep *Report, terms []askedTerm, value string, class *englishContrast) (best, lone []swapClause) {
	ix.walkQuotableClauses(rep, func(p *Paragraph, cl normClause) bool {
		rs := []rune(cl.norm)
		if len(rs) != cl.span.End-cl.span.Start || class != nil && !holdsValue(*class, rs, value) {
			return false
		}
		held, count, at := heldTermsAt(terms, string(rs))
		sc := swapClause{p, cl.span, rs, held, at}
		switch {
		case count == 0:
		case class == nil && count < 2:
			lone = append(lone, sc)
		case len(best) == 0 || held > best[0].held:
			best = []swapClause{sc}
		case held == best[0].held:
			best = append(best, sc)
		}
		return false
	})
	return best, lone
}

// swappedName is where, in clause b, the name the report says the claim
// of stands: runes [s, end), end 0 when none. A name of the same kind as
// the claim's (锦城石化 for "Liaohe Petrochemical") is that name, past
// the verb before it (支持); else the clause's opening name.
//
// The report's side is a name, never what opens a clause with a verb
// (推动, 确保营盘输油管线, 支持锦城石化申请): end 0 then.
func (ix *Index) swappedName(b swapClause, named pinyinNamed) (s, end int) {
	end = subjectBeforePredicate(b.rs, b.at)
	if end == 0 {
		return 0, 0
	}
	if len(named.words) == 2 {
		endings := nameEndings[named.words[1]]
		if slices.Contains(englishFirmKinds, named.words[1]) {
			endings = nil
			for _, k := range englishFirmKinds {
				endings = append(endings, nameEndings[k]...)
			}
		}
		at := 0
		for _, w := range ix.dict.Segment(string(b.rs[:end]), nil) {
			n := runeLen(w)
			if slices.Contains(endings, w) && at > 0 {
				prev := ix.dict.Segment(string(b.rs[:at]), nil)
				return at - runeLen(prev[len(prev)-1]), at + n
			}
			at += n
		}
	}
	if ix.verbLed(string(b.rs[:end])) {
		return 0, 0
	}
	return 0, end
}

// englishFirmKinds are the kind words of nameEndings naming a firm: a claim of
// one firm (Huajin Group) is corrected with the firm the clause names,
// whatever its kind (锦城石化).
var englishFirmKinds = []string{"group", "petrochemical", "petrochemicals", "bank", "oilfield", "oilfields"}

// swapClause is a report clause an English claim's other terms point at:
// how much of them it writes, and where the first of them stands.
type swapClause struct {
	p    *Paragraph
	span Span
	rs   []rune
	held int
	at   int
}

// statedContrast is the first value of a class the lowered question
// states, and its class; nil when it states none.
func statedContrast(q string) (string, *englishContrast) {
	for i, c := range englishContrasts {
		if sv := c.statedValues(q); len(sv) > 0 {
			return sv[0].value, &englishContrasts[i]
		}
	}
	return "", nil
}

// holdsValue: clause rs writes value of class c.
func holdsValue(c englishContrast, rs []rune, value string) bool {
	return slices.ContainsFunc(c.reportValues(rs), func(m zhMatch) bool { return slices.Contains(m.values, value) })
}

// heldTermsAt is heldTerms with how many terms text writes and the rune
// offset of the first spelling written.
func heldTermsAt(terms []askedTerm, text string) (held, count, at int) {
	held, at = heldTerms(terms, text), runeLen(text)
	for _, t := range terms {
		for _, s := range t.spellings() {
			if i := strings.Index(text, s); startsHan(s) && i >= 0 {
				count++
				at = min(at, runeLen(text[:i]))
				break
			}
		}
	}
	return held, count, at
}
