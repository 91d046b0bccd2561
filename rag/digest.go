package rag

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// A review's area of work is one paragraph: its title, a framing sentence,
// then run-in headings (营商环境持续优化。), each followed by what was done.
// A question asking how such an area went as a whole ("去年改革开放方面有
// 哪些亮点", "生态这块去年干得怎样，总结几句") is answered by a digest of
// that paragraph — its opening, and under each heading the sentence that
// opens it and the figures the heading's sentences state — not by the
// first 300 characters of it, nor by the year's overview.

// digestCues ask how an area went, or for its gist, as a whole.
var digestCues = []string{"总结", "概括", "归纳", "要点", "亮点", "看点", "成效", "成绩", "成就", "成果", "进展", "答卷", "回顾", "变化", "突破",
	"干得怎", "干得咋", "干得如何", "做得怎", "做得咋", "干成了啥", "干成了什么", "干成啥", "干成什么", "怎么样", "咋样", "怎样", "如何",
	"干了啥", "干了什么", "干了哪些", "做了啥", "做了什么", "做了哪些",
	// How it stands, said over: "去年防风险这块总体情况", "简单说说去年产业
	// 升级的情况".
	"情况", "说说", "讲讲"}

// notCueWords hold a cue's characters but ask no digest: 改革的突破口是什么
// asks the report's word, 哪些事项 / 什么事故 no area's work.
var notCueWords = strings.NewReplacer("突破口", "", "突破性", "", "事项", "", "事故", "")

// asksDigestCue reports whether norm holds one of cues, outside notCueWords.
func asksDigestCue(norm string, cues []string) bool {
	return containsAny(notCueWords.Replace(norm), cues)
}

// achievedCues ask what was achieved: with no period named, the review's.
var achievedCues = []string{"亮点", "看点", "成效", "成绩", "成就", "成果", "进展", "答卷", "回顾", "突破", "干得", "干成", "做得"}

// digestWords are the words a digest question asks in, beside its cues:
// what is left names the area.
var digestWords = []string{"抓手", "一大块", "大块", "一部分", "部分", "这块", "这一块", "这一章", "这章", "那块", "方面", "领域", "工作", "主要", "取得了", "取得", "哪些", "什么", "有啥", "干得", "做得", "简单", "大概", "说说", "几句", "几条", "一下", "帮我", "给个", "整体", "总体", "评价", "怎么", "报告", "回顾了", "交了", "一份", "什么样", "情况", "盘锦", "这", "那"}

// digestAreaGeneric are words every area's title may share: no area's
// name ("发展" of 绿色发展 and 城乡融合发展).
var digestAreaGeneric = []string{"发展", "经济", "工作", "全面", "新的", "取得"}

// digestLengthCue is a length asked of a digest: 总结几句, 归纳几条.
var digestLengthCue = regexp.MustCompile(`(?:总结|归纳|概括|说|讲|列)(?:一下)?几(?:句话?|条|点)`)

// digestLength asks for a digest of a few sentences or points (总结几句,
// 归纳几条), and for no figure besides.
func digestLength(padded string) bool {
	rest := digestLengthCue.ReplaceAllString(padded, " ")
	return rest != padded && !containsAny(notFigureWords.Replace(rest), figureCues)
}

// yearNamed is a year a question names (2024年): the period, not the area.
var yearNamed = regexp.MustCompile(`(?:19|20)[0-9]{2}年?`)

