package rag

import (
	"iter"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// relativeYears are words for a year relative to the report's.
var relativeYears = []struct {
	word   string
	offset int  // from the year the report plans for
	review bool // counts from the year it reviews instead
}{
	{"大前年", -2, true}, {"前年", -1, true}, {"上上年", -1, true}, {"明年", 1, false}, {"后年", 2, false}, {"下一年", 1, false},
	{"next year", 1, false}, {"the year after", 2, false},
}

// fiveYearPlans are periods no annual report's figures cover: a five-year
// plan as a whole, or the years after the report's.
var fiveYearPlans = []string{"十五五", "十六五", "下一个五年", "未来五年", "今后五年", "未来几年", "今后几年", "十四五期间", "十四五时期", "十四五以来", "十四五末", "15th five-year", "fifteenth five-year", "next five years", "14th five-year", "fourteenth five-year"}

// pastSpans are runs of past years: a report gives one year's figure, not
// theirs (近三年GDP年均增长), though it may say what changed over them.
var pastSpans = []string{"近三年", "近五年", "近几年", "近两年", "过去三年", "过去五年", "过去几年", "这几年", "三年来", "五年来", "past three years", "past five years", "past few years", "last three years", "last five years",
	"这三年", "两年来", "几年来",
	// 全面振兴新突破三年行动 runs 2023–2025: the report gives its last
	// year's target, not the span's.
	"三年行动期间", "三年行动以来", "三年行动时期"}

// shortYear is staff shorthand for a year: "24年", "24实际", "25目标",
// "24增速", "24/25" (two digits, not part of a longer number or an
// amount). A rate word after two digits names the year's rate: a rate's
// own figure follows it ("增速24%") or carries %.
var shortYear = regexp.MustCompile(`(^|[^\d.])(1[5-9]|2\d)(年|实际|实绩|结果|目标|计划|完成|预期|增速|增幅|增长率|/(?:1[5-9]|2\d)|[ +]|$)`)

// amountAfter reports whether rest, after a two-digit number and a space,
// starts an English word that makes the number an amount: any word but
// "vs" (staff write "24 vs 25").
func amountAfter(rest string) bool {
	return rest != "" && isASCIILetter(rest[0]) && !strings.HasPrefix(rest, "vs")
}

// mayNameShortYear reports whether norm holds what every shortYear match
// holds: a 1 or 2 and a digit, neither after a digit or a point nor
// before a digit. Most questions that hold digits hold a whole year
// (2025年) or an amount, and the expression cost more than the look.
func mayNameShortYear(norm string) bool {
	for i := 0; i+1 < len(norm); i++ {
		if (norm[i] == '1' || norm[i] == '2') && isDigitByte(norm[i+1]) &&
			(i == 0 || !isNumberByte(norm[i-1])) && (i+2 == len(norm) || !isDigitByte(norm[i+2])) {
			return true
		}
	}
	return false
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// periodMentions finds the years a question names without writing them
// out — 明年, 前年, 24年 — relative to the report's review and plan years.
func periodMentions(norm string, review, plan int) []yearMention {
	var out []yearMention
	blanked := norm // a word inside a longer one (前年 in 大前年) is not another
	for _, r := range relativeYears {
		if i := strings.Index(blanked, r.word); i >= 0 && plan != 0 {
			blanked = blanked[:i] + strings.Repeat(" ", len(r.word)) + blanked[i+len(r.word):]
			y := plan + r.offset
			if r.review {
				y = review + r.offset
			}
			out = append(out, yearMention{y, i, i + len(r.word)})
		}
	}
	if !mayNameShortYear(norm) {
		return out
	}
	if y, ok := leadShortYear(norm, review, plan); ok {
		out = append(out, yearMention{y, 0, 2})
	}
	for _, m := range shortYearMatches(norm) {
		if amountAfter(norm[m[7]:]) && (norm[m[6]:m[7]] == " " || norm[m[6]:m[7]] == "+") {
			continue // "20 billion yuan", "25 km": an amount, not a year
		}
		n, _ := strconv.Atoi(norm[m[4]:m[5]])
		out = append(out, yearMention{2000 + n, m[4], m[5]})
		if m[6] >= 0 && strings.HasPrefix(norm[m[6]:m[7]], "/") {
			n2, _ := strconv.Atoi(norm[m[6]+1 : m[7]])
			out = append(out, yearMention{2000 + n2, m[6] + 1, m[7]})
		}
	}
	return out
}

// notYearAfter are runes after a question's two leading digits that make
// them a count, a time or a name (24小时, 25路公交, 24强), not a year.
const notYearAfter = "小分秒周度层楼路号点强届期码位支辆种款类起例栋间批轮"

// leadShortYear reads staff shorthand that opens a question with the
// report's review or plan year in two digits, straight before what is
// asked ("24固投增速"): the digits are no amount, for no unit follows.
func leadShortYear(norm string, review, plan int) (int, bool) {
	if len(norm) < 3 || !isDigitByte(norm[0]) || !isDigitByte(norm[1]) || review == 0 {
		return 0, false
	}
	r, _ := utf8.DecodeRuneInString(norm[2:])
	if !isHan(r) || strings.ContainsRune(unitRunes+measureRunes+notYearAfter, r) {
		return 0, false
	}
	if m := shortYear.FindStringSubmatchIndex(norm); m != nil && m[4] == 0 {
		return 0, false // "25目标", "24年": shortYear reads it already
	}
	y := 2000 + int(norm[0]-'0')*10 + int(norm[1]-'0')
	return y, y == review || y == plan
}

// shortYearMatches are shortYear's matches, each searched from the end
// of the last one's digits: a year's word is the next one's lead
// ("社零24增速25目标" names 2024 and 2025; FindAll would have consumed 速).
func shortYearMatches(norm string) [][]int {
	var out [][]int
	for off := 0; off < len(norm); {
		m := shortYear.FindStringSubmatchIndex(norm[off:])
		if m == nil {
			break
		}
		for i := range m {
			if m[i] >= 0 {
				m[i] += off
			}
		}
		out = append(out, m)
		off = m[5]
		if strings.HasPrefix(norm[m[6]:m[7]], "/") {
			off = m[7] // "24/25": the second year is this match's
		}
	}
	return out
}

// subYearPeriods are parts of a year: a work report, given in January,
// has only whole years' results and targets.
var subYearPeriods = []string{"上半年", "下半年", "前三季度", "第一季度", "第二季度", "第三季度", "第四季度",
	"一季度", "二季度", "三季度", "四季度", "1-6月", "1至6月", "1—6月", "前三个月", "前几个月",
	"上个月", "上月", "本月", "这个月", "下个月", "last month", "this month",
	"first half", "first quarter", "second quarter", "third quarter", "fourth quarter", "first three quarters",
	// From the year's start to the asking day: a January report has no
	// figure for it, and 2024's whole year is not it.
	"年初至今", "年初到现在", "年初到目前", "年初到今天", "年初以来", "year to date", "year-to-date",
	"mid-year", "midyear"}

// monthRe finds a month: 12月份, 三月, December. A report given in
// January states whole years.
var monthRe = regexp.MustCompile(`(?:^|[^0-9.])((?:1[0-2]|[1-9])月份?|(?:十[一二]?|[一二三四五六七八九])月份?|(?:january|february|april|june|july|august|september|october|november|december)\b)`)

// subYear is the part of a year a question names ("上半年", "12月份"), ""
// when none. "12月底" and "年底" end the year: no part of it.
func subYear(norm string) string {
	if p := firstIn(norm, subYearPeriods); p != "" {
		return p
	}
	if midYear(norm) {
		return "年中"
	}
	if !mayNameMonth(norm) {
		return ""
	}
	for _, m := range monthRe.FindAllStringSubmatchIndex(norm, -1) {
		rest := norm[m[3]:]
		if !endsYear(norm[m[2]:m[3]], rest) {
			month := norm[m[2]:m[3]]
			if month[0] >= 'a' && month[0] <= 'z' {
				return strings.ToUpper(month[:1]) + month[1:] // December
			}
			return month // 12月份, 十二月份: a Chinese month is not cut inside a character
		}
	}
	return ""
}

// notMidYearBefore are the runes that make 年 before 中 part of a year's
// or a span's name (今年中央, 2024年中国, 三年中, 每年中, 历年中), or of an
// age's (青年中, 老年中心, 少年中), not 年中, mid-year.
const notMidYearBefore = "今去明前后当本每全近往次隔这那几多些历常终周半跨逐连同青老少壮幼成童中晚" + chineseNumerals + "0123456789"

// notMidYearAfter are the runes that make 中 after 年 another word's
// (中央, 中国, 中心): 年中 is then no mid-year.
const notMidYearAfter = "央国心"

// midYear reports whether norm asks about the middle of a year, 年中
// ("年中要完成多少个项目", "今年年中能完成多少投资"): a January report
// states whole years, and 2024's or 2025's whole-year figure is not the
// one asked. 年中 after a year's own name (今年中央) is no such part.
func midYear(norm string) bool {
	for off := 0; ; {
		i := strings.Index(norm[off:], "年中")
		if i < 0 {
			return false
		}
		i += off
		before, _ := utf8.DecodeLastRuneInString(norm[:i])
		after, _ := utf8.DecodeRuneInString(norm[i+len("年中"):])
		if (i == 0 || !strings.ContainsRune(notMidYearBefore, before)) && !strings.ContainsRune(notMidYearAfter, after) {
			return true
		}
		off = i + len("年中")
	}
}

// endsYear reports whether a month and what follows it name the end of
// the year: "12月底", "十二月末". "6月底前" is mid-year.
func endsYear(month, rest string) bool {
	if !strings.HasPrefix(rest, "底") && !strings.HasPrefix(rest, "末") {
		return false
	}
	m := strings.TrimSuffix(month, "份")
	return m == "12月" || m == "十二月"
}

// monthNames are the English months monthRe finds (not the words "may"
// and "march").
var monthNames = []string{"january", "february", "april", "june", "july", "august", "september", "october", "november", "december"}

// mayNameMonth reports whether norm holds what every monthRe match holds:
// 月 or an English month's name. Most questions hold neither, and the
// expression costs more than the look.
func mayNameMonth(norm string) bool {
	return strings.Contains(norm, "月") || containsAny(norm, monthNames)
}

// previousReport finds a question about the report before this one: its
// targets were set there, its results reviewed there ("上一份政府工作报告定
// 的GDP目标", "上届政府定的目标", "去年政府工作报告说要买多少公交车", "last
// year's report"). 去年 and 上届 alone ask this report's review ("去年政府
// 做了什么"); only with 报告 (or 上届政府, a term of government) do they
// name another report.
var previousReport = regexp.MustCompile(`(?:上一?[份次篇届]|前一[份次篇届]|上一?年度?的?|去年的?|前一年的?)(?:市|本市|全市)?(?:人民)?政府工作报告|(?:上一?[份次篇]|前一[份次篇])报告|上一?届(?:市|本市)?(?:人民)?政府|\b(?:previous|last|prior|preceding|earlier) (?:year's )?(?:government )?(?:work )?report\b|\blast year's (?:government )?(?:work )?report\b|\bprevious (?:government|administration)\b`)

// previousReportLabel is what a question about the report before this one
// asks figures of, as a not-found sentence names it.
func previousReportLabel(lang string) string {
	if lang == "en" {
		return "the previous report"
	}
	return "上一份政府工作报告"
}

// fiveYearPlan is the five-year period a question asks about, "" when none.
func fiveYearPlan(norm string) string {
	norm = unquoted(norm)
	if strings.Contains(norm, "five-year") || strings.Contains(norm, "five year") {
		// "this year, the last year of the 14th Five-Year Plan" names the
		// year asked by its place in the plan, not the plan's span.
		norm = yearOfPlan.ReplaceAllString(norm, " ")
	}
	return firstIn(norm, fiveYearPlans)
}

// yearOfPlan is an English year named by its place in a five-year plan.
// Only the plan the report's year closes: the 15th's first year is 2026.
var yearOfPlan = regexp.MustCompile(`(?:last|final|closing|concluding) year of (?:the )?(?:14th|fourteenth) five[- ]year(?: plan)?(?: period)?`)

// pastSpan is the run of past years a question asks about, "" when none.
func pastSpan(norm string) string {
	s := firstIn(norm, pastSpans)
	if strings.HasPrefix(s, "三年行动") && otherThreeYearAction(norm) {
		return ""
	}
	return s
}

// threeYearActionLeads are what may stand before 三年行动 when it names the
// 全面振兴新突破 action (新突破三年行动, 盘锦三年行动, 这次三年行动). Any other
// word names an action of its own (安全生产治本攻坚三年行动, 提升行政执法
// 质量三年行动), which the report tells as a year's work, not as a span
// whose figures it lacks.
var threeYearActionLeads = []string{"突破", "振兴", "盘锦", "全市", "我市", "这次", "这个", "这轮", "本轮", "整个", "的"}

// otherThreeYearAction reports whether the first 三年行动 in norm is led by
// the name of an action other than 全面振兴新突破.
func otherThreeYearAction(norm string) bool {
	before := norm[:strings.Index(norm, "三年行动")]
	last, _ := utf8.DecodeLastRuneInString(before)
	return before != "" && isHan(last) && !endsWithAny(before, threeYearActionLeads)
}

// spanTargetAsked reports whether a target word asks a span's figure
// ("三年行动期间GDP目标"), not its tasks (目标任务, 目标要求) or what it aims
// at in words ("三年行动期间要实现什么目标").
func spanTargetAsked(norm string) bool {
	for _, w := range spanTargetNotFigure {
		norm = strings.ReplaceAll(norm, w, "")
	}
	return containsAny(norm, wideTargetCues)
}

var spanTargetNotFigure = []string{"目标任务", "目标要求", "什么目标", "哪些目标"}

// planQuoteMarks are the marks a question may put around a plan's name
// (“十四五”以来, 「十五五」期间), as the report does: the period words
// are read through them.
const planQuoteMarks = "“”「」\"『』"

// unquoted is norm without quote marks, when it holds any.
func unquoted(norm string) string {
	if !strings.ContainsAny(norm, planQuoteMarks) {
		return norm
	}
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(planQuoteMarks, r) {
			return -1
		}
		return r
	}, norm)
}

