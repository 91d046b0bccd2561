package rag

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize folds text for matching only; answers always quote the original.
// NFKC turns full-width digits, letters and ％ into ASCII; ASCII letters are
// lower-cased; white space (NBSP, U+3000, tabs) between two non-ASCII runes
// is dropped, so a name typed as "邢  鹏" matches "邢鹏", while other runs of
// space become one ASCII space.
func Normalize(s string) string {
	out, normal, ok := nfkcFast(s)
	if !ok {
		out = norm.NFKC.String(s)
		normal = isNormal(out)
	}
	if normal {
		return out // already normalized text (terms, lexicon words) is common
	}
	return fold(out)
}

// fold is Normalize after NFKC: spaces, control characters and case.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	pendingSpace := false
	var prev rune
	for _, r := range s {
		if r == unicode.ReplacementChar {
			continue
		}
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u3000' {
			pendingSpace = b.Len() > 0
			continue
		}
		if unicode.IsControl(r) {
			continue
		}
		if pendingSpace {
			if prev < 0x80 || r < 0x80 {
				b.WriteByte(' ')
			}
			pendingSpace = false
		}
		if r < 0x80 {
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// isNormal reports whether Normalize's loop would return s unchanged: no
// space or control character, no replacement character, no upper-case
// ASCII letter.
func isNormal(s string) bool {
	for _, r := range s {
		switch {
		case r < 0x80:
			if asciiFolds(r) {
				return false
			}
		case r == unicode.ReplacementChar || unicode.IsSpace(r) || unicode.IsControl(r):
			return false
		}
	}
	return true
}

// nfkc is norm.NFKC.String with a fast path for the text this package
// sees most, which NFKC maps rune by rune: ASCII, the CJK Unified
// Ideographs and CJK punctuation (all unchanged), and the full-width forms
// of ASCII (to ASCII). None of them combines with a neighbour, so such a
// text needs no normalization state. Anything else takes x/text's path;
// Normalize runs several times per question, and that path was a tenth of
// an answer's time.
func nfkc(s string) string {
	if out, _, ok := nfkcFast(s); ok {
		return out
	}
	return norm.NFKC.String(s)
}

// nfkcFast is nfkc's fast path, ok false where it does not apply. It also
// tells whether its result is isNormal, in the same pass: the runes it
// keeps beyond ASCII are never space, control or U+FFFD, so only the ASCII
// ones, kept or mapped, can need folding (Normalize scanned its text twice).
func nfkcFast(s string) (out string, normal, ok bool) {
	changed := false
	normal = true
	for _, r := range s {
		switch {
		case r < 0x80:
			normal = normal && !asciiFolds(r)
		case nfkcKeeps(r):
		case fullWidthASCII(r):
			changed = true
			normal = normal && !asciiFolds(r-0xFEE0)
		default:
			return "", false, false
		}
	}
	if !changed {
		return s, normal, true
	}
	// A Builder: its String does not copy the bytes, as string(b) would.
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if fullWidthASCII(r) {
			r -= 0xFEE0
		}
		b.WriteRune(r)
	}
	return b.String(), normal, true
}

// asciiFolds: fold changes or drops the ASCII rune r (space, control,
// upper case).
func asciiFolds(r rune) bool { return r <= ' ' || r == 0x7f || 'A' <= r && r <= 'Z' }

// nfkcKeeps: NFKC leaves r as it is, whatever is around it.
func nfkcKeeps(r rune) bool {
	return r < 0x80 || r >= 0x4E00 && r <= 0x9FFF || r == '、' || r == '。' || r >= '〈' && r <= '】' || r >= '‘' && r <= '”'
}

// fullWidthASCII: NFKC maps r to r-0xFEE0, whatever is around it.
func fullWidthASCII(r rune) bool { return r >= 0xFF01 && r <= 0xFF5E }

