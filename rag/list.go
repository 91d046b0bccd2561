package rag

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// listAnswer answers "which areas / what tasks" from the report's structure:
// the sections of a part, or the topics of a section. It reports false when
// the retrieved paragraphs are not a structural node.
func (e *Engine) listAnswer(ans *Answer, a analysis, hits []Hit) bool {
	if strings.Contains(a.norm, "目标") || strings.Contains(a.norm, "指标") {
		return false // the targets are one paragraph's sentence, not a structure
	}
	top := hits[:min(len(hits), 1)] // a structure further down is not what was asked
	if a.asksAreas() {
		if head := e.partHead(a, hits); head != nil {
			top = []Hit{{Paragraph: head}}
		}
	}
	for _, h := range top {
		node := h.Paragraph
		if node.Kind == ParaBody && node.Lead != "" {
			head := e.sectionHead(node)
			if head == nil || !a.asksAreas() && (!e.namesItems(a, head, node) || e.writesAskedPhrase(a, node)) {
				// "今年坐公交有哪些新举措": the items are in this paragraph's
				// sentences, not the topics of its section.
				continue
			}
			node = head
		}
		if node == nil {
			continue
		}
		h.Paragraph = node
		items := e.children(h.Paragraph)
		if len(items) < 2 {
			continue
		}
		ans.Found = true
		ans.Parts = append(ans.Parts, introPart(a.lang))
		if node.Kind == ParaSection {
			// An area of the plan: its aims whole, and under each topic's
			// lead what it sets out to do (e.topicGist), not its lead alone.
			e.areaTopics(ans, node, items)
			return true
		}
		ans.addQuote(citationFor(h.Paragraph, trimSpan(h.Paragraph.Text, Sentences(h.Paragraph.Text)[0])))
		e.addChildren(ans, h.Paragraph)
		return true
	}
	return false
}

// areaTopics lists a plan area's topics into ans: the area's paragraph
// whole (its title and aims), then each topic's lead, numbered, with its
// gist quoted under it.
func (e *Engine) areaTopics(ans *Answer, area *Paragraph, topics []*Paragraph) {
	ans.addQuote(citationFor(area, wholeSpan(area)))
	for i, k := range topics {
		if i == maxListItems {
			break
		}
		ans.Citations = append(ans.Citations, Citation{Report: k.Report, Paragraph: k.N, Section: k.Path(), Period: k.Period,
			Quote: k.Lead, Start: 0, End: utf8.RuneCountInString(k.Lead)})
		ans.Parts = append(ans.Parts, Part{Type: PartItem, Text: k.Lead, Number: i + 1, Citations: []int{len(ans.Citations) - 1}})
		for _, sp := range e.topicGist(k) {
			ans.addQuote(citationFor(k, sp))
		}
	}
}

// namesItems reports whether the question asks for the topics of section
// head rather than for what paragraph node says: a word of the question
// stands in the lead phrases of at least two and half of the topics
// ("哪几个“大”": 建设大通道, 打造大平台…; "哪些专项行动": …提升行动,
// …发展行动), and node's own lead has no other word of the question
// ("新兴产业和未来产业上推进哪些项目" names node's topic: its items are
// inside it).
func (e *Engine) namesItems(a analysis, head, node *Paragraph) bool {
	items := e.children(head)
	leads := make([]string, len(items))
	for i, p := range items {
		leads[i] = Normalize(p.Lead)
	}
	own := Normalize(node.Lead)
	// A word of the section's own title names the section, wherever else
	// it stands: "改革方面要实施哪几个行动" asks the actions of 狠抓改革破题,
	// though one of them is 国有企业改革深化提升行动.
	title := Normalize(head.Section)
	shared := false
	for t, w := range a.terms {
		if w < 1 {
			continue // a lexicon expansion, not the question's word
		}
		n := 0
		for _, l := range leads {
			if strings.Contains(l, t) {
				n++
			}
		}
		switch {
		case n >= 2 && 2*n >= len(items):
			shared = true
		case strings.Contains(own, t) && !strings.Contains(title, t):
			return false
		}
	}
	return shared
}

// areaCues ask for the areas of work of a whole part.
var areaCues = []string{"几个方面", "哪些方面", "哪几方面", "几件大事", "八件大事", "哪些大事", "哪几件事", "几摊子", "哪几摊", "哪八", "八个方面", "哪些领域", "几个领域", "重点任务", "主要任务", "重点工作", "工作重点", "main tasks", "key tasks", "priorities", "which areas", "key areas", "areas of work", "main areas"}

