package rag

import (
	"regexp"
	"slices"
	"strings"
)

// reasonWords mark a sentence that gives a reason or a basis: what a why
// question asks, and what a bare result ("投诉量下降18.6%") does not say.
var reasonWords = []string{"因为", "由于", "得益于", "考虑", "立足", "为了", "旨在", "原因", "导致", "依据", "基于", "所以", "因此", "确定的", "目的是"}

// givesReason reports whether a sentence of the report gives a reason
// or a basis.
func givesReason(sentence string) bool { return containsAny(Normalize(sentence), reasonWords) }

// asksWhy reports whether a question asks a reason: "为啥…", "…主要是什么原因",
// "Why is…".
func asksWhy(norm string) bool {
	if strings.Contains(norm, "为什么") {
		norm = becomeWhat.ReplaceAllString(norm, "什么")
	}
	return containsAny(norm, whyCues)
}

// becomeWhat is 为 closing a verb before 什么: "被认定为什么", "成为什么试点",
// "被称为什么" ask what, not why (因为什么 still asks why).
var becomeWhat = regexp.MustCompile(`([定成作列评称视选升入命认改])为什么`)

// groundReason keeps a why question from being answered with the fact it
// asks about: unless a quote gives a reason, or the paragraph after a
// quoted one opens by explaining it ("上述目标，是立足…而确定的"), the
// report does not say why, and the quotes are kept as related text.
func (e *Engine) groundReason(d *Draft) {
	ans := d.Answer
	if !d.foundOpen() || !asksWhy(d.norm) {
		return
	}
	if dir := statedWay(d.norm); dir != nil && !slices.ContainsFunc(ans.Parts, func(p Part) bool {
		return p.Type == PartQuote && containsAny(Normalize(p.Text), dir)
	}) {
		return // "固定资产投资下降了，是什么原因": the quote that it grew is the answer
	}
	var cited []Citation
	for _, p := range ans.Parts {
		if p.Type != PartQuote && p.Type != PartFigure || len(p.Citations) == 0 {
			continue
		}
		c := ans.Citations[p.Citations[0]]
		if p.Type == PartQuote && containsAny(Normalize(p.Text), reasonWords) {
			return
		}
		cited = append(cited, c)
	}
	// Why lower than last year's: the basis of the targets does not
	// compare; why higher, its 自我加压 does.
	if !strings.Contains(d.norm, "比") && !strings.Contains(d.norm, " than ") || higherAsked.MatchString(d.norm) {
		for _, c := range cited {
			if prev := e.explainedBefore(c); prev != nil && verdictOfAsked(d.asked, c.Quote) {
				ans.addQuote(*prev)
				return
			}
			if next := e.explainedAfter(c); next != nil {
				ans.addQuote(*next)
				return
			}
		}
	}
	ans.relatedOnly(GroundNotAnswered, "报告没有说明原因。相关内容：", "The report does not give the reason. Related text:")
}

// explainedAfter is the first sentence of the paragraph after c's when it
// looks back at it and gives a reason: "上述目标，是立足…统筹考虑…而确定的".
func (e *Engine) explainedAfter(c Citation) *Citation {
	r, ok := e.ix.byID[c.Report]
	if !ok || c.Paragraph < 1 || c.Paragraph >= len(r.Paragraphs) {
		return nil
	}
	p := &r.Paragraphs[c.Paragraph]
	sents := FullSentences(p.Text)
	if len(sents) == 0 {
		return nil
	}
	first := trimSpan(p.Text, sents[0])
	text := Normalize(p.Text[first.byteStart:first.byteEnd])
	if !slices.ContainsFunc(backReferences, func(w string) bool { return strings.HasPrefix(text, w) }) || !containsAny(text, reasonWords) {
		return nil
	}
	cit := citationFor(p, first)
	return &cit
}

