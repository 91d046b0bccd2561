package rag

import (
	"regexp"
	"slices"
)

// A review gives some results before the year's statistics are final:
// "预计全市地区生产总值增长3.5%左右". A claim that such a figure is the
// actual or final one ("去年GDP增长3.5%是实际数吧") is corrected with the
// words that make it an estimate.

// finalClaim claims a figure is the actual, final one.
var finalClaim = regexp.MustCompile(`(?:实际|最终|正式|确切|准确|核实|确定)的?(?:数|值|数据|数字|结果|统计)`)

// estimateWord marks the figures after it, in its sentence, as estimates.
var estimateWord = regexp.MustCompile(`预计|初步核算|初步统计|预估`)

// maxEstimateSpan is the longest a correction quotes an estimate word
// with its figure; longer, it quotes the word alone.
const maxEstimateSpan = 30

// estimateCorrection corrects a claim that a headline figure the answer
// gives is final, when the report's sentence gives it as an estimate; the
// correction quotes that, figure and all, so the bare headlines from
// that quote go.
func (d *Draft) estimateCorrection() (Part, bool) {
	ans := d.Answer
	stated := finalClaim.FindString(d.Read)
	if stated == "" {
		return Part{}, false
	}
	for _, p := range ans.Parts {
		if p.Type != PartFigure || len(p.Citations) == 0 {
			continue
		}
		f := p.Figure
		at := slices.IndexFunc(ans.Citations, func(c Citation) bool {
			return c.Report == f.Report && c.Paragraph == f.Paragraph && c.Start <= f.Start && f.End <= c.End
		})
		if at < 0 {
			continue
		}
		c := ans.Citations[at]
		text := []rune(c.Quote)
		end := f.End - c.Start
		s := sentenceStartRunes(text, f.Start-c.Start)
		loc := estimateWord.FindStringIndex(string(text[s : f.Start-c.Start]))
		if loc == nil {
			continue
		}
		ws := s + runeLen(string(text[s:])[:loc[0]])
		we := ws + runeLen(string(text[s:])[loc[0]:loc[1]])
		if end-ws > maxEstimateSpan {
			end = we
		}
		ans.Parts = slices.DeleteFunc(ans.Parts, func(q Part) bool { return q.Type == PartFigure && slices.Equal(q.Citations, []int{at}) })
		ans.dropFigure(*f)
		return citedCorrection(c, at, ws, end, stated, f.Indicator), true
	}
	return Part{}, false
}

// sentenceStartRunes is where the sentence of rs holding rune i starts.
func sentenceStartRunes(rs []rune, i int) int {
	for i > 0 && !sentenceEndSet.has(rs[i-1]) {
		i--
	}
	return i
}
