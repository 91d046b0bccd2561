package rag

import (
	"slices"
	"strings"
)

// A subject may open with a common word the reports never write, which
// the dictionary reads as no name (金风 of 金风科技, 光明 of 光明食品, 顺风
// of 顺风产业园): unwrittenLead leaves such a word alone, as a paraphrase
// of what the report says in its own words. Followed by the kind of thing
// a firm, a park or an institution is, it is that thing's name, and the
// report's quotes about another firm or park of the kind (大金重工风电装备,
// 佳味食品) do not answer for it.

// namedKindEnds end the names of firms by their trade (金风科技, 光明食品),
// besides institutionEnds and namedEnds.
var namedKindEnds = []string{"科技", "食品", "电子", "物流", "快递", "乐园", "古镇"}

// unwrittenKindLead is the name a question's subject opens with when its
// first unwritten word does not read as a name but is followed, through
// the asked words it touches, by a kind of named thing: the unwritten
// word through that kind word; "" when there is none. A correction
// another step made says what the report names instead, so a draft with
// one is left to it.
func (e *Engine) unwrittenKindLead(d *Draft) string {
	if hasCorrection(d.Answer) {
		return ""
	}
	norm := d.Norm()
	for _, m := range d.missing {
		at := strings.Index(norm, m)
		if at < 0 || !AllHan([]rune(m)) || e.ix.readsAsName(m) || !subjectOpens(norm, at) {
			continue
		}
		ends := leadEnds(norm, at+len(m), d.asked)
		name := kindNameFrom(norm, at, ends[len(ends)-1])
		if name == "" || !e.ix.noGrammarIn(name) || !d.quotesKindOf(name) {
			continue
		}
		rest := cityGap.ReplaceAllString(name[len(m):], "")
		if _, _, ok := e.clauseHolding(d.Scope, func(c string) bool { return contractedBefore(c, m, rest) }, nil); ok {
			continue // 大工 of 大工盘锦校区 is 大连理工大学 of 大连理工大学盘锦校区
		}
		return name
	}
	return ""
}

// kindNameFrom is norm from byte from through the last kind word that
// starts after from's first word and before last, the end of the asked
// words touching it; "" when none does.
func kindNameFrom(norm string, from, last int) string {
	end := -1
	for _, kinds := range [][]string{institutionEnds, namedEnds, namedKindEnds} {
		for _, k := range kinds {
			at := strings.Index(norm[from:], k)
			if at > 0 && from+at < last {
				end = max(end, from+at+len(k))
			}
		}
	}
	if end < 0 {
		return ""
	}
	return norm[from:end]
}

// noGrammarIn reports whether name holds no verb and no word of grammar
// (strayGrammar): 孩子上幼儿园 says where a child goes and 谁负责项目 asks
// who, where 光明食品 and 金风科技 name a firm.
func (ix *Index) noGrammarIn(name string) bool {
	return !slices.ContainsFunc(ix.dict.Segment(name, nil), func(w string) bool {
		pos, _ := ix.dict.POS(w)
		return slices.ContainsFunc(strayGrammar, func(g string) bool { return strings.HasPrefix(pos, g) })
	})
}

// quotesKindOf reports whether a quote of the answer holds the kind word
// name ends with: the quotes speak of another of its kind (佳味食品 for
// 光明食品), not of something else its other words found.
func (d *Draft) quotesKindOf(name string) bool {
	for _, kinds := range [][]string{institutionEnds, namedEnds, namedKindEnds} {
		for _, k := range kinds {
			if strings.HasSuffix(name, k) && slices.ContainsFunc(d.Answer.Parts, func(p Part) bool {
				return p.Type == PartQuote && strings.Contains(Normalize(p.Text), k)
			}) {
				return true
			}
		}
	}
	return false
}

// contractedBefore reports whether clause writes rest after a name that m
// contracts: m's characters in order within the few before it, the first
// opening them (大连理工大学 before 盘锦校区 for 大工).
func contractedBefore(clause, m, rest string) bool {
	if rest == "" {
		return false
	}
	for i := strings.Index(clause, rest); i >= 0; i = nextIndex(clause, rest, i) {
		before := []rune(clause[:i])
		before = before[max(0, len(before)-maxContracted):]
		if holdsInOrder(string(before), m) {
			return true
		}
	}
	return false
}

// maxContracted is how many characters a name m contracts may span.
const maxContracted = 8

// holdsInOrder reports whether s holds each character of m in order.
func holdsInOrder(s, m string) bool {
	for _, r := range m {
		i := strings.IndexRune(s, r)
		if i < 0 {
			return false
		}
		s = s[i+len(string(r)):]
	}
	return true
}
