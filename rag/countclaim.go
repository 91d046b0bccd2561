package rag

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// A claim may state a count the quoted clause gives otherwise beside the
// same words: 让8万农村居民 where ¶54 says 让18万农村居民, 8类48家示范单位
// where it says 8类84家. Counts are read whole (8万 is never inside 18万)
// and compared only in the same unit.

// countFigure is a count with its unit: the value group holds the number
// and the unit, so that 2个 and 2家 differ as much as 2个 and 3个 do.
var countFigure = regexp.MustCompile(`([0-9]+(?:\.[0-9]+)?(?:[万亿]?(?:家|个|户|台|名|所|座|条|项|套|辆|处|人|艘|栋|起)|[万亿]))`)

// countBounds make a stated count approximate or a bound (十七万多,
// 小于5亿, 不少于7亿): no claim of the exact count to correct.
var countBounds = []string{"多", "余", "左右", "出头", "小于", "大于", "少于", "多于", "不少于", "不到", "至少", "超过", "突破", "低于", "高于", "不低于"}

// countBounded reports whether the count m of q is approximate or a bound,
// or is written with a separator (14,114名 is read whole elsewhere).
func countBounded(q []rune, m runeMatch) bool {
	after := string(q[m.end:min(m.end+3, len(q))])
	before := string(q[max(m.start-3, 0):m.start])
	for _, b := range countBounds {
		if strings.HasPrefix(after, b) || strings.HasSuffix(before, b) {
			return true
		}
	}
	return endsWithAny(before, nearWords) || notPlainCount(q, m.start) || growthInPoints(q, m) ||
		m.start >= 2 && strings.ContainsRune(",，.", q[m.start-1]) && isDigitRune(q[m.start-2])
}

// notPlainCount reports whether the count starting at rs[start] is a rank
// (第5名) or the top of a range (1—3个): neither states how many.
func notPlainCount(rs []rune, start int) bool {
	if start >= 1 && rs[start-1] == '第' {
		return true
	}
	return start >= 2 && strings.ContainsRune("—－-~～至到", rs[start-1]) && isDigitRune(rs[start-2])
}

// growthInPoints reports whether count m of q is the 个 of a growth rate
// said in points ("旅游收入增长了30个百分点"): a rate, the figures' to hold,
// which no other thing's "2.8个百分点" corrects though both end in 百分点.
// A gap said in points ("比全省高出3.8个百分点") stays a count of points.
func growthInPoints(q []rune, m runeMatch) bool {
	before := strings.TrimSuffix(string(q[:m.start]), "了")
	return strings.HasPrefix(string(q[m.end:]), "百分点") && endsWithAny(before, growthWords)
}

// growthWords say a rate's growth or fall right before its number.
var growthWords = []string{"增长", "增加", "上涨", "涨", "下降", "减少", "降低"}

// sameCount: one unit and one number (4.0亿 is 4亿).
func sameCount(a, b string) bool {
	if countUnit(a) != countUnit(b) {
		return false
	}
	x, errA := strconv.ParseFloat(strings.TrimSuffix(a, countUnit(a)), 64)
	y, errB := strconv.ParseFloat(strings.TrimSuffix(b, countUnit(b)), 64)
	return errA == nil && errB == nil && x == y
}

// sameBound: a count stated with 以上 or 以下 is compared only with one
// the report bounds the same way (10个以上 with 15个以上).
func sameBound(q []rune, m runeMatch, text []rune, tm runeMatch) bool {
	bound := func(rs []rune, end int) string {
		tail := string(rs[end:min(end+2, len(rs))])
		if tail == "以上" || tail == "以下" {
			return tail
		}
		return ""
	}
	qb := bound(q, m.end)
	return qb == "" || qb == bound(text, tm.end)
}

// countUnit is the unit of a count value (countFigure's group): what
// follows its number.
func countUnit(value string) string {
	return strings.TrimLeft(value, "0123456789.")
}

// countCorrection corrects the first count claim states that a quote of
// the answer gives with another number beside the same words, when no
// quote gives the claimed count there and the claim does not itself state
// the report's count (今年新增8个，去年新增48个 compares two years, and the
// quoted 8个 is this year's). A quote of another period than the one the
// question asks of says nothing of it.
func countCorrection(ans *Answer, claim string, period PeriodKind) (Part, bool) {
	q := []rune(claim)
	counts := findAllRunes(countFigure, q)
	stated := make([]string, len(counts))
	for i, m := range counts {
		stated[i] = string(q[m.vStart:m.vEnd])
	}
	for i, m := range counts {
		if countBounded(q, m) || SetAgainstPeriod(q, m.end) {
			continue
		}
		if p, ok := countContradiction(ans, q, m, stated[i], stated, period); ok {
			return p, true
		}
		if p, ok := soleUnitContradiction(ans, q, m, stated[i], stated, period); ok {
			return p, true
		}
	}
	return Part{}, false
}

