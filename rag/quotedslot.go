package rag

import (
	"regexp"
	"slices"
	"strings"
)

// A question may quote a short term the report quotes in the same place
// with another word or number: 金融“三篇大文章” where ¶43 says 金融“五篇
// 大文章”, 编制“十四五”规划 where ¶69 says 编制“十五五”规划. Such terms are
// too short for the name checks (nameSwap wants six shared characters),
// but the quote marks and the words right outside them pin the slot: the
// asker means the report's term and says it wrong, as long as the report
// nowhere says the asker's version.

// askedQuote is a short term a question quotes, in any quote marks an
// asker types.
var askedQuote = regexp.MustCompile(`“([^”“]{2,12})”|"([^"]{2,12})"|「([^」]{2,12})」|‘([^’]{2,12})’`)

// reportQuote is a short term the report quotes.
var reportQuote = regexp.MustCompile(`“[^”“]{2,12}”`)

// slotContext is how many characters right outside the quote marks, on
// one side, must be the same in the question and the report.
const slotContext = 2

// maxSlotLenGap is how much longer one of the two terms may be: a term
// said wrong keeps about its length (三篇大文章, 五篇大文章).
const maxSlotLenGap = 2

// quotedSlotCorrection corrects a term the question quotes where a cited
// text quotes another term between the same words. A cited text that
// quotes the asker's term too lists both (坚持“两个至上”，压实“两个责任”，
// 健全“两个链条”): the asker names one of the list with another verb of
// it (落实“两个责任”), a term the report has, not one said wrong. typed is the question
// as typed: reading writes its numerals in digits (两个 as 2个). Its
// traditional characters are folded all the same (基層「四保」 is
// 基层“四保”), or the words outside the marks never match the report's.
func (ix *Index) quotedSlotCorrection(typed string, texts []Citation, rep *Report) (Part, bool) {
	q := []rune(ix.rd.foldOnly(typed, ix.all))
	for _, m := range findAllRunes(askedQuote, q) {
		term := q[m.start+1 : m.end-1]
		if !AllHan(term) {
			continue
		}
		for i, c := range texts {
			if strings.Contains(c.Quote, "“"+string(term)+"”") {
				continue // a sibling term of the same list (压实“两个责任”，健全“两个链条”)
			}
			text := []rune(c.Quote)
			for _, tm := range findAllRunes(reportQuote, text) {
				side, ok := sameSlot(q, m, text, tm)
				if ok && nearTerm(term, text[tm.start+1:tm.end-1]) && !ix.saysPhrase(side.around(term), rep) {
					return citedCorrection(c, i, tm.start, tm.end, string(q[m.start:m.end]), ""), true
				}
			}
		}
	}
	return Part{}, false
}

// slotSide is the words the question and the report share right outside
// the quote marks, and on which side.
type slotSide struct {
	words  []rune
	before bool
}

// around is term with the shared words on their side: what the report
// would say were the asker's term its own (结构调整“三篇大文章” is the
// report's, 金融“三篇大文章” is not).
func (s slotSide) around(term []rune) string {
	if s.before {
		return string(s.words) + string(term)
	}
	return string(term) + string(s.words)
}

// sameSlot: the slotContext Han characters right before the question's
// opening mark are the report's, or those right after the closing mark.
func sameSlot(q []rune, m runeMatch, text []rune, tm runeMatch) (slotSide, bool) {
	if m.start >= slotContext && tm.start >= slotContext {
		qb, tb := q[m.start-slotContext:m.start], text[tm.start-slotContext:tm.start]
		if AllHan(qb) && slices.Equal(qb, tb) {
			return slotSide{qb, true}, true
		}
	}
	if m.end+slotContext <= len(q) && tm.end+slotContext <= len(text) {
		qa, ta := q[m.end:m.end+slotContext], text[tm.end:tm.end+slotContext]
		if AllHan(qa) && slices.Equal(qa, ta) {
			return slotSide{qa, false}, true
		}
	}
	return slotSide{}, false
}

// nearTerm: two different terms of about one length sharing a character
// (两个维护, 两个确立): one said for the other, not two unrelated things.
func nearTerm(asked, said []rune) bool {
	if slices.Equal(asked, said) || max(len(asked), len(said))-min(len(asked), len(said)) > maxSlotLenGap {
		return false
	}
	return sharesRune(string(asked), string(said))
}

// minQuotedLine is the fewest characters of a quotation checked
// character by character: a line, not a term (the slot check's).
const minQuotedLine = 5

// askedLine is a line the question quotes: longer than a term
// (askedQuote stops at twelve characters), so “时代眷顾奋斗者，星光不负赶路人”
// is read whole.
var askedLine = regexp.MustCompile(`“([^”“]{5,40})”|"([^"]{5,40})"|「([^」]{5,40})」|‘([^’]{5,40})’`)

// quotedWordsCorrection corrects a line the question quotes as the
// report's (“会心不远，要登绝顶莫辞苦”) where a cited text writes it with one
// word of at most two characters another (莫辞劳): quote marks say every
// character is the report's, and the report nowhere writes the line as
// quoted.
func (ix *Index) quotedWordsCorrection(typed string, texts []Citation, rep *Report) (Part, bool) {
	q := []rune(ix.rd.foldOnly(typed, ix.all))
	for _, m := range findAllRunes(askedLine, q) {
		term := q[m.start+1 : m.end-1]
		if len(term) < minQuotedLine || hasDigit(string(term)) || ix.reportWrites(rep, string(term)) {
			continue
		}
		for at, c := range texts {
			text := []rune(c.Quote)
			for s := 0; s+len(term) <= len(text); s++ {
				line := text[s : s+len(term)]
				if wordSwapped(term, line) && !containsFoldRunes(line, term) && !isClauseMark(line[0]) && !isClauseMark(line[len(line)-1]) {
					return citedCorrection(c, at, s, s+len(term), string(term), ""), true
				}
			}
		}
	}
	return Part{}, false
}

