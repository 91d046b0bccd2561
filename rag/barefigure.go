package rag

import (
	"fmt"
	"regexp"
	"strings"
)

// bareFigureAsked is a question that names only a figure and asks what it
// is ("12处是什么？", "40个指的是什么"): groups value, measure word.
var bareFigureAsked = regexp.MustCompile(`^([0-9]+(?:\.[0-9]+)?)(\p{Han}{1,2}?)(?:是|指|指的是|是指|说的是)(?:什么|啥|哪些|哪个)(?:啊|呀|呢)?[?!。.]*$`)

// groundBareFigure declines a question asking what a figure is when the
// report never writes that number with that measure word: the passages
// retrieval found hold the number with another measure (12个, 12项 for
// 12处) or inside another (建市40周年 for 40个), and quoting them would
// say the report gives what it does not.
func (e *Engine) groundBareFigure(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup {
		return
	}
	m := bareFigureAsked.FindStringSubmatch(d.norm)
	if m == nil || strings.ContainsAny(m[2], "是指说") || e.ix.writesFigure(m[1], m[2], d.Scope) {
		// "3442是指什么" names no measure word: 是 opens the question.
		return
	}
	ans.relatedOnly(GroundNoSuchFigure,
		fmt.Sprintf("报告里没有“%s%s”这个数字。相关内容：", m[1], m[2]),
		fmt.Sprintf("The report never writes “%s%s”. Related text:", m[1], m[2]))
}

// writesFigure reports whether a paragraph of rep (every report's when nil)
// writes value followed by measure, value a whole number there (not the
// 12 of 112 or of 0.12), 余 or 多 inside or not (400余篇 writes 400篇).
func (ix *Index) writesFigure(value, measure string, rep *Report) bool {
	return ix.anyReport(rep, func(r *Report) bool {
		for i := range r.Paragraphs {
			text := ix.paraNorm(&r.Paragraphs[i])
			for at := 0; at < len(text); {
				j := wholeNumberAt(text[at:], value)
				if j < 0 {
					break
				}
				if writesMeasure(text[at+j+len(value):], measure) {
					return true
				}
				at += j + 1
			}
		}
		return false
	})
}

// writesMeasure reports whether rest opens with measure, or with it with
// 余 or 多 set in (余篇 for 篇, 万余户 for 万户): the report's "some more".
func writesMeasure(rest, measure string) bool {
	if strings.HasPrefix(rest, measure) {
		return true
	}
	for i := range measure + " " { // each rune boundary, the end too
		for _, more := range []string{"余", "多"} {
			if strings.HasPrefix(rest, measure[:i]+more+measure[i:]) {
				return true
			}
		}
	}
	return false
}
