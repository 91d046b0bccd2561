package rag

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// summaryCues ask how a period went or what it aims at as a whole: the
// report's headline figures answer, not a sentence that shares a word.
var summaryCues = []string{"经济咋样", "经济怎么样", "经济总体", "经济整体", "经济表现", "经济发展咋样", "经济发展怎么样", "总体咋样", "总体怎么样", "整体咋样", "整体怎么样", "总体如何", "经济情况", "经济形势", "经济如何", "经济运行", "发展得怎么样", "发展怎么样",
	"总体情况", "整体情况", "主要指标", "主要目标", "主要预期目标", "取得了哪些成绩", "取得哪些成绩", "有哪些成绩", "什么成绩", "成就", "亮点", "干得怎么样",
	// Spoken: "去年干得咋样，有啥成绩".
	"干得咋样", "有啥成绩", "啥成绩",
	// The year's record asked as a whole: "去年都干了啥", "去年的成绩单",
	// "2025年目标一览"; with a topic of their own they ask the topic's.
	"干了啥", "干了什么", "干了哪些", "成绩单", "主要成绩", "一览",
	// As read after spelling (发展得 → 发展的), and how the year is judged.
	"发展的怎么样", "发展的咋样", "发展得咋样", "混得咋样", "混得怎么样", "怎么评价", "如何评价", "总体评价", "整体评价",
	// The economy's record or gist named whole: "用几句话说说2024年全市经济
	// 成绩", "概括一下2024年全市主要经济指标".
	"经济成绩", "主要经济指标",
	"how did the economy", "how was the economy", "economy do", "economic performance", "overview", "highlights", "achievements", "achieve", "accomplish", "main targets", "main goals", "main indicators"}

// economyDigest asks for the gist of a year's economy and nothing else:
// "用一句话总结去年经济", "概括一下去年的经济" — the year's headline
// figures, not a sentence of the review that says 经济 or 总结 — or for
// its targets by their number ("今年十个目标") with no topic before them
// ("今年就业三项目标" asks 就业's).
var economyDigest = regexp.MustCompile(`^(?:今年|本年|全年|(?:20)?25年)?的?(?:全市|我市|本市|盘锦市?)?的?(?:经济社会发展的?)?[一二三四五六七八九十0-9]+(?:个|项|大)(?:主要|预期)?目标(?:$|[？?。！!是有都])|(?:总结|概括|归纳|说说|讲讲|评价)(?:一下|下)?(?:去年|今年|上年|全年|(?:19|20)\d\d年)?的?(?:全市|我市|本市)?(?:的)?经济(?:运行|发展)?(?:情况)?(?:$|[？?。！!])`)

// summaryWords are the words summary questions are asked in, beside their
// cues: what is left of a question without them is its topic.
var summaryWords = []string{"取得了", "取得", "成绩", "成就", "亮点", "成果", "有哪些", "哪些", "什么", "怎么样", "咋样", "如何", "总体", "整体", "主要", "指标", "目标", "预期", "发展", "表现", "情况", "形势", "运行", "经济", "全年", "一年", "工作", "the", "main", "what", "were", "was", "are", "is", "of", "in"}

// achievedVerbs say a summary question's topic achieved something
// ("养老取得了哪些成就"): how it asks, like its cue, not what about.
var achievedVerbs = []string{"取得了", "取得"}

// topicScoped reports whether a question asked in the words of cues (a
// summary's, or the areas of work's) names a topic of its own: "去年教育
// 取得了哪些成绩", "今年养老主要目标" and "今年教育主要任务" ask about 教育
// and 养老, not the whole year (去年经济咋样). A topic is a concept of the
// lexicon ("做好" of "重点做好哪八个方面工作" is none) that over, the
// paragraph the whole-year answer quotes, does not hold: "今年粮食主要目标"
// is answered there. over may be nil.
func (ix *Index) topicScoped(a analysis, cues []string, over *Paragraph) bool {
	if ix.lex == nil {
		return false
	}
	rest := ix.stripPlaces(blankAsked(blankAsked(blankAsked(blankAsked(a.norm, cues), periodWords), fillerWords), summaryWords))
	overNorm := ""
	if over != nil {
		overNorm = ix.para(over).norm
	}
	// A member that holds a summary word (民营经济, 海洋经济) is a topic the
	// blanking above would cut to a fragment no concept knows (民营).
	for _, m := range ix.lex.membersHolding(a.norm, summaryWords) {
		if overNorm == "" || !strings.Contains(overNorm, m) && !containsAny(overNorm, specificExpansions(ix.lex.Expand(m))) {
			return true
		}
	}
	// A name the lexicon knows whole (of four characters or more) is a topic though no pair
	// of its characters is a word of its own.
	for _, m := range ix.lex.longMembersIn(rest) {
		if overNorm == "" || !strings.Contains(overNorm, m) {
			return true
		}
	}
	if over != nil && ix.writesTopicBeside(rest, overNorm, a.rep) {
		return true
	}
	for _, t := range ix.tok.Tokens(rest) {
		// A word of the lexicon is a topic though it holds a function
		// character (就 of 就业).
		if !topicWord(t) && !ix.lex.isChineseMember(t) || genericTerms[t] || strings.ContainsAny(t, "0123456789") {
			continue
		}
		if len(ix.lex.Concepts(t)) > 0 && (overNorm == "" || !strings.Contains(overNorm, t) && !containsAny(overNorm, specificExpansions(ix.lex.Expand(t)))) {
			return true
		}
	}
	return false
}

