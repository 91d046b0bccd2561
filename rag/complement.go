package rag

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// A figure question may ask the complement of what the report counts
// ("去年空气质量不达标天数比例" where ¶12 gives 优良天数比例88.3%; "门诊个人
// 自付比例" where ¶13 gives 统筹支付比例55%), or the same thing on another
// base ("每万人托位数", "托位总数" where ¶63 gives 每千人托位数4.5个). The
// report's figure is then the opposite, or another measure, of the one
// asked: shown labelled as what the report gives, never as the answer.

// complementNegs open a negated thing asked: 不达标, 非普惠, 没利用, 未办复.
const complementNegs = "不非没未"

// reportNegs are the negations a report's clause may say one with: a
// question's 没办复 is a report's 未办复.
const reportNegs = "不非没未无"

// notComplements are what follows a negation that asks no complement: a
// threshold (不到, 不少于), a modal (不让, 不能), a copula or adverb (不是,
// 不断, 非常), an aside (没记错, 不好意思) or a spoken particle's tail.
var notComplements = []string{
	"是", "到", "足", "少", "低", "超", "高", "过", "止", "断", "再", "仅", "但", "管", "论", "同",
	"让", "许", "准", "能", "会", "要", "用", "给", "得", "可", "必", "该", "敢", "想", "愿", "肯",
	"行", "错", "措", "记", "知", "清", "懂", "明", "太", "多", "了", "来", "常", "怎", "一", "然",
	"如", "及", "久", "包", "含", "算", "考", "光", "只", "外", "妨", "容", "便", "像", "料", "曾",
	"已", "在", "好意思", "啥", "什么", "有", "人", "地", "事", "问题", "变",
}

// evaluations are words a complement may negate that the report never
// negates, naming the good side only: 空气不好 where it gives 优良天数.
var evaluations = []string{"好", "合格", "达标", "满意", "安全", "健康", "清洁", "优良", "良好"}

// complementWords ask the rest of what the report counts: 自付 is what
// 统筹支付 leaves, 其他 and 之外 what a named share leaves.
var complementWords = []string{"自付", "自费", "个人负担", "其他", "其余", "之外", "以外", "剩余", "剩下"}

// englishComplements are the English words that ask a complement, each
// with the report words a clause giving that complement would hold
// ("poor households" are 困难家庭).
var englishComplements = map[string][]string{
	"poor": {"差", "不", "困难", "贫困", "低收入", "污染"}, "bad": {"差", "不", "污染"},
	"unhealthy": {"差", "不", "污染"}, "polluted": {"污染", "差"}, "non": {"非", "不", "未"},
	"out-of-pocket": {"自付", "自费"}, "self-paid": {"自付", "自费"}, "self-pay": {"自付", "自费"},
	"unmet": {"未", "没", "不"}, "unfinished": {"未", "没", "不"}, "uncompleted": {"未", "没", "不"},
	"failed": {"未", "没", "不"}, "failing": {"未", "没", "不"}, "not": {"未", "没", "不", "非"},
}

// englishComplement finds them, with the word they negate: "non-inclusive",
// "not handled"; not a claim's "not counting" or "not only".
var englishComplement = regexp.MustCompile(`\b(poor|bad|unhealthy|polluted|non|not|out-of-pocket|self-paid|self-pay|unmet|unfinished|uncompleted|failed|failing)\b(?:[- ](?:yet )?(?:be |been )?([a-z]+))?`)

// notEnglishComplements are the words after "not" that ask no complement.
var notEnglishComplements = []string{"counting", "including", "only", "just", "the", "a", "an", "to", "be", "more", "less", "much", "many", "so", "as", "quite", "that", "this", "sure"}

// perBase is a rate's base: 每千人, 每一万人, 每万人口 (its multiplier).
var perBase = regexp.MustCompile(`每一?([十百千万]+)(?:常住)?(?:人|名|户)`)

// perCapita names a rate per person: 人均, or a base (perBase).
var perCapita = regexp.MustCompile(`人均|每一?[十百千万]+(?:常住)?(?:人|名|户)`)

