package rag

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Questions about the report as a document — the day and meeting it was
// given at ("报告哪天作的", "When was the report delivered?") or what it is
// made of ("报告分几部分", "给我概括一下这份报告") — are answered from its
// dateline and its headings. A body sentence that shares 报告 or 时间 is no
// answer to them, and declining them fails the people who ask them first.

// reportAsk is what a question asks of the report itself.
type reportAsk int

const (
	notOfReport reportAsk = iota
	asksDelivered
	asksOutline
	asksOpening
	asksClosing
)

var (
	// reportWords name the report itself.
	reportWords = regexp.MustCompile(`政府工作报告|工作报告|本报告|报告|\b(?:government\s+)?(?:work\s+)?report\b|\bspeech\b|\baddress\b`)
	// deliveredCue asks when or at which meeting it was given.
	deliveredCue = regexp.MustCompile(`哪一?天|哪日|几号|几月几[日号]|什么时候|啥时候|何时|什么时间|啥时间|日期|时间|哪个会议?上?|什么会议?上?|啥会上?|哪次会议?上?|` +
		`\bwhen\b|\bwhat date\b|\bwhich date\b|\bwhat day\b|\bwhich day\b|\bdate\b|\bat which meeting\b|\bat what meeting\b|\bwhich meeting\b|\bwhat meeting\b`)
	// outlineCue asks what it is made of or about, as a whole.
	outlineCue = regexp.MustCompile(`分为?几个?部分|分成几个?部分|有几个?部分|(?:分为?|分成)?几大部分|哪几个?部分|哪些部分|几个板块|哪些板块|` +
		`主要内容|哪些内容|什么内容|啥内容|主要讲了?什么|主要讲了?啥|主要说了?什么|主要说了?啥|讲了?什么|讲了?啥|说了?什么|说了?啥|讲的是?什么|讲的是?啥|说的是?什么|说的是?啥|讲了哪些|说了哪些|` +
		`概括|归纳|总结|概要|摘要|大纲|提纲|目录|结构|框架|梗概|要点|` +
		`\bsummari[sz]e\b|\bsummary\b|\boutline\b|\bstructure\b|\bhow many parts\b|\bwhat parts\b|\bwhich parts\b|\bwhat is (?:it|the report|this report) about\b|\bwhat does (?:it|the report|this report) (?:say|cover)\b|\bmain points\b|\bkey points\b`)
	// openingCue and closingCue ask how it opens or ends.
	openingCue = regexp.MustCompile(`开头|开篇|开场白?|开始部分|\bbegin(?:ning|s)?\b|\bopen(?:ing|s)?\b|\bstart(?:s)?\b`)
	closingCue = regexp.MustCompile(`结尾|结束语|结语|收尾|最后一段|最后|号召|\bends?\b|\bending\b|\bclos(?:e|es|ing)\b|\bconclu(?:de|des|sion)\b|\bcall\b`)
	// reportAskFiller are the words such a question holds besides the
	// report and its cue.
	reportAskFiller = regexp.MustCompile(`什么|啥|哪些|怎么|说|大家|干|这份|这篇|这个|这次|本次|今年的?|盘锦|市长|市|政府|内容|什么样|怎么样|怎样|如何|有|人代会上?|人大会上?|在|是|的|了|都|一下|下|给我|帮我|请|麻烦|你|能|可以|简单|大概|主要|具体|作|做|讲|念|开|召开|宣读|发布|发表|作的|做的|` +
		`对吧|对不对|对吗|是不是|没错|吧|吗|嘛|呢|啊|呀|哦|[？?！!。，,、:：\s]`)
	// reportAskFillerEN are the English words of such a question.
	reportAskFillerEN = map[string]bool{"the": true, "this": true, "that": true, "was": true, "is": true, "it": true, "what": true, "about": true, "does": true, "do": true,
		"of": true, "on": true, "in": true, "at": true, "given": true, "delivered": true, "presented": true, "made": true, "read": true, "panjin": true, "government": true,
		"work": true, "please": true, "me": true, "a": true, "an": true, "give": true, "can": true, "could": true, "you": true, "has": true, "have": true, "into": true,
		"divided": true, "split": true, "there": true, "are": true, "its": true, "s": true, "briefly": true, "mayor": true, "municipal": true, "2025": true, "did": true, "say": true,
		"cover": true, "held": true, "meeting": true, "which": true, "how": true, "many": true, "parts": true, "be": true, "for": true, "us": true, "tell": true, "report": true}
	// otherEdition are words asking of another year's report than this one:
	// "去年的政府工作报告哪天作的".
	otherEdition = regexp.MustCompile(`去年|前年|明年|上一?年|上届|上一次|往年|历年|\blast year\b|\bprevious\b|\bnext year\b`)
	yearWritten  = regexp.MustCompile(`(?:19|20)[0-9]{2}`)
)