// explainedBefore is the sentence before c in its paragraph when c is a
// verdict on it ("意义重大") and that sentence says what the time is
// ("今年是…收官之年…"): why it matters is what it is.
func (e *Engine) explainedBefore(c Citation) *Citation {
	p := e.ix.citedParagraph(c)
	if p == nil || !containsAny(Normalize(c.Quote), verdictWords) {
		return nil
	}
	var prev *Span
	for _, s := range FullSentences(p.Text) {
		if s.End > c.Start {
			break
		}
		prev = &s
	}
	if prev == nil {
		return nil
	}
	sp := trimSpan(p.Text, *prev)
	if !milestoneYear.MatchString(Normalize(p.Text[sp.byteStart:sp.byteEnd])) {
		return nil
	}
	cit := citationFor(p, sp)
	return &cit
}

// verdictOfAsked: the verdict quote judges what the question asks about —
// every asked word but the verdict's own is in it. 做好今年的政府工作，意义
// 重大 answers 为什么说今年的政府工作意义重大, not 为什么说三年行动意义重大,
// though the sentence before it names 三年行动.
func verdictOfAsked(asked []askedTerm, quote string) bool {
	q := Normalize(quote)
	for _, t := range asked {
		if !containsAny(t.term, verdictParts) && !strings.Contains(q, t.term) {
			return false
		}
	}
	return true
}

// verdictParts are the words of a verdict a question may split or
// strengthen: 意义 and 重大 of 意义特别重大.
var verdictParts = []string{"意义", "重大", "非凡", "深远", "关键", "重要", "特别", "非常", "十分", "尤为", "尤其"}

// verdictWords judge how much something matters.
var verdictWords = []string{"意义重大", "意义非凡", "意义深远", "至关重要", "十分关键", "尤为关键", "尤为重要", "非同寻常"}

// milestoneYear says what a year is: "今年是…收官之年", "2024年，是建市40周年".
var milestoneYear = regexp.MustCompile(`(?:年|今年|去年|明年)[，,]?是[^。；;]{0,40}(?:之年|周年)`)

// higherAsked compares upward: "为什么比去年高", "why higher than".
var higherAsked = regexp.MustCompile(`比[^，,。？?]{0,8}(?:高|多|快|大)|\b(?:higher|more|faster|bigger)\b[^?]{0,20}\bthan\b`)

// backReferences open a sentence about what the paragraph before said.
var backReferences = []string{"上述", "以上", "这些", "这样的"}

// Words for which way something moved, as questions and the report write them.
var (
	upWords   = []string{"增长", "上升", "提高", "提升", "增加", "涨"}
	downWords = []string{"下降", "减少", "下滑", "降低", "回落", "跌", "降了"}
)

// statedWay is the words of the way a why question says something moved
// ("…下降了，是什么原因"), nil when it says neither or both.
func statedWay(norm string) []string {
	up, down := containsAny(norm, upWords), containsAny(norm, downWords)
	switch {
	case up && !down:
		return upWords
	case down && !up:
		return downWords
	}
	return nil
}

// yearMatters asks why a year itself matters: "为啥说2025年这一年特别关键",
// "为什么说2024年是特殊的年份", "why is 2025 a key year". Only filler
// may stand between the year and the verdict, so "2025年招商引资为什么
// 关键" is not asked of the year.
var yearMatters = regexp.MustCompile(`(?:\d{4}年|今年|去年|这一年)[这一年份是个为什么啥会说很较特别非常尤其格外的对于盘锦来]{0,10}(?:关键|特殊|重要|不一般|非同寻常|意义|节点)|\bwhy\b[^?]{0,12}(?:\b20\d\d\b|\bthis year\b|\blast year\b)(?:\s+(?:is|was|such|so|a|an|the|year|very|particularly|especially|considered|seen|as|called))*\s+(?:key|special|important|crucial|critical|significant|pivotal)\b`)