// englishPerBase is perBase in English: per 10,000 people.
var englishPerBase = regexp.MustCompile(`\bper (10,000|10000|ten thousand|1,000|1000|thousand|100|hundred) (?:people|persons|residents|inhabitants|population)\b`)

// englishBases are englishPerBase's bases as perBase reads them.
var englishBases = map[string]string{"10,000": "万", "10000": "万", "ten thousand": "万", "1,000": "千", "1000": "千", "thousand": "千", "100": "百", "hundred": "百"}

// englishAddedCount asks how many things are added ("how many new
// childcare places", "places will be added"): a count, which a rate per
// person (每千人托位数达到4.5个) is not.
var englishAddedCount = regexp.MustCompile(`\bhow many new\b|\b(?:be|been|are|is|were|was) (?:newly )?added\b`)

// totalAsked asks a total, which a rate per person is not.
var totalAsked = regexp.MustCompile(`总数|总量|总共|一共|合计|总计|共有|共计|\btotal\b|\bin all\b|\baltogether\b`)

// complementAsk is what a figure question asks that a clause must say
// too to answer it: a complement word (自付), a negated thing (不达标), a
// base (每万人) or a total (总数).
type complementAsk struct {
	kind  complementKind
	shown string   // as the notice names it
	words []string // askWords: a clause holding one of these says it
	// negate is, for askNegated, what a clause says with a negation
	// before it (达标); base, for askBase, the base's multiplier (万).
	negate, base string
}

// complementKind is what a complementAsk asks.
type complementKind int

const (
	askWords   complementKind = iota // a complement word: 自付, 其他, poor
	askNegated                       // a negated thing: 不达标, 非普惠
	askBase                          // a rate on a base: 每万人
	askTotal                         // a total, which no rate per person is: 总数
)

// groundComplement declines a figure question answered only with the
// report's figure of the complement, or of another base, than asked: the
// parts stay, under a notice that they are not what was asked.
func (e *Engine) groundComplement(d *Draft) {
	ans := d.Answer
	// "What share of days…" asks a level, which is a figure; an English
	// question mark reads as a claim's.
	if !ans.Found || d.Lookup || !d.Intent.Figure && !d.Intent.Level || d.Intent.List || d.Intent.Topic || d.Intent.Summary ||
		hasCorrection(ans) || d.Derived || d.Matched || d.Intent.Lang != "en" && d.ClaimShaped() {
		return
	}
	asks := complementAsks(d)
	if len(asks) == 0 {
		return
	}
	// A part saying what was asked, complement and all, answers it.
	if answering, said := e.partsSay(ans, func(text string) bool {
		return !slices.ContainsFunc(asks, func(c complementAsk) bool { return !c.saidIn(text) })
	}); answering == 0 || said {
		return
	}
	shown := asks[0].shown
	ans.relatedFigures(GroundNoSuchFigure,
		fmt.Sprintf("报告没有给出“%s”的数字。下面是报告给出的相关数字，不是所问的：", shown),
		fmt.Sprintf("The report gives no figure for “%s”. The related figure below is what it gives, not the one asked:", shown))
}

// groundNegatedList declines a list question asking what was not done
// ("没有完成的任务有哪些", "哪些项目没有按时完成") answered only with
// clauses saying things were done (超额完成, 均按时完成): the negation is
// what narrows the list, and an answer without it lists the opposite.
func (e *Engine) groundNegatedList(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || !d.Intent.List || d.Intent.Lang == "en" || hasCorrection(ans) || d.Derived || d.Matched {
		return
	}
	asks := negatedAsks(d)
	if len(asks) == 0 {
		return
	}
	// A part saying what was not done answers it.
	if answering, said := e.partsSay(ans, asks[0].saidIn); answering == 0 || said {
		return
	}
	ans.relatedFigures(GroundNotAnswered,
		fmt.Sprintf("报告没有列出“%s”的事项。下面是相关内容，说的不是所问的：", asks[0].shown),
		fmt.Sprintf("The report lists nothing “%s”. The related text below is not what was asked:", asks[0].shown))
}

