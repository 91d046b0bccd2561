package rag

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// yearWindow is a part of a year named otherwise than by its months or
// quarters: a holiday, a season, a recurring period. A work report gives
// whole years, so "去年国庆旅游收入增长多少" has no answer in the year's
// 29.9%.
type yearWindow struct {
	// cues are how questions name it, in Chinese and (lower case) English.
	cues []string
	// evidence is how a report would write it ("汛" of 防汛, 汛情): where
	// the report speaks of the window, the window may be answered.
	evidence []string
}

// yearWindows are the windows questions ask. Longer cues come first where
// one holds another (双十一 before 十一期间).
var yearWindows = []yearWindow{
	{[]string{"双十一", "双11", "双十二", "双12", "double eleven", "double 11", "singles' day", "singles day"}, []string{"双十一", "双11", "双十二"}},
	{[]string{"国庆", "十一期间", "十一假期", "十一长假", "十一黄金周", "黄金周", "national day", "golden week"}, []string{"国庆", "黄金周"}},
	{[]string{"春节", "过年期间", "过年时", "新春", "年货节", "spring festival", "chinese new year", "lunar new year"}, []string{"春节", "新春", "年货"}},
	{[]string{"五一", "劳动节", "may day", "labor day", "labour day"}, []string{"五一", "劳动节"}},
	{[]string{"端午", "dragon boat"}, []string{"端午"}},
	{[]string{"中秋", "mid-autumn", "mid autumn"}, []string{"中秋"}},
	{[]string{"元旦", "new year's day"}, []string{"元旦"}},
	{[]string{"清明节", "清明假期", "qingming"}, []string{"清明节"}},
	{[]string{"小长假", "节假日", "节日期间", "假期期间", "holiday season"}, []string{"假期", "假日", "节日"}},
	{[]string{"暑假", "暑期", "summer vacation", "summer holiday"}, []string{"暑假", "暑期"}},
	{[]string{"寒假", "寒暑假", "winter vacation", "winter holiday"}, []string{"寒假", "寒暑假"}},
	// The flood season (汛) is summer's: "去年夏天那场洪涝灾害" is ¶14's.
	{[]string{"夏天", "夏季", "盛夏", "summer"}, []string{"夏天", "夏季", "仲夏", "盛夏", "入夏", "汛"}},
	{[]string{"冬天", "冬季", "寒冬", "入冬", "in winter", "this winter", "last winter", "during winter"}, []string{"冬天", "冬季", "寒冬", "入冬"}},
	{[]string{"春天", "春季", "秋天", "秋季", "autumn", "in spring", "this spring", "last spring", "during spring"}, []string{"春天", "春季", "秋天", "秋季"}},
	{[]string{"汛期", "flood season"}, []string{"汛"}},
	{[]string{"采暖季", "供暖季", "采暖期", "供暖期", "取暖季", "heating season"}, []string{"采暖季", "供暖季", "采暖期", "供暖期"}},
	{[]string{"季节", "旺季", "淡季", "雨季", "peak season", "off-season", "off season", "tourist season", "rainy season"}, []string{"季节", "旺季", "淡季", "雨季"}},
	{[]string{"年中前", "年中以前", "年中之前", "到年中", "年中时", "mid-year", "midyear", "mid year"}, []string{"年中"}},
	{[]string{"每季度", "每个季度", "每一季度", "季均", "per quarter", "each quarter", "every quarter", "quarterly"}, []string{"每季度", "每个季度", "季均"}},
	{[]string{"每月", "每个月", "月均", "per month", "each month", "every month", "monthly", "a month"}, []string{"每月", "每个月", "月均"}},
	{[]string{"每周", "每个星期", "每星期", "周均", "per week", "each week", "every week", "weekly"}, []string{"每周", "每星期", "周均"}},
	{[]string{"每天", "每日", "日均", "per day", "each day", "every day"}, []string{"每天", "每日", "日均"}},
}

// monthSpanRe finds a run of months: 前11个月, 头两个月, first 11 months.
// (前三个月 and 1-11月 are subYear's.)
var monthSpanRe = regexp.MustCompile(`(?:前|头|近|最近)(?:\d{1,2}|[一二三四五六七八九十两几]{1,3})个?月|(?:first|last|past) (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|few) months`)

// englishLabels name the English cues as a sentence names their period:
// "quarterly" → "per quarter", "national day" → "National Day".
var englishLabels = map[string]string{"quarterly": "per quarter", "each quarter": "per quarter", "every quarter": "per quarter",
	"monthly": "per month", "each month": "per month", "every month": "per month", "a month": "per month",
	"weekly": "per week", "each week": "per week", "every week": "per week", "each day": "per day", "every day": "per day",
	"national day": "National Day", "golden week": "Golden Week", "spring festival": "the Spring Festival",
	"chinese new year": "Chinese New Year", "lunar new year": "the Lunar New Year", "may day": "May Day",
	"labor day": "Labor Day", "labour day": "Labour Day", "dragon boat": "the Dragon Boat Festival",
	"mid-autumn": "the Mid-Autumn Festival", "mid autumn": "the Mid-Autumn Festival", "new year's day": "New Year's Day",
	"qingming": "Qingming", "double eleven": "Double Eleven", "double 11": "Double Eleven", "singles' day": "Singles' Day", "singles day": "Singles' Day"}

// askedWindow is the window a question names: its words there, the label
// a sentence names it by, and how a report would write it; "" when none.
func askedWindow(norm string) (text, label string, evidence []string) {
	for _, w := range yearWindows {
		for _, c := range w.cues {
			if !ContainsTerm(norm, c) {
				continue
			}
			if l, ok := englishLabels[c]; ok {
				return c, l, w.evidence
			}
			return c, c, w.evidence
		}
	}
	if strings.Contains(norm, "月") || strings.Contains(norm, "months") {
		if m := monthSpanRe.FindString(norm); m != "" {
			return m, m, []string{"个月"}
		}
	}
	return "", "", nil
}

