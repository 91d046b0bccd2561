package rag

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenizer splits normalized text into index terms. Chinese has no spaces,
// so Han runs become character bigrams (and optionally unigrams); numbers are
// whole tokens, with their percent sign or first unit character attached as a
// second token ("5.5%", "2024年", "451.5亿"), because figures and years are
// what people ask about.
type Tokenizer struct {
	// Unigrams adds single Han characters that are not stop characters.
	Unigrams bool
	// Stop are more Latin words to leave out: the reports' own place
	// names, which say which report a question is about, not what about.
	Stop map[string]bool
}

// stopRunes carry no topic on their own.
const stopRunes = "的了是在和与及等把被对为以吗呢吧啊么什多少哪怎有个这那也都就还要会能我你他她它们其之而或并将从到于让给过着很更最请问说"

// stopBigrams are question and filler words.
var stopBigrams = map[string]bool{
	"多少": true, "什么": true, "怎么": true, "哪些": true, "是否": true, "请问": true, "报告": true,
	"一下": true, "哪个": true, "怎样": true, "如何": true, "为什": true, "么样": true, "有没": true,
	"没有": true, "是多": true, "的是": true, "了多": true, "有多": true, "有哪": true, "有什": true,
	"里面": true, "提到": true, "一些": true, "可以": true, "我们": true, "你们": true, "知道": true,
}

var stopWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "in": true, "on": true, "for": true, "to": true,
	"is": true, "are": true, "was": true, "were": true, "what": true, "how": true, "much": true,
	"many": true, "did": true, "does": true, "do": true, "and": true, "or": true, "by": true,
	"with": true, "which": true, "this": true, "that": true, "it": true, "its": true, "be": true,
	"report": true, "about": true, "say": true, "says": true, "tell": true, "me": true, "please": true,
	"city": true, "s": true, "will": true, "there": true, "year": true,
}

func isStopRune(r rune) bool { return stopRuneSet.has(r) }

var stopRuneSet = newRuneSet(stopRunes)

// runeSet is a set of runes of the Basic Multilingual Plane, for the sets
// tested for every rune of every report (a linear search of the set's
// string was a tenth of the time a thousand reports took to index).
type runeSet [1 << 16 / 64]uint64

func newRuneSet(s string) *runeSet {
	set := new(runeSet)
	for _, r := range s {
		if r < 1<<16 {
			set[r>>6] |= 1 << (r & 63)
		}
	}
	return set
}

// has reports whether r is in the set: strings.ContainsRune(s, r) for the
// string the set was made of.
func (set *runeSet) has(r rune) bool {
	return r >= 0 && r < 1<<16 && set[r>>6]&(1<<(r&63)) != 0
}

// unitRunes may follow a number as its unit.
const unitRunes = "年月日万亿元个项家台人所条公千吨米座户名平方张套倍岁天"

// Tokens returns the terms of text, which must already be Normalize'd.
// Terms are substrings of text where they can be, not copies: a question
// is tokenized several times per answer.
func (t Tokenizer) Tokens(text string) []string {
	// Collected on the stack for a question, then copied at their
	// number: reserving two a rune (with unigrams) on the heap was a
	// twentieth of what an answer allocated, most of it never used.
	var buf [tokensOnStack]string
	out := t.appendTokens(buf[:0], text)
	return append(make([]string, 0, len(out)), out...)
}

// appendTokens appends the terms of text (Tokens') to dst: a caller done
// with them before it returns may collect them on its stack.
func (t Tokenizer) appendTokens(dst []string, text string) []string {
	t.walk(text, false, func(term string, _ bool) { dst = append(dst, term) })
	return dst
}

// tokensOnStack and runesOnStack size the stack buffers of Tokens and walk:
// a question's terms and runes fit them; a longer text spills to the heap.
const (
	tokensOnStack = 128
	runesOnStack  = 128
)