// complementAsks are the complements, bases and totals question d asks.
func complementAsks(d *Draft) []complementAsk {
	var out []complementAsk
	if d.Intent.Lang == "en" {
		for _, m := range englishComplement.FindAllStringSubmatch(d.norm, -1) {
			if m[1] == "not" && (m[2] == "" || slices.Contains(notEnglishComplements, m[2])) {
				continue
			}
			out = append(out, complementAsk{kind: askWords, shown: m[0], words: englishComplements[m[1]]})
		}
		if englishAddedCount.MatchString(d.norm) && !englishPerBase.MatchString(d.norm) && !strings.Contains(d.norm, "per capita") {
			out = append(out, complementAsk{kind: askTotal, shown: "how many are added"})
		}
		return append(out, baseAsks(d.norm)...)
	}
	out = append(out, negatedAsks(d)...)
	for _, w := range complementWords {
		if at := strings.Index(d.norm, w); at >= 0 && inAskedClause(d, at) && !asksAfter(d, w, at) {
			out = append(out, complementAsk{kind: askWords, shown: w, words: []string{w}})
		}
	}
	return append(out, baseAsks(d.norm)...)
}

// asksAfter: a question that sets a thing aside (除了旅客接待量之外) and
// then names what it asks (旅游收入增长多少) asks that, no rest: 之外 and
// 以外 ask the rest only when nothing asked follows them.
func asksAfter(d *Draft, w string, at int) bool {
	if w != "之外" && w != "以外" {
		return false
	}
	after := d.norm[at+len(w):]
	return slices.ContainsFunc(d.asked, func(t askedTerm) bool { return ContainsTerm(after, t.term) })
}

// baseAsks are the base a rate is asked on (每万人, per 10,000 people), or
// a total asked (总数), which a rate per person does not give.
func baseAsks(norm string) []complementAsk {
	if m := perBase.FindStringSubmatch(norm); m != nil {
		return []complementAsk{{kind: askBase, shown: m[0], base: m[1]}}
	}
	if m := englishPerBase.FindStringSubmatch(norm); m != nil {
		return []complementAsk{{kind: askBase, shown: m[0], base: englishBases[m[1]]}}
	}
	if m := totalAsked.FindString(norm); m != "" && !perCapita.MatchString(norm) && !strings.Contains(norm, "per capita") {
		return []complementAsk{{kind: askTotal, shown: m}}
	}
	return nil
}

// negatedAsks are the negated things a Chinese question asks (不达标,
// 非普惠): a negation in a clause of the question that asks something,
// before a word it asks, the answer holds, or that only names the good
// side (好). Not a spoken "…不", "V不V", nor a threshold (不到).
func negatedAsks(d *Draft) []complementAsk {
	q := []rune(d.norm)
	var out []complementAsk
	for i, r := range q {
		if !strings.ContainsRune(complementNegs, r) {
			continue
		}
		if i+1 >= len(q) || i > 0 && q[i-1] == q[i+1] {
			continue // "…不", 是不是, 达没达标: a spoken question
		}
		j := i + 1
		if r == '没' && q[j] == '有' || r == '没' && q[j] == '被' || r == '不' && q[j] == '是' {
			j++ // 没有完成, 没被覆盖, 不是精细化工的
		}
		rest := leadingHan(q[j:])
		if rest == "" || startsWithAny(rest, notComplements) {
			continue
		}
		word := negatedWord(d, rest)
		if !inAskedClause(d, len(string(q[:i]))) || !asksWord(d, word) {
			continue
		}
		out = append(out, complementAsk{kind: askNegated, shown: string(q[i:j]) + word, negate: word})
	}
	return out
}

