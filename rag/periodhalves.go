package rag

import (
	"context"
	"regexp"
	"strings"
	"unicode/utf8"
)

// A question may ask one thing of both years in two halves: "去年开复工项目
// 多少个，今年计划实施多少个", "精细化率 24→25", "普惠园 24普惠率 / 25覆盖率".
// Read whole, the retrieval settles on one year's sentence and the other
// half goes unanswered without a word. Each half asked on its own answers
// from its own year's clause, and a half the report does not give is
// declined plainly beside the one it does.

// halfPeriod is a year a half of such a question opens with: 去年/今年, a
// year written whole or as staff shorthand (24, 25). Which period it is,
// and whether it is a year at all (24小时), the half's own reading decides.
var halfPeriod = regexp.MustCompile(`去年|今年|(?:20)?2[3-6]年?`)

// halfJoiners are what stands between two years asked together ("24→25",
// "24/25", "2024和2025年", "24 vs 25") or between two halves.
const halfJoiners = " 　→/／、，,;；和与跟对比及vsVS-—>~～|:："

// halfBreaks are what must part two halves: a clause break or a joiner of
// two years; a question with none asks of one thing ("今年比去年多多少").
const halfBreaks = " 　→/／、，,;；？?和与及|~～>-—"

// periodHalves parts text into the two questions it asks of two years, or
// nil. Adjacent years ("精细化率 24→25") each take the rest of the text;
// years that open halves ("托育：24新增学位 / 25每千人托位") each take their
// own words, with the words before the first year when they are set off
// as a heading (a space or colon after them).
func periodHalves(text string) []string {
	at := yearsAt(text)
	if len(at) != 2 {
		return nil
	}
	s1, e1, s2, e2 := at[0][0], at[0][1], at[1][0], at[1][1]
	prefix, first, second := text[:s1], wholeYear(text[s1:e1]), wholeYear(text[s2:e2])
	if first == second || isDigitByte(text[s1]) != isDigitByte(text[s2]) {
		return nil // "信访总量去年上升了25.8%": a rate, not a second year
	}
	if !strings.ContainsAny(text[e1:s2], halfBreaks) && !strings.EqualFold(text[e1:s2], "vs") {
		// "今年面积比去年多多少" asks one thing, the gap; "24vs25", typed
		// without spaces, still asks each year.
		return nil
	}
	if !isDigitByte(text[s1]) && (!asksOrClaims(text[:s2]) || !asksIn(text[s2:])) {
		return nil // "防汛今年咋准备的 去年真淹怕了": the second half says why
	}
	between := strings.TrimRight(text[e1:s2], halfJoiners)
	if between == "" {
		rest := text[e2:]
		return []string{prefix + first + rest, prefix + second + rest}
	}
	heading := ""
	if p := strings.TrimRight(prefix, " 　:："); p != prefix {
		heading = prefix
	}
	return []string{prefix + first + between, heading + second + text[e2:]}
}

// yearsAt is where text names a year (halfPeriod), numbers that are
// parts of other numbers or counts with their units left out.
func yearsAt(text string) [][]int {
	var at [][]int
	for _, m := range halfPeriod.FindAllStringIndex(text, -1) {
		if m[0] > 0 && strings.ContainsRune("0123456789.", rune(text[m[0]-1])) || m[1] < len(text) && strings.ContainsRune("0123456789.%", rune(text[m[1]])) {
			continue // a part of another number (2.4万, 124个, 25.8%)
		}
		if r, _ := utf8.DecodeRuneInString(text[m[1]:]); isDigitByte(text[m[0]]) && r != '年' && strings.ContainsRune(unitRunes+measureRunes, r) {
			continue // a count with its unit (开复工项目24个, 24万人), not a year
		}
		at = append(at, m)
	}
	return at
}

// oppositeYearWord is the year a half naming none is asked of when the half after
// it asks the same thing of 今年 or 去年.
var oppositeYearWord = map[string]string{"今年": "去年", "去年": "今年"}

// loneYearHalves parts "实际利用外资多少？今年目标？": a question whose one
// year (今年, 去年) opens its second asking half. When that half names no
// thing of its own (the caller checks), it asks the first half's thing of
// that year, so the first, naming no year, asks it of the other: read
// whole, the second half's year would take both. Nil when not so written.
func loneYearHalves(text string) []string {
	at := yearsAt(text)
	if len(at) != 1 {
		return nil
	}
	s, e := at[0][0], at[0][1]
	other, ok := oppositeYearWord[text[s:e]]
	first := strings.TrimRight(text[:s], " 　")
	r, _ := utf8.DecodeLastRuneInString(first)
	if !ok || !strings.ContainsRune("，,;；？?。", r) || !asksOrClaims(first) || !asksIn(text[s:]) {
		return nil
	}
	return []string{other + first, text[s:]}
}

