package rag

import (
	"slices"
	"strings"
)

// A claim to check, or a whether-question, that counts a thing (要建3个通用
// 机场，是吗) is about that thing: a quote sharing only the claim's other
// words (低空经济, 方案) and writing none of the counted noun says nothing
// of how many there are, nor that there are any. Shown as the answer, it
// reads as yes.

// countedNounAsked is the asked words of the noun a claim counts: those
// written one after another right after its first count in a measure
// word (3个通用机场), in the same clause; nil when it states no plain
// count or none is right after it. A count closing its clause (一件事去年
// 47个) counts a thing named before it, which the figures' rules weigh; a
// bare magnitude (1万, of 1万1千5百人) is no count of a thing.
func countedNounAsked(norm string, asked []askedTerm) []askedTerm {
	q := []rune(norm)
	for _, m := range findAllRunes(countFigure, q) {
		if countBounded(q, m) || strings.ContainsRune("万亿", q[m.end-1]) {
			continue
		}
		rest := strings.TrimPrefix(beforeFirstAny(string(q[m.end:]), spokenClauseEnds+"?？"), "的")
		var out []askedTerm
		for {
			i := slices.IndexFunc(asked, func(t askedTerm) bool { return runeLen(t.term) >= 2 && strings.HasPrefix(rest, t.term) })
			if i < 0 {
				return out
			}
			out = append(out, asked[i])
			rest = rest[len(asked[i].term):]
		}
	}
	return nil
}

// groundCountedUnquoted declines a found answer to a claim or a
// whether-question counting a noun no quote writes (countedNounAsked's
// last word): the quotes are related text only.
func (e *Engine) groundCountedUnquoted(d *Draft) {
	ans := d.Answer
	if !d.foundOpen() || d.Intent.Lang == "en" {
		return
	}
	q := trimQuestionMarks(d.norm)
	if !asksToConfirm(q) && !asksYesOrNo(q) {
		return
	}
	counted := countedNounAsked(d.norm, d.asked)
	if len(counted) == 0 {
		return
	}
	// The run's last word is the noun counted (机场 of 通用机场); words
	// before it only narrow it, and a quote sharing them (通用泊位) names
	// another thing.
	if !counted[len(counted)-1].in(answerQuotes(ans)) {
		ans.notAnsweredDirectly()
	}
}