// negatedWord is the word a negation before rest negates: its first
// word, or the asked term it opens (未办复: 办复, which the dictionary cuts 办/复).
func negatedWord(d *Draft, rest string) string {
	word := rest
	if ws := d.ix.dict.Segment(rest, nil); len(ws) > 0 {
		word = ws[0]
	}
	for _, t := range d.asked {
		if len(t.term) > len(word) && strings.HasPrefix(rest, t.term) && strings.HasPrefix(t.term, word) {
			word = t.term
		}
	}
	return word
}

// asksWord: word, after a negation, is a thing asked (an asked term
// opens with it or it with one), a word the answer holds, or only names
// the good side.
func asksWord(d *Draft, word string) bool {
	if slices.Contains(evaluations, word) {
		return true
	}
	for _, t := range d.asked {
		if strings.HasPrefix(t.term, word) || strings.HasPrefix(word, t.term) && utf8.RuneCountInString(t.term) >= 2 {
			return true
		}
	}
	for _, c := range d.Answer.Citations {
		if utf8.RuneCountInString(word) >= 2 && strings.Contains(Normalize(c.Quote), word) {
			return true
		}
	}
	return false
}

// inAskedClause: byte at of the question lies in a clause that holds a
// word asked, or in its only clause: "娃太小没人带，去年托育学位加了多少"
// asks nothing of 没人带.
func inAskedClause(d *Draft, at int) bool {
	start := strings.LastIndexAny(d.norm[:at], "，,。；;？?！!") + 1
	end := len(d.norm)
	if k := strings.IndexAny(d.norm[at:], "，,。；;？?！!"); k >= 0 {
		end = at + k
	}
	if start == 0 && end == len(d.norm) {
		return true
	}
	clause := d.norm[start:end]
	return slices.ContainsFunc(d.asked, func(t askedTerm) bool { return ContainsTerm(clause, t.term) })
}

// saidIn: normalized text, a part's clause, says the complement asked.
func (c complementAsk) saidIn(text string) bool {
	switch c.kind {
	case askBase:
		m := perBase.FindStringSubmatch(text)
		return m == nil || m[1] == c.base // no base: not a rate on another one
	case askTotal:
		return !perCapita.MatchString(text)
	case askNegated:
		for _, n := range reportNegs {
			if strings.Contains(text, string(n)+c.negate) {
				return true
			}
		}
		return false
	}
	return containsAny(text, c.words)
}

// partClause is the normalized text a quote or figure part gives: a
// quote's text; a figure's indicator and the clause it stands in.
func (e *Engine) partClause(ans *Answer, p Part) string {
	if p.Type != PartFigure || p.Figure == nil || len(p.Citations) == 0 {
		return Normalize(p.Text)
	}
	text := p.Figure.Indicator
	c := ans.Citations[p.Citations[0]]
	if cp := e.ix.citedParagraph(c); cp != nil {
		para := cp.Text
		for _, sp := range Clauses(para) {
			if sp.Start <= p.Figure.Start && p.Figure.End <= sp.End {
				text += para[sp.byteStart:sp.byteEnd]
				break
			}
		}
	}
	return Normalize(text)
}

// relatedFigures declines an answer whose figures are of something else
// than asked: its figures and quotes stay, labelled, under a notice.
func (a *Answer) relatedFigures(grounding, zh, en string) {
	a.relatedKeeping(func(p Part) bool { return p.Type == PartQuote || p.Type == PartFigure }, grounding, zh, en)
}

// leadingHan is the run of Chinese characters rs opens with.
func leadingHan(rs []rune) string {
	n := 0
	for n < len(rs) && isHan(rs[n]) {
		n++
	}
	return string(rs[:n])
}

// partsSay counts ans's answering parts (quotes and figures) and reports
// whether the clause of one of them says what says looks for.
func (e *Engine) partsSay(ans *Answer, says func(clause string) bool) (answering int, said bool) {
	for _, p := range ans.Parts {
		if p.Type != PartQuote && p.Type != PartFigure {
			continue
		}
		answering++
		if says(e.partClause(ans, p)) {
			return answering, true
		}
	}
	return answering, false
}