// wholeYear writes a year of digits out whole ("24" → "2024年"): staff
// shorthand pressed against a word (24新增学位) is read as a year only so.
func wholeYear(y string) string {
	if !isDigitByte(y[0]) {
		return y // 去年, 今年
	}
	y = strings.TrimSuffix(y, "年")
	if len(y) == 2 {
		y = "20" + y
	}
	return y + "年"
}

// answerPeriodHalves answers a question asking two years in two halves
// half by half, when ans, its answer read whole, quotes one year only (or
// declines). False when text is not so parted, the halves do not name two
// periods, a half answered quotes nothing of its own year, or the year ans
// did answer is declined alone.
func (e *Engine) answerPeriodHalves(ctx context.Context, q Query, text string, rep *Report, ans *Answer) (*Answer, bool, error) {
	if questionLang(Normalize(text)) == "en" {
		return nil, false, nil
	}
	halves := periodHalves(text)
	lone := halves == nil
	if lone {
		halves = loneYearHalves(text)
	}
	covered := citesPeriods(ans)
	if ans.Found && covered[PeriodResult] && covered[PeriodPlan] && !(changeAskedOfSecondHalf(halves) && headlinesOnlyRates(ans)) {
		return nil, false, nil
	}
	claim := halves != nil && statedNumberAt(halves[0]) >= 0
	if halves == nil || statedNumberAt(halves[1]) >= 0 || claim && !claimThenAsk(halves) {
		// A half that states a figure ("今年不是要超2000亿吗") is a premise
		// to check, which the whole reading does.
		return nil, false, nil
	}
	// Each half read once: its period here, what it asks for the checks
	// below.
	read := [2]analysis{e.ix.analyze(Normalize(halves[0]), rep), e.ix.analyze(Normalize(halves[1]), rep)}
	kinds := []PeriodKind{read[0].period, read[1].period}
	if kinds[0] == PeriodNone || kinds[1] == PeriodNone || kinds[0] == kinds[1] {
		return nil, false, nil
	}
	asked := [2][]askedTerm{e.ix.askedTerms(read[0]), e.ix.askedTerms(read[1])}
	if lone && len(substantive(asked[1])) > 0 {
		// "今年进出口多少" asks another thing, which says nothing of the
		// first half's year: only "今年目标？", "今年呢" ask the first's.
		return nil, false, nil
	}
	halves = e.withHeadOfFirst(halves, asked)
	var subs []*Answer
	answered := false
	for i, h := range halves {
		a, err := e.askIn(ctx, q, h, rep, askOptions{})
		if err != nil {
			return nil, false, err
		}
		switch {
		case a.Found && !citesPeriods(a)[kinds[i]]:
			return nil, false, nil // answered from the other year: no answer to this half
		case !a.Found && (ans.Found && covered[kinds[i]] || !declinesTheYear(a)):
			// The half the whole answer gave would be lost, or the half is
			// declined as not found at all, which the other year's figure
			// of the same thing belies.
			return nil, false, nil
		}
		if claim && (!a.Found || i == 1 && !citesHeadOf(asked, a, kinds[i])) {
			// The whole reading's related quotes may hold what the half,
			// its thing cut short, misses ("今年多少场" of 文化惠民演出);
			// and an answer not naming the thing the half asks (the claim's,
			// when it names none) answers another (托育学位640个 for 每千人托位数).
			return nil, false, nil
		}
		if lone && i == 0 && !a.Found {
			// The year the first half was given is the reader's guess, not
			// the asker's ("跑好几个窗口太麻烦，今年有改进吗" complains):
			// a refusal of it says what was never asked.
			return nil, false, nil
		}
		answered = answered || a.Found
		subs = append(subs, a)
	}
	if !answered {
		return nil, false, nil
	}
	return joinClauses(text, subs, e.multi()), true, nil
}

// withHeadOfFirst gives the second half, when it names no thing of its own
// ("今年计划实施多少个", "今年要买多少台"), what the first asks of, as it
// is written from its first noun to its head (项目, 公交, 海洋经济生产总值):
// the second asks the same thing of the other year. The head alone asks
// another thing where nouns qualify it (生产总值 is the city's GDP); the
// first half's verbs (新购, 开复工) the second says in its own words.
func (e *Engine) withHeadOfFirst(halves []string, asked [2][]askedTerm) []string {
	if len(substantive(asked[1])) > 0 {
		return halves
	}
	norm := Normalize(halves[0])
	terms := substantive(asked[0])
	for _, t := range terms {
		if !t.head {
			continue
		}
		thing := t.term
		if from := e.ix.firstNounAt(terms, t); from >= 0 {
			thing = norm[from : t.at+len(t.term)]
		}
		return []string{halves[0], strings.TrimRight(halves[1], "?？。") + thing}
	}
	return halves
}

