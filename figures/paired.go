package figures

import (
	"strings"
	"unicode"

	"github.com/reportbot/reportbot/rag"
)

// pairedWords are, for each stated figure, the words that name what it is
// of, when a question states several figures each of a thing of its own:
// one after another ("刑事警情下降24.3%、治安警情下降26.1%", "126件人大代表建
// 议、198件政协提案"), or listed with 分别 ("旅客接待量、旅游收入分别增长
// 29.9%、64%"). Each is then held to its own thing: the words of the whole
// question name both, and a swapped pair would confirm itself. Nil when
// the question does not pair them so: one figure, or one whose words name
// nothing of their own ("进出口总额147亿元，增长39.7%", "去年GDP增长3.5%，今
// 年目标6%": the same thing, two figures).
func pairedWords(rs []rune, stated []Mention) []string {
	if len(stated) < 2 {
		return nil
	}
	for i, m := range stated {
		if m.Value.Unit == "" && !strings.HasSuffix(m.Text, "亿") && !endsClauseClaim(rs, stated, i) || m.Value.Unit == UnitRank {
			return nil // a bare number or a rank names nothing to pair
		}
	}
	if ws := respectiveWords(rs, stated); ws != nil {
		return ws
	}
	return sequentialWords(rs, stated)
}

// endsClauseClaim reports whether the i-th stated figure, a bare number,
// ends a clause that names its thing, before a later clause states a
// figure with a unit ("开复工项目502，新建272个"): the number is that
// clause's claim, of the thing right before it, as "粮食产量110对吧" is,
// and the later figure is of its own clause's thing, not of the earlier
// clause's indicator.
func endsClauseClaim(rs []rune, stated []Mention, i int) bool {
	m := stated[i]
	if i+1 >= len(stated) || stated[i+1].Value.Unit == "" || m.End >= len(rs) || !strings.ContainsRune(pairSeps, rs[m.End]) {
		return false
	}
	return m.Start > 0 && unicode.Is(unicode.Han, rs[m.Start-1]) && !strings.ContainsRune(numeralHan, rs[m.Start-1])
}

// pairSeps end the words of one figure of a pair after the figure.
const pairSeps = "、，,；;和及"

// pairSepAt reports whether a separator of a pair's words (pairSeps)
// stands at rs[i], or English "and" between words: "Criminal cases fell
// 24.3% and public order cases fell 26.1%" pairs as 刑事警情下降24.3%、治安警
// 情下降26.1% does.
func pairSepAt(rs []rune, i int) bool {
	return strings.ContainsRune(pairSeps, rs[i]) || rs[i] == ' ' && strings.HasPrefix(strings.ToLower(string(rs[i:min(i+5, len(rs))])), " and ")
}

// sequentialWords are pairedWords of figures stated one after another:
// each figure's words run from the separator after the figure before it
// (pairSeps) to the separator after it, so that the thing may come before
// the figure or after it.
func sequentialWords(rs []rune, stated []Mention) []string {
	out := make([]string, len(stated))
	from := 0
	for i, m := range stated {
		to := len(rs)
		if i+1 < len(stated) {
			to = stated[i+1].Start
		}
		end := m.End
		for end < to && !pairSepAt(rs, end) {
			end++
		}
		if i+1 < len(stated) && end == to && countsThingAfter(rs[from:m.Start], rs[m.End:to], m) {
			// "8户市属国企负债总额降低11.1%": the count opens the words of
			// the thing it counts, which the next figure is of too.
			out[i], from = string(rs[m.End:to]), m.End
			continue
		}
		if i+1 < len(stated) && end == to {
			if !thingThenThing(rs[from:m.Start], rs[m.End:to], m) {
				return nil // no separator between two figures: one claim
			}
			// "人大建议198件政协提案126件": a thing, its figure, then another
			// thing and its own, typed without a mark between them.
			end = m.End
		}
		words := string(rs[from:m.Start]) + " " + string(rs[m.End:end])
		if !namesOwnThing(words) || startsWithAny(strings.TrimLeft(words, pairSeps+" "), partWords) {
			// "新签约注册项目300个，其中亿元以上100个": a part of the thing
			// before is no thing of its own.
			return nil
		}
		out[i], from = words, end
	}
	return out
}

// thingThenThing reports whether words before a figure m and the words
// after it up to the next figure each name a thing of their own
// ("人大建议198件政协提案126件"), m no bound of a class (500万元以上项目502
// 个) and the words after it no choice between the two (4%还是5%) nor a
// part of the thing before (amongWords).
func thingThenThing(before, after []rune, m Mention) bool {
	if _, bound := boundOf(m.Value.Qualifier); bound || containsAnyOf(string(after), "还是", "或者", "或是") || containsAnyOf(string(after), amongWords...) {
		return false
	}
	return namesOwnThing(string(before)) && namesNoun(string(after))
}

// amongWords say the figure after them counts a part of the thing before
// ("31名高层次人才里有2名院士"): a part is no thing of its own beside it.
var amongWords = []string{"里有", "中有", "里面有", "当中有", "之中有"}

// namesNoun reports whether words, without the words of a period, an aim
// or a change (今年新增, 要达到), hold a run of two Chinese characters or
// more: a noun of their own (政协提案), not 新 of 新增.
func namesNoun(words string) bool {
	for _, w := range nameless {
		words = strings.ReplaceAll(words, w, " ")
	}
	for _, w := range aimWords {
		words = strings.ReplaceAll(words, w, " ")
	}
	for _, w := range changeWords {
		words = strings.ReplaceAll(words, w.word, " ")
	}
	run := 0
	for _, r := range words {
		if !unicode.Is(unicode.Han, r) {
			run = 0
			continue
		}
		if run++; run >= 2 {
			return true
		}
	}
	return false
}