// reviewDigest answers a question asking how one of the review's areas of
// work went with its digest; false when the question asks no such thing.
func (e *Engine) reviewDigest(ans *Answer, a analysis, rep *Report, hits []Hit) bool {
	reviewed := a.period == PeriodResult || a.period == PeriodNone && len(a.years) == 0 && asksDigestCue(a.norm, achievedCues)
	if !reviewed || a.both || a.figure || !asksDigestCue(a.norm, digestCues) {
		return false
	}
	sec := e.ix.areaAsked(a, rep, PeriodResult)
	if sec == nil || len(runInHeadings(sec)) < 2 || !inTopHits(hits, sec, 5) {
		return false
	}
	// Headings are found by Sentences, which cuts at ；, and the digest by
	// FullSentences, which does not: a heading after a ； opens no digest.
	spans := e.digestSpans(sec)
	if len(spans) == 0 {
		return false
	}
	ans.Found, ans.digest = true, true
	ans.Parts = append(ans.Parts, introPart(a.lang))
	for _, sp := range spans {
		ans.addQuote(citationFor(sec, sp))
	}
	return true
}

// inTopHits reports whether p is among the first n hits.
func inTopHits(hits []Hit, p *Paragraph, n int) bool {
	for _, h := range hits[:min(len(hits), n)] {
		if h.Paragraph == p {
			return true
		}
	}
	return false
}

// areaAsked is the one section of the part of period kind that names the
// most of what the question asks about (its words but the digest's, the
// period's, generic words and fillers) — in its title, or for the plan in
// its paragraph of aims (加快建设更高水平的平安盘锦); nil when none, a tie,
// when it names less than half of what is asked, or when the rest of a
// word asked is something the area's text speaks of: "国企改革" asks one
// thing the area of 改革开放 did (8户市属国企…), not how the area went.
func (ix *Index) areaAsked(a analysis, rep *Report, kind PeriodKind) *Paragraph {
	if rep == nil {
		rep = ix.Latest()
	}
	rest := yearNamed.ReplaceAllString(a.norm, " ")
	for _, words := range [][]string{areaAimCues, planDigestCues, digestCues, digestWords, periodWords, fillerWords, digestAreaGeneric, genericWords} {
		rest = blankWords(rest, words)
	}
	for _, run := range ix.titleRunsAsked(a.norm, rep, kind) {
		if !strings.Contains(rest, run) {
			rest += " " + run
		}
	}
	stripped := ix.stripPlaces(rest)
	segs := hanSegments(stripped)
	var best *Paragraph
	most, mostSpecific, tie := 0, 0, false
	for i := range rep.Paragraphs {
		p := &rep.Paragraphs[i]
		if !isArea(p, kind) {
			continue
		}
		named := ix.areaNamed(p, kind)
		n, specific := 0, 0
		for _, seg := range segs {
			covered := len([]rune(seg)) - runeCount(uncoveredBy(seg, named))
			n += covered
			specific += ix.specificRunes(seg, named, covered, p, kind)
		}
		switch {
		case n > most || n == most && specific > mostSpecific:
			best, most, mostSpecific, tie = p, n, specific, false
		case n == most && n > 0 && specific == mostSpecific:
			// A function character cuts a word out of what is asked
			// (社会 of 社会稳定, 会 a function character): which area
			// names the question's words as written breaks the tie
			// (推进社会和谐稳定, not 经济稳定增长).
			switch b, q := ix.coveredAsWritten(stripped, best, kind), ix.coveredAsWritten(stripped, p, kind); {
			case q > b:
				best, tie = p, false
			case q == b:
				tie = true
			}
		}
	}
	total := 0
	for _, seg := range segs {
		total += len([]rune(seg))
	}
	if best == nil || tie || 2*most < total || ix.narrowerThan(segs, best, kind) || ix.modifiedOtherwise(rest, segs, best, rep, kind) {
		return nil
	}
	return best
}

// coveredAsWritten is how many characters of the runs of two Chinese
// characters or more of text, function characters kept, an area's name
// covers.
func (ix *Index) coveredAsWritten(text string, area *Paragraph, kind PeriodKind) int {
	named, n := ix.areaNamed(area, kind), 0
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return !isHan(r) }) {
		if utf8.RuneCountInString(f) >= 2 {
			n += utf8.RuneCountInString(f) - runeCount(uncoveredBy(f, named))
		}
	}
	return n
}