// firstNounAt is where the first noun of terms before head begins, when
// every term from it to head is a noun found as written; -1 otherwise.
func (ix *Index) firstNounAt(terms []askedTerm, head askedTerm) int {
	if head.at < 0 {
		return -1
	}
	from := head.at
	for _, t := range terms {
		if t.at < 0 || t.at >= head.at {
			continue
		}
		if !ix.nounsOnly(t.term) {
			from = head.at // a verb parts the nouns before it from the head
			continue
		}
		from = min(from, t.at)
	}
	return from
}

// nounsOnly: every word of w is one the dictionary knows as a noun
// (海洋经济, 跨境电商); 新购 and 开复工 are not.
func (ix *Index) nounsOnly(w string) bool {
	for _, word := range ix.dict.Segment(w, nil) {
		if pos, ok := ix.dict.POS(word); !ok || !strings.HasPrefix(pos, "n") && pos != "j" {
			return false
		}
	}
	return true
}

// declinesTheYear reports whether a declined answer says the report does
// not give its thing for the year asked ("报告没有给出2025年的这项数字"):
// the thing was found, in the other year only.
func declinesTheYear(a *Answer) bool {
	for _, p := range a.Parts {
		// The notice of a figure found for the other year only
		// (otherPeriodOnly) says it as well as a refusal does; one of a
		// topic's content ("这方面内容") may miss a sibling figure of the
		// year (普惠率 asked, 覆盖率 given), so it stays unsaid.
		if p.Type == PartText && (p.Role == RoleNotFound || p.Role == RoleNotice && !a.Found && strings.Contains(p.Text, "没有给出") && strings.Contains(p.Text, "的这项数字")) && halfPeriod.MatchString(p.Text) {
			return true
		}
	}
	return false
}

// citesPeriods is the set of periods ans quotes from.
func citesPeriods(ans *Answer) map[PeriodKind]bool {
	out := map[PeriodKind]bool{}
	for _, c := range ans.Citations {
		out[c.Period.Kind] = true
	}
	return out
}

// citesHeadOf reports whether a, the second half's answer, cites a quote
// of its period holding the head word that half asks (halves[1]), or,
// when it names nothing of its own ("去年是多少"), all the first half names
// (halves[0]): 托育学位640个 holds 托位 but is no 每千人托位数.
func citesHeadOf(halves [2][]askedTerm, a *Answer, kind PeriodKind) bool {
	asked := halves[1]
	all := len(substantive(asked)) == 0
	if all {
		asked = halves[0]
	}
	for _, c := range a.Citations {
		quote := Normalize(c.Quote)
		if c.Period.Kind == kind && (!all && coversHead(asked, quote) || all && coveredShare(asked, quote) == 1) {
			return true
		}
	}
	return false
}

// asksOrClaims: a first half asks, or ends with a claim's cue
// ("去年GDP增长4.5%对吧，今年目标多少"): 吧 is no question mark, yet the half
// is one to check, as its 对吗 twin is. Whether it states a figure is
// answerPeriodHalves' to read (claimThenAsk).
func asksOrClaims(half string) bool {
	return asksIn(half) || claimCued(strings.TrimRight(half, "，,;；？?。 　"))
}

// claimThenAsk: the first half states a figure to be confirmed and the
// second asks the other year's ("去年公交买了85台对吗，今年买多少"). Read
// whole, the claim's year takes both and the second half goes unanswered;
// each half read on its own checks the claim against its own year and
// answers the other from the plan.
func claimThenAsk(halves []string) bool {
	first := strings.TrimRight(halves[0], "，,;；？?。 　")
	return claimCued(first) && !containsAny(first, questionWords) && containsAny(halves[1], questionWords)
}

// halfChange is a word asking how a figure moved, not its level.
var halfChange = regexp.MustCompile(`增长|增速|增幅|下降|降低|提高|涨|降了`)

// changeAskedOfSecondHalf reports whether the second of two halves asks
// how its figure moved and the first, naming the thing, asks its level
// ("去年实际到位内资多少，今年增长目标多少"): read whole, the change is
// asked of both years, and the first year's level (451.5亿元) gives way
// to its growth rate (20.2%). A change the first half asks ("去年增长多少，
// 今年目标多少") the second carries on.
func changeAskedOfSecondHalf(halves []string) bool {
	return len(halves) == 2 && !halfChange.MatchString(halves[0]) && halfChange.MatchString(halves[1])
}

// headlinesOnlyRates reports whether every headline figure of ans is a rate
// (a percentage or points), none a level: a half asking a level got none.
func headlinesOnlyRates(ans *Answer) bool {
	n := 0
	for _, p := range ans.Parts {
		if p.Type != PartFigure {
			continue
		}
		if p.Figure.Unit != "%" && p.Figure.Unit != "个百分点" {
			return false
		}
		n++
	}
	return n > 0
}
