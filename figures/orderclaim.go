package figures

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A question may claim how two figures stand with no amount: "去年GDP增速
// 比社零快吧", "今年社零目标比去年低吧", "今年公交车购置数是去年的两倍吧",
// "今年社零目标和进出口目标一样吧", "Did tourism revenue grow faster than
// tourist arrivals?". Either side is a figure the report gives — two
// indicators of one period, or one indicator in the year compared with
// (去年) and the one the question is about — and the claim is an order
// (rel), a sameness, or a multiple (ratio). It is read as a gapClaim with
// no amount (order set), so that the check of a claimed difference holds
// it to the same two figures.

// orderWays are the words of an order a question ends its comparison with
// (比社零快, 比去年低), each with the way the subject stands.
var orderWays = []moveWord{
	{"快", 1}, {"高", 1}, {"多", 1}, {"大", 1}, {"强", 1},
	{"慢", -1}, {"低", -1}, {"少", -1}, {"小", -1}, {"弱", -1},
}

// orderTails may follow an order's word before the question ends: 快一些,
// 高吧, 少了吗.
var orderTails = []string{"一些", "一点", "些", "点", "得多", "很多", "不少", "多了", "了", "啊", "呀", "吧", "吗", "么", "嘛", "呢", "对吧", "对吗", "是吧", "是不是", "对不对", "没错吧"}

// notComparing are words holding 比 that compare nothing with it.
var notComparing = []string{"相比", "对比", "比较", "比例", "比重", "比率", "同比", "环比", "比赛", "比如", "好比", "无比", "比拼", "比武", "比分", "比上年增长", "比去年增长", "占比", "比对"}

// spokenAmount is an amount said in words, which makes a comparison a
// difference or a multiple, not an order: 少一半, 高两成, 三分之一, 几倍.
var spokenAmount = regexp.MustCompile(`一半|分之|倍|[一二三四五六七八九十两几]成|[快慢高低多少大小]了?[一二三四五六七八九十两几]+[个点]`)

// askingWords ask for something: a question holding one claims no order.
var askingWords = []string{"多少", "几", "什么", "哪", "怎么", "如何", "为什么", "为啥", "啥", "谁", "咋", "何时", "when ", "how ", "why ", "what ", "which "}

// waysChoice asks which way a comparison goes, offering both: 多还是少,
// 高还是低, "higher or lower".
var waysChoice = regexp.MustCompile(`(?:多|高|大|快|增加|增长|上升)了?还是(?:少|低|小|慢|减少|下降)|(?:少|低|小|慢|减少|下降)了?还是(?:多|高|大|快|增加|增长|上升)|\b(?:higher|more|bigger|larger|faster) or (?:lower|less|fewer|smaller|slower)\b|\b(?:lower|less|fewer|smaller|slower) or (?:higher|more|bigger|larger|faster)\b`)

// sameWords claim two figures are the same.
var sameWords = []string{"一样", "相同", "持平", "相等", "一致", "差不多"}

// sameLinks join the two sides of a sameness: 社零目标和进出口目标一样.
var sameLinks = []string{"和", "与", "跟", "同"}

// fallWords make a claimed order one of the size of falls: 降得多, 降幅大.
var fallWords = []string{"降", "减", "跌", "fell", "fall", "drop", "declin"}

// claimEnds reports whether rune i ends a claim: the question's end, a
// mark, or the words that close one (吧, 对吗).
func claimEnds(rs []rune, i int) bool {
	for {
		if i >= len(rs) || strings.ContainsRune(clauseMarks+"?？", rs[i]) || unicode.IsSpace(rs[i]) {
			return true
		}
		n := 0
		for _, t := range orderTails {
			if hasPrefixAt(rs, i, t) {
				n = max(n, utf8.RuneCountInString(t))
			}
		}
		if n == 0 {
			return false
		}
		i += n
	}
}

// findOrderClaim is the order, sameness or multiple a question claims
// between two figures, if any. stated are its figures: a figure after the
// comparison makes it a difference or a growth rate, not an order.
func findOrderClaim(question string, stated []Mention, sp *span) (gapClaim, bool) {
	if containsAnyOf(strings.ToLower(question), askingWords...) || waysChoice.MatchString(strings.ToLower(question)) {
		// "农村自来水啥时候能跟城里一样", "比去年多还是少": it asks, claims nothing
		return gapClaim{}, false
	}
	rs := []rune(question)
	for _, read := range []func([]rune, []Mention, *span) (gapClaim, bool){chineseMove, chineseGrowthMultiple, implicitGrowthMultiple, chineseShareFall, chineseOrder, chineseMultiple, chineseSame, englishOrder} {
		if g, ok := read(rs, stated, sp); ok {
			return g, true
		}
	}
	return gapClaim{}, false
}