// specificRunes is how many of the covered characters of seg an area's
// name covers, none when they are one word of two that most areas' text
// says: of 城乡建设, 城乡 names 城乡面貌 before 建设 names 政府建设.
func (ix *Index) specificRunes(seg, named string, covered int, area *Paragraph, kind PeriodKind) int {
	if covered != 2 {
		return covered
	}
	r := []rune(seg)
	for i := 0; i+2 <= len(r); i++ {
		if w := string(r[i : i+2]); strings.Contains(named, w) {
			if ix.mostAreasSay(w, area, kind) {
				return 0
			}
			break
		}
	}
	return covered
}

// isArea reports whether p is one of its report's areas of work of period
// kind: a quotable section paragraph of that part.
func isArea(p *Paragraph, kind PeriodKind) bool {
	return p.Kind == ParaSection && p.Period.Kind == kind && p.Quotable()
}

// mostAreasSay reports whether more than half the areas of area's report
// and period kind write w in their text.
func (ix *Index) mostAreasSay(w string, area *Paragraph, kind PeriodKind) bool {
	rep := ix.byID[area.Report]
	say, areas := 0, 0
	for i := range rep.Paragraphs {
		p := &rep.Paragraphs[i]
		if !isArea(p, kind) {
			continue
		}
		areas++
		if strings.Contains(ix.areaBody(p, kind), w) {
			say++
		}
	}
	return 2*say > areas
}

// titleRunsAsked are the runs of three Chinese characters or more that a
// question writes as an area's title of period kind does, holding no word
// a digest is asked in: 稳增长 of 精准施策稳增长 names the area whole,
// though 增长 alone, a generic measure, is blanked from what is asked.
func (ix *Index) titleRunsAsked(norm string, rep *Report, kind PeriodKind) []string {
	var out []string
	segs := hanSegments(norm)
	for i := range rep.Paragraphs {
		p := &rep.Paragraphs[i]
		if !isArea(p, kind) {
			continue
		}
		for _, seg := range segs {
			run := longestIn(seg, ix.titles[p])
			if utf8.RuneCountInString(run) < 3 {
				run = abbreviatedIn(seg, ix.titles[p])
			}
			if run != "" && utf8.RuneCountInString(run) >= 3 && !slices.Contains(out, run) && !digestAsking(run) {
				out = append(out, run)
			}
		}
	}
	return out
}

// abbreviatedIn is the four characters of title that three of seg
// shorten the way people name an area, one character of one of its two
// words dropped: 稳增长 for 稳定增长, 扩内需 for 扩大内需; "" when none.
func abbreviatedIn(seg, title string) string {
	r, t := []rune(seg), []rune(title)
	for i := 0; i+3 <= len(r); i++ {
		for j := 0; j+4 <= len(t); j++ {
			w := t[j : j+4]
			if w[0] == r[i] && w[2] == r[i+1] && w[3] == r[i+2] || w[0] == r[i] && w[1] == r[i+1] && w[3] == r[i+2] {
				return string(w)
			}
		}
	}
	return ""
}

// digestAsking reports whether text holds a word a digest question asks
// in rather than about.
func digestAsking(text string) bool {
	for _, words := range [][]string{areaAimCues, planDigestCues, digestCues, achievedCues, digestWords, periodWords} {
		if containsAny(text, words) {
			return true
		}
	}
	return false
}