// walk calls emit with each term of text in order: Tokens' terms (own),
// and with both also the unigrams Tokens with Unigrams set adds (not own),
// each where that tokenizer has it. Indexing a passage takes its BM25 terms
// and its embedding's in one pass, each as it comes.
func (t Tokenizer) walk(text string, both bool, emit func(term string, own bool)) {
	// rs is []rune(text) (an invalid byte is one U+FFFD either way), and
	// offs[i] the byte offset of rs[i] in text, offs[len(rs)] its end; on
	// the stack for a question.
	var rsBuf [runesOnStack]rune
	var offsBuf [runesOnStack + 1]int
	rs, offs := rsBuf[:0], offsBuf[:0]
	for i, r := range text {
		rs = append(rs, r)
		offs = append(offs, i)
	}
	offs = append(offs, len(text))
	sub := func(i, j int) string { return text[offs[i]:offs[j]] }
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case isHan(r):
			j := i
			for j < len(rs) && isHan(rs[j]) {
				j++
			}
			t.hanTerms(rs[i:j], both, func(a, b int) string { return sub(i+a, i+b) }, emit)
			i = j
		case unicode.IsDigit(r):
			j := numberEnd(rs, i)
			if g := groupedEnd(rs, i, j); g > j {
				// One number written in groups ("1,000"): its term is
				// the number without commas, as the reports write it.
				num := strings.ReplaceAll(sub(i, g), ",", "")
				emit(num, true)
				if g < len(rs) && (rs[g] == '%' || strings.ContainsRune(unitRunes, rs[g])) {
					emit(num+string(rs[g]), true)
				}
				i = g
				continue
			}
			emit(sub(i, j), true)
			if j < len(rs) && (rs[j] == '%' || strings.ContainsRune(unitRunes, rs[j])) {
				emit(sub(i, j+1), true)
			}
			i = j
		case unicode.IsLetter(r):
			j := i
			for j < len(rs) && unicode.IsLetter(rs[j]) && !isHan(rs[j]) {
				j++
			}
			w := strings.ToLower(sub(i, j))
			if !stopWords[w] && !t.Stop[w] {
				emit(w, true)
			}
			i = j
		default:
			i++
		}
	}
}

// numberEnd is where the number starting at rs[i] ends: digits, and a
// point only between digits.
func numberEnd(rs []rune, i int) int {
	j := i
	for j < len(rs) && (unicode.IsDigit(rs[j]) || (rs[j] == '.' && j+1 < len(rs) && unicode.IsDigit(rs[j+1]))) {
		j++
	}
	return j
}

// groupedEnd is where a number written in groups of three digits parted by
// commas ends ("1,000", "11,500.5"), English's way to write one number;
// j when rs[i:j] opens no such number. Read at its commas, "1,000 square
// kilometres" would be the numbers 1 and 000, and the 1 a figure the
// reports state (1—2个).
func groupedEnd(rs []rune, i, j int) int {
	if j-i > 3 || slices.Contains(rs[i:j], '.') {
		return j
	}
	g := j
	for g+3 < len(rs) && rs[g] == ',' && isDigitRune(rs[g+1]) && isDigitRune(rs[g+2]) && isDigitRune(rs[g+3]) && (g+4 == len(rs) || !unicode.IsDigit(rs[g+4])) {
		g += 4
	}
	if g == j {
		return j
	}
	if g+1 < len(rs) && rs[g] == '.' && unicode.IsDigit(rs[g+1]) {
		g = numberEnd(rs, g)
	}
	return g
}

// hanTerms walks the terms of a run of Han characters; sub(a, b) is the
// text of run[a:b]. Each character that is not a stop character is a
// unigram, Tokens' own with Unigrams set or alone in its run; each pair not
// of two stop characters nor a stop word is a bigram.
func (t Tokenizer) hanTerms(run []rune, both bool, sub func(a, b int) string, emit func(term string, own bool)) {
	own := t.Unigrams || len(run) == 1
	for k := range run {
		if (both || own) && !isStopRune(run[k]) {
			emit(sub(k, k+1), own)
		}
		if k+1 < len(run) {
			if isStopRune(run[k]) && isStopRune(run[k+1]) {
				continue
			}
			if stopBigramFirst.has(run[k]) && stopBigrams[sub(k, k+2)] {
				continue
			}
			emit(sub(k, k+2), true)
		}
	}
}

// stopBigramFirst are the first characters of stopBigrams: most pairs
// need no look-up.
var stopBigramFirst = func() *runeSet {
	var first strings.Builder
	for bg := range stopBigrams {
		r, _ := utf8.DecodeRuneInString(bg)
		first.WriteRune(r)
	}
	return newRuneSet(first.String())
}()