// partWords open the words of a part of the thing named before.
var partWords = []string{"其中", "包括", "含"}

// respectiveWords are pairedWords of a list of things and a list of as
// many figures joined by 分别: the i-th thing with the words between 分别
// and the first figure (增长), and with the head the last thing ends in
// when the others leave it out ("刑事、治安警情": 刑事警情).
func respectiveWords(rs []rune, stated []Mention) []string {
	at := strings.Index(string(rs), "分别")
	if at < 0 {
		return nil
	}
	i := len([]rune(string(rs)[:at]))
	if stated[0].Start < i {
		return nil
	}
	things := splitRunes(rs, clauseStart(rs, i), i, []string{"、", "和", "及", "与"})
	if len(things) != len(stated) {
		return nil
	}
	verb := string(rs[i+len([]rune("分别")) : stated[0].Start])
	last := []rune(strings.TrimSpace(string(rs[things[len(things)-1].lo:things[len(things)-1].hi])))
	out := make([]string, len(things))
	for k, t := range things {
		name := []rune(strings.TrimSpace(string(rs[t.lo:t.hi])))
		if own := len([]rune(withoutPeriod(string(name)))); k < len(things)-1 && own < len(last) {
			name = append(name, sharedHeadOf(name, last, own)...)
		}
		if !namesOwnThing(string(name)) {
			return nil
		}
		out[k] = string(name) + " " + verb
	}
	return out
}

// sharedHeadOf is the head the last thing of a 分别 list lends an earlier
// one, name, of own runes that leaves it out: a measure every thing ends in
// (sharedMeasures: 稻蟹共生、苇田、海洋牧场面积 are each a 面积, and 苇田 is
// no 牧场面积), else the runes past own (刑事、治安警情: 刑事警情). WHY: the
// things of a list need not be as long as one another, so the runes past
// an earlier one's length may hold the last one's own words.
func sharedHeadOf(name, last []rune, own int) []rune {
	for _, m := range sharedMeasures {
		switch {
		case !strings.HasSuffix(string(last), m):
		case strings.HasSuffix(string(name), m):
			return nil // 苇田面积、海洋牧场面积: its own already
		default:
			return []rune(m)
		}
	}
	return last[own:]
}

// periodWords open a claim or a side of a comparison with its period,
// which a figure's indicator does not repeat: 去年GDP增速 is GDP增速.
var periodWords = []string{"去年", "今年", "明年", "上年", "本年", "全年", "2024年", "2025年"}

// withoutPeriod is s without the period word it opens with, if any, and
// the 的 after it.
func withoutPeriod(s string) string {
	for _, w := range periodWords {
		if rest, ok := strings.CutPrefix(s, w); ok {
			return strings.TrimPrefix(rest, "的")
		}
	}
	return s
}

// namesOwnThing reports whether the words of one figure of a pair name a
// thing: more than a period, a kind of figure, a way it moved and the
// words that close a claim.
func namesOwnThing(words string) bool {
	w := strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) || strings.ContainsRune(pairSeps, r) {
			return ' '
		}
		return r
	}, words)
	for _, r := range aimWords {
		w = strings.ReplaceAll(w, r, " ")
	}
	for _, r := range echoWords {
		w = strings.ReplaceAll(w, r, " ")
	}
	for _, r := range copulaWords {
		w = strings.ReplaceAll(w, r, " ")
	}
	return namesThing(rag.TrimClaimTail(strings.TrimSpace(w)))
}

// echoWords hold a second figure to the thing named before it and name
// none of their own: "去年不是增长37%吗", "今年目标也是300场吗" say the first
// clause's thing's other figure, no pair of things.
var echoWords = []string{"不是", "也是", "也"}

// copulaWords link a figure to the thing named before it and name none
// of their own: "今年要新增8个一件事，去年是新增48个" says the first clause's
// thing's other year, no pair of things, though 是 and the 新 of 新增 (增
// is a change word) are Chinese words.
var copulaWords = []string{"新增", "是", "为", "有"}

// aimWords say a figure is reached or aimed at ("今年要到60万亩"), and
// name no thing of it: "海洋牧场去年48万亩，今年要到60万亩" states one
// thing's two years, no pair of things.
var aimWords = []string{"要达到", "将达到", "达到", "要到", "能到", "会到", "升到", "扩到", "要", "将"}

// countsThingAfter reports whether stated figure m, a count with nothing
// before it in its clause, counts the thing the words after it name
// (8户市属国企…): it opens that thing's name, and claims no thing apart.
func countsThingAfter(before, after []rune, m Mention) bool {
	return strings.Trim(string(before), pairSeps+" ") == "" && isClassifier(m.Value.Unit) && namesNoun(string(after))
}

// opensThing reports whether the i-th stated figure opens the words of
// the thing the next figure is of (countsThingAfter), with no separator
// between them.
func opensThing(rs []rune, stated []Mention, i int) bool {
	if i+1 >= len(stated) {
		return false
	}
	m, next := stated[i], stated[i+1]
	after := rs[m.End:next.Start]
	return !strings.ContainsAny(string(after), pairSeps) && countsThingAfter(rs[clauseStart(rs, m.Start):m.Start], after, m)
}