// blankAsked is blankWords with English words blanked only whole: "is" of
// summaryWords is no part of "tourism", whose rest (tour, m) would name no
// topic.
func blankAsked(text string, words []string) string {
	for _, w := range words {
		if w != "" && w[0] < utf8.RuneSelf {
			text = replaceWord(text, w)
		} else if strings.Contains(text, w) {
			text = strings.ReplaceAll(text, w, " ")
		}
	}
	return text
}

// minWrittenTopic is how long a run of a summary question the lexicon
// does not know must be to name a topic by being written in the report:
// two characters (发展, 简单) are how questions are asked as often.
const minWrittenTopic = 4

// writesTopicBeside reports whether rest, what a summary question asks
// beside its cues, holds a run of minWrittenTopic Chinese characters or
// more that the report writes and the overview (overNorm) does not:
// 城市建设 of "去年城市建设干了啥", 辽河油田 of "辽河油田去年干了啥" are
// topics of their own, though no concept of the lexicon. The government,
// whose report it is (政府工作), names none.
func (ix *Index) writesTopicBeside(rest, overNorm string, rep *Report) bool {
	if rep == nil {
		rep = ix.Latest()
	}
	for _, seg := range hanSegments(rest) {
		if utf8.RuneCountInString(seg) < minWrittenTopic || strings.Contains(seg, "政府") || strings.Contains(overNorm, seg) {
			continue
		}
		for i := range rep.Paragraphs {
			if p := &rep.Paragraphs[i]; p.Quotable() && strings.Contains(ix.para(p).norm, seg) {
				return true
			}
		}
	}
	return false
}

// specificExpansions keeps the expansions of a topic long enough to name
// it: a two-character one such as 环境 of 环保 also reads 外部环境 in the
// overview, which does not answer 去年环保干了啥.
func specificExpansions(words []string) []string {
	var kept []string
	for _, w := range words {
		if utf8.RuneCountInString(w) > 2 {
			kept = append(kept, w)
		}
	}
	return kept
}

// summaryOfArea reports whether a summary question asks how one area of
// work went rather than the whole year: "去年生态环境方面成绩单" and
// "去年防风险这块总体情况" name an area's title in words the lexicon has
// no concept for, so topicScoped misses them; the area's digest answers.
func (ix *Index) summaryOfArea(a analysis, rep *Report) bool {
	over := ix.summaryOverview(a)
	if over == nil {
		return false
	}
	return ix.areaAsked(a, rep, over.Period.Kind) != nil
}

// namesPlaceSpokenOf reports whether a summary question asks what the
// report says of a place it speaks of rather than the whole year: one of
// the city's own districts (辽滨经开区去年取得了哪些成绩), or another city
// asked beside the report's own ("What did Panjin achieve together with
// Dalian"). Another city alone (大连去年经济咋样) is left to the place
// step, which says the report is not about it.
func (a analysis) namesPlaceSpokenOf() bool {
	s := a.place
	if s == nil || !s.mentioned {
		return false
	}
	return s.Relation == PlaceInside || s.Relation == PlaceOther && a.ownPlace
}

// dropTermsIn drops the question's terms that it writes only inside the
// cues it holds: 取得, 成绩 and 育取 of "教育取得了哪些成绩".
func (a *analysis) dropTermsIn(cues []string) {
	rest := blankWords(a.norm, cues)
	for t := range a.terms {
		if strings.Contains(a.norm, t) && !strings.Contains(rest, t) {
			delete(a.terms, t)
		}
	}
}

// summaryOverview is the paragraph a summary question's answer quotes.
func (ix *Index) summaryOverview(a analysis) *Paragraph {
	kind := a.period
	if kind == PeriodNone || a.both {
		kind = PeriodResult
		if containsAny(a.norm, targetCues) {
			kind = PeriodPlan
		}
	}
	rep := a.rep
	if rep == nil {
		rep = ix.Latest()
	}
	return ix.overview(rep, kind)
}

// achievementCues ask for the whole year's record: the areas of work of
// the review part come with the headline figures.
var achievementCues = []string{"成绩", "成就", "亮点", "干了啥", "干了什么", "干了哪些", "achievements", "highlights", "achieve", "accomplish"}

// summaryAnswer answers "去年经济咋样", "今年的主要目标", "取得了哪些成绩"
// with the period's overview paragraph (its figures come from the figures
// step, through Draft.Overview) and, for a year's achievements, the
// areas of work of the part reviewing it. It reports false when the
// report has no such paragraph.
func (e *Engine) summarize(ans *Answer, a analysis, rep *Report) bool {
	ans.overview = e.summaryAnswer(ans, a, rep)
	return ans.overview != nil
}