// moveWays are the words of a move from the year before a question ends
// its comparison with (比去年增长了吧), each with its way. (翻番 is read
// before as 增长100%: a growth rate, not a move.)
var moveWays = []moveWord{
	{"增长", 1}, {"增加", 1}, {"上升", 1}, {"上涨", 1},
	{"下降", -1}, {"下滑", -1}, {"回落", -1},
}

// moveAdverbs may stand between the year and its move: 比去年有所增长.
var moveAdverbs = []string{"有所", "明显", "大幅", "略有", "略", "稍有", "都", "也", "还", "又", "要"}

// chineseMove reads "比去年增长了": one indicator moved from the year
// before, a claim of levels (an amount of the two years, levels), never
// of growth rates: "今年GDP比去年增长了吧" claims no faster growth.
func chineseMove(rs []rune, stated []Mention, sp *span) (gapClaim, bool) {
	for i, r := range rs {
		if r != '比' || figureWithin(stated, i, nextMark(rs, i)) {
			continue
		}
		base, n, ok := baseYearAt(rs, i+1, sp)
		if !ok {
			continue
		}
		base, n = baseTarget(rs, n, base)
		j := n
		for _, a := range moveAdverbs {
			j = skipPrefix(rs, j, a)
		}
		for _, w := range moveWays {
			end := j + utf8.RuneCountInString(w.word)
			if !hasPrefixAt(rs, j, w.word) || !claimEnds(rs, end) {
				continue
			}
			return gapClaim{order: true, levels: true, way: w.dir, base: base, text: string(rs[i:end]), at: j, to: end, cmp: [2]int{i, n}}, true
		}
	}
	return gapClaim{}, false
}

// chineseGrowthMultiple reads "比去年增长100%" at 100% or more: a growth
// said as a multiple (翻番, read 增长100%; 增长2倍, 增长200%) doubles an
// amount, so it claims the two years' levels (levels: kept only where the
// report gives both), held to their ratio as "是去年的两倍" is. A lower
// growth rate is the rate's, which the premise check reads.
func chineseGrowthMultiple(rs []rune, stated []Mention, sp *span) (gapClaim, bool) {
	for c := range amountComparisons(rs, sp) {
		i, n, base, j := c.at, c.end, c.base, c.move
		for _, w := range moveWays {
			if w.dir < 0 || !hasPrefixAt(rs, j, w.word) {
				continue
			}
			k := skipPrefix(rs, j+utf8.RuneCountInString(w.word), "了")
			for _, m := range stated {
				if m.Start != k || m.Value.Unit != "%" || m.Value.Number < 100 || m.Value.Qualifier != "" || !claimEnds(rs, m.End) {
					continue
				}
				times := m // its figures are the two years' amounts, in any unit, as 两倍's are
				times.Value.Unit, times.Value.Number = "倍", 1+m.Value.Number/100
				return gapClaim{order: true, levels: true, ratio: times.Value.Number, amount: times, way: 1, base: base,
					text: string(rs[j:m.End]), at: j, to: m.End, cmp: [2]int{i, n}}, true
			}
		}
	}
	return gapClaim{}, false
}

// chineseOrder reads "A比B快": the subject before 比, the other side after
// it up to the way word, which ends the claim.
func chineseOrder(rs []rune, stated []Mention, sp *span) (gapClaim, bool) {
	for i, r := range rs {
		if r != '比' || notComparingAt(rs, i) {
			continue
		}
		end := nextMark(rs, i)
		if figureWithin(stated, i, end) {
			return gapClaim{}, false // 比去年多47台, 比上年增长6%
		}
		for j := i + 2; j < end; j++ {
			w, ok := orderWayAt(rs, j)
			if !ok || !claimEnds(rs, j+1) {
				continue
			}
			other := j
			fall := false
			if other-1 > i && rs[other-1] == '得' {
				verb := verbBefore(rs, i+1, other-1)
				fall = containsAnyOf(string(rs[verb:other]), fallWords...)
				other = verb
			}
			other = trimAdverbs(rs, i+1, other)
			if spokenAmount.MatchString(string(rs[i:j])) {
				return gapClaim{}, false // "比去年少一半多": an amount in words
			}
			g := gapClaim{order: true, way: w.dir, text: string(rs[i : j+1]), at: j, to: j + 1, cmp: [2]int{i, other}, fall: fall}
			return sided(g, rs, clauseStart(rs, i), i, i+1, other, sp)
		}
	}
	return gapClaim{}, false
}