// modifiedOtherwise reports whether a word asked ends in what area's
// title holds, after words of its own where the title has others, and is
// written whole in another area's text, not in this one's: 社会治理 is a
// thing the review of 民生 did, not the 系统治理 of its ecology. Where the
// title modifies that word itself (系统治理), the asked modifier alone
// written in another area's text, not in this one's, is enough: 治安治理
// and 基层治理 are not ecology's either.
func (ix *Index) modifiedOtherwise(rest string, segs []string, area *Paragraph, rep *Report, kind PeriodKind) bool {
	named, body := ix.areaNamed(area, kind), ix.areaBody(area, kind)
	for _, seg := range segs {
		piece := longestIn(seg, named)
		if piece == "" {
			continue
		}
		asked, said := runesBefore(rest, piece), runesBefore(named, piece)
		if asked == "" || asked == said || strings.Contains(body, asked+piece) {
			continue
		}
		word := asked + piece
		if said != "" && !strings.Contains(body, asked) {
			word = asked
		}
		for i := range rep.Paragraphs {
			p := &rep.Paragraphs[i]
			if p != area && p.Kind == ParaSection && p.Period.Kind == kind && strings.Contains(ix.areaBody(p, kind), word) {
				return true
			}
		}
	}
	return false
}

// runesBefore is the two Chinese characters right before piece's first
// place in text, "" when fewer stand there.
func runesBefore(text, piece string) string {
	i := strings.Index(text, piece)
	if i < 0 {
		return ""
	}
	r := []rune(text[:i])
	if len(r) < 2 || !isHan(r[len(r)-1]) || !isHan(r[len(r)-2]) {
		return ""
	}
	return string(r[len(r)-2:])
}

// areaNamed is what an area names itself by: its title, or for the plan
// its paragraph of aims.
func (ix *Index) areaNamed(area *Paragraph, kind PeriodKind) string {
	if kind == PeriodPlan {
		return ix.para(area).norm
	}
	return ix.titles[area]
}

// areaBody is what an area's text speaks of: the review's paragraph from
// its first run-in heading on (its title and framing sentence speak of the
// area as a whole: 结构调整 of 做好结构调整“三篇大文章” is the area's, not
// one thing it did), or the plan's topics under it.
func (ix *Index) areaBody(area *Paragraph, kind PeriodKind) string {
	if kind != PeriodPlan {
		if heads := runInHeadings(area); len(heads) > 0 {
			return Normalize(area.Text[heads[0].byteStart:])
		}
		return ix.para(area).norm
	}
	var b strings.Builder
	for _, k := range ix.sectionTopics(area) {
		b.WriteString(ix.para(k).norm)
	}
	return b.String()
}

// narrowerThan reports whether a word asked names, beside what an area's
// title or aims hold, something the area's text speaks of: 国企 of 国企改革
// in the review of 改革开放, 生产 of 安全生产 in that of 防风险, 转型 of
// 绿色转型 in the plan of 绿色发展 (更实举措推进低碳转型).
func (ix *Index) narrowerThan(segs []string, area *Paragraph, kind PeriodKind) bool {
	named, body := ix.areaNamed(area, kind), ix.areaBody(area, kind)
	for _, seg := range segs {
		in := longestIn(seg, named)
		if in == "" {
			continue
		}
		if kind == PeriodPlan && !strings.Contains(ix.titles[area], in) && ix.topicLeads(area, seg, runeCount(uncoveredBy(seg, named))) {
			// 消费 of 促消费: the topic 释放消费潜力, not 狠抓有效需求. A word
			// of the area's title (改革 of 狠抓改革破题) is the area's, and
			// so is what its aims cover more of than any lead (安全稳定).
			return true
		}
		for _, left := range uncoveredBy(seg, named) {
			// A word of two characters in what is left (转型 of 绿色转型上).
			r := []rune(left)
			for i := 0; i+2 <= len(r); i++ {
				w := string(r[i : i+2])
				if strings.Contains(body, w) && !ix.restates(seg, in, w) && !ix.mostAreasSay(w, area, kind) {
					return true
				}
			}
		}
	}
	return false
}

