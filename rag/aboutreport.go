package rag

import (
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
	asksProblems
	asksSessionDay // the day the session opened or closed: sessionday.go
	asksBehalf     // on whose behalf it was given: its opening address
)

var (
	// reportWords name the report itself.
	reportWords = regexp.MustCompile(`政府工作报告|工作报告|本报告|报告|\b(?:government\s+)?(?:work\s+)?report\b|\bspeech\b|\baddress\b`)
	// deliveredCue asks when or at which meeting it was given.
	deliveredCue = regexp.MustCompile(`哪一?天|哪日|几号|几月几[日号]|什么时候|啥时候|何时|什么时间|啥时间|日期|时间|哪个会议?上?|什么会议?上?|啥会上?|哪次会议?上?|` +
		`\bwhen\b|\bwhat date\b|\bwhich date\b|\bwhat day\b|\bwhich day\b|\bdate\b|\bat which meeting\b|\bat what meeting\b|\bwhich meeting\b|\bwhat meeting\b|` +
		// A people's congress meets in sessions: "at which session" asks the meeting.
		`\bat (?:which|what) session\b|\b(?:which|what) session\b`)
	// outlineCue asks what it is made of or about, as a whole.
	outlineCue = regexp.MustCompile(`分为?几个?部分|几个部分|几大?块|哪几大?块|几个?章节|哪些章节|分成几个?部分|有几个?部分|(?:分为?|分成)?哪?[几两二三四五]大部分|哪几个?部分|哪些部分|几个板块|哪些板块|` +
		`主要内容|哪些内容|什么内容|啥内容|主要讲了?什么|主要讲了?啥|主要说了?什么|主要说了?啥|讲了?什么|讲了?啥|说了?什么|说了?啥|讲的是?什么|讲的是?啥|说的是?什么|说的是?啥|讲了哪些|说了哪些|` +
		`核心内容|核心要点|核心意思|概括|归纳|总结|概要|摘要|大纲|提纲|目录|结构|框架|梗概|要点|` +
		`\bsummari[sz]e\b|\bsummary\b|\boutline\b|\bstructure\b|\bhow many (?:parts|sections|chapters)\b|\bwhat (?:are )?(?:the |its )?(?:parts|sections|chapters)\b|\bwhat parts\b|\bwhich parts\b|\bwhat is (?:it|the report|this report) about\b|\bwhat does (?:it|the report|this report) (?:say|cover)\b|\bmain points\b|\bkey points\b`)
	// openingCue and closingCue ask how it opens or ends.
	openingCue = regexp.MustCompile(`开头|开篇|开场白?|开始部分|\bbegin(?:ning|s)?\b|\bopen(?:ing|s)?\b|\bstart(?:s)?\b`)
	// behalfCue asks on whose behalf it was given ("市长代表谁作的报告"): a
	// speaker says so as they open ("我代表盘锦市人民政府，向大会报告工作"),
	// so the opening address answers it, not the signature naming them.
	behalfCue  = regexp.MustCompile(`代表(?:的是)?(?:谁|哪个|哪一?家|什么|啥)(?:单位|机构|部门)?|\bon (?:whose|whom's) behalf\b|\bon behalf of (?:whom|who|which|what)\b`)
	closingCue = regexp.MustCompile(`结尾|结束语|结语|收尾|最后一段|最后|号召|\bends?\b|\bending\b|\bclos(?:e|es|ing)\b|\bconclu(?:de|des|sion)\b|\bcall\b`)
	// reportAskFiller are the words such a question holds besides the
	// report and its cue.
	// 得 typed for 的 after the verb, the commonest slip of the three de
	// (的得地): "哪天在什么会上做得" asks 做的. Before 做 alone, which would
	// match first and leave 得 a word asked.
	reportAskFiller = regexp.MustCompile(`作得|做得|讲得|念得|一共|总共|共计|总计|分成|分为|分|开会|开的会|谁|哪位|什么|啥|哪些|怎么|说|大家|干|这份|这篇|这个|这次|本次|今年的?|盘锦|市长|市|政府|内容|什么样|怎么样|怎样|如何|有|人代会上?|人大会上?|两会上?|在|是|的|了|都|一下|下|给我|帮我|请|麻烦|你|能|可以|简单|大概|主要|具体|作|做|讲|念|写|开|召开|宣读|发布|发表|作的|做的|` +
		// What a closing or opening line is: 结尾引的那句古话是啥来着, or
		// the verse it quotes called a poem (那句诗, 诗词).
		// What each part is called, after how many there are: "报告有几个部分，各叫什么".
		`各自?|叫|名称|名字|标题|` +
		// The meeting it was given at, unnamed: "几月几号在会上作的", "在大会上念的".
		`大会上|会议上|会上|` +
		`引用了?|引的|引了|[用那哪]?[一两二三四五六七八九十几]句话|[那哪]?[一两二三四五几]句|诗一样的?话?|口号|喊的?|整篇|全篇|(?:第一句|头一句|首句|最后一句|哪一?句|那一?句|一句)话?|古话|古诗|诗句|诗词|诗|名言|名句|老话|俗话|来着|` +
		`这|对吧|对不对|对吗|是不是|没错|吧|吗|嘛|呢|啊|呀|哦|[？?！!。，,、:：\s]`)
	// reportAskFillerEN are the English words of such a question.
	reportAskFillerEN = map[string]bool{"the": true, "this": true, "that": true, "was": true, "is": true, "it": true, "what": true, "about": true, "does": true, "do": true,
		"of": true, "on": true, "in": true, "at": true, "given": true, "delivered": true, "presented": true, "made": true, "read": true, "panjin": true, "government": true,
		"work": true, "please": true, "me": true, "a": true, "an": true, "give": true, "can": true, "could": true, "you": true, "has": true, "have": true, "into": true,
		"divided": true, "split": true, "there": true, "are": true, "its": true, "s": true, "briefly": true, "mayor": true, "municipal": true, "2025": true, "did": true, "say": true,
		"cover": true, "covers": true, "quote": true, "quotes": true, "lines": true, "verse": true, "classical": true, "very": true, "sections": true, "chapters": true, "held": true, "meeting": true, "session": true, "gave": true, "who": true, "wasnt": true, "wasn": true, "t": true, "isnt": true, "isn": true, "right": true, "correct": true, "true": true, "and": true, "which": true, "how": true, "many": true, "parts": true, "be": true, "for": true, "us": true, "tell": true, "report": true}
	// thanksLead is a clause of thanks opening a follow-up ("感谢解答。另外
	// 这份报告是哪天…作的", "辛苦了，再问一下…"): it asks nothing, and the
	// question is what follows.
	thanksLead = regexp.MustCompile(`^(?:谢谢|感谢|多谢|辛苦|麻烦)[^。！!？?，,]{0,8}[。！!？?，,]\s*`)
	// followOnLead is the word opening a follow-up (另外, 再问一下), read past
	// whether thanks came before it or were already dropped as small talk
	// (dropOpeners drops "谢谢，"): "另外这份报告是哪天作的" was declined.
	followOnLead = regexp.MustCompile(`^(?:另外|还有|再问一下|顺便问一下|顺便问下)[，,]?`)
	// speakerToo asks, beside when or where it was given, who gave it:
	// "哪天开会念的，谁念的".
	speakerToo = regexp.MustCompile(`谁|哪位|\bwho\b`)
	// otherEdition are words asking of another year's report than this one:
	// "去年的政府工作报告哪天作的".
	otherEdition = regexp.MustCompile(`去年|前年|明年|上一?年|上届|上一次|往年|历年|\blast year\b|\bprevious\b|\bnext year\b`)
	yearWritten  = regexp.MustCompile(`(?:19|20)[0-9]{2}`)
	// problemsCue asks what problems the report admits ("报告承认哪些问题",
	// "报告指出的短板"), answered by its whole paragraph of them, not by the
	// one clause retrieval meets first.
	problemsCue = regexp.MustCompile(`问题|不足|短板|毛病|困难|没整明白|没做好|\bproblems?\b|\bweakness(?:es)?\b|\bshortcomings?\b|\bchallenges?\b`)
	// problemsFiller are the other words such a question holds.
	problemsFiller = regexp.MustCompile(`眼下|目前|当前|现阶段|现在|对|和|与|承认|指出|存在|自己|自个儿|自身|概括|归纳|总结|列举|觉得|认为|还有?|哪些地方|地方|提到|提出|面临|正视|主要|哪几个?|几个|方面|` +
		`\band\b|\badmits?\b|\bidentif(?:y|ies|ied)\b|\backnowledges?d?\b|\bfaces?\b|\bsee\b|\bsees\b|\bmention(?:s|ed)?\b`)
	// yearProblemsFiller are the words, beside the report's and the
	// problems', of a question asking the reviewed year's problems without
	// naming the report: "去年发展中存在的问题", "What went wrong last year?".
	yearProblemsFiller = regexp.MustCompile(`去年|上年|过去一年|发展中|发展|经济|工作中|全市|咱们|我们|` +
		`\blast year\b|\bmain\b|\bmajor\b|\bkey\b|\bbiggest\b|\bwent wrong\b|\bgo wrong\b`)
	// yearProblemsCue is yearProblemsFiller's word of problems beyond
	// problemsCue: "What went wrong".
	yearProblemsCue = regexp.MustCompile(`\bwent wrong\b`)
	// planWords turn a question to the year ahead, whose problems the
	// review's paragraph does not give: "今年要解决哪些问题".
	planWords = []string{"今年", "本年", "明年", "目标", "计划", "2025", "this year", "next year", " will ", "plan"}
	// problemMarks are the words a paragraph of admitted problems is made of.
	problemMarks = regexp.MustCompile(`不足|不强|偏弱|不快|较弱|短板|困难|承压|不容忽视|阵痛|不及预期`)
)