// reportAsked reads what norm asks of the report rep itself; notOfReport
// when it asks of anything the report speaks of, or of another edition.
func reportAsked(norm string, rep *Report) reportAsk {
	if !reportWords.MatchString(norm) || otherEdition.MatchString(norm) {
		return notOfReport
	}
	undated := dayPattern.ReplaceAllString(norm, "")
	for _, y := range yearWritten.FindAllString(undated, -1) {
		if y != strconv.Itoa(rep.Meta.Year) {
			return notOfReport
		}
	}
	ask, rest := notOfReport, undated
	switch {
	case openingCue.MatchString(rest):
		ask, rest = asksOpening, openingCue.ReplaceAllString(rest, " ")
	case closingCue.MatchString(rest):
		ask, rest = asksClosing, closingCue.ReplaceAllString(rest, " ")
	case outlineCue.MatchString(rest):
		ask, rest = asksOutline, outlineCue.ReplaceAllString(rest, " ")
	case deliveredCue.MatchString(rest) || dayPattern.MatchString(norm):
		ask, rest = asksDelivered, deliveredCue.ReplaceAllString(rest, " ")
	default:
		return notOfReport
	}
	rest = reportAskFiller.ReplaceAllString(reportWords.ReplaceAllString(rest, " "), " ")
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool { return r == ' ' || r == '\'' || r == '-' }) {
		if !reportAskFillerEN[w] {
			return notOfReport // "报告里阜盘铁路什么时候通车" asks of the railway
		}
	}
	return ask
}

// dateline is rep's dateline: the paragraph near its top, of no period,
// that gives the day it was delivered.
func dateline(rep *Report) *Paragraph {
	for i := range rep.Paragraphs[:min(len(rep.Paragraphs), signatureDepth)] {
		p := &rep.Paragraphs[i]
		if p.Quotable() && p.Period.Kind == PeriodNone && dayPattern.MatchString(p.Text) {
			return p
		}
	}
	return nil
}

// groundAboutReport answers a question about the report itself from its
// dateline or its headings, in place of what retrieval quoted.
func (e *Engine) groundAboutReport(d *Draft) {
	grounding := d.Answer.Understood.Grounding
	if d.Lookup || grounding == GroundOtherPlace || grounding == GroundOtherPeriod || d.place != nil && d.place.Relation != PlaceOwn {
		return
	}
	rep := d.Scope
	if rep == nil && len(e.ix.reports) == 1 {
		rep = e.ix.reports[0]
	}
	if rep == nil {
		return
	}
	if n, part, ok := ordinalAsked(d.norm); ok {
		e.ordinalAnswer(d, rep, n, part)
		return
	}
	if sec := sectionNamed(d.norm, rep); sec != nil {
		ans := startStructureAnswer(d.Answer)
		ans.addQuote(citationFor(sec, trimSpan(sec.Text, Sentences(sec.Text)[0])))
		e.addChildren(ans, sec)
		return
	}
	switch ask := reportAsked(d.norm, rep); ask {
	case asksDelivered:
		e.datelineAnswer(d, rep)
	case asksOutline:
		e.outlineAnswer(d, rep)
	case asksOpening, asksClosing:
		if p := endParagraph(rep, ask == asksOpening); p != nil {
			ans := startStructureAnswer(d.Answer)
			ans.addQuote(citationFor(p, trimSpan(p.Text, Span{0, utf8.RuneCountInString(p.Text), 0, len(p.Text)})))
		}
	}
}

// datelineAnswer quotes the dateline; a claim of another day is corrected
// by the day it gives.
func (e *Engine) datelineAnswer(d *Draft, rep *Report) {
	p := dateline(rep)
	if p == nil {
		return
	}
	sp := trimSpan(p.Text, Sentences(p.Text)[0])
	c := citationFor(p, sp)
	ans := d.Answer
	ans.Found, ans.Figures, ans.Citations, ans.Parts = true, nil, []Citation{}, nil
	ans.Understood.Grounding = ""
	if claimed, ok := readDay(d.norm); ok {
		quote := []rune(c.Quote)
		if m := findAllRunes(dayPattern, quote); len(m) > 0 {
			if said, _ := readDay(string(quote[m[0].start:m[0].end])); !sameDay(claimed, said) || claimed.year != 0 && claimed.year != said.year {
				stated := dayPattern.FindString(d.norm)
				ans.Parts = []Part{citedCorrection(c, 0, m[0].start, m[0].end, stated, "报告日期")}
			}
		}
	}
	ans.Parts = append(ans.Parts, introPart(ans.Lang))
	ans.addQuote(c)
}