// pieceNorms is Normalize of each piece of text (spans in order, not
// overlapping), norm being Normalize(text): where Normalize maps text rune
// by rune, each rune alone, as the matching pieces of norm (the same
// bytes, not copies); otherwise normalized and found in norm where they
// are in it. Indexing normalizes every clause of every report.
func pieceNorms(text, norm string, spans []Span) []string {
	out := make([]string, len(spans))
	if runeWise(text) {
		at, nat := 0, 0 // a place in text and the same place in norm
		advance := func(to int) {
			for at < to {
				r, size := utf8.DecodeRuneInString(text[at:])
				at += size
				if fullWidthASCII(r) {
					nat++ // to ASCII
				} else {
					nat += size
				}
			}
		}
		for i, sp := range spans {
			advance(sp.byteStart)
			start := nat
			advance(sp.byteEnd)
			out[i] = norm[start:nat]
		}
		return out
	}
	at := 0 // where the next piece most likely starts in norm
	for i, sp := range spans {
		n := Normalize(text[sp.byteStart:sp.byteEnd])
		if strings.HasPrefix(norm[at:], n) {
			n, at = norm[at:at+len(n)], at+len(n)
		} else if k := strings.Index(norm, n); k >= 0 {
			n, at = norm[k:k+len(n)], k+len(n)
		}
		out[i] = n
	}
	return out
}

// runeWise reports whether Normalize maps text rune by rune, each rune
// alone, and so every piece of text to the matching piece of its result:
// NFKC maps each rune by itself, and folding has nothing to change (no
// space, control character or upper-case letter).
func runeWise(text string) bool {
	for _, r := range text {
		if fullWidthASCII(r) {
			r -= 0xFEE0
		} else if !nfkcKeeps(r) {
			return false
		}
		if r < 0x80 && (r <= ' ' || r == 0x7f || 'A' <= r && r <= 'Z') {
			return false
		}
	}
	return true
}

// isHan reports whether r is a CJK ideograph. It is asked of every rune
// of every report: the Basic Multilingual Plane's are looked up in a
// bitmap, not searched for in the ranges.
func isHan(r rune) bool {
	if r >= 0 && r < 1<<16 {
		return hanBMP.has(r)
	}
	return unicode.Is(unicode.Han, r)
}

// hanRunAround widens text[start:end] to the whole run of Chinese
// characters holding it: the stretch a dictionary cuts into words.
func hanRunAround(text string, start, end int) (from, to int) {
	for from = start; from > 0; {
		r, n := utf8.DecodeLastRuneInString(text[:from])
		if !isHan(r) {
			break
		}
		from -= n
	}
	for to = end; to < len(text); {
		r, n := utf8.DecodeRuneInString(text[to:])
		if !isHan(r) {
			break
		}
		to += n
	}
	return from, to
}

// startsHan reports whether s begins with a Han character: a Chinese
// term, not an English one ("" is neither).
func startsHan(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isHan(r)
}

// asksInChinese reports whether question norm is written in Chinese: its
// first letter, past any year, number or mark it opens with, is Han. A
// question opening on its year ("2024年新建的…") is as Chinese as one
// ending on it, where startsHan of the whole would read it as English.
func asksInChinese(norm string) bool {
	for _, r := range norm {
		if unicode.IsDigit(r) || unicode.IsSpace(r) || unicode.IsPunct(r) {
			continue
		}
		return isHan(r)
	}
	return false
}

var hanBMP = func() *runeSet {
	set := new(runeSet)
	for _, rg := range unicode.Han.R16 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			set[r>>6] |= 1 << (r & 63)
		}
	}
	return set
}()

// questionEnd is the characters that may close a normalized question: its
// mark (folded to ? or kept as ？) and any spaces typed after it.
const questionEnd = "?？ "

// trimQuestionMarks is norm without the question marks and spaces that
// close it: the words a cue at the end must meet (…吗, …了没).
func trimQuestionMarks(norm string) string { return strings.TrimRight(norm, questionEnd) }
