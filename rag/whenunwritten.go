package rag

import (
	"regexp"
	"slices"
	"strings"
)

// A question of when or whether a thing happens names the thing first,
// as the subject of its asking clause ("咱们这地铁二号线啥时候通车", "轻轨
// 什么时候投运", "盘锦轻轨今年能开工吗"). Where the reports never write
// that subject, the quotes retrieval found by the stage asked (通车, 开工)
// are about other things — another road opening, other projects starting —
// and say nothing of it: the report does not mention it.

// askerLead is what may stand before a question's subject without being
// it: where the asker stands (咱们这, 我们这儿, 盘锦的), when (今年, 明年).
var askerLead = regexp.MustCompile(`^(?:咱们|咱|我们|俺们|俺|这儿|这里|这边|这|盘锦市?|我市|本市|市里|全市|今年|明年|年内|的|\s)*`)

// whenOrWhether asks when a thing happens or whether it does.
var (
	whenOrWhether = regexp.MustCompile(`什么时候|啥时候|何时|几时|哪一?年|哪个月|哪一?天|几号|几月|` + whetherEnd.String())
	whetherEnd    = regexp.MustCompile(`(?:吗|不|没有?)[\s\p{P}]*$`)
	// thingMade is a thing being built or brought in, or reaching a stage.
	thingMade = regexp.MustCompile(stageAsked.String() + `|建|落地|落户|扩产|改造|引进|搬迁`)
	// thingKind is a word naming only what kind of thing a name is.
	thingKind = regexp.MustCompile(`^(?:项目|产业园|园区|工程|基地|学院|产业学院|公司|集团|企业|工厂|管道|线路|号线|二期|一期)$`)
)

// unwrittenSubject is the run the reports never write that a when- or
// whether-question's asking clause opens with, past askerLead; "" when
// there is none, or when the run is one character off a name the report
// writes (汇丰粮油 for 汇福粮油), a slip rather than another thing.
func (e *Engine) unwrittenSubject(d *Draft) string {
	norm := d.Norm()
	cue := whenOrWhether.FindStringIndex(norm)
	if cue == nil {
		return ""
	}
	start, at := whenSubjectSpan(norm, cue[0])
	subject := norm[at:cue[0]]
	for _, m := range d.missing {
		if len([]rune(m)) < 2 || !AllHan([]rune(m)) || !strings.HasPrefix(subject, m) {
			continue
		}
		// The thing is the unwritten run itself, perhaps with a kind
		// (顺丰产业园, 援藏项目), not a modifier of words the report writes
		// (河里的黑臭水体, 当官的…下基层): past it, up to the cue, a written
		// word must be the stage asked (能开工) or such a kind.
		from := cue[0] - len(subject) + len(m)
		if slices.ContainsFunc(d.asked, func(t askedTerm) bool {
			return !t.missing && t.at >= from && t.at < cue[0] && !stageAsked.MatchString(t.term) && !thingKind.MatchString(t.term)
		}) {
			return ""
		}
		// A whether-question asks, in a clause of its own, whether the thing
		// is built or reaches a stage (轻轨今年能开工吗): a tag after another
		// clause (…，好进不) or another predicate asks of something else.
		if whetherEnd.MatchString(norm[cue[0]:]) && (start > 0 || !thingMade.MatchString(norm[from:cue[0]])) {
			return ""
		}
		// The slip is read with the rest of the subject: a short run alone
		// is one character of many words (轻轨 and 轻烃 share only 轻).
		rest := subject[len(m):]
		if rest == "" && len([]rune(m)) < 3 {
			return m
		}
		if _, _, ok := e.clauseHolding(d.Scope, oneSlipOf(m, rest).MatchString, nil); ok {
			return ""
		}
		return m
	}
	return ""
}

// groundUnwrittenSubject declines a found answer to a when- or whether-
// question whose subject the reports never write: its quotes stay, as
// related text.
func (e *Engine) groundUnwrittenSubject(d *Draft) {
	ans := d.Answer
	// A name the report lacks (宏达集团盘锦项目) is groundMention's, which
	// names it whole.
	if !ans.Found || d.Lookup || hasCorrection(ans) || e.unwrittenLead(d) != "" {
		return
	}
	if thing := e.unwrittenSubject(d); thing != "" {
		ans.relatedOnly(GroundNotAnswered, "报告没有提到“"+thing+"”。相关内容：", "The report does not mention this. Related text:")
		return
	}
	if thing := unquotedWhenSubject(d); thing != "" {
		ans.relatedOnly(GroundNotAnswered, "报告没有给出“"+thing+"”的时间。相关内容：", "The report gives no such date. Related text:")
	}
}

// whenSubjectSpan is where the asking clause holding a cue at byte offset
// cue starts, and where its subject starts, past askerLead (咱们这, 今年).
func whenSubjectSpan(norm string, cue int) (start, from int) {
	start = askingClauseStart(norm)
	if start > cue {
		start = 0
	}
	return start, start + len(askerLead.FindString(norm[start:cue]))
}

// whenAsked asks when a thing happens (not whether it does).
var whenAsked = regexp.MustCompile(`什么时候|啥时候|何时|几时|哪一?年|哪个月|哪一?天|几号|几月`)

// unquotedWhenSubject is the subject of a when-question that no quote of
// the answer names, as written or in a report term of it: 盘锦高铁什么时候
// 通车 meets 京哈高速…竣工通车 by the stage alone (the lexicon reads 高铁
// as 铁路, so the subject is no unwritten word), and a date of another
// thing answers nothing of it. "" when some quote names a subject word.
func unquotedWhenSubject(d *Draft) string {
	norm := d.Norm()
	cue := whenAsked.FindStringIndex(norm)
	if cue == nil {
		return ""
	}
	_, from := whenSubjectSpan(norm, cue[0])
	var subject []askedTerm
	for _, t := range d.asked {
		if !t.missing && !t.part && t.weight >= 1 && t.at >= from && t.at < cue[0] && !stageAsked.MatchString(t.term) && !thingKind.MatchString(t.term) {
			subject = append(subject, t)
		}
	}
	if len(subject) == 0 {
		return ""
	}
	for _, p := range d.Answer.Parts {
		if p.Type != PartQuote {
			continue
		}
		text := Normalize(p.Text)
		if slices.ContainsFunc(subject, func(t askedTerm) bool { return t.in(text) }) {
			return ""
		}
	}
	return subject[0].term
}
