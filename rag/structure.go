package rag

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The report's headings answer questions about its layout: the n-th part
// ("报告第二部分讲什么"), the n-th area of work of a year ("今年工作安排第五个
// 方面是什么", "回顾部分第五条", "第二部分第三个方面"), an area named by its
// title ("狠抓有效需求讲了什么"). Sentences sharing 第二 or 部分 (全省第二,
// 部分企业) are no answer to them.

var (
	// ordinalCue asks for the n-th part (部分) or area of work.
	ordinalCue = regexp.MustCompile(`第([一二三四五六七八九十]{1,3}|[0-9]{1,2})(个|大|项)?(部分|方面|条|块|板块|点|项)`)
	// structureFiller are the words such a question holds besides its cue
	// and its period.
	// Which year a part is of (哪一年的工作安排) its heading answers too,
	// and a year or a count typed short in digits (25年八项工作, 8项工作)
	// is the same filler as one written out; 哈 is a chat particle like 啊.
	structureFiller = regexp.MustCompile(`来(?:讲|说|写|谈)|报告|政府工作|(?:[一二三四五六七八九十两]+|[0-9]{1,2})(?:项|个方面|大|个)(?:工作|任务|方面)?|工作安排|安排|工作回顾|回顾|部分|工作|部署|任务|成绩|标题|题目|名字|叫|` +
		`讲的?|说的?|写的?|是|了|的|什么|啥|哪些|哪一?年|哪个年度|内容|主要|重点|去年|今年|明年|[0-9]{4}年|[0-9]{2}年|里|中|[？?！!。，,、:：\s]|呢|呀|啊|哈`)
	// editionNamed names a report by its year: "去年的报告", "2024年政府工作报告".
	editionNamed = regexp.MustCompile(`(去年|前年|明年|上一?年|往年|上届|上一次|今年|本届|(?:19|20)[0-9]{2}年)的?(?:市)?(?:政府)?(?:工作)?报告`)
	// headingClaimEnds close a claim of what a heading holds: "第一部分是
	// 工作安排吗", "第三个方面是狠抓开放带动吧" (claimSuffix).
	headingClaimEnds = []string{"吗", "吧", "嘛", "对吧", "对不对", "对吗", "是不是", "没错"}
	// claimFiller are a claim's words beside what it says a heading holds.
	claimFiller = regexp.MustCompile(`报告|是|讲|说|写|的|了|主要|关于|今年|去年|[0-9]{4}年|部分|[，,\s]`)
	// sectionAsk asks what an area of work holds: "狠抓有效需求讲了什么",
	// "精准施策稳增长主要内容".
	sectionAsk = regexp.MustCompile(`(?:主要|都|具体)?(?:讲了?|说了?|写了?|包括|包含)(?:什么|啥|哪些|哪几[个项条方面]*)(?:内容|方面|工作|事)?|(?:的|主要)内容(?:是什么|有哪些|是啥)?$`)
)

// ordinal is what a question asks by number: the area (0: the whole
// part) of the part (0: of the part its period names, or of each).
type ordinal struct{ part, area int }

// ordinalAsked reads the ordinals norm asks for, ok false when it asks
// more than that ("第五次经济普查": no cue; "第二部分的GDP目标": more). A
// claim of what it holds ("第二部分讲今年工作安排吗") gives claim, the words
// its heading must hold to bear it out.
func ordinalAsked(norm string) (o ordinal, claim string, ok bool) {
	if !strings.Contains(norm, "第") {
		return englishOrdinalAsked(norm)
	}
	ms := ordinalCue.FindAllStringSubmatch(norm, 2)
	if ms == nil {
		return ordinal{}, "", false
	}
	rest := norm
	for _, m := range ms {
		rest = strings.Replace(rest, m[0], "", 1)
	}
	if at := claimSuffix(rest, headingClaimEnds); at >= 0 {
		rest = rest[:at]
		claim = strings.TrimSpace(claimFiller.ReplaceAllString(rest, ""))
		if claim == "" {
			return ordinal{}, "", false
		}
	}
	if strings.TrimSpace(structureFiller.ReplaceAllString(rest, "")) != "" {
		return ordinal{}, "", false
	}
	for _, m := range ms {
		n := cardinal(m[1])
		// "第二大块" is the chat word for a part, as 部分 is.
		isPart := m[3] == "部分" || m[2] == "大" && m[3] == "块"
		switch {
		case n <= 0:
			return ordinal{}, "", false
		case isPart && o.part == 0 && o.area == 0:
			o.part = n
		case !isPart && o.area == 0:
			o.area = n
		default:
			return ordinal{}, "", false // "第一方面第二部分": not a heading's path
		}
	}
	return o, claim, true
}

