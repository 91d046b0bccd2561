package rag

import (
	"context"
	"fmt"
	"strings"
)

// Grounding reasons of routing.
const (
	// GroundAmbiguousReport: several loaded reports fit the question
	// equally; the answer asks which (its item parts offer them).
	GroundAmbiguousReport = "ambiguous_report"
)

// clarify asks which report a question is about, offering choices (at
// most maxChoices): found is false, and each item names a report by id,
// for a client to ask again with that report (a button in Telegram).
func (e *Engine) clarify(text string, choices []*Report) *Answer {
	lang := questionLang(Normalize(text))
	ans := &Answer{Question: text, Mode: ModeExtractive, Lang: lang, Citations: []Citation{}}
	n := len(choices)
	if n > maxChoices {
		choices = choices[:maxChoices]
	}
	msg := fmt.Sprintf("这个问题已加载的%d份报告都能回答，请问是哪一份？可以在问题里加上地名或年份：", n)
	if n > len(choices) {
		msg = fmt.Sprintf("这个问题已加载的%d份报告都能回答，请问是哪一份？可以在问题里加上地名或年份，例如：", n)
	}
	if lang == "en" {
		msg = fmt.Sprintf("%d of the loaded reports could answer this. Which one do you mean? Name the place or the year, for example:", n)
	}
	ans.Parts = []Part{TextPart(RoleClarify, msg)}
	for _, r := range choices {
		ans.Parts = append(ans.Parts, Part{Type: PartItem, Text: r.Meta.Title, Report: r.Meta.ID, Citations: []int{}})
	}
	ans.Understood = &Understood{Intent: "question", Grounding: GroundAmbiguousReport}
	ans.Answer = RenderText(ans, true)
	return ans
}

// noReportFor says no loaded report is about the place a question names.
func (e *Engine) noReportFor(text, place string) *Answer {
	lang := questionLang(Normalize(text))
	msg := fmt.Sprintf("已加载的%d份报告里没有%s的报告。", len(e.ix.reports), place)
	if lang == "en" {
		msg = fmt.Sprintf("None of the %d loaded reports is about %s.", len(e.ix.reports), place)
	}
	ans := &Answer{Question: text, Mode: ModeExtractive, Lang: lang, Citations: []Citation{}, Parts: []Part{TextPart(RoleNotFound, msg)}}
	ans.Understood = &Understood{Intent: "question", Grounding: GroundOtherPlace}
	ans.Answer = RenderText(ans, true)
	return ans
}

// compareWords ask to set reports side by side: each report's section
// answers the rest of the question.
var compareWords = []string{"分别", "对比一下", "对比", "比较一下", "比较", "相比"}

// compare answers a question from each of several reports, one labelled
// section each: a report's heading, then its answer. Each report answers
// with the other reports' place names and the words asking to compare
// taken out of the question, as those say which reports to set side by
// side, not what to ask each.
func (e *Engine) compare(ctx context.Context, q Query, text string, reports, frames []*Report) (*Answer, error) {
	var subs []*Answer
	for i, r := range reports {
		own := text
		if i < len(frames) {
			own = inFrame(text, r, frames[i])
		}
		for _, o := range reports {
			if e.ix.placeKey(o) != e.ix.placeKey(r) {
				own = e.ix.withoutPlaceOf(own, o)
			}
		}
		if own != text {
			for _, w := range compareWords {
				own = strings.ReplaceAll(own, w, "")
			}
		}
		if strings.TrimSpace(own) == "" {
			own = text
		}
		a, err := e.askIn(ctx, q, own, r, askOptions{})
		if err != nil {
			return nil, err
		}
		a.Question = text
		subs = append(subs, a)
	}
	return mergeSections(text, subs, reports), nil
}

// withoutPlaceOf blanks the names of r's place in text.
func (ix *Index) withoutPlaceOf(text string, r *Report) string {
	var names []string
	if home, ok := ix.homes[r.Meta.ID]; ok {
		names = append(names, home.Name, home.Short, home.English)
	}
	names = append(names, placeWords([]*Report{r})...)
	norm := Normalize(text)
	changed := false
	for _, n := range names {
		n = Normalize(n)
		if n == "" {
			continue
		}
		if isLatinWord(n) {
			if out := replaceWord(norm, n); out != norm {
				norm, changed = out, true
			}
			continue
		}
		if strings.Contains(norm, n) {
			norm, changed = strings.ReplaceAll(norm, n, " "), true
		}
	}
	if !changed {
		return text
	}
	return norm
}

// mergeSections joins answers from several reports into one, a heading
// naming each report before its parts; citations are renumbered.
func mergeSections(text string, subs []*Answer, reports []*Report) *Answer {
	out := &Answer{Question: text, Mode: ModeExtractive, Lang: subs[0].Lang, Citations: []Citation{}, Parts: []Part{}}
	for i, s := range subs {
		r := reports[i]
		out.Parts = append(out.Parts, Part{Type: PartText, Role: RoleReport, Text: r.Meta.Title, Report: r.Meta.ID, Citations: []int{}})
		offset := len(out.Citations)
		out.Citations = append(out.Citations, s.Citations...)
		out.Parts = append(out.Parts, shiftCitations(s.Parts, offset)...)
		out.Figures = append(out.Figures, s.Figures...)
		out.Found = out.Found || s.Found
		out.Reports = append(out.Reports, s.Report)
	}
	out.Report = subs[0].Report
	u := Understood{Intent: "comparison"}
	if first := subs[0].Understood; first != nil {
		u.Read, u.Asks, u.Place = first.Read, first.Asks, first.Place
	}
	out.Understood = &u
	out.Answer = RenderText(out, true)
	return out
}

// shiftCitations is parts with every citation index moved by offset.
func shiftCitations(parts []Part, offset int) []Part {
	out := clonePartList(parts)
	var shift func(ps []Part)
	shift = func(ps []Part) {
		for i := range ps {
			for k := range ps[i].Citations {
				ps[i].Citations[k] += offset
			}
			shift(ps[i].Children)
		}
	}
	shift(out)
	return out
}
