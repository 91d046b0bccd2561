package rag

import (
	"strings"
	"unicode/utf8"
)

// sortWords pick out one sort or tier of a broader thing: firms by what
// they do or how far they have grown (科技型中小企业 are some of the small
// and medium firms; 雏鹰 and 瞪羚 are two tiers a name counts together),
// trade by where it goes (跨境电商 is some of e-commerce). A figure whose
// name or sentence writes one before a thing counts that sort only, so it
// is no answer for the thing asked plainly (中小企业增长多少, 电商企业多少家,
// 瞪羚企业增长多少): headlining it would be confidently wrong.
var sortWords = []string{"科技型", "跨境", "雏鹰", "瞪羚", "专精特新", "独角兽"}

// groundSortWord declines a Chinese figure question's answer when the
// headline's name, or its quote before the figure, writes a sort word
// right before a word the question names, and the question does not name
// the sort word (namesSortWord); the quote is shown as related text.
func (e *Engine) groundSortWord(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || d.Intent.List || !d.Intent.Figure || hasCorrection(ans) || !startsHan(d.norm) {
		return
	}
	head, ok := headlinePart(ans)
	if !ok || head.Type != PartFigure || len(head.Citations) == 0 {
		return
	}
	said := Normalize(head.Figure.Indicator)
	said += "，" + sentenceSubject(Normalize(ans.Citations[head.Citations[0]].Quote), said)
	for _, w := range sortWords {
		if namesSortWord(d.norm, w, e.ix.rd.soundsAlike) {
			continue
		}
		for at := strings.Index(said, w); at >= 0; at = nextIndex(said, w, at) {
			next := firstRunes(said[at+len(w):], 2)
			if utf8.RuneCountInString(next) == 2 && strings.Contains(d.norm, next) {
				ans.relatedOnly(GroundNoSuchFigure,
					"报告没有给出所问范围的数字，给出的只是其中一类。相关内容：",
					"The report gives no figure for what was asked, only for one sort of it. Related text:")
				return
			}
		}
	}
}

// sentenceSubject is the quote's text before a figure's name (跨境电商企业
// 达到70家， before 成交额增长24.7%): the thing the name is said of. A
// list's earlier items (科技型中小企业、 before 高新技术企业) are siblings,
// not the subject, and are cut.
func sentenceSubject(quote, name string) string {
	i := strings.Index(quote, firstRunes(name, 2))
	if i < 0 {
		return ""
	}
	before := quote[:i]
	if j := strings.LastIndex(before, "、"); j >= 0 {
		before = before[j+len("、"):]
	}
	return before
}

// nextIndex is the index of w in s after the one at at; -1 when none.
func nextIndex(s, w string, at int) int {
	i := strings.Index(s[at+len(w):], w)
	if i < 0 {
		return -1
	}
	return at + len(w) + i
}

// namesSortWord reports whether question q writes sort word w, whole or
// with one character slipped and the others in place (科技中小企业 for
// 科技型中小企业); in a word of two, the slipped one must sound alike (出鹰
// for 雏鹰), as a pinyin keyboard slips. WHY: a character merely shared
// with the word (境 of 环境 for 跨境, 型 of 转型, 新 of 新增) does not name
// the sort, and must not let its figure answer the thing asked plainly.
func namesSortWord(q, w string, alike func(a, b rune) bool) bool {
	qs, ws := []rune(q), []rune(w)
	for i := 0; i+len(ws) <= len(qs); i++ {
		off, slip := 0, -1
		for j, r := range ws {
			if qs[i+j] != r {
				off, slip = off+1, j
			}
		}
		if off == 0 || off == 1 && (len(ws) > 2 || alike(qs[i+slip], ws[slip])) {
			return true
		}
	}
	return false
}