// statedAreaCount states how many areas of work a part has ("今年要抓六个
// 方面？", "回顾分了七个方面"): whether right or not, the areas answer it.
var statedAreaCount = regexp.MustCompile(`[0-9一二三四五六七八九十两]+(?:个|大)方面|[0-9一二三四五六七八九十两]+件大事`)

// wholePartWork ask what work is to be done, or which things to do; with
// no topic of their own ("今年政府要干哪些事") the part's areas of work
// answer. 哪些事 alone is no such ask: "政府觉得哪些事还没弄明白".
var wholePartWork = []string{"哪些工作", "什么工作", "干哪些事", "做哪些事", "办哪些事", "抓哪些事", "干什么事", "做什么事", "干啥事", "做啥事"}

// asksAreas reports whether a question asks for a part's areas of work:
// an area cue, or "哪些工作" with no topic of its own ("今年政府要做哪些工作",
// not "湿地保护上干了哪些工作").
func (a analysis) asksAreas() bool {
	if containsAny(a.norm, notAreasAsked) && !firstOfCounted.MatchString(a.norm) {
		return false
	}
	return (containsAny(a.norm, areaCues) || areaCountStated(a.norm) != "") && !a.areasScoped || containsAny(a.norm, wholePartWork) && !a.hasTopic() && !a.areasScoped
}

// notAreasAsked ask something of the areas the list does not say: how
// they changed, or which comes first ("今年工作重点有变化吗", "今年第一件大事").
var notAreasAsked = []string{"变化", "不同", "区别", "相比", "第一", "头一", "首要", "最重要"}

// firstOfCounted asks how many areas, then, in a clause of its own, which
// is the first ("今年重点抓几个方面的工作？第一个是啥"): the list answers
// both, its first item being the one asked — unlike "今年第一件大事",
// which asks what matters most.
var firstOfCounted = regexp.MustCompile(`几[个大]?方面[^？?，,。]*[？?，,。]\s*(?:那|其中)?第一(?:个|项|条|方面)?(?:是|叫)?(?:啥|什么|哪个|哪项)`)

// partHead is the heading of the part whose period the question asks about
// (the plan when it does not say), or, for the plan, the paragraph that
// announces its areas of work when there is one.
func (e *Engine) partHead(a analysis, hits []Hit) *Paragraph {
	want := a.period
	if want == PeriodNone || a.both {
		want = PeriodPlan
	}
	r := a.rep
	switch {
	case r != nil:
	case len(hits) > 0:
		r = e.ix.byID[hits[0].Paragraph.Report]
	default:
		r = e.ix.Latest()
	}
	var head *Paragraph
	for i := range r.Paragraphs {
		p := &r.Paragraphs[i]
		if p.Period.Kind != want {
			continue
		}
		if p.Kind == ParaPart && head == nil {
			head = p
		}
		if head != nil && p.Kind == ParaBody && p.Section == "" && strings.HasSuffix(p.Text, "：") && len(e.children(p)) >= 2 {
			return p
		}
	}
	return head
}

// children lists the structural items under p: for a part heading or a
// paragraph announcing a list ("…八个方面工作："), the sections that follow;
// for a section heading, the topic paragraphs of the section.
func (e *Engine) children(p *Paragraph) []*Paragraph {
	r := e.ix.byID[p.Report]
	var out []*Paragraph
	announces := p.Kind == ParaPart || (p.Kind == ParaBody && p.Section == "" && strings.HasSuffix(p.Text, "："))
	for n := p.N + 1; n <= len(r.Paragraphs); n++ {
		q := &r.Paragraphs[n-1]
		if q.Part != p.Part || q.Kind == ParaPart {
			break
		}
		switch {
		case announces && q.Kind == ParaSection:
			out = append(out, q)
		case p.Kind == ParaSection && q.Section == p.Section && q.Lead != "":
			out = append(out, q)
		case p.Kind == ParaSection && q.Section != p.Section:
			return out
		}
	}
	return out
}

// writesAskedPhrase reports whether paragraph p writes, as one run, the
// words a question asks from its first to its last (全域城乡空间布局): p
// names the thing asked and its sentence lists its parts ("主城区＋副城区
// ＋…"), not the topics of p's section.
func (e *Engine) writesAskedPhrase(a analysis, p *Paragraph) bool {
	asked := a.asked
	if len(asked) < 2 || asked[0].at < 0 || asked[len(asked)-1].at < 0 {
		return false
	}
	from, to := asked[0].at, asked[len(asked)-1].at+len(asked[len(asked)-1].term)
	if from >= to || to > len(a.norm) {
		return false
	}
	phrase := a.norm[from:to]
	return utf8.RuneCountInString(phrase) >= 6 && strings.Contains(e.ix.para(p).norm, phrase)
}