// nowWords ask where something stands now: in a report given in January,
// the year it reviews.
var nowWords = []string{"现在", "目前", "如今", "眼下", "当前", "现阶段", "现有", " now ", " now,", " now?", "currently", "at present", "so far"}

// nowBesideTarget reports whether a question asks where something stands
// in one clause and its target in another ("普惠率现在多少，今年要到多少",
// "what share is it now, and what is the goal"): the result beside the
// target. A now-word inside the target's own clause ("今年目标现在定了没")
// asks only the target.
func nowBesideTarget(padded string) bool {
	if !containsAny(padded, nowWords) {
		return false // most questions end here
	}
	var now, target bool
	for _, c := range strings.FieldsFunc(padded, func(r rune) bool { return strings.ContainsRune("，,；;？?。！!", r) }) {
		c = " " + c + " "
		plan := containsAny(c, planCues)
		now = now || containsAny(c, nowWords) && !plan
		target = target || plan
	}
	return now && target
}

// A year is the base of a comparison, not the year asked, when a multiple
// follows it ("是2023年的五倍", "前年的5倍") or a comparing word surrounds
// it ("比2023年", "跟2023年比", "compared with 2023").
var (
	baseYearAfter  = regexp.MustCompile(`^年?的?(?:几|多少|[0-9.]+|[一二两三四五六七八九十]+)倍|^年?相?比`)
	baseYearBefore = regexp.MustCompile(`(?:跟|和|与|同|较|比|相比|相较|\b(?:compared (?:with|to)|than|versus|vs\.?|relative to) ?(?:in |that of |those of )?)$`)
)

