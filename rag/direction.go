package rag

import (
	"regexp"
	"strings"
)

// A yes/no question may claim a thing moved the other way from the
// report's: 社会救助标准降了吗 where ¶13 says 社会救助标准同步增长, with no
// figure for the figures check to read. A quoted clause naming all that
// was asked and saying only the other way corrects it with its own words.

// directionClaimed is a question claiming or asking only that a thing rose
// or fell, its groups the rising verb and the falling one. Unlike
// yesNoChangeAsked it reads a claim's tags too (下滑了吧, 降低了对吧).
var directionClaimed = regexp.MustCompile(movedVerbs + `了?(?:吗|嘛|么|没有|没|吧|对吧|是吧|对吗|是吗)?$`)

// stateDirection is how a correction names the claimed way: the bare
// 涨 and 降 read badly after 不是.
var stateDirection = map[string]string{"涨": "上涨", "降": "下降"}

// movedMeasures name a measure of a thing, not the thing: a claim that
// it fell compares it with another year's.
var movedMeasures = []string{"目标", "增速", "增幅", "速度", "指标", "幅度"}

// maxDirectionQuote is the most of a clause a correction quotes: longer,
// it quotes the words up to the report's verb.
const maxDirectionQuote = 28

// maxDirectionTail is how much of a clause after the report's verb a
// correction quotes with it: the figure it moved by or to (提升至45%).
const maxDirectionTail = 8

// clauseCloser are the marks a clause ends with, left out of a quote.
const clauseCloser = "，。、；;：:！？,. "

// directionCorrection corrects a claimed rise or fall a cited clause
// states the other way, the claim stating no figure (a figure's own
// direction is the figures check's). A clause saying both ways (A增长、B
// 下降) is no word on which of them was asked.
func (d *Draft) directionCorrection() (Part, bool) {
	q := withoutVerbTag(strings.TrimRight(d.norm, "?？!！。 "))
	m := directionClaimed.FindStringSubmatchIndex(q)
	if m == nil || strings.ContainsAny(q, "0123456789%") || containsAny(q, []string{"多少", "几", "是不是", "有没有", "还是", "哪些", "哪个", "哪方面", "什么方面", "什么领域", "什么指标"}) {
		// "去年哪些方面下降" asks which things fell: it claims none did.
		return Part{}, false
	}
	claimed, opposite, verb := fallingWords, risingWords, m[4:6]
	if m[2] >= 0 {
		claimed, opposite, verb = risingWords, fallingWords, m[2:4]
	}
	stated := q[verb[0]:verb[1]]
	if s, ok := stateDirection[stated]; ok {
		stated = s
	}
	if strings.TrimSpace(q[:m[0]]) == "" || containsAny(q[:m[0]], movedMeasures) || deniedBefore(q[:verb[0]]) {
		// Nothing named (降了吗 alone), what moved is a target or a rate
		// (今年GDP目标下降了吧), which a clause of growth is no word on, or
		// the asker denies the move (没有降吧), which is no wrong claim.
		return Part{}, false
	}
	ahead := claimsAhead(q)
	for ci, c := range d.Answer.Citations {
		if (c.Period.Kind == PeriodPlan) != ahead {
			// A plan's 增长 is no word on whether it fell last year, nor
			// last year's on this year's.
			continue
		}
		text := []rune(c.Quote)
		for _, sp := range Clauses(c.Quote) {
			clause := []rune(strings.TrimRight(string(normalizeRunes(string(text[sp.Start:sp.End]))), clauseCloser))
			cs := string(clause)
			moves := addedValue.Replace(cs) // 增加值 is a quantity, no rise
			if containsAny(moves, claimed) || coveredShare(d.asked, cs) < 1 {
				continue
			}
			s, at, w := askedMove(moves, d.asked, opposite)
			if at < 0 {
				continue
			}
			e := at + runeLen(w)
			switch {
			case len(clause)-e <= maxDirectionTail:
				e = len(clause) // its figure too: 提升至45%
			case at == 0:
				// The verb opens the clause (增加普惠性托育学位640个): what
				// moved follows it.
				e = min(len(clause), maxDirectionQuote)
			}
			if e-s > maxDirectionQuote {
				s = e - maxDirectionQuote
			}
			return citedCorrection(c, ci, sp.Start+s, sp.Start+e, stated, ""), true
		}
	}
	return Part{}, false
}

// askedMove is where, in a clause's runes, the verb saying how the asked
// thing moved is (at, -1 if none is its), which verb, and where a quote of
// it starts. In a list of moves (固定资产投资增长20%以上、进出口总额增长
// 39.7%) the first verb is the first item's: the asked thing's is the first
// after the clause has named all of it, quoted from its own item. A verb
// only before that (增加普惠性托育学位640个) is its own only when the clause
// holds no other.
func askedMove(moves string, asked []askedTerm, opposite []string) (from, at int, w string) {
	rs := []rune(moves)
	named := namedAllAt(asked, moves)
	i, w := firstOf(string(rs[named:]), opposite)
	if i < 0 {
		at, w = firstOf(moves, opposite)
		if at < 0 {
			return 0, -1, ""
		}
		if j, _ := firstOf(string(rs[at+runeLen(w):]), opposite); j >= 0 {
			return 0, -1, "" // several moves, none after the asked thing
		}
		return 0, at, w
	}
	at = named + i
	if j, _ := firstOf(string(rs[:named]), opposite); j < 0 {
		return 0, at, w // no other move before it: the whole clause is its
	}
	before := string(rs[:named])
	if k := strings.LastIndex(before, "、"); k >= 0 {
		return runeLen(before[:k]) + 1, at, w
	}
	return named, at, w
}

// namedAllAt is the rune offset in text of the last-starting asked term's
// first spelling: where text has begun to name each of them. 0 when it
// names none.
func namedAllAt(asked []askedTerm, text string) int {
	at := 0
	for _, t := range asked {
		if i := termIndex(text, t); i >= 0 {
			at = max(at, runeLen(text[:i]))
		}
	}
	return at
}

// withoutVerbTag is q without a 是不是 right before its closing verb of
// a move (信访总量是不是上升了): that tag asks whether the move the verb
// names took place, as 上升了吗 does. A 是不是 elsewhere (是不是哪些方面
// 下降) keeps q out of the check.
func withoutVerbTag(q string) string {
	m := directionClaimed.FindStringIndex(q)
	if m == nil || !strings.HasSuffix(q[:m[0]], "是不是") {
		return q
	}
	return q[:m[0]-len("是不是")] + q[m[0]:]
}

// addedValue hides 增加值 (value added, a quantity) from the direction
// words, keeping the clause's rune offsets.
var addedValue = strings.NewReplacer("增加值", "＊＊＊")

// deniedBefore: the words before a claimed verb deny it (没有降吧, 不会降吧).
func deniedBefore(before string) bool {
	before = strings.TrimRight(before, "会能要再")
	for _, w := range denials {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// firstOf is the rune offset in s of the earliest of words, and which.
func firstOf(s string, words []string) (int, string) {
	at, which := -1, ""
	for _, w := range words {
		if i := strings.Index(s, w); i >= 0 && (at < 0 || i < at) {
			at, which = i, w
		}
	}
	if at < 0 {
		return -1, ""
	}
	return runeLen(s[:at]), which
}