// mayNameReport reports whether norm holds what every reportWords match
// holds, sparing the regexp on most questions.
func mayNameReport(norm string) bool {
	return strings.Contains(norm, "报告") || containsAny(norm, []string{"report", "speech", "address"})
}

// reportAsked reads what norm asks of the report rep itself; notOfReport
// when it asks of anything the report speaks of, or of another edition.
func reportAsked(norm string, rep *Report) reportAsk {
	norm = chineseDays(followOnLead.ReplaceAllString(thanksLead.ReplaceAllString(norm, ""), ""))
	if !mayNameReport(norm) || !reportWords.MatchString(norm) || otherEdition.MatchString(norm) {
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
	case dayPattern.MatchString(norm):
		// A day claimed is checked first: "1月9日作的报告讲了什么" is wrong
		// about the day before it asks anything.
		ask, rest = asksDelivered, deliveredCue.ReplaceAllString(rest, " ")
	case problemsCue.MatchString(rest):
		// Before the outline: "承认哪些问题，概括一下" asks the problems.
		ask, rest = asksProblems, problemsFiller.ReplaceAllString(problemsCue.ReplaceAllString(rest, " "), " ")
	case openingCue.MatchString(rest) && deliveredCue.MatchString(rest):
		// "报告开头写的是哪天、在什么会上做的": the dateline is what the
		// report opens with, so the day at its opening is the day given.
		ask, rest = asksDelivered, deliveredCue.ReplaceAllString(openingCue.ReplaceAllString(rest, " "), " ")
	case behalfCue.MatchString(rest):
		// "报告开头说市长代表谁": the opening is where it is said.
		ask, rest = asksBehalf, openingCue.ReplaceAllString(behalfCue.ReplaceAllString(rest, " "), " ")
	case openingCue.MatchString(rest):
		ask, rest = asksOpening, openingCue.ReplaceAllString(rest, " ")
	case closingCue.MatchString(rest):
		ask, rest = asksClosing, closingCue.ReplaceAllString(rest, " ")
	case outlineCue.MatchString(rest):
		ask, rest = asksOutline, outlineCue.ReplaceAllString(rest, " ")
	case deliveredCue.MatchString(rest):
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

// yearProblemsAsked reports whether norm asks the problems of the year the
// report reviews and nothing else ("用几句话概括去年发展中存在的问题",
// "What are Panjin's main problems?"): the review's paragraph of admitted
// problems answers it whole. A topic left ("消费和内需方面的问题") or a
// word of the year ahead leaves it to retrieval.
func yearProblemsAsked(norm string) bool {
	if containsAny(norm, planWords) || !problemsCue.MatchString(norm) && !yearProblemsCue.MatchString(norm) {
		return false
	}
	rest := yearProblemsCue.ReplaceAllString(problemsCue.ReplaceAllString(norm, " "), " ")
	rest = yearProblemsFiller.ReplaceAllString(problemsFiller.ReplaceAllString(rest, " "), " ")
	rest = reportAskFiller.ReplaceAllString(reportWords.ReplaceAllString(rest, " "), " ")
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool { return r == ' ' || r == '\'' || r == '-' }) {
		if !reportAskFillerEN[w] {
			return false
		}
	}
	return true
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

// ownReportAsked is the report a question asking of the city's own report
// is answered from (reportOf); nil for a lookup or a question of another
// place or period, which the report's own text does not answer.
func (e *Engine) ownReportAsked(d *Draft) *Report {
	grounding := d.Answer.Understood.Grounding
	if d.Lookup || grounding == GroundOtherPlace || grounding == GroundOtherPeriod || d.place != nil && d.place.Relation != PlaceOwn {
		return nil
	}
	return e.reportOf(d)
}

// reportOf is the report d is answered from: its scope, or the one report
// loaded; nil when several are loaded and none is scoped.
func (e *Engine) reportOf(d *Draft) *Report {
	if d.Scope == nil && len(e.ix.reports) == 1 {
		return e.ix.reports[0]
	}
	return d.Scope
}

// groundAboutReport answers a question about the report itself from its
// dateline or its headings, in place of what retrieval quoted.
func (e *Engine) groundAboutReport(d *Draft) {
	rep := e.ownReportAsked(d)
	if rep == nil {
		return
	}
	if e.structureAnswer(d, rep) {
		return
	}
	if ofOtherEdition(d.norm, rep) {
		if reportAsked(strings.Replace(d.norm, editionNamed.FindString(d.norm), "报告", 1), rep) != notOfReport {
			otherEditionAnswer(d.Answer, rep) // "2024年的政府工作报告是什么时候作的"
		}
		return
	}
	ask := reportAsked(d.norm, rep)
	if ask == notOfReport && yearProblemsAsked(d.norm) {
		ask = asksProblems
	}
	if ask == notOfReport {
		ask = sessionAsked(d.norm)
	}
	switch ask {
	case asksDelivered:
		e.datelineAnswer(d, rep)
	case asksSessionDay:
		e.sessionDayAnswer(d, rep)
	case asksOutline:
		e.outlineAnswer(d, rep)
	case asksProblems:
		quoteWhole(d.Answer, problemsParagraph(rep))
	case asksOpening, asksClosing:
		p := endParagraph(rep, ask == asksOpening)
		quoteWhole(d.Answer, p)
		if p != nil && verseAsked.MatchString(d.norm) && !holdsVerse(p.Text) {
			// "报告开头引了什么诗": the opening address quotes no line,
			// and its plain words are no verse.
			where, en := "开头", "opening"
			if ask == asksClosing {
				where, en = "结尾", "closing"
			}
			d.Answer.relatedOnly(GroundNotAnswered, "报告"+where+"没有引用诗句或古话。相关内容：",
				"The report's "+en+" quotes no verse or saying. Related text:")
		}
	case asksBehalf:
		e.behalfAnswer(d, rep)
	}
}

// wholeSpan is the whole of paragraph p, trimmed as quotes are.
func wholeSpan(p *Paragraph) Span {
	return trimSpan(p.Text, Span{0, utf8.RuneCountInString(p.Text), 0, len(p.Text)})
}

// quoteWhole makes ans the whole of paragraph p, quoted; nil leaves ans.
func quoteWhole(ans *Answer, p *Paragraph) {
	if p == nil {
		return
	}
	startStructureAnswer(ans).addQuote(citationFor(p, wholeSpan(p)))
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
	norm := chineseDays(d.norm) // "given on January 18, 2025": 2025年1月18日
	if claimed, ok := readDay(norm); ok {
		quote := []rune(c.Quote)
		if m := findAllRunes(dayPattern, quote); len(m) > 0 {
			if said, _ := readDay(string(quote[m[0].start:m[0].end])); !sameDay(claimed, said) || claimed.year != 0 && claimed.year != said.year {
				stated := dayPattern.FindString(norm)
				ans.Parts = []Part{citedCorrection(c, 0, m[0].start, m[0].end, stated, "报告日期")}
			}
		}
	}
	ans.Parts = append(ans.Parts, introPart(ans.Lang))
	ans.addQuote(c)
	if sig, ok := e.signatureFor(d); ok && speakerToo.MatchString(d.norm) {
		ans.addQuote(citationFor(sig.para, sig.span))
	}
}

// behalfAnswer quotes the opening address, where the speaker says on
// whose behalf they report; asked who as well ("Who delivered this
// report, and on behalf of whom?"), the signature follows it.
func (e *Engine) behalfAnswer(d *Draft, rep *Report) {
	p := endParagraph(rep, true)
	if p == nil {
		return
	}
	quoteWhole(d.Answer, p)
	if sig, ok := e.signatureFor(d); ok && speakerToo.MatchString(behalfCue.ReplaceAllString(d.norm, " ")) {
		d.Answer.addQuote(citationFor(sig.para, sig.span))
	}
}

// outlineAnswer lists the report's parts, each with its areas of work.
func (e *Engine) outlineAnswer(d *Draft, rep *Report) {
	heads := partHeads(rep)
	if len(heads) == 0 {
		return
	}
	e.headingsAnswer(d, heads)
}

// verseAsked asks a line the report quotes (a verse, a saying) rather
// than what its words are.
var verseAsked = regexp.MustCompile(`诗|古话|名言|名句|老话|俗话|引用|引的|引了|\bpoems?\b|\bverses?\b|\bquot(?:e|es|ed|ation)\b|\bsaying\b`)

// holdsVerse reports whether paragraph text quotes a line: a couplet,
// its lines parted by ；(遵道而行，但到半途须努力；会心不远，要登绝顶莫辞劳),
// or words in quotation marks. WHY: an address's plain sentences are no
// verse, so a question of the verse it quotes is not answered by them.
func holdsVerse(text string) bool {
	return strings.ContainsAny(text, "；;“”「」")
}

// minAddress is how long a body paragraph must be to open or close a
// report: the salutation (各位代表：) and the signature are shorter.
const minAddress = 20

// endParagraph is rep's opening address (its first body paragraph of no
// period, after the dateline) or its closing call (its last body
// paragraph).
func endParagraph(rep *Report, opening bool) *Paragraph {
	var out *Paragraph
	for i := range rep.Paragraphs {
		p := &rep.Paragraphs[i]
		if p.Kind != ParaBody || !p.Quotable() || utf8.RuneCountInString(p.Text) < minAddress {
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

// problemsParagraph is rep's paragraph of admitted problems: the review's
// paragraph naming the most shortcomings (项目储备不足，居民消费意愿不强…),
// if any names three or more.
func problemsParagraph(rep *Report) *Paragraph {
	var best *Paragraph
	most := 2
	for i := range rep.Paragraphs {
		p := &rep.Paragraphs[i]
		if !p.Quotable() || p.Period.Kind != PeriodResult {
			continue
		}
		if n := len(problemMarks.FindAllStringIndex(p.Text, -1)); n > most {
			best, most = p, n
		}
	}
	return best
}