// restates reports whether the word seg writes of in and left together
// means what left alone does (生态环境 is 环境 in the lexicon): the word
// asked is the area's as a whole, not one thing its text speaks of. 安全生产
// is not 生产, so it still narrows the review of 防风险.
func (ix *Index) restates(seg, in, left string) bool {
	if ix.lex == nil {
		return false
	}
	for _, word := range []string{in + left, left + in} {
		if !strings.Contains(seg, word) {
			continue
		}
		if ix.lex.sameConcept(word, left) {
			return true
		}
		// 生态环保: 环保 is 生态环境 in the report's words, which holds the
		// area's 生态 — the two halves say one thing, the area's.
		for _, term := range ix.lex.reportTermsOf(left) {
			if strings.Contains(term, in) {
				return true
			}
		}
	}
	return false
}

// topicLeads reports whether one of a plan section's topics leaves no
// more of seg uncovered by its lead than left does.
func (ix *Index) topicLeads(sec *Paragraph, seg string, left int) bool {
	for _, k := range ix.sectionTopics(sec) {
		if k.Lead != "" && runeCount(uncoveredBy(seg, Normalize(k.Lead))) <= left {
			return true
		}
	}
	return false
}

// sectionTopics are the topic paragraphs of a plan's section: those after
// it under its title.
func (ix *Index) sectionTopics(sec *Paragraph) []*Paragraph {
	r := ix.byID[sec.Report]
	var out []*Paragraph
	for n := sec.N + 1; n <= len(r.Paragraphs); n++ {
		q := &r.Paragraphs[n-1]
		if q.Section != sec.Section {
			break
		}
		out = append(out, q)
	}
	return out
}

// hanSegments are the runs of two Chinese characters or more of text
// that hold no function character.
func hanSegments(text string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return !isHan(r) || isStopRune(r) }) {
		if len([]rune(f)) >= 2 {
			out = append(out, f)
		}
	}
	return out
}

// uncoveredBy are the runs of seg left when its longest runs that text
// holds are taken out, one after another: 安全稳定 is covered whole by
// aims saying 安全观 and 和谐稳定, though not as one word.
func uncoveredBy(seg, text string) []string {
	piece := longestIn(seg, text)
	if piece == "" {
		if seg == "" {
			return nil
		}
		return []string{seg}
	}
	left, right, _ := strings.Cut(seg, piece)
	return append(uncoveredBy(left, text), uncoveredBy(right, text)...)
}

// runeCount is the number of runes of all parts.
func runeCount(parts []string) int {
	n := 0
	for _, p := range parts {
		n += utf8.RuneCountInString(p)
	}
	return n
}

// longestIn is the longest run of two characters or more of seg that text
// holds; "" when none.
func longestIn(seg, text string) string {
	r := []rune(seg)
	for n := len(r); n >= 2; n-- {
		for i := 0; i+n <= len(r); i++ {
			if sub := string(r[i : i+n]); strings.Contains(text, sub) {
				return sub
			}
		}
	}
	return ""
}

// digestSpans are the quotes of a review area's digest: its title and
// framing sentence; then under each run-in heading, its opening
// (topicOpening) and the figures of the topic's later sentences, each
// narrowed to its figure clauses (figuresAfter): 信访总量下降25.8% of
// 社会治理, not only the last whole-year figure.
func (e *Engine) digestSpans(p *Paragraph) []Span {
	sents := FullSentences(p.Text)
	heads := map[int]bool{}
	for _, h := range runInHeadings(p) {
		heads[h.Start] = true
	}
	var out []Span
	// Sentences up to the first heading open the area.
	first := len(sents)
	for i, s := range sents {
		if heads[trimSpan(p.Text, s).Start] {
			first = i
			break
		}
	}
	if first == 0 || first == len(sents) {
		return nil
	}
	out = append(out, sentenceRun(p.Text, sents, 0, first-1))
	for i := first; i < len(sents); {
		end := i + 1
		for end < len(sents) && !heads[trimSpan(p.Text, sents[end]).Start] {
			end++
		}
		out = append(out, topicOpening(p, sents, i, end)...)
		out = append(out, e.figuresAfter(p, sents[:end], out[len(out)-1].End)...)
		i = end
	}
	return out
}

