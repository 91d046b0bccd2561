package rag

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// A question may ask a framing phrase by leaving its word blank and
// keeping its frame: "报告把今年叫什么之年，说要有什么之为" asks 决胜之年
// and 决胜之为. Each blank (什么之年, 啥之为) is filled by a sentence
// writing the frame (…之年, …之为) after a word of its own; the one
// sentence that fills every blank answers. When several do (今年是什么之年:
// 收官之年 and 决胜之年 stand in two sentences), retrieval is left to.

// framingBlank is a blank left before a frame: 什么之年, 啥之为.
var framingBlank = regexp.MustCompile(`(?:什么|啥|哪个|哪一个)(之\p{Han})`)

// blankFrames are the frames norm leaves blanks before, each once.
func blankFrames(norm string) []string {
	var out []string
	for _, m := range framingBlank.FindAllStringSubmatch(norm, -1) {
		if !slices.Contains(out, m[1]) {
			out = append(out, m[1])
		}
	}
	return out
}

// fillsFrame reports whether sentence s writes frame after a word of its
// own (决胜之为), not as the blank's own 什么之为.
func fillsFrame(s, frame string) bool {
	for i := strings.Index(s, frame); i >= 0; {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); i > 0 && isHan(r) {
			return true
		}
		j := strings.Index(s[i+len(frame):], frame)
		if j < 0 {
			break
		}
		i += len(frame) + j
	}
	return false
}

// frameFiller is the one sentence of rep filling every frame in a
// paragraph keep admits; false when none or more than one does.
func frameFiller(rep *Report, frames []string, keep func(*Paragraph) bool) (*Paragraph, Span, bool) {
	return onlySentence(rep, keep, func(s string) bool {
		return !slices.ContainsFunc(frames, func(f string) bool { return !fillsFrame(s, f) })
	})
}

// onlySentence is the one quotable sentence of rep, in a paragraph keep
// admits, that fits; false when none or more than one does: a cue several
// sentences answer is left to retrieval, which weighs the rest of the
// question.
func onlySentence(rep *Report, keep func(*Paragraph) bool, fits func(s string) bool) (*Paragraph, Span, bool) {
	var found *Paragraph
	var at Span
	for i := range rep.Paragraphs {
		p := &rep.Paragraphs[i]
		if !p.Quotable() || !keep(p) {
			continue
		}
		for _, sp := range Sentences(p.Text) {
			if !fits(p.Text[sp.byteStart:sp.byteEnd]) {
				continue
			}
			if found != nil {
				return nil, Span{}, false
			}
			found, at = p, sp
		}
	}
	return found, at, found != nil
}

// quoteSentence answers with the sentence sp of p alone, in place of what
// retrieval quoted.
func quoteSentence(ans *Answer, p *Paragraph, sp Span) {
	startStructureAnswer(ans).addQuote(citationFor(p, trimSpan(p.Text, sp)))
}

// groundFramingBlank answers a question leaving a framing phrase's word
// blank with the one sentence filling every blank.
func (e *Engine) groundFramingBlank(d *Draft) {
	rep := e.ownReportAsked(d)
	frames := blankFrames(d.norm)
	if rep == nil || len(frames) == 0 {
		return
	}
	// Only a sentence of the period asked fills its blanks: "2025年要打赢
	// 什么之战" is not answered by 2024's 打好打赢攻坚之年攻坚之战.
	ofAsked := func(p *Paragraph) bool { return !d.otherPeriodThan(p.Period) }
	if p, sp, ok := frameFiller(rep, frames, ofAsked); ok {
		quoteSentence(d.Answer, p, sp)
	}
}