// periodCompared opens a clause that sets what comes before it against a
// period's figure: 比今年目标多1400人, 较去年.
var periodCompared = regexp.MustCompile(`^[，,、\s]*(?:比|较|高于|低于|超过|少于|多于)(?:今年|去年|明年|上年|本年|20\d\d年)`)

// SetAgainstPeriod reports whether the figure ending at rune end is set, in
// the clause after it, against a period's figure ("城镇新增就业2.04万人，
// 比今年目标多1400人吧"). WHY: the period the question names is then the one
// compared with, not the figure's own; that period's figure (1.9万人) does
// not contradict a figure stated of another.
func SetAgainstPeriod(q []rune, end int) bool {
	for i := end; i < len(q); i++ {
		if strings.ContainsRune("，,；;。？?！!", q[i]) {
			return periodCompared.MatchString(string(q[i:]))
		}
	}
	return false
}

// countContradiction is countCorrection for the question's count m, one
// of the counts it states. A
// quote that holds the claimed count anywhere, read whole, may say it in
// other words (重点行业领域11个 of 11个重点行业领域), unless there it
// counts another thing (2个省级 where the quote says 1个省级、2个市级):
// the other count must then be followed by the claim's own words.
func countContradiction(ans *Answer, q []rune, m runeMatch, value string, stated []string, period PeriodKind) (Part, bool) {
	asked := []runeMatch{m}
	_, qAfter := anchors(q, m.start, m.end)
	ids := identifiersIn(Normalize(clauseBefore(q, m.start)))
	at, found, held := -1, runeMatch{}, false
	for i, c := range ans.Citations {
		if period != PeriodNone && c.Period.Kind != PeriodNone && c.Period.Kind != period {
			continue
		}
		if !containsAll(Normalize(c.Quote), ids) {
			continue // "5G工厂3个" is no count of a quote's 智能工厂15个
		}
		text := []rune(c.Quote)
		for _, tm := range findAllRunes(countFigure, text) {
			if notPlainCount(text, tm.start) {
				continue
			}
			said := string(text[tm.vStart:tm.vEnd])
			if sameCount(said, value) {
				held = true
				if anchoredToAny(text, tm, q, asked) {
					return Part{}, false // the report says what the claim says
				}
				continue
			}
			if countUnit(said) != countUnit(value) || !countAnchored(text, tm, q, m) {
				continue
			}
			if at < 0 && !slices.ContainsFunc(stated, func(v string) bool { return sameCount(v, said) }) && sameBound(q, m, text, tm) &&
				!countOfOtherSubject(q, m, text, tm) {
				at, found = i, tm
			}
		}
	}
	if at < 0 {
		return Part{}, false
	}
	if held {
		c := []rune(ans.Citations[at].Quote)
		if _, after := anchors(c, found.start, found.end); runeLen(qAfter) < claimAnchor || after != qAfter {
			return Part{}, false
		}
	}
	c := ans.Citations[at]
	return citedCorrection(c, at, found.start, found.end, value, clauseAfter([]rune(c.Quote), found.end, maxClaimNoun)), true
}

// countAnchored: the report's count tm stands beside the claim's count m
// in the same words, as anchoredToAny reads them, and where both go on
// after the shared words in characters, they go on alike: "36个项目开工"
// is no count of 175个项目竣工投产, which shares only 项目.
func countAnchored(text []rune, tm runeMatch, q []rune, m runeMatch) bool {
	if !anchoredToAny(text, tm, q, []runeMatch{m}) {
		return false
	}
	qb, _ := anchors(q, m.start, m.end)
	tb, _ := anchors(text, tm.start, tm.end)
	if sameAnchor(qb, tb, true) {
		return true
	}
	i, j := m.end+claimAnchor, tm.end+claimAnchor
	return i >= len(q) || j >= len(text) || !isHan(q[i]) || !isHan(text[j]) || q[i] == text[j]
}

