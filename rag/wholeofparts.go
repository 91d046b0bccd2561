package rag

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A question may ask the whole of things it names ("新建和续建项目加起来
// 多少"), where the report counts each on its own (272个新建项目, 230个
// 续建项目): the figure of one of them, headlined, reads as the sum. The
// quote that gives each stays; the headline goes.

// sumAsked are the words asking a sum: the whole cues, and spoken ones.
var sumAsked = append([]string{"加在一起", "加一起", "加一块", "合起来"}, wholeCues...)

// partJoiners join the things a sum is asked of: those joining two
// things asked (topicJoiners), in their order, and 加上.
var partJoiners = slices.Concat(topicJoiners, []string{"加上"})

// sumParts are the asked words on either side of a joiner before the sum
// cue: 新建 and 续建 of "新建项目和续建项目加起来". A word written on both
// sides (项目) is the head they share, no part; nil when none are joined.
func sumParts(norm string, asked []askedTerm) []string {
	cue := FirstIndexOfAny(norm, sumAsked)
	if cue < 0 {
		return nil
	}
	head := norm[:cue]
	for _, j := range partJoiners {
		at := strings.Index(head, j)
		if at < 0 {
			continue
		}
		before, after := head[:at], head[at+len(j):]
		left, right, leftEnd := "", "", -1
		for _, t := range asked {
			w := t.term
			if utf8.RuneCountInString(w) < 2 || strings.Contains(before, w) && strings.Contains(after, w) {
				continue
			}
			if strings.HasPrefix(after, w) {
				right = w
			}
			if i := strings.LastIndex(before, w); i >= 0 && i+len(w) > leftEnd {
				left, leftEnd = w, i+len(w)
			}
		}
		if left != "" && right != "" && left != right {
			return []string{left, right}
		}
	}
	return nil
}

// groundWholeOfParts drops headline figures of one part when the question
// asks the sum of the parts it names: the figure names one and not the
// other.
func (e *Engine) groundWholeOfParts(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || hasCorrection(ans) {
		return
	}
	parts := sumParts(d.norm, d.asked)
	if parts == nil {
		return
	}
	ofOne := func(p Part) bool {
		if p.Type != PartFigure || p.Figure == nil {
			return false
		}
		ind := Normalize(p.Figure.Indicator)
		return strings.Contains(ind, parts[0]) != strings.Contains(ind, parts[1])
	}
	for _, p := range ans.Parts {
		if ofOne(p) {
			ans.keepParts(func(p Part) bool { return !ofOne(p) })
			ans.figuresFromParts()
			return
		}
	}
}