// cardinal reads a number written in digits or characters; 0 when neither.
func cardinal(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	if f, ok := ParseChineseNumber(s); ok {
		return int(f)
	}
	return 0
}

// ofOtherEdition reports whether norm names another year's report than
// rep ("去年的报告第二部分"): its headings are not rep's.
func ofOtherEdition(norm string, rep *Report) bool {
	if !strings.Contains(norm, "报告") {
		return false // the regexp is spared nearly every question
	}
	for _, m := range editionNamed.FindAllStringSubmatch(norm, -1) {
		if w := m[1]; w != "今年" && w != "本届" && w != strconv.Itoa(rep.Meta.Year)+"年" {
			return true
		}
	}
	return false
}

// titlesOf is every section's title and every topic's lead phrase of the
// reports, normalized, by paragraph: looked for in nearly every question,
// and normalized once.
func titlesOf(reports []*Report) map[*Paragraph]string {
	out := map[*Paragraph]string{}
	for _, r := range reports {
		for i := range r.Paragraphs {
			switch p := &r.Paragraphs[i]; {
			case p.Kind == ParaSection:
				out[p] = Normalize(p.Section)
			case p.Kind == ParaBody && p.Lead != "":
				out[p] = Normalize(p.Lead)
			}
		}
	}
	return out
}

// structureAnswer answers d from rep's headings when it asks for a part
// or area by number or names an area's title; false when it asks neither.
func (e *Engine) structureAnswer(d *Draft, rep *Report) bool {
	o, claim, ordinalOK := ordinalAsked(d.norm)
	if ofOtherEdition(d.norm, rep) {
		if ordinalOK || e.sectionNamed(d.norm, rep) != nil {
			otherEditionAnswer(d.Answer, rep)
			return true
		}
		return false
	}
	if ordinalOK {
		return e.ordinalAnswer(d, rep, o, claim)
	}
	if sec := e.sectionNamed(d.norm, rep); sec != nil {
		if topics := e.children(sec); len(topics) >= 2 {
			// "狠抓有效需求讲了什么": an area of the plan, asked what it
			// holds — what each of its topics sets out to do.
			e.areaTopics(startStructureAnswer(d.Answer), sec, topics)
			return true
		}
		e.headingsAnswer(d, []*Paragraph{sec})
		return true
	}
	if head := partNamed(d.norm, rep); head != nil {
		e.headingsAnswer(d, []*Paragraph{head})
		return true
	}
	if lead := e.ix.leadNamed(d.norm, rep); lead != nil {
		leadAnswer(d, lead)
		return true
	}
	return false
}

// otherEditionAnswer declines a question about another year's report:
// rep's headings and dateline are not its.
func otherEditionAnswer(ans *Answer, rep *Report) {
	ans.Found, ans.Figures, ans.Citations = false, nil, []Citation{}
	ans.Understood.Grounding = GroundOtherPeriod
	text := fmt.Sprintf("这里只有%s，没有其他年份的报告。", rep.Meta.Title)
	if ans.Lang == "en" {
		text = fmt.Sprintf("Only the %d report (%s) is here, no other year's.", rep.Meta.Year, rep.Meta.Title)
	}
	ans.Parts = []Part{TextPart(RoleNotFound, text)}
}

// ordinalAnswer answers for the n-th part, or the n-th area of work of
// the part asked (by number or by the question's period; of each part
// when neither): its heading, then what it lists. A number the report
// has no heading for is declined with the outline. A claim is answered
// only when the heading bears it out; false leaves it to the claim checks.
func (e *Engine) ordinalAnswer(d *Draft, rep *Report, o ordinal, claim string) bool {
	heads := partHeads(rep)
	if len(heads) == 0 {
		return false
	}
	asArea := false
	if o.area == 0 && o.part > len(heads) {
		// "今年工作安排第八部分": a report of two parts has no eighth, so
		// the eighth part said is the eighth area of work, when there is
		// one — answered as such, saying so.
		if areas := e.areasNumbered(d.norm, rep, heads, ordinal{area: o.part}); len(areas) > 0 {
			o, asArea = ordinal{area: o.part}, true
		}
	}
	var nodes []*Paragraph
	switch {
	case o.part > len(heads):
	case o.area == 0:
		nodes = heads[o.part-1 : o.part]
	default:
		nodes = e.areasNumbered(d.norm, rep, heads, o)
	}
	if claim != "" && !slices.ContainsFunc(nodes, func(p *Paragraph) bool { return strings.Contains(Normalize(p.Text), claim) }) {
		return false
	}
	if len(nodes) == 0 {
		e.outlineAnswer(d, rep)
		zh := fmt.Sprintf("报告没有第%d个方面的工作。报告的结构是：", o.area)
		en := fmt.Sprintf("The report has no area of work numbered %d. Its outline:", o.area)
		if o.area == 0 || o.part > len(heads) {
			zh = fmt.Sprintf("报告分为%d个部分，没有第%d部分。报告的结构是：", len(heads), o.part)
			en = fmt.Sprintf("The report has %d parts, not %d. Its outline:", len(heads), o.part)
		}
		d.Answer.relatedKeeping(isStructurePart, GroundNotAnswered, zh, en)
		return true
	}
	e.headingsAnswer(d, nodes)
	if asArea {
		notice := fmt.Sprintf("报告分为%d个部分；第%d个方面的工作是：", len(heads), o.area)
		if d.Answer.Lang == "en" {
			notice = fmt.Sprintf("The report has %d parts; its area of work numbered %d is:", len(heads), o.area)
		}
		d.Answer.Parts = append([]Part{TextPart(RoleNotice, notice)}, d.Answer.Parts...)
	}
	return true
}

