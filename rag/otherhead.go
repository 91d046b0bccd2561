package rag

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// groundOtherHead declines an answer whose quotes share only a modifier
// or a word's tail with what the question is about: 巴黎 of 巴黎奥运会
// written as 巴黎残奥会, 收入 of 工资 written as 一般公共预算收入. A
// modifier or a near word is not the thing asked, and a figure of the
// other thing cited for it is confidently wrong.
func (e *Engine) groundOtherHead(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || len(ans.Citations) == 0 {
		return
	}
	quotes := normalizedQuotes(ans.Citations)
	if thing := e.modifiedOther(d, quotes); thing != "" {
		ans.relatedOnly(GroundNotAnswered, "报告没有提到“"+thing+"”。相关内容：", "The report does not mention this. Related text:")
		return
	}
	if thing := e.ix.tailOnly(d, quotes); thing != "" {
		ans.relatedOnly(GroundNotAnswered,
			fmt.Sprintf("报告没有写到所问的“%s”。相关内容：", thing),
			fmt.Sprintf("The report does not give the %s asked. Related text:", thing))
	}
}

// modifiedOther is the name a question asks of, written as a noun
// modifier and a head noun the reports never write, when the quotes
// write the modifier only before a sibling of that head, a noun of the
// same kind (巴黎残奥会 for 巴黎奥运会: both end in 会): they are about
// the sibling. "" when there is none, or when the quotes also write
// another word the question asks.
func (e *Engine) modifiedOther(d *Draft, quotes []string) string {
	norm := d.Norm()
	for i, m := range d.asked {
		if m.missing || m.at < 0 || !AllHan([]rune(m.term)) || !e.ix.dict.IsNoun(m.term) {
			continue
		}
		for j, h := range d.asked {
			if j == i || h.at != m.at+len(m.term) || !unwrittenNoun(h) || !AllHan([]rune(h.term)) {
				continue
			}
			if modifiesOnlySibling(quotes, m.term, h.term) && !quotesWriteOthers(d, quotes, i, j) {
				return norm[m.at : h.at+len(h.term)]
			}
		}
	}
	return ""
}

// modifiesOnlySibling reports whether some quote writes m and every
// quote's m stands before a near word of head: within a character more
// than head's length, a word other than head holding head's last
// character and another of its characters (残奥会 beside 奥运会): the
// last alone only says the same class of thing.
func modifiesOnlySibling(quotes []string, m, head string) bool {
	seen := false
	hr := []rune(head)
	for _, q := range quotes {
		for at := strings.Index(q, m); at >= 0; at = nextIndex(q, m, at) {
			seen = true
			after := []rune(q[at+len(m):])
			next := after[:min(len(after), len(hr)+1)]
			if strings.HasPrefix(string(next), head) || !nearWord(next, hr) {
				return false
			}
		}
	}
	return seen
}

// nearWord reports whether text holds head's last character and one
// other of its characters.
func nearWord(text, head []rune) bool {
	if len(head) < 2 || !slices.Contains(text, head[len(head)-1]) {
		return false
	}
	return slices.ContainsFunc(head[:len(head)-1], func(r rune) bool { return slices.Contains(text, r) })
}

// quotesWriteOthers reports whether a quote writes an asked word other
// than the ones at skip, as asked or by a report term: then the quotes
// were found by more than the modifier.
func quotesWriteOthers(d *Draft, quotes []string, skip ...int) bool {
	for k, t := range d.asked {
		if slices.Contains(skip, k) || t.missing {
			continue
		}
		if t.writtenIn(quotes) {
			return true
		}
	}
	return false
}

// writtenIn reports whether a quote writes t as asked or by a report
// term; quotesWriteOthers and quotesAnswerOnlyTheRest both read it so.
func (t askedTerm) writtenIn(quotes []string) bool {
	return slices.ContainsFunc(quotes, func(q string) bool { return containsAny(q, t.spellings()) })
}

// tailOnly is the asked word the quotes write only as the tail of
// another compound noun (工资, read as 居民收入 or 收入, in 一般公共预算收入
// and 营业收入): a report term that ends a longer one of the same concept
// names the asked thing in that longer one, not after another noun. ""
// when a quote names it, none writes such a compound, or a quote writes
// another asked word.
func (ix *Index) tailOnly(d *Draft, quotes []string) string {
	for i, t := range d.asked {
		if t.missing || slices.ContainsFunc(quotes, func(q string) bool { return strings.Contains(q, t.term) }) {
			continue
		}
		named, other := false, false
		for _, q := range quotes {
			n, o := ix.tailUses(q, t.syn)
			named, other = named || n, other || o
		}
		if other && !named && !quotesWriteOthers(d, quotes, i) {
			return t.term
		}
	}
	return ""
}

// tailUses reads how quote q writes the report terms syn: named when
// one names the concept (居民收入; 收入 after no noun), other when a term
// ending a longer one follows another noun there (预算收入, 营业收入).
func (ix *Index) tailUses(q string, syn []string) (named, other bool) {
	for _, s := range syn {
		long := tailOf(syn, s)
		for at := strings.Index(q, s); at >= 0; at = nextIndex(q, s, at) {
			if long != "" && !strings.HasSuffix(q[:at+len(s)], long) && ix.lex.otherTermEndsAt(q, at, s, syn) {
				other = true
			} else {
				named = true
			}
		}
	}
	return named, other
}

// otherTermEndsAt reports whether a term of another lexicon concept
// ends where term s, at byte at of q, does and holds more than s
// (一般公共预算收入, 营业收入 around 收入): q names that concept there.
func (lx *Lexicon) otherTermEndsAt(q string, at int, s string, syn []string) bool {
	if lx == nil {
		return false
	}
	end := at + len(s)
	for start, n := at, 0; start > 0 && n < maxTermRunes; n++ {
		_, size := utf8.DecodeLastRuneInString(q[:start])
		start -= size
		w := q[start:end]
		if lx.isChineseMember(w) && !slices.Contains(syn, w) && !slices.ContainsFunc(syn, func(t string) bool { return lx.sameConcept(t, w) }) {
			return true
		}
	}
	return false
}

// maxTermRunes bounds how far before a tail a longer term is sought:
// the lexicon's longest Chinese terms are under a dozen characters.
const maxTermRunes = 12

// tailOf is the longer report term s ends, "" when none does.
func tailOf(syn []string, s string) string {
	for _, l := range syn {
		if l != s && strings.HasSuffix(l, s) {
			return l
		}
	}
	return ""
}