// outlineAnswer lists the report's parts, each with its areas of work.
func (e *Engine) outlineAnswer(d *Draft, rep *Report) {
	heads := partHeads(rep)
	if len(heads) == 0 {
		return
	}
	ans := startStructureAnswer(d.Answer)
	for _, h := range heads {
		ans.addQuote(citationFor(h, trimSpan(h.Text, Sentences(h.Text)[0])))
		e.addChildren(ans, h)
	}
}

// partHeads are rep's part headings: 一、2024年工作回顾, 二、2025年工作安排.
func partHeads(rep *Report) []*Paragraph {
	var heads []*Paragraph
	for i := range rep.Paragraphs {
		if p := &rep.Paragraphs[i]; p.Kind == ParaPart && p.Quotable() {
			heads = append(heads, p)
		}
	}
	return heads
}

// startStructureAnswer clears ans for an answer from the report's headings.
func startStructureAnswer(ans *Answer) *Answer {
	ans.Found, ans.Figures, ans.Citations = true, nil, []Citation{}
	ans.Understood.Grounding = ""
	ans.Parts = []Part{introPart(ans.Lang)}
	return ans
}

// addChildren lists node's areas of work (a part's sections, a section's
// topics), numbered, each citing its paragraph.
func (e *Engine) addChildren(ans *Answer, node *Paragraph) {
	children := e.children(node)
	if len(children) == 0 && node.Kind == ParaSection {
		// A review's area is one paragraph; its run-in headings (有效投资
		// 夯实支撑。) are what it holds.
		for i, sp := range runInHeadings(node) {
			if i == maxListItems {
				break
			}
			c := citationFor(node, sp)
			ans.Citations = append(ans.Citations, c)
			ans.Parts = append(ans.Parts, Part{Type: PartItem, Text: c.Quote, Number: i + 1, Citations: []int{len(ans.Citations) - 1}})
		}
		return
	}
	for i, p := range children {
		if i == maxListItems {
			break
		}
		title := p.Lead
		if p.Kind == ParaSection {
			title = p.Section
		}
		ans.Citations = append(ans.Citations, Citation{Report: p.Report, Paragraph: p.N, Section: p.Path(), Period: p.Period,
			Quote: title, Start: 0, End: len([]rune(title))})
		ans.Parts = append(ans.Parts, Part{Type: PartItem, Text: title, Number: i + 1, Citations: []int{len(ans.Citations) - 1}})
	}
}

// ordinalAnswer answers for the n-th part, or the n-th area of work of
// the part the question's period names (of each part when it names
// none): its heading, then what it lists.
func (e *Engine) ordinalAnswer(d *Draft, rep *Report, n int, part bool) {
	heads := partHeads(rep)
	if part {
		if len(heads) == 0 {
			return
		}
		if n > len(heads) {
			e.outlineAnswer(d, rep)
			d.Answer.relatedKeeping(isStructurePart, GroundNotAnswered, fmt.Sprintf("报告只有%d个部分，没有第%d部分。报告的结构是：", len(heads), n),
				fmt.Sprintf("The report has %d parts, not %d. Its outline:", len(heads), n))
			return
		}
		ans := startStructureAnswer(d.Answer)
		h := heads[n-1]
		ans.addQuote(citationFor(h, trimSpan(h.Text, Sentences(h.Text)[0])))
		e.addChildren(ans, h)
		return
	}
	var areas []*Paragraph
	for _, h := range heads {
		if kind := ordinalPeriod(d.norm, rep); kind != PeriodNone && h.Period.Kind != kind {
			continue
		}
		if sections := e.children(h); n <= len(sections) {
			areas = append(areas, sections[n-1])
		}
	}
	if len(areas) == 0 {
		if len(heads) > 0 {
			e.outlineAnswer(d, rep)
			d.Answer.relatedKeeping(isStructurePart, GroundNotAnswered, fmt.Sprintf("报告没有第%d个方面的工作。报告的结构是：", n),
				fmt.Sprintf("The report has no area of work numbered %d. Its outline:", n))
		}
		return
	}
	ans := startStructureAnswer(d.Answer)
	for _, a := range areas {
		ans.addQuote(citationFor(a, trimSpan(a.Text, Sentences(a.Text)[0])))
		e.addChildren(ans, a)
	}
}

// isStructurePart keeps a heading's quote and the items listed under it.
func isStructurePart(p Part) bool { return p.Type == PartQuote || p.Type == PartItem }

// ordinalPeriod is the part a question of an area of work names: the
// review (去年, 回顾, its year) or the plan (今年, 安排, its year); none
// when it names neither.
func ordinalPeriod(norm string, rep *Report) PeriodKind {
	review := strconv.Itoa(rep.Meta.ReviewYear) + "年"
	plan := strconv.Itoa(rep.Meta.Year) + "年"
	switch {
	case containsAny(norm, []string{"去年", "回顾", review}):
		return PeriodResult
	case containsAny(norm, []string{"今年", "安排", plan}):
		return PeriodPlan
	}
	return PeriodNone
}