// headingsAnswer makes d's answer the headings nodes, in order: each
// quoted, then what it lists (addChildren).
func (e *Engine) headingsAnswer(d *Draft, nodes []*Paragraph) {
	ans := startStructureAnswer(d.Answer)
	for _, n := range nodes {
		ans.addQuote(citationFor(n, trimSpan(n.Text, Sentences(n.Text)[0])))
		e.addChildren(ans, n)
	}
}

// areasNumbered are the o.area-th sections of the parts o and norm name.
func (e *Engine) areasNumbered(norm string, rep *Report, heads []*Paragraph, o ordinal) []*Paragraph {
	kind := ordinalPeriod(norm, rep)
	var areas []*Paragraph
	for i, h := range heads {
		if o.part != 0 && i != o.part-1 || o.part == 0 && kind != PeriodNone && h.Period.Kind != kind {
			continue
		}
		if sections := e.children(h); o.area <= len(sections) {
			areas = append(areas, sections[o.area-1])
		}
	}
	return areas
}

// ordinalPeriod is the part a question of an area of work names: the
// review (去年, 回顾, its year) or the plan (今年, 安排, its year); none
// when it names neither.
func ordinalPeriod(norm string, rep *Report) PeriodKind {
	review := strconv.Itoa(rep.Meta.ReviewYear) + "年"
	plan := strconv.Itoa(rep.Meta.Year) + "年"
	// a year typed by its last two digits (25年八项工作) names it too;
	// in 2025年 the short form is the same year's
	shortReview := strconv.Itoa(rep.Meta.ReviewYear%100) + "年"
	shortPlan := strconv.Itoa(rep.Meta.Year%100) + "年"
	switch {
	case containsAny(norm, []string{"去年", "回顾", review, shortReview}):
		return PeriodResult
	case containsAny(norm, []string{"今年", "安排", plan, shortPlan}):
		return PeriodPlan
	}
	return PeriodNone
}

// minSectionName is how much of a section's title a question must name:
// two-character words (发展, 民生) head several sections and name none.
const minSectionName = 4

// sectionNamed is the one section, of the part the question's period
// names, whose title the question names while asking what it holds and
// nothing else; nil when none or several ("绿色发展讲了什么" names a
// review's and a plan's section alike).
func (e *Engine) sectionNamed(norm string, rep *Report) *Paragraph {
	loc := sectionAsk.FindStringIndex(norm)
	if loc == nil || claimSuffix(norm, headingClaimEnds) >= 0 {
		return nil
	}
	name := strings.TrimSpace(structureFiller.ReplaceAllString(norm[:loc[0]]+" "+norm[loc[1]:], ""))
	if utf8.RuneCountInString(name) < minSectionName {
		return nil
	}
	return e.ix.titledOnce(rep, ParaSection, ordinalPeriod(norm, rep), func(title string) bool { return strings.Contains(title, name) })
}

// titledOnce is the one quotable paragraph of rep of kind want (a section,
// or a body paragraph opening with a lead), in the part of period (any
// when PeriodNone), whose normalized title (titlesOf) match accepts; nil
// when none or several: a title two parts share names neither.
func (ix *Index) titledOnce(rep *Report, want ParaKind, period PeriodKind, match func(title string) bool) *Paragraph {
	var found *Paragraph
	for i := range rep.Paragraphs {
		p := &rep.Paragraphs[i]
		title, ok := ix.titles[p]
		if !ok || p.Kind != want || !p.Quotable() || period != PeriodNone && p.Period.Kind != period || !match(title) {
			continue
		}
		if found != nil {
			return nil
		}
		found = p
	}
	return found
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

// isStructurePart keeps a heading's quote and the items listed under it.
func isStructurePart(p Part) bool { return p.Type == PartQuote || p.Type == PartItem }

// addChildren lists node's areas of work (a part's sections, a section's
// topics), numbered, each citing its paragraph; a review's section, one
// paragraph, lists its run-in headings (有效投资夯实支撑。).
func (e *Engine) addChildren(ans *Answer, node *Paragraph) {
	children := e.children(node)
	if len(children) == 0 && node.Kind == ParaSection {
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
			Quote: title, Start: 0, End: utf8.RuneCountInString(title)})
		ans.Parts = append(ans.Parts, Part{Type: PartItem, Text: title, Number: i + 1, Citations: []int{len(ans.Citations) - 1}})
	}
}