// speaksOfWindow reports whether the report says what the question asks
// within the window: a sentence of it that writes the window (or the
// sentence after it) holds one of the question's topical terms.
// "去年汛期转移了多少群众" is answered by ¶17's 汛情告急。…5214名受灾群众…
// 及时转移; "去年汛期新增就业多少" is not.
func (ix *Index) speaksOfWindow(a *analysis, cue string, evidence []string) bool {
	if !slices.ContainsFunc(evidence, ix.corpusFor(a.rep).Contains) {
		return false
	}
	ofWindow := ix.windowTerms(cue)
	var topics []string // the question's own topical terms, read once
	for t, w := range a.terms {
		if w > genericWeight && utf8.RuneCountInString(t) >= 2 && !ofWindow[t] {
			topics = append(topics, t)
		}
	}
	if len(topics) == 0 {
		return false
	}
	holdsTopic := func(text string) bool { return containsAny(text, topics) }
	for _, r := range ix.reports {
		if a.rep != nil && r != a.rep {
			continue
		}
		for i := range r.Paragraphs {
			p := &r.Paragraphs[i]
			if p.Quotable() && containsAny(ix.para(p).norm, evidence) && windowSpanHolds(ix.para(p).clauses, evidence, holdsTopic) {
				return true
			}
		}
	}
	return false
}

// windowTerms are the terms the window itself brings into a question:
// its own, its lexicon concepts' ("汛期" brings 洪涝) and its links'
// (防洪), which are no topic of it.
func (ix *Index) windowTerms(cue string) map[string]bool {
	words := []string{cue}
	if ix.lex != nil {
		words = append(words, ix.lex.Expand(cue)...)
		words = append(words, ix.lex.Linked(cue)...)
	}
	out := map[string]bool{}
	for _, w := range words {
		for _, t := range ix.tok.Tokens(w) {
			out[t] = true
		}
	}
	return out
}

// windowSpanHolds reports whether, from a clause that writes the window to
// the end of the sentence after it, holds accepts a clause.
func windowSpanHolds(clauses []normClause, evidence []string, holds func(string) bool) bool {
	for i, c := range clauses {
		if !containsAny(c.norm, evidence) {
			continue
		}
		ends := 0
		for _, d := range clauses[i:] {
			if holds(d.norm) {
				return true
			}
			if sentenceEndSet.has(d.last) {
				if ends++; ends == 2 {
					break
				}
			}
		}
	}
	return false
}

// readWindow reads a holiday, season or recurring period no annual
// figure covers ("今年每季度开工多少个项目"), unless the report speaks of
// that window about what is asked.
func (ix *Index) readWindow(a *analysis) {
	if a.otherPlan != "" || !a.figure && !a.namesOnly {
		return
	}
	text, label, evidence := askedWindow(a.norm)
	if text == "" || windowAside(a.norm, text) || ix.speaksOfWindow(a, text, evidence) {
		return
	}
	a.otherPlan = label
	a.dropTermsIn([]string{text})
}

// wholeYearNamed names a whole year: 今年, 去年, 全年, 2025年.
var wholeYearNamed = regexp.MustCompile(`今年|去年|本年|上年|全年|明年|20[0-9]{2}年?|this year|last year`)

// windowAside reports whether the window cue stands in a clause of its own
// that asks nothing, beside a clause that asks a figure of a whole year:
// "娃今年秋天该上幼儿园了，今年普惠园覆盖率能到多少" tells why it asks;
// the figure asked is the year's.
//
// A window that is when the asker went somewhere ("寒假回家发现红海滩好
// 热闹，…我想知道排第几") is theirs, beside any clause that asks: the
// figure asked is the report's, of no window.
//
// An English full stop parts sentences as 。 does ("I ride the bus every
// day. How many new buses…"); a decimal point has no space after it.
func windowAside(norm, cue string) bool {
	sentences := strings.ReplaceAll(norm, ". ", "。")
	clauses := strings.FieldsFunc(sentences, func(r rune) bool { return strings.ContainsRune("，,；;。！!？?", r) })
	aside, trip, yearAsked, asked := false, false, false, false
	for _, c := range clauses {
		asks := containsAny(c, figureCues)
		switch {
		case strings.Contains(c, cue) && asks:
			return false
		case strings.Contains(c, cue):
			aside = true
			_, after, _ := strings.Cut(c, cue)
			trip = trip || askerTrip.MatchString(after)
		case asks && wholeYearNamed.MatchString(c):
			yearAsked = true
		case asks:
			asked = true
		}
	}
	return aside && (yearAsked || trip && asked)
}

// askerTrip opens what the asker did in a window: went home, came, went
// out ("寒假回家", "国庆的时候去了趟红海滩").
var askerTrip = regexp.MustCompile(`^(?:期间|的时候|时)?(?:回家|回来|回去|回老家|放假回|在家|去了|去|来了|来|出去|到)`)

// namesOnly reports whether a question only names what it asks, with no
// question word or particle ("春节期间旅客接待量", "去年12月进出口",
// "retail sales in December"): beside a part of a year, that asks the
// part's figure, as 多少 would.
func namesOnly(norm string) bool {
	return !asksIn(norm) && !containsAny(norm, workCues)
}

// workCues ask what was done, not a figure, even without a question word
// ("春节期间开展的活动", "list the measures").
var workCues = []string{"活动", "措施", "举措", "工作", "做了", "干了", "情况", "安排", "部署", "measures", "list", "tell me"}