// yearWhat asks what a year itself is, with no why: "今年是个什么年份",
// "2025年对盘锦来说算个什么年", "今年是三年行动的什么年", "这一年有啥特殊
// 意义", "报告怎么给2025年定位的". Only words of a kind of year may stand
// between 什么 and 年 ("2025年什么时候完成三年行动" asks a time), and a
// year placed is the year's own place (开放这块今年的总定位 is the area's).
// A closing 不 asks yes or no, as 吗 does (今年是个啥特别的年份不), and so
// does 是不是 of a special year: its answer is what the year is.
var yearWhat = regexp.MustCompile(`(?:\d{4}年|今年|去年|明年|这一年)[^，,。？?！!]{0,10}(?:什么|啥|怎样|哪种|哪一种)[样的个种特殊别节点关键重要]{0,6}(?:年份|年头|之年|年)(?:$|[，,、。？?！!吗呢啊呀]|不[？?]?$)|` +
	`(?:\d{4}年|今年|这一年)(?:对于?[^，,。？?]{1,6}来说)?[这一年份]{0,4}有(?:啥|什么|何)(?:特殊|特别|重要|重大)?(?:意义|特殊|特别|不同)(?:的地方|之处|的)?(?:吗|呢|啊|呀)?(?:$|[，,。？?！!])|` +
	`(?:给|把|对)(?:\d{4}年|今年|这一年)(?:怎么|如何)?(?:定位|定性)|` +
	`(?:\d{4}年|今年|这一年)(?:是不是|算不算|是否|是|算)(?:一个|个)?(?:很|挺|非常|比较)?(?:特别|特殊|关键|重要|不一般)的?(?:一年|年份|年头|年)(?:吗|呢|啊|呀|吧)?(?:$|[，,。？?！!])|` +
	// With no noun of year, the year opens the question, so the verdict
	// is the year's (今年是不是很特别), not a thing's before it.
	`^(?:\d{4}年|今年|这一年)(?:是不是|算不算|是否|是|算)(?:很|挺|非常|比较|特别)?(?:特别|特殊|关键|重要|不一般)(?:吗|呢|啊|呀|吧)?(?:$|[，,。？?！!])`)

// keyThingOfYear asks what is key in a year, not the year: "为什么今年非常
// 关键的是项目建设".
var keyThingOfYear = regexp.MustCompile(`(?:关键|重要)的(?:是|就是|在于)`)

// yearMilestone answers a why question about a year itself with what the
// report says that year is ("今年是…收官之年…。做好今年的政府工作，意义
// 重大。"); false when it asks no such thing or the report says nothing
// of that year.
func (e *Engine) yearMilestone(ans *Answer, a analysis, rep *Report) bool {
	if !(asksWhy(a.norm) && yearMatters.MatchString(a.norm) || yearWhat.MatchString(a.norm)) || keyThingOfYear.MatchString(a.norm) {
		return false
	}
	for _, r := range e.ix.reportsIn(rep) {
		for i := range r.Paragraphs {
			p := &r.Paragraphs[i]
			if !yearAsked(a, p.Period) {
				continue
			}
			sents := FullSentences(p.Text)
			for j, s := range sents {
				if !milestoneYear.MatchString(Normalize(p.Text[s.byteStart:s.byteEnd])) {
					continue
				}
				last := j
				if j+1 < len(sents) && containsAny(Normalize(p.Text[sents[j+1].byteStart:sents[j+1].byteEnd]), verdictWords) {
					last = j + 1
				}
				ans.Found, ans.reasoned = true, true
				ans.addQuote(citationFor(p, sentenceRun(p.Text, sents, j, last)))
				// "今年是个什么年份、为啥这么定目标": the targets' basis
				// is asked too.
				e.targetsBasis(ans, a, rep)
				return true
			}
		}
	}
	return false
}

// yearAsked reports whether period is the one year the question asks of.
func yearAsked(a analysis, period Period) bool {
	switch {
	case len(a.years) == 1:
		return period.Year == a.years[0]
	case len(a.years) == 0 && a.period != PeriodNone:
		return period.Kind == a.period
	}
	return false
}