// maxRunInHeading is how long a run-in heading of a review's section may
// be: they are eight characters (消费市场加快回暖), and a longer short
// sentence states a result.
const maxRunInHeading = 12

// runInHeadings are the spans, without their stop, of a section
// paragraph's run-in headings: after its title, the lead sentences
// (isLeadSentence) that state no result — no number, no 至/达 of a level
// reached (智慧城市水平上升至四星级 is a result, not a heading).
func runInHeadings(p *Paragraph) []Span {
	var out []Span
	for i, sp := range Sentences(p.Text) {
		sp = trimSpan(p.Text, sp)
		sent := p.Text[sp.byteStart:sp.byteEnd]
		if i == 0 || !isLeadSentence(sent, maxRunInHeading+1) || strings.ContainsAny(sent, "0123456789至达为“") {
			continue
		}
		text := strings.TrimSuffix(sent, "。")
		sp.End = sp.Start + utf8.RuneCountInString(text)
		sp.byteEnd = sp.byteStart + len(text)
		out = append(out, sp)
	}
	return out
}

var (
	// ordinalCueEN asks for the n-th part or area in English: "the second
	// part of the report".
	ordinalCueEN   = regexp.MustCompile(`\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(part|section|chapter|area)\b`)
	ordinalWordsEN = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
	// structureFillerEN are an English ordinal question's other words.
	structureFillerEN = map[string]bool{"what": true, "does": true, "do": true, "is": true, "the": true, "of": true, "this": true, "report": true, "work": true,
		"government": true, "cover": true, "covers": true, "say": true, "says": true, "about": true, "in": true, "s": true, "tell": true, "me": true, "its": true, "it": true,
		"summarize": true, "summarise": true, "summary": true, "outline": true}
)

// englishOrdinalAsked reads "What does the second part of the report
// cover?" as ordinalAsked reads 第二部分讲什么: a part, section or chapter
// is a part (a number past the report's parts falls to its areas, as in
// ordinalAnswer); an area is an area. Any other word asks more.
func englishOrdinalAsked(norm string) (ordinal, string, bool) {
	if !containsAny(norm, []string{"part", "section", "chapter", "area"}) {
		return ordinal{}, "", false // the regexp is spared nearly every question
	}
	m := ordinalCueEN.FindStringSubmatchIndex(norm)
	if m == nil {
		return ordinal{}, "", false
	}
	rest := norm[:m[0]] + " " + norm[m[1]:]
	if strings.ContainsFunc(rest, func(r rune) bool { return r >= '0' && r <= '9' }) {
		return ordinal{}, "", false // a year (the first area in 2025) picks a part the ordinal alone does not
	}
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool { return r < 'a' || r > 'z' }) {
		if !structureFillerEN[w] {
			return ordinal{}, "", false
		}
	}
	n := ordinalWordsEN[norm[m[2]:m[3]]]
	if norm[m[4]:m[5]] == "area" {
		return ordinal{area: n}, "", true
	}
	return ordinal{part: n}, "", true
}

var (
	// partAreasCue asks what areas a part is made of: "回顾部分分了哪几块".
	partAreasCue = regexp.MustCompile(`哪几[块个项条]|几[块个项条]|几个?方面|哪几个?方面|哪些方面|哪些板块|几个?板块|哪几部分|包括哪些|分为?|分成|分了`)
	// partNames name a part by its title: 工作回顾, 工作安排.
	partNames = []string{"回顾", "工作安排"}
)

// partNamed is the part heading a question names by its title while
// asking only what areas it holds ("去年工作回顾部分分了哪几块"); nil when
// it names none or asks more ("回顾部分的gdp增速"), or states how many
// (分了七个方面, a claim the count's correction answers).
func partNamed(norm string, rep *Report) *Paragraph {
	if !containsAny(norm, partNames) || !partAreasCue.MatchString(norm) || areaCountStated(norm) != "" {
		return nil
	}
	// 部分 goes first: its 分 is no 分为.
	rest := partAreasCue.ReplaceAllString(structureFiller.ReplaceAllString(norm, ""), "")
	if strings.TrimSpace(rest) != "" {
		return nil
	}
	kind := ordinalPeriod(norm, rep)
	for _, h := range partHeads(rep) {
		if h.Period.Kind == kind {
			return h
		}
	}
	return nil
}