// clauseBefore is q's clause up to rune i: the words a count at i is
// stated of ("国家4A级景区2个").
func clauseBefore(q []rune, i int) string {
	b := i
	for b > 0 && !isClauseMark(q[b-1]) {
		b--
	}
	return string(q[b:i])
}

// countOfOtherSubject reports whether the name the claim states count m of
// (its longest run of minGradeSubject characters or more shared with
// text, before m in its clause) is written in another item of text than
// count tm's, an item with a count of its own. WHY: a sentence lists
// several things' figures, each item (between 、 or clause marks) its own
// thing's: "东北新发地…交易额达到145亿元、盘锦河蟹电商平台入驻商户达到85家"
// gives 盘锦河蟹电商平台 no 交易额, so 145亿元 corrects no claim of its.
func countOfOtherSubject(q []rune, m runeMatch, text []rune, tm runeMatch) bool {
	sh, ok := longestShared(q, text, clauseStartAt(q, m.start), m.start, 0, len(text))
	if !ok || sh.n < minGradeSubject {
		return false
	}
	own, other := listItemAt(text, tm.start), listItemAt(text, sh.c)
	if own == other {
		return false
	}
	for _, cm := range findAllRunes(countFigure, text) {
		if cm.start >= other[0] && cm.end <= other[1] {
			return true
		}
	}
	return false
}

// listItemAt is the span of text's item holding rune i: its run between
// clause marks or the 、 of a list.
func listItemAt(text []rune, i int) [2]int {
	s, e := i, i
	for s > 0 && !isClauseMark(text[s-1]) && text[s-1] != '、' {
		s--
	}
	for e < len(text) && !isClauseMark(text[e]) && text[e] != '、' {
		e++
	}
	return [2]int{s, e}
}

// soleCountUnits are measure words specific enough that the one count of
// the answer's quotes in one of them, in a clause sharing the claim's
// words, is the count the claim states: 台 of 购置公交车辆132台 for
// "要买200台新公交". Not 个, 人 or 项, which count most things.
var soleCountUnits = []string{"台", "辆", "艘", "套", "栋", "座", "所", "处", "条", "户", "起"}

// soleUnitContradiction corrects count m of q, stated as value, by the
// only count the quotes of the period give in its measure word, when the
// claim states no other count in it and the two clauses share a run of
// minShared Han characters: the words beside the counts differ (买200台新
// 公交, 购置公交车辆132台) but the thing is one.
func soleUnitContradiction(ans *Answer, q []rune, m runeMatch, value string, stated []string, period PeriodKind) (Part, bool) {
	unit := countUnit(value)
	if !slices.Contains(soleCountUnits, unit) || len(slices.DeleteFunc(slices.Clone(stated), func(v string) bool { return countUnit(v) != unit })) != 1 {
		return Part{}, false
	}
	at, found, seen := -1, runeMatch{}, map[[2]int]bool{}
	for i, c := range ans.Citations {
		if period != PeriodNone && c.Period.Kind != PeriodNone && c.Period.Kind != period {
			continue
		}
		text := []rune(c.Quote)
		for _, tm := range findAllRunes(countFigure, text) {
			said := string(text[tm.vStart:tm.vEnd])
			if countUnit(said) != unit || notPlainCount(text, tm.start) || seen[[2]int{c.Paragraph, c.Start + tm.start}] {
				continue
			}
			seen[[2]int{c.Paragraph, c.Start + tm.start}] = true
			if sameCount(said, value) || at >= 0 {
				return Part{}, false // the report says it, or counts two things so
			}
			at, found = i, tm
		}
	}
	if at < 0 || !clausesShareThing(q, m, []rune(ans.Citations[at].Quote), found) {
		return Part{}, false
	}
	c := ans.Citations[at]
	return citedCorrection(c, at, found.start, found.end, value, clauseAfter([]rune(c.Quote), found.end, maxClaimNoun)), true
}

// clausesShareThing: the clause of q around count m, the count left out,
// and the clause of text around count tm share a run of minShared or more
// Han characters (公交).
func clausesShareThing(q []rune, m runeMatch, text []rune, tm runeMatch) bool {
	ts, te := clauseStartAt(text, tm.start), clauseEndAt(text, tm.end)
	for _, span := range [][2]int{{clauseStartAt(q, m.start), m.start}, {m.end, clauseEndAt(q, m.end)}} {
		if sh, ok := longestShared(q, text, span[0], span[1], ts, te); ok && AllHan(q[sh.q:sh.q+sh.n]) {
			return true
		}
	}
	return false
}