// rebaseComparisons reads a year named as the base of a comparison as the
// year compared with it, the next one: "奖励资金是2023年的几倍" asks of the
// review year's funds, which the report compares with 2023's. Only when
// the report itself names the base year: then it compares with it, and
// the question is no question about that year.
func (ix *Index) rebaseComparisons(norm string, named []yearMention, review int, rep *Report) []yearMention {
	for i, y := range named {
		if y.year+1 != review || !ix.corpusFor(rep).Contains(strconv.Itoa(y.year)+"年") {
			continue
		}
		if baseYearAfter.MatchString(norm[y.end:]) || baseYearBefore.MatchString(norm[:y.start]) {
			named[i].year = review
		}
	}
	return named
}

// periodMark is where a question names a year or period, and which.
type periodMark struct {
	pos  int
	kind PeriodKind
}

// clauseInterrogatives ask something of the clause that holds them.
var clauseInterrogatives = []string{"多少", "几", "什么", "哪", "怎么", "如何", "啥", "呢", "吗", "吧", "是不是", "对不对", "有没有"}

// periodJoiners join two periods into one asked ("今年和去年"): a clause of
// a period holding nothing else states nothing of it.
var periodJoiners = []string{"和", "与", "跟", "及", "以及", "还有", "、", "，", ",", "；", ";", "。", " "}