// ordinalCue asks for the N-th part or area of work: "第二部分讲什么",
// "今年工作安排第五个方面是什么", "回顾部分第五条".
var ordinalCue = regexp.MustCompile(`第([一二三四五六七八九十]{1,2}|[1-9])(?:个|大|项)?(部分|方面|条|块|板块|点|项)`)

// ordinalFiller are the words such a question holds besides its cue and
// its period.
var ordinalFiller = regexp.MustCompile(`报告|政府工作|[一二三四五六七八九十两]+(?:项|个方面|大|个)(?:工作|任务|方面)?|工作安排|安排|工作回顾|回顾|部分|工作|部署|任务|成绩|标题|题目|名字|叫|讲的?|说的?|写的?|是|了|的|什么|啥|哪些|内容|主要|重点|去年|今年|明年|[0-9]{4}年|` +
	`里|中|[？?！!。，,、:：\s]|吗|呢|呀|啊`)

// ordinalAsked reads the ordinal a question asks for and whether it asks
// for a part (部分) rather than an area of work; ok false when it asks
// more than that ("第五次经济普查": no cue; "第二部分的GDP目标": more).
func ordinalAsked(norm string) (n int, part, ok bool) {
	m := ordinalCue.FindStringSubmatch(norm)
	if m == nil || strings.TrimSpace(ordinalFiller.ReplaceAllString(strings.Replace(norm, m[0], "", 1), "")) != "" {
		return 0, false, false
	}
	n = hanOrdinal(m[1])
	return n, m[2] == "部分", n > 0
}

// hanOrdinal reads 1–99 written in digits or characters; 0 when neither.
func hanOrdinal(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	digit := func(r rune) int { return strings.IndexRune("零一二三四五六七八九", r) / 3 }
	rs := []rune(s)
	switch {
	case len(rs) == 1 && rs[0] == '十':
		return 10
	case len(rs) == 1:
		return digit(rs[0])
	case rs[0] == '十':
		return 10 + digit(rs[1])
	case rs[1] == '十':
		return digit(rs[0]) * 10
	}
	return 0
}

// sectionAsk asks what an area of work holds: "狠抓有效需求讲了什么",
// "精准施策稳增长主要内容".
var sectionAsk = regexp.MustCompile(`(?:主要|都|具体)?(?:讲了?|说了?|写了?|包括|包含|有)(?:什么|啥|哪些|哪几[个项条方面]*)(?:内容|方面|工作|事)?|(?:的|主要)?内容(?:是什么|有哪些|是啥)?`)

// minSectionName is how much of a section's title a question must name.
const minSectionName = 4

// sectionNamed is the section whose title a question names and asks what
// it holds, and nothing else; nil when none.
func sectionNamed(norm string, rep *Report) *Paragraph {
	loc := sectionAsk.FindStringIndex(norm)
	if loc == nil {
		return nil
	}
	name := strings.TrimSpace(ordinalFiller.ReplaceAllString(norm[:loc[0]]+" "+norm[loc[1]:], ""))
	if utf8.RuneCountInString(name) < minSectionName {
		return nil
	}
	for i := range rep.Paragraphs {
		p := &rep.Paragraphs[i]
		if p.Kind == ParaSection && p.Quotable() && strings.Contains(Normalize(p.Section), name) {
			return p
		}
	}
	return nil
}

// maxRunInHeading is how long a sentence of a section's paragraph may be
// and still head what follows it.
const maxRunInHeading = 12

// runInHeadings are the spans of a section paragraph's run-in headings:
// after its title, the short sentences with no figure that open a topic
// ("有效投资夯实支撑。"), without their stop.
func runInHeadings(p *Paragraph) []Span {
	var out []Span
	for i, sp := range Sentences(p.Text) {
		sp = trimSpan(p.Text, sp)
		text := strings.TrimRight(p.Text[sp.byteStart:sp.byteEnd], "。")
		n := utf8.RuneCountInString(text)
		if i == 0 || n < 4 || n > maxRunInHeading || strings.ContainsAny(text, "0123456789，、；：“”") {
			continue
		}
		sp.End = sp.Start + n
		sp.byteEnd = sp.byteStart + len(text)
		out = append(out, sp)
	}
	return out
}

// endParagraph is rep's opening address (its first body paragraph of no
// period, after the dateline) or its closing call (its last body
// paragraph).
func endParagraph(rep *Report, opening bool) *Paragraph {
	var out *Paragraph
	for i := range rep.Paragraphs {
		p := &rep.Paragraphs[i]
		if p.Kind != ParaBody || !p.Quotable() || utf8.RuneCountInString(p.Text) < 20 {
			continue
		}
		if opening {
			if p.Period.Kind == PeriodNone && !dayPattern.MatchString(p.Text) {
				return p
			}
			continue
		}
		out = p
	}
	return out
}
