package rag

import (
	"regexp"
	"strings"
)

// A review's area of work is one paragraph: its title, a framing sentence,
// then run-in headings (营商环境持续优化。), each followed by what was done.
// A question asking how such an area went as a whole ("去年改革开放方面有
// 哪些亮点", "生态这块去年干得怎样，总结几句") is answered by a digest of
// that paragraph — its opening, and under each heading the sentence that
// opens it and the one that states its whole-year or whole-city figure —
// not by the first 300 characters of it, nor by the year's overview.

// digestCues ask how an area went, or for its gist, as a whole.
var digestCues = []string{"总结", "概括", "归纳", "要点", "亮点", "看点", "成效", "成绩", "成就", "成果", "进展", "答卷", "回顾", "变化",
	"干得怎", "干得咋", "干得如何", "做得怎", "做得咋", "干成了啥", "干成了什么", "干成啥", "干成什么", "怎么样", "咋样", "怎样", "如何"}

// digestWords are the words a digest question asks in, beside its cues:
// what is left names the area.
var digestWords = []string{"一部分", "部分", "这块", "这一块", "这一章", "这章", "那块", "方面", "领域", "工作", "主要", "取得了", "取得", "哪些", "什么", "有啥", "干得", "做得", "简单", "大概", "说说", "几句", "几条", "一下", "帮我", "给个", "整体", "总体", "评价", "怎么", "报告", "回顾了", "交了", "一份", "什么样", "情况", "盘锦"}

// digestAreaGeneric are words every area's title may share: no area's
// name ("发展" of 绿色发展 and 城乡融合发展).
var digestAreaGeneric = map[string]bool{"发展": true, "经济": true, "工作": true, "全面": true, "新的": true, "取得": true}

// wholeScopeFigure marks a sentence stating a figure of the whole year or the
// whole city: the headline of a run-in heading's topic.
var wholeScopeFigure = regexp.MustCompile(`(?:全年|全市|全社会)[^。]*[0-9]`)

// digestLength asks for a digest of a few sentences or points (总结几句,
// 归纳几条), and for no figure besides.
var digestLengthCue = regexp.MustCompile(`(?:总结|归纳|概括|说|讲|列)(?:一下)?几(?:句话?|条|点)`)

func digestLength(padded string) bool {
	rest := digestLengthCue.ReplaceAllString(padded, " ")
	return rest != padded && !containsAny(notFigureWords.Replace(rest), figureCues)
}

// yearNamed is a year a question names (2024年): the period, not the area.
var yearNamed = regexp.MustCompile(`(?:19|20)[0-9]{2}年?`)

// reviewDigest answers a question asking how one of the review's areas of
// work went with its digest; false when the question asks no such thing.
func (e *Engine) reviewDigest(ans *Answer, a analysis, rep *Report, hits []Hit) bool {
	if a.period != PeriodResult || a.both || a.figure || !containsAny(a.norm, digestCues) {
		return false
	}
	sec := e.ix.areaAsked(a, rep, PeriodResult)
	if sec == nil || len(runInHeadings(sec)) < 2 || !inTopHits(hits, sec, 5) {
		return false
	}
	ans.Found = true
	ans.Parts = append(ans.Parts, introPart(a.lang))
	for _, sp := range digestSpans(sec) {
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

// areaAsked is the one section of the part of period kind whose title
// names the most of what the question asks about (its words but the
// digest's, the period's and fillers); nil when none, a tie, or when most
// of what is asked is not in that title: "国企改革" asks one thing the
// area of 改革开放 did, not how the area went.
func (ix *Index) areaAsked(a analysis, rep *Report, kind PeriodKind) *Paragraph {
	if rep == nil {
		rep = ix.Latest()
	}
	rest := yearNamed.ReplaceAllString(a.norm, " ")
	rest = ix.stripPlaces(blankWords(blankWords(blankWords(blankWords(rest, digestCues), digestWords), periodWords), fillerWords))
	var asked []string
	for _, t := range ix.tok.Tokens(rest) {
		if topicWord(t) && !digestAreaGeneric[t] && !genericTerms[t] && !strings.ContainsAny(t, "0123456789") {
			asked = append(asked, t)
		}
	}
	var best *Paragraph
	most, tie := 0, false
	for i := range rep.Paragraphs {
		p := &rep.Paragraphs[i]
		if p.Kind != ParaSection || p.Period.Kind != kind || !p.Quotable() {
			continue
		}
		n := 0
		for _, t := range asked {
			if strings.Contains(ix.titles[p], t) {
				n++
			}
		}
		switch {
		case n > most:
			best, most, tie = p, n, false
		case n == most && n > 0:
			tie = true
		}
	}
	if tie || 2*most < len(asked) {
		return nil
	}
	return best
}

// digestSpans are the quotes of a review area's digest: its title and
// framing sentence; then under each run-in heading, the heading with the
// sentence after it, and the last later sentence of that topic stating a
// whole-year or whole-city figure.
func digestSpans(p *Paragraph) []Span {
	sents := FullSentences(p.Text)
	heads := map[int]bool{}
	for _, h := range runInHeadings(p) {
		heads[h.Start] = true
	}
	var out []Span
	join := func(from, to int) Span {
		return trimSpan(p.Text, Span{sents[from].Start, sents[to].End, sents[from].byteStart, sents[to].byteEnd})
	}
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
	out = append(out, join(0, first-1))
	for i := first; i < len(sents); {
		end := i + 1
		for end < len(sents) && !heads[trimSpan(p.Text, sents[end]).Start] {
			end++
		}
		// The heading and what follows it, up to the first figure.
		open := min(i+1, end-1)
		for open+1 < end && !holdsNumber(p.Text[sents[open].byteStart:sents[open].byteEnd]) {
			open++
		}
		if !holdsNumber(p.Text[sents[open].byteStart:sents[open].byteEnd]) {
			open = min(i+1, end-1)
		}
		out = append(out, join(i, open))
		for j := end - 1; j > open; j-- {
			s := trimSpan(p.Text, sents[j])
			if wholeScopeFigure.MatchString(p.Text[s.byteStart:s.byteEnd]) {
				out = append(out, s)
				break
			}
		}
		i = end
	}
	return out
}