// A plan's area of work is a short paragraph (its title and aims) with a
// paragraph for each of its topics, each opened by a lead (强化项目支撑。).
// A question asking how an area is to be done or what it stresses ("扩需
// 求、稳增长这一大块怎么部署的", "民生改善部分今年重点有哪些") is answered by
// the area's paragraph, then each topic's lead with what follows it up to
// its first figure; one asking for the area's overall requirement or
// line of thought ("民生这一章总的要求是什么") by the area's paragraph alone.

// planDigestCues ask what an area of the plan holds or how it is done.
var planDigestCues = []string{"部署", "重点", "大事", "要点", "主要点", "内容", "思路", "要求", "安排", "举措", "措施", "打算", "任务",
	// What the area says, in its gist: "这部分讲了啥", "这块概括一下".
	"讲了啥", "讲了什么", "说了啥", "说了什么", "讲的啥", "说的啥", "讲的什么", "说的什么", "讲讲", "说说", "总结", "概括", "归纳",
	// What it aims at or rests on: "今年产业发展的主要目标有哪些",
	// "今年稳增长、扩需求主要靠什么".
	"主要目标", "靠什么", "靠啥",
	"怎么建", "怎么干", "怎么抓", "怎么搞", "怎么做", "怎么弄", "咋建", "咋干", "咋搞", "咋弄", "咋整",
	// What is to be done in it: "今年改革方面要做哪些事".
	"哪些事", "啥事", "什么事", "做什么", "干什么", "做啥", "干啥"}

// areaAimCues ask for an area's overall requirement or line of thought:
// its opening paragraph says it.
var areaAimCues = []string{"总的要求", "总要求", "总体要求", "整体要求", "总的思路", "总体思路", "整体思路", "总思路", "总基调", "总的方向", "总体方向", "大方向"}

// planDigest answers a question asking how one of the plan's areas of
// work is to be done; false when it asks no such thing.
func (e *Engine) planDigest(ans *Answer, a analysis, rep *Report, hits []Hit) bool {
	aim := containsAny(a.norm, areaAimCues)
	plan := a.period == PeriodPlan || a.period == PeriodNone && len(a.years) == 0 && aim
	if !plan || a.both || a.figure || !aim && !asksDigestCue(a.norm, planDigestCues) {
		return false
	}
	sec := e.ix.areaAsked(a, rep, PeriodPlan)
	if sec == nil {
		return false
	}
	kids := e.children(sec)
	if len(kids) < 2 || e.topicElsewhere(a, hits, kids) {
		return false
	}
	ans.Found, ans.digest = true, true
	ans.Parts = append(ans.Parts, introPart(a.lang))
	sents := FullSentences(sec.Text)
	ans.addQuote(citationFor(sec, sentenceRun(sec.Text, sents, 0, len(sents)-1)))
	if aim {
		return true
	}
	for _, k := range kids {
		sents := FullSentences(k.Text)
		opening := topicOpening(k, sents, 0, len(sents))
		for _, sp := range opening {
			ans.addQuote(citationFor(k, sp))
		}
		// The topic's figures its opening does not reach (18万农村居民 of
		// ¶54's third sentence, 870万吨 of ¶35's fourth).
		for _, sp := range e.figuresAfter(k, sents, opening[len(opening)-1].End) {
			ans.addQuote(citationFor(k, sp))
		}
	}
	return true
}

// topicElsewhere reports whether a topic of another area leads with what
// is asked: "今年上项目这块准备怎么抓" names 项目, which area (二)'s aims
// say in passing (项目化推动), while 强化项目支撑。 of area (一) is the
// report's answer; the area's digest would miss it.
func (e *Engine) topicElsewhere(a analysis, hits []Hit, kids []*Paragraph) bool {
	lead := e.topicParagraph(a, ofAskedPeriod(a, hits))
	return lead != nil && !slices.Contains(kids, lead)
}