// minSwapPrefix is how many characters a quoted clause and the report's
// must open with alike before a word near their end may differ: 办成了一批
// of 办成了一批好事 and 办成了一批群众关切的实事.
const minSwapPrefix = 4

// quotedClauseCorrection corrects a line the question quotes as the
// report's, read clause by clause, where one clause is the report's with
// a word of at most two characters another — as written (要登高处莫辞劳 for
// 要登绝顶莫辞劳) or shortened (办成了一批好事 for 办成了一批群众关切的实事).
// WHY: an asker quotes a long line from memory, shortening its clauses,
// so the whole line is in no one clause and quotedWordsCorrection, which
// wants it whole, lets the wrong word stand. Another clause of the line
// must be the same paragraph's, shortened or not, so the line is the one
// the report writes; a clause the report writes somewhere, or shortens
// anywhere, is no swap.
func (ix *Index) quotedClauseCorrection(typed string, rep *Report) (Part, Citation, bool) {
	q := []rune(ix.rd.foldOnly(typed, ix.all))
	for _, m := range findAllRunes(askedLine, q) {
		line := q[m.start+1 : m.end-1]
		if hasDigit(string(line)) || ix.reportWrites(rep, string(line)) {
			continue
		}
		clauses := quotedClauses(line)
		for k, cl := range clauses {
			if len(cl) < minQuotedLine || ix.reportWrites(rep, string(cl)) {
				continue
			}
			if p, c, ok := ix.clauseSwapped(cl, otherClauses(clauses, k), rep); ok {
				return p, c, true
			}
		}
	}
	return Part{}, Citation{}, false
}

// quotedClauses are the clauses of a quoted line, split at its marks.
func quotedClauses(line []rune) [][]rune {
	var out [][]rune
	start := 0
	for i := 0; i <= len(line); i++ {
		if i == len(line) || strings.ContainsRune("，,；;、。", line[i]) {
			if i > start {
				out = append(out, line[start:i])
			}
			start = i + 1
		}
	}
	return out
}

// otherClauses are clauses without the k-th.
func otherClauses(clauses [][]rune, k int) [][]rune {
	return slices.Concat(clauses[:k], clauses[k+1:])
}

// clauseSwapped finds the report's clause that quoted clause cl says with
// one word another, in a paragraph that holds one of the line's other
// clauses (others) too; none when some clause of the report holds cl
// shortened (subsequence): the asker left words out, said none wrong.
func (ix *Index) clauseSwapped(cl []rune, others [][]rune, rep *Report) (Part, Citation, bool) {
	var found Citation
	var s, e int
	ok, shortened := false, false
	ix.walkQuotableClauses(rep, func(p *Paragraph, c normClause) bool {
		sp := trimSpan(p.Text, c.span)
		said := []rune(strings.TrimRight(p.Text[sp.byteStart:sp.byteEnd], "。！？!?”」"))
		if subsequence(cl, said) {
			shortened = true
			return true
		}
		if !ok && (wordSwapped(cl, said) || shortSwapped(cl, said)) && holdsAnyShortened(p.Text, others) {
			found, s, e, ok = citationFor(p, sp), 0, len(said), true
		}
		return false
	})
	if !ok || shortened {
		return Part{}, Citation{}, false
	}
	return citedCorrection(found, 0, s, e, string(cl), ""), found, true
}

// shortSwapped reports whether asked is said shortened with its last word
// another: the same first character and last character, at least
// minSwapPrefix characters of asked standing in said in order (办成一批 of
// 办成了一批…), and after them, before the last character, at most
// maxItemSwap characters of the asker's, all Han, that said does not hold
// there in order.
func shortSwapped(asked, said []rune) bool {
	if len(said) <= len(asked) || !sameRune(asked[0], said[0]) {
		return false
	}
	j := 0
	for j < len(asked)-1 && sameRune(asked[len(asked)-1-j], said[len(said)-1-j]) {
		j++
	}
	a, b := asked[:len(asked)-j], said[:len(said)-j]
	i, at := orderedPrefix(a, b)
	mid := a[i:]
	return i >= minSwapPrefix && j >= 1 && len(mid) >= 1 && len(mid) <= maxItemSwap && AllHan(mid) && !subsequence(mid, b[at:])
}

// orderedPrefix is how many of a's first runes stand in b in order, and
// where in b the stretch after them starts.
func orderedPrefix(a, b []rune) (n, at int) {
	for n < len(a) {
		k := at
		for k < len(b) && !sameRune(a[n], b[k]) {
			k++
		}
		if k == len(b) {
			break
		}
		n, at = n+1, k+1
	}
	return n, at
}

// holdsAnyShortened reports whether text holds one of clauses, each
// character in order (shortened or whole).
func holdsAnyShortened(text string, clauses [][]rune) bool {
	rs := []rune(text)
	return slices.ContainsFunc(clauses, func(c []rune) bool { return len(c) >= minQuotedLine-1 && subsequenceWithin(c, rs) })
}

// subsequence reports whether every rune of a stands in b in order, b no
// longer than a clause.
func subsequence(a, b []rune) bool {
	k := 0
	for _, r := range b {
		if k < len(a) && sameRune(a[k], r) {
			k++
		}
	}
	return k == len(a)
}

// subsequenceWithin reports whether a stands in order within one clause
// of text: its characters between its first and last in one stretch with
// no sentence mark.
func subsequenceWithin(a, text []rune) bool {
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || strings.ContainsRune("，,；;。！？", text[i]) {
			if subsequence(a, text[start:i]) {
				return true
			}
			start = i + 1
		}
	}
	return false
}