// askedOfTwo is the period asked when a question names both years but asks
// only of one: "今年托位数4.5，去年多少" states this year's figure and asks
// last year's; "去年老旧小区改造今年计划改造多少个" names last year's work
// and asks this year's plan. The period asked is the one whose clause holds
// the interrogative, when the other's clause holds words of its own and no
// interrogative; PeriodNone when both or neither ask, or a comparison
// joins them ("今年比去年多多少").
func askedOfTwo(norm string, named []yearMention, review, plan int) PeriodKind {
	if containsAny(norm, bothCues) || comparesYears(norm) {
		return PeriodNone
	}
	marks := periodMarks(norm, named, review, plan)
	if len(marks) < 2 {
		return PeriodNone
	}
	asks := map[PeriodKind]bool{}
	silent := map[PeriodKind]bool{}
	for i, m := range marks {
		end := len(norm)
		if i+1 < len(marks) {
			end = marks[i+1].pos
		}
		start := m.pos
		if i == 0 {
			start = 0 // "托位数今年4.5": the words before the first period are its
		}
		clause := norm[start:end]
		if containsAny(clause, clauseInterrogatives) {
			asks[m.kind] = true
		} else if strings.TrimSpace(blankWords(blankPeriodWords(clause), periodJoiners)) != "" {
			silent[m.kind] = true
		}
	}
	switch {
	case asks[PeriodResult] && !asks[PeriodPlan] && silent[PeriodPlan]:
		return PeriodResult
	case asks[PeriodPlan] && !asks[PeriodResult] && silent[PeriodResult]:
		return PeriodPlan
	}
	return PeriodNone
}