// figuresAfter are the quotes of p's sentences (sents) starting at rune
// offset from or later that state a figure written in digits, each
// narrowed to its clauses from the first that holds a digit to the last;
// quotes that meet are joined into one.
func (e *Engine) figuresAfter(p *Paragraph, sents []Span, from int) []Span {
	var out []Span
	for _, s := range sents {
		sp := trimSpan(p.Text, s)
		if sp.Start < from || !strings.ContainsAny(p.Text[sp.byteStart:sp.byteEnd], "0123456789") {
			continue
		}
		sp = e.figureClauses(p, sp)
		if n := len(out); n > 0 && out[n-1].End == sp.Start {
			// Sentences that follow one another whole are one quote:
			// 10家社区便民食堂投入使用。住宅小区物业投诉量下降18.6%。…
			out[n-1].End, out[n-1].byteEnd = sp.End, sp.byteEnd
			continue
		}
		out = append(out, sp)
	}
	return out
}

// topicGist is what a list of a plan area's topics says under a topic's
// lead: its first sentence after the lead, then the figures its later
// sentences state (figuresAfter).
func (e *Engine) topicGist(k *Paragraph) []Span {
	sents := FullSentences(k.Text)
	if len(sents) < 2 {
		return nil
	}
	first := trimSpan(k.Text, sents[1])
	return append([]Span{first}, e.figuresAfter(k, sents, first.End)...)
}

// sentenceRun is the quote of sentences sents[i..j] of text, trimmed.
func sentenceRun(text string, sents []Span, i, j int) Span {
	return trimSpan(text, Span{sents[i].Start, sents[j].End, sents[i].byteStart, sents[j].byteEnd})
}

// topicOpening are the quotes that open a topic of sentences
// sents[from:to] of p: its heading or lead with the sentence after it,
// and when that states no figure, the topic's first sentence that does
// (written in digits: 三级养老服务体系 states none) — joined when adjacent.
func topicOpening(p *Paragraph, sents []Span, from, to int) []Span {
	join := func(i, j int) Span { return sentenceRun(p.Text, sents, i, j) }
	open := min(from+1, to-1)
	digit := func(i int) bool {
		return strings.ContainsAny(p.Text[sents[i].byteStart:sents[i].byteEnd], "0123456789")
	}
	if digit(open) {
		return []Span{join(from, open)}
	}
	for i := open + 1; i < to; i++ {
		if !digit(i) {
			continue
		}
		if i == open+1 {
			return []Span{join(from, i)}
		}
		return []Span{join(from, open), join(i, i)}
	}
	return []Span{join(from, open)}
}

// storyShare is how much of the best quote's score the review's story of
// a topic must have: it tells in other words (抢险队伍, not 防汛抗洪).
const storyShare = 0.15

// reviewStory is, for a question asking how a topic went in the reviewed
// year ("去年防汛抗洪咋样", "去年夏天发大水是咋应对的"), the whole sentence
// in which the review, outside its areas of work, tells that topic's
// story with its figures (14114名党员干部奔赴一线…实现了人员不伤亡…): the
// area's sentence says what was done, the story how it went.
func reviewStory(a analysis, cands, picked []candidate) (candidate, bool) {
	if a.period != PeriodResult || a.figure || a.list || !asksHow(a) && !asksDigestCue(a.norm, digestCues) {
		return candidate{}, false
	}
	for _, c := range cands[1:] {
		if c.score < storyShare*cands[0].score {
			break
		}
		if c.para.Kind != ParaBody || c.para.Period.Kind != PeriodResult || slices.ContainsFunc(picked, func(p candidate) bool { return p.para == c.para }) {
			continue
		}
		for _, s := range FullSentences(c.para.Text) {
			sp := trimSpan(c.para.Text, s)
			if sp.Start <= c.span.Start && c.span.End <= sp.End && strings.ContainsAny(c.para.Text[sp.byteStart:sp.byteEnd], "0123456789") {
				c.span = sp
				return c, true
			}
		}
	}
	return candidate{}, false
}