// chineseMultiple reads "A是B的两倍": a multiple, stated as a figure in 倍.
func chineseMultiple(rs []rune, stated []Mention, sp *span) (gapClaim, bool) {
	for _, m := range stated {
		if m.Value.Unit != "倍" || m.Start < 3 || rs[m.Start-1] != '的' || !claimEnds(rs, m.End) {
			continue
		}
		is := -1
		for k := m.Start - 2; k > clauseStart(rs, m.Start); k-- {
			if rs[k] == '是' {
				is = k
				break
			}
		}
		if is < 0 || m.Value.Number <= 0 {
			continue
		}
		g := gapClaim{order: true, ratio: m.Value.Number, amount: m, text: string(rs[is+1 : m.End]), at: m.Start - 1, to: m.End, cmp: [2]int{is, m.Start - 1}}
		return sided(g, rs, clauseStart(rs, is), is, is+1, m.Start-1, sp)
	}
	return gapClaim{}, false
}

// chineseSame reads "A和B一样": a sameness, the sides joined by 和.
func chineseSame(rs []rune, stated []Mention, sp *span) (gapClaim, bool) {
	for j := range rs {
		w := ""
		for _, s := range sameWords {
			if hasPrefixAt(rs, j, s) {
				w = s
			}
		}
		if w == "" || !claimEnds(rs, j+utf8.RuneCountInString(w)) {
			continue
		}
		start := clauseStart(rs, j)
		if figureWithin(stated, start, j) {
			return gapClaim{}, false // "目标和去年一样是6%吗"
		}
		for k := start + 1; k < j-1; k++ {
			if !strings.ContainsRune(strings.Join(sameLinks, ""), rs[k]) {
				continue
			}
			other := trimAdverbs(rs, k+1, j)
			end := j + utf8.RuneCountInString(w)
			g := gapClaim{order: true, way: 0, text: string(rs[k:end]), at: j, to: end, cmp: [2]int{k, other}}
			return sided(g, rs, start, k, k+1, other, sp)
		}
	}
	return gapClaim{}, false
}

// englishOrderRe reads "Did A grow faster than B (in 2024)?", "Is A
// higher than B?".
var englishOrderRe = regexp.MustCompile(`^(?:did|does|do|is|was|were|are|has|have|will)\s+(.+?)\s+(?:(grow|grew|grown|rise|rose|risen|increase|increased|fall|fell|fallen|drop|dropped|decline|declined)\s+)?(faster|slower|more|less|fewer|higher|lower|bigger|smaller|larger|greater)\s+than\s+(.+?)\s*\??\s*$`)

// englishYearTail is the year a side of an English claim ends with: the
// period, no part of what it names.
var englishYearTail = regexp.MustCompile(`\s+(?:in|for|during)\s+(?:20\d\d|last year|this year)$`)

// englishOrder reads an English order between two figures.
func englishOrder(rs []rune, stated []Mention, sp *span) (gapClaim, bool) {
	lower := strings.ToLower(string(rs))
	m := englishOrderRe.FindStringSubmatchIndex(lower)
	if m == nil || len(stated) > 0 {
		return gapClaim{}, false
	}
	at := func(b int) int { return utf8.RuneCountInString(lower[:b]) }
	way := englishWay(lower[m[6]:m[7]])
	fall := m[4] >= 0 && containsAnyOf(lower[m[4]:m[5]], fallWords...)
	otherEnd := m[9]
	if y := englishYearTail.FindStringIndex(lower[m[8]:m[9]]); y != nil {
		otherEnd = m[8] + y[0]
	}
	cmpAt, from := m[7]+1, m[6] // "than"; the claim from its verb, if any: "grew faster than…"
	if m[4] >= 0 {
		from = m[4]
	}
	g := gapClaim{order: true, way: way, fall: fall, text: strings.TrimSpace(string(rs[at(from):at(otherEnd)])), at: at(m[6]), to: at(m[7]), cmp: [2]int{at(cmpAt), at(otherEnd)}}
	return sided(g, rs, at(m[2]), at(m[3]), at(m[8]), at(otherEnd), sp)
}