// comparesYears reports whether a question compares one year with another
// ("今年比去年多多少"): 比 that is no 比例 or 比重.
func comparesYears(norm string) bool {
	return strings.Contains(strings.NewReplacer("比例", "", "比重", "").Replace(norm), "比")
}

// blankPeriodWords blanks the words that name the review or plan year.
func blankPeriodWords(s string) string {
	return blankWords(blankWords(s, lastYearWords), thisYearWords)
}

// periodMarks are the places a question names the review or the plan
// year, by word (去年, 今年) or number (2024年, 25年), in order.
func periodMarks(norm string, named []yearMention, review, plan int) []periodMark {
	var marks []periodMark
	for _, y := range named {
		switch y.year {
		case review:
			marks = append(marks, periodMark{y.start, PeriodResult})
		case plan:
			marks = append(marks, periodMark{y.start, PeriodPlan})
		}
	}
	for _, w := range lastYearWords {
		for i := range wordPositions(norm, w) {
			marks = append(marks, periodMark{i, PeriodResult})
		}
	}
	for _, w := range thisYearWords {
		for i := range wordPositions(norm, w) {
			marks = append(marks, periodMark{i, PeriodPlan})
		}
	}
	slices.SortFunc(marks, func(x, y periodMark) int { return x.pos - y.pos })
	return marks
}

// wordPositions yields the byte offsets where w occurs in s.
func wordPositions(s, w string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for off := 0; ; {
			i := strings.Index(s[off:], w)
			if i < 0 || !yield(off+i) {
				return
			}
			off += i + len(w)
		}
	}
}

// rateBaseAfter is a growth rate stated after a year compared with:
// "比去年增长5.5%". 提高几个百分点 is a gap between two years' levels
// (化工精细化率), and "增长多少" may ask an amount's, so both need both years.
var rateBaseAfter = regexp.MustCompile(`^(?:增长|增幅|上涨)了?([0-9.]+)%`)

// GrowthBase is s (normalized) with the review year blanked, rune for rune,
// where it is only the base of a growth rate the plan year is claimed
// ("今年GDP比去年增长5.5%吧"): every growth rate is measured from the year
// before, so naming that year claims nothing of it. Only when the plan year
// is named too, the base is the review year's only mention and the rate is
// below 100% (翻番, read 增长100%, doubles an amount: two years' levels);
// s as it was otherwise.
func GrowthBase(s string) string {
	if !namesPlanYear(s) {
		return s
	}
	at, word := -1, ""
	for _, w := range lastYearWords {
		for i := range wordPositions(s, w) {
			if at >= 0 {
				return s // named twice: asked of as well
			}
			at, word = i, w
		}
	}
	if at < 0 || !baseYearBefore.MatchString(s[:at]) {
		return s
	}
	m := rateBaseAfter.FindStringSubmatch(s[at+len(word):])
	if m == nil {
		return s
	}
	if rate, err := strconv.ParseFloat(m[1], 64); err != nil || rate >= 100 {
		return s
	}
	return s[:at] + strings.Repeat(" ", utf8.RuneCountInString(word)) + s[at+len(word):]
}

// reportOfYear follows 今年 where it dates the report or the meeting
// ("今年政府工作报告说…比上年增长3.5%"): the year the report is given,
// not the year a figure is of.
var reportOfYear = regexp.MustCompile(`^的?(?:政府工作报告|工作报告|报告|两会|人代会|会上)`)

// namesPlanYear reports whether s names this year as the year of what it
// says, not only as the year of the report.
func namesPlanYear(s string) bool {
	for _, w := range thisYearWords {
		for i := range wordPositions(s, w) {
			if !reportOfYear.MatchString(s[i+len(w):]) {
				return true
			}
		}
	}
	return false
}