func (e *Engine) summaryAnswer(ans *Answer, a analysis, rep *Report) *Paragraph {
	a.rep = rep
	over := e.ix.summaryOverview(a)
	if over == nil {
		return nil
	}
	ans.Found = true
	ans.Parts = append(ans.Parts, introPart(a.lang))
	for _, sp := range e.overviewSpans(over) {
		ans.addQuote(citationFor(over, sp))
	}
	if kind := over.Period.Kind; kind == PeriodResult && !containsAny(a.norm, achievementCues) {
		// The review's opening judges the year as well as counting it
		// (经济运行稳中有进、稳中提质…开创了…新局面): how the year went.
		// Its achievements are its areas of work, listed below instead.
		for _, p := range e.ix.openingBesides(over) {
			ans.addQuote(citationFor(p, wholeSpan(p)))
		}
	} else if kind == PeriodResult {
		if head := e.partOf(e.ix.byID[over.Report], kind); head != nil {
			for i, p := range e.children(head) {
				ans.Citations = append(ans.Citations, Citation{Report: p.Report, Paragraph: p.N, Section: p.Path(), Period: p.Period,
					Quote: p.Section, Start: 0, End: len([]rune(p.Section))})
				ans.Parts = append(ans.Parts, Part{Type: PartItem, Text: p.Section, Number: i + 1, Citations: []int{len(ans.Citations) - 1}})
			}
		}
	}
	return over
}

// overviewSpans are the quotes of an overview paragraph: of each of its
// sentences, the run of its ；-parts that state figures (a date such as
// 建市40周年 is none), from the first to the last, one quote — every
// target of 地区生产总值增长5.5%左右；…；粮食产量110万吨左右 as the
// report writes it, not the first three parts. A long first part is
// narrowed to its clauses from the first that holds a number.
func (e *Engine) overviewSpans(over *Paragraph) []Span {
	var out []Span
	parts := Sentences(over.Text)
	for _, full := range FullSentences(over.Text) {
		first, last := Span{Start: -1}, Span{}
		for _, s := range parts {
			if s.Start < full.Start || s.End > full.End {
				continue
			}
			sp := trimSpan(over.Text, s)
			norm := Normalize(over.Text[sp.byteStart:sp.byteEnd])
			if !holdsNumber(norm) || strings.Contains(norm, "周年") {
				continue
			}
			if first.Start < 0 {
				first = sp
			}
			last = sp
		}
		if first.Start < 0 {
			continue
		}
		if first.End-first.Start > narrowAbove {
			first = e.figureClauses(over, first)
		}
		out = append(out, trimSpan(over.Text, Span{first.Start, last.End, first.byteStart, last.byteEnd}))
	}
	return out
}

// overview is the paragraph that sums a part up: of the paragraphs a part
// opens with, before its first section, the one with the most figures
// (2024's results in ¶6, 2025's targets in ¶23).
func (ix *Index) overview(rep *Report, kind PeriodKind) *Paragraph {
	var best *Paragraph
	most := 0
	for i := range rep.Paragraphs {
		p := &rep.Paragraphs[i]
		if p.Period.Kind != kind {
			continue
		}
		if p.Kind == ParaSection {
			break // the part's opening is over
		}
		if p.Kind != ParaBody || !p.Quotable() {
			continue
		}
		n := 0
		for _, c := range ix.para(p).clauses {
			if c.digit {
				n++
			}
		}
		if n > most {
			best, most = p, n
		}
	}
	return best
}

// openingBesides are the other paragraphs of the opening over sums up:
// body paragraphs of its period before its part's first section.
func (ix *Index) openingBesides(over *Paragraph) []*Paragraph {
	rep := ix.byID[over.Report]
	var out []*Paragraph
	for i := range rep.Paragraphs {
		p := &rep.Paragraphs[i]
		if p.Period.Kind != over.Period.Kind || p == over {
			continue
		}
		if p.Kind == ParaSection {
			break
		}
		if p.Kind == ParaBody && p.Quotable() {
			out = append(out, p)
		}
	}
	return out
}

// partOf is the heading of the part of the given period.
func (e *Engine) partOf(rep *Report, kind PeriodKind) *Paragraph {
	for i := range rep.Paragraphs {
		if p := &rep.Paragraphs[i]; p.Kind == ParaPart && p.Period.Kind == kind {
			return p
		}
	}
	return nil
}

// figureClauses narrows a long sentence to its clauses from the first
// that holds a number to the last.
func (e *Engine) figureClauses(p *Paragraph, sp Span) Span {
	out := Span{Start: -1}
	for _, c := range e.ix.para(p).clauses {
		if c.span.End <= sp.Start || c.span.Start >= sp.End || strings.IndexFunc(c.norm, unicode.IsDigit) < 0 {
			continue
		}
		if out.Start < 0 {
			out.Start, out.byteStart = c.span.Start, c.span.byteStart
		}
		out.End, out.byteEnd = c.span.End, c.span.byteEnd
	}
	if out.Start < 0 {
		return sp
	}
	return trimSpan(p.Text, out)
}
