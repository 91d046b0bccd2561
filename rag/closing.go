package rag

import (
	"regexp"
	"strings"
)

// A plan may close, after its numbered areas of work, with what it asks
// of the government itself: a paragraph addressed to 政府系统 (全市政府系统
// 要以忠诚为魂、法治为基…) and a run of paragraphs opening alike (我们要始终
// 保持绝对忠诚的政治品格。…). It has no heading, so no area's title names
// it; a question asking what the plan requires of the government's own
// conduct ("报告对政府自身建设提了哪些要求", "今年政府自身建设怎么抓") is
// answered by that paragraph and the run's leads, not by a sentence that
// shares 要求 or 建设 with it.

// governmentSelf names the government as what is asked of: its own
// building (自身建设, 政府建设), its system (政府系统), its staff
// (政府工作人员) or its cadres (干部队伍; not a village's, 村干部队伍).
var governmentSelf = regexp.MustCompile(`政府(?:对|给)?(?:自身|自己|系统|建设|工作人员)|政府[^，,。？?]{0,6}(?:对|给)(?:自身|自己)|(?:政府[^，,。？?]{0,3}|^|对|的)干部队伍`)

// requirementCues ask what is required: with no period named, the plan's.
var requirementCues = []string{"要求"}

// selfCues name the government's own self, not its work.
var selfCues = []string{"自身", "自己"}

// conductAsk asks what standard is to be met, item by item (做到哪些,
// 几条, 哪几点): beside the government's own self (selfCues) it asks the
// conduct the closing run sets it, not a task of its work. 做到 naming
// what is done ("做到了“两个维护”吗", "做到过紧日子吗") asks whether, and
// a sentence saying it answers.
var conductAsk = regexp.MustCompile(`做到了?(?:哪|什么|啥|几)|几条|几点`)

// asksGovernmentSelf reports whether a question asks, of the plan, what
// the government is to make of itself: it names the government as what is
// asked of, asks how an area is done or what it requires, and names the
// plan's year or, asking a requirement, no year.
func asksGovernmentSelf(a analysis) bool {
	if a.figure || a.both || len(a.years) > 1 || !governmentSelf.MatchString(a.norm) {
		return false
	}
	if len(a.years) == 0 && a.period != PeriodResult && containsAny(a.norm, selfCues) && conductAsk.MatchString(a.norm) {
		// "政府自己要做到哪几条"; what it did last year ("政府自己去年做到了
		// 什么") is the review's area (¶15), not the plan's closing run.
		return true
	}
	switch a.period {
	case PeriodPlan:
		return containsAny(a.norm, areaAimCues) || asksDigestCue(a.norm, planDigestCues)
	case PeriodNone:
		// "政府自身建设那部分说了啥": what the government is to make of
		// itself (自身, 自己) is the plan's closing run's subject alone —
		// the review's area is 政府建设 — so asking what it says asks that run.
		return len(a.years) == 0 && (containsAny(a.norm, requirementCues) ||
			containsAny(a.norm, selfCues) && containsAny(a.norm, contentAsks))
	}
	return false
}

// closingRun is the plan's closing run in rep: the paragraph, of no area
// of work, that addresses the government's own system (政府系统), and the
// run of paragraphs after it that open alike; nil when rep has none.
func (e *Engine) closingRun(rep *Report) (*Paragraph, []*Paragraph) {
	sections := false
	for i := range rep.Paragraphs {
		p := &rep.Paragraphs[i]
		if p.Period.Kind != PeriodPlan {
			continue
		}
		if p.Kind == ParaSection {
			sections = true
		}
		if !sections || p.Kind != ParaBody || p.Section != "" || !p.Quotable() {
			continue
		}
		run, _ := e.parallelRun(p)
		if len(run) < minParallelRun || run[0] != p {
			continue
		}
		if head := e.leadIn(p); head != nil && strings.Contains(e.ix.para(head).norm, "政府") {
			return head, run
		}
	}
	return nil, nil
}

// governmentSelfAnswer answers a question asking what the plan requires
// of the government itself (asksGovernmentSelf) with the plan's closing
// run: its opening paragraph whole, then each paragraph's lead sentence,
// numbered. It reports false when the question asks no such thing or the
// report has no such run.
func (e *Engine) governmentSelfAnswer(ans *Answer, a analysis, rep *Report) bool {
	if !asksGovernmentSelf(a) {
		return false
	}
	if rep == nil {
		rep = e.ix.Latest()
	}
	head, run := e.closingRun(rep)
	if head == nil || e.ix.topicBesideRun(a.norm, append([]*Paragraph{head}, run...)) {
		return false
	}
	ans.Found, ans.digest = true, true
	ans.Parts = append(ans.Parts, introPart(a.lang))
	ans.addQuote(citationFor(head, wholeSpan(head)))
	for i, p := range run {
		c := citationFor(p, trimSpan(p.Text, FullSentences(p.Text)[0]))
		ans.Citations = append(ans.Citations, c)
		ans.Parts = append(ans.Parts, Part{Type: PartItem, Text: c.Quote, Number: i + 1, Citations: []int{len(ans.Citations) - 1}})
	}
	return true
}

// governmentSelfWords are how a question asks what the government is to
// make of itself, beside the government's own name.
var governmentSelfWords = []string{"要求", "建设", "自身", "自己", "报告", "结尾", "提了", "提出", "哪些", "哪几", "方面", "什么", "怎么抓", "总"}

// topicBesideRun reports whether a question about the government's
// requirements names a topic the closing run does not speak of:
// "政府系统对招商引资有什么要求" asks about 招商引资 (¶29); 廉洁 or 法治 are
// the run's own.
func (ix *Index) topicBesideRun(norm string, run []*Paragraph) bool {
	if ix.lex == nil {
		return false
	}
	var text strings.Builder
	for _, p := range run {
		text.WriteString(ix.para(p).norm)
	}
	said := text.String()
	rest := blankWords(blankWords(blankWords(governmentSelf.ReplaceAllString(norm, " "), periodWords), fillerWords), governmentSelfWords)
	for _, t := range ix.tok.Tokens(rest) {
		if len(ix.lex.Concepts(t)) > 0 && !strings.Contains(said, t) && !containsAny(said, specificExpansions(ix.lex.Expand(t))) {
			return true
		}
	}
	return false
}