// sided completes g with its two sides: the subject's runes [s0,s1), the
// other's [o0,o1). The other side is a year (去年, last year) when it
// starts with one: one indicator in two years, compared as a difference
// from the year before; else it names another indicator.
func sided(g gapClaim, rs []rune, s0, s1, o0, o1 int, sp *span) (gapClaim, bool) {
	o0 = skipPrefix(rs, o0, " ")
	if o0 >= o1 || s0 >= s1 {
		return gapClaim{}, false
	}
	if base, n, ok := yearSideAt(rs, o0, sp); ok {
		base, n = baseTarget(rs, n, base)
		g.base, g.cmp[1] = base, max(g.cmp[1], n)
		return g, true
	}
	other := strings.TrimSpace(strings.TrimPrefix(string(rs[o0:o1]), "的"))
	subject := strings.TrimSpace(string(rs[s0:s1]))
	if other == "" || placeSide(other) || hasPrefixIn(other, notSides) || strings.TrimSpace(subject) == "" {
		return gapClaim{}, false // 比全省快: a place, which compareplace reads
	}
	g.pair, g.subject, g.other = true, subject, other
	// "GDP增速比社零快", not "比社零快"; for a multiple "旅客接待量增速是旅游
	// 收入增速的三倍".
	if g.ratio > 0 {
		g.text = "是" + g.text
	}
	sep := ""
	if isLatinByte(subject[len(subject)-1]) {
		sep = " "
	}
	g.text = withoutPeriod(subject) + sep + g.text
	g.fall = g.fall || containsAnyOf(subject+other, fallWords...)
	return g, true
}

// yearSideAt reads a side of a comparison that is a year: 去年, 2024年,
// "last year".
func yearSideAt(rs []rune, i int, sp *span) (Kind, int, bool) {
	if base, n, ok := baseYearAt(rs, i, sp); ok {
		return base, n, true
	}
	lower := strings.ToLower(string(rs[i:]))
	for _, w := range []string{"last year", "the previous year", "the year before"} {
		if strings.HasPrefix(lower, w) {
			return KindResult, i + utf8.RuneCountInString(w), true
		}
	}
	return "", 0, false
}

// placeSides start a side that is a place: 全省, 全国, the national
// average. Another city has no figures in the report, and its search
// finds none.
var placeSides = []string{"全省", "全国", "全市", "省", "国家", "其他", "别的", "the province", "the national", "national", "provincial", "the country"}

// notSides are words a comparison ends on that name no indicator of the
// report: the target or plan of the subject itself (比目标低, than
// expected), times the report gives no figures of (往年, 以前), a mean.
var notSides = []string{"目标", "计划", "预期", "预计", "年初", "往年", "以往", "以前", "过去", "平时", "平均", "同期", "上半年", "下半年", "原来", "原先",
	"the target", "the goal", "the plan", "target", "expected", "planned", "forecast", "before", "average", "usual", "previous"}

// hasPrefixIn reports whether side, lower-cased, starts with one of ws.
func hasPrefixIn(side string, ws []string) bool {
	side = strings.ToLower(side)
	for _, w := range ws {
		if strings.HasPrefix(side, w) {
			return true
		}
	}
	return false
}

func placeSide(side string) bool {
	for _, p := range placeSides {
		if strings.HasPrefix(strings.ToLower(side), p) {
			return true
		}
	}
	return false
}

// notComparingAt reports whether the 比 at rune i is part of a word that
// compares nothing (相比, 比例, 同比).
func notComparingAt(rs []rune, i int) bool {
	for _, w := range notComparing {
		k := strings.Index(w, "比")
		at := i - utf8.RuneCountInString(w[:k])
		if at >= 0 && hasPrefixAt(rs, at, w) {
			return true
		}
	}
	return false
}

// orderWayAt is the order word at rune j, if any.
func orderWayAt(rs []rune, j int) (moveWord, bool) {
	for _, w := range orderWays {
		if hasPrefixAt(rs, j, w.word) {
			return w, true
		}
	}
	return moveWord{}, false
}

// figureWithin reports whether a stated figure lies in runes [from, to).
func figureWithin(stated []Mention, from, to int) bool {
	for _, m := range stated {
		if m.Start >= from && m.Start < to {
			return true
		}
	}
	return false
}

// trimAdverbs is end less the adverbs before an order word: 比社零更快,
// 比去年还要低, 和去年都一样.
func trimAdverbs(rs []rune, start, end int) int {
	for changed := true; changed; {
		changed = false
		for _, a := range []string{"还要", "要", "更", "还", "都", "也", "稍", "略", "明显"} {
			if n := utf8.RuneCountInString(a); end-n > start && hasSuffixAt(rs, end, a) {
				end -= n
				changed = true
			}
		}
	}
	return end
}

// verbsBeforeDe are the verbs of "降得多", "增长得快": how the sides moved,
// no part of what they name; longest first.
var verbsBeforeDe = []string{"下降", "降低", "减少", "增长", "上升", "提高", "提升", "发展", "增加", "降", "减", "跌", "涨", "增", "长", "升", "买", "卖", "建", "修", "种", "跑"}

// verbBefore is where the verb ending at rune end (before 得) starts, no
// earlier than start; end when no verb ends there.
func verbBefore(rs []rune, start, end int) int {
	for _, v := range verbsBeforeDe {
		if n := utf8.RuneCountInString(v); end-n >= start && hasSuffixAt(rs, end, v) {
			return end - n
		}
	}
	return end
}
