package rag

import (
	"slices"
	"strings"
)

// A question may open with a body's name the report writes nowhere whose
// head is one the report writes after a name of its own: 九三粮油 where
// the report writes 汇福粮油, 沈海高速 where it writes 京哈高速. The head
// says only what kind of thing it is; quotes about the report's named one
// do not answer of another. The dictionary, lacking such names, cuts them
// into characters (沈 海, 汇 福, 京 哈) or reads them as a numeral (九三),
// where a description is a word of its own (居民, 可支配, 老百姓): so a
// name is told from a modifier on both sides.

// maxOtherName is the most characters the question's name may hold
// before its head: more is a description, not a name.
const maxOtherName = 4

// groundOtherNamed declines a Chinese question opening with such a name:
// the quotes are related text, under a notice naming it.
func (e *Engine) groundOtherNamed(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || ans.reasoned || d.Intent.Lang == "en" || hasCorrection(ans) || d.place != nil && d.place.Relation != PlaceOwn {
		return
	}
	name := e.otherNamed(d.Norm(), normalizedQuotes(ans.Citations), d.Scope)
	if name == "" {
		return
	}
	ans.relatedOnly(GroundNotAnswered, "报告没有提到“"+name+"”。相关内容：", "The report does not mention "+name+". Related text:")
}

// otherNamed is the name norm opens with (nameBits, then a head of two
// or more characters) when the report writes neither it nor its name
// part, and a quote writes the head after a name of its own; "" when
// there is none.
func (e *Engine) otherNamed(norm string, quotes []string, rep *Report) string {
	ix := e.ix
	if ix.dict == nil {
		return ""
	}
	words := ix.dict.Segment(norm, nil)
	k, n := 0, 0
	for k < len(words) && ix.nameBit(words[k]) && n+runeLen(words[k]) <= maxOtherName {
		n += runeLen(words[k])
		k++
	}
	stray := false
	if n < minSlotName {
		k, stray = ix.strayName(words), true // 顺/p 丰/a 产业园
	}
	if k == 0 || k >= len(words) {
		return ""
	}
	name, head := strings.Join(words[:k], ""), words[k]
	if runeLen(head) < 2 || !AllHan([]rune(head)) || ix.saysPhrase(name, rep) || ix.saysPhrase(name+head, rep) {
		return ""
	}
	if slices.ContainsFunc(words[:k], func(w string) bool { return runeLen(w) > 1 && ix.saysPhrase(w, rep) }) {
		return "" // 盘锦深化改革: a word the report writes opens a description
	}
	if ix.lex != nil && len(ix.lex.reportTermsOf(name)) > 0 {
		return ""
	}
	if stray && ix.strayQuoted(quotes, head, name) {
		return name + head
	}
	if !slices.ContainsFunc(quotes, func(q string) bool { return ix.namedHead(q, head, name) }) {
		return ""
	}
	return name + head
}

// nameBit: w may be a piece of a name the dictionary lacks: one Han
// character that is no particle, preposition or pronoun, a word it tags
// as a proper name, or a numeral of Han characters (九三).
func (ix *Index) nameBit(w string) bool {
	rs := []rune(w)
	if !AllHan(rs) || strings.ContainsAny(w, "几多哪啥") {
		return false
	}
	pos := ix.posOf(w)
	switch {
	case len(rs) == 1:
		// a noun's character (沈, 海), not 上 of 娃上幼儿园
		return strings.HasPrefix(pos, "n") || pos == "j"
	case properNames[pos], pos == "j", pos == "m":
		return true
	}
	return false
}

// namedHead: quote writes head right after two or more characters of a
// name (nameBit words: 汇 福 of 汇福粮油) sharing no character with the
// question's name: one sharing some (北斗 for 北头) is it misspelt.
func (ix *Index) namedHead(quote, head, name string) bool {
	for at := 0; ; {
		i := strings.Index(quote[at:], head)
		if i < 0 {
			return false
		}
		before := quote[:at+i]
		words := ix.dict.Segment(before, nil)
		n, own := 0, ""
		for j := len(words) - 1; j >= 0 && ix.nameBit(words[j]); j-- {
			n += runeLen(words[j])
			own = words[j] + own
		}
		if n >= minSlotName && !sharesRune(own, name) {
			return true
		}
		at += i + len(head)
	}
}
