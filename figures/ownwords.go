package figures

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/rag"
)

// preferOwnWords puts first, among the figures of one period a figure
// question names strongly (strong, best first), the one whose own words
// carry a qualifier the question writes and the best one's lack: its
// sentence holds more of what was asked ("央地合作去年新签约几个": ¶10's
// 央地合作项目…新签约19个, not ¶8's 新签约注册项目260个), or, in one sentence,
// the question writes the thing it counts and not the best one's ("多少个
// 重点行业领域本质安全水平": 11个重点行业领域, not 17个新兴领域). The figure
// moved must answer (supported); it may be a figure of the answer's
// quotes (quoted) the search ranked too low. strong is left as it was
// otherwise.
//
// demoted reports that a supported quoted figure's sentence holds more of
// what was asked than the best one's, though the question does not name
// which of its figures it is ("去年签约的央地合作项目多少个"): the best one,
// of something the question qualifies otherwise, is no answer then.
func preferOwnWords(d *rag.Draft, strong, quoted []Figure, supported func(Figure) bool) (out []Figure, demoted bool) {
	if len(strong) == 0 {
		return strong, false
	}
	best := strong[0]
	bestSent, ok := sentenceOf(d, best)
	if !ok {
		return strong, false
	}
	bestCover := d.Covers(bestSent)
	bestCounted, bestCounts := countedWritten(d, best)
	for i, f := range append(strong[1:], quoted...) {
		inStrong := i+1 < len(strong)
		if f.Kind != best.Kind || f.Unit == UnitRank || !UnitsCompatible(f.Unit, best.Unit) || !inStrong && containsFigure(strong, &f) {
			continue
		}
		sent, ok := sentenceOf(d, f)
		if !ok {
			continue
		}
		if !inStrong && !strings.Contains(d.Norm(), rag.Normalize(f.Indicator)) {
			// A quoted figure the search did not find strongly ("新签约" of
			// ¶10 scores under 新签约注册项目) is the one meant only when the
			// question writes its indicator whole.
			demoted = demoted || d.Covers(sent) > bestCover && supported(f)
			continue
		}
		better := d.Covers(sent) > bestCover
		if sent == bestSent && f.Paragraph == best.Paragraph {
			// Both count a thing named after them; the question writes
			// this one's.
			written, _ := countedWritten(d, f)
			better = written && bestCounts && !bestCounted
		}
		if better && supported(f) {
			return append([]Figure{f}, slices.DeleteFunc(slices.Clone(strong), func(g Figure) bool { return g == f })...), false
		}
	}
	return strong, demoted
}

// sentenceOf is the sentence of its paragraph that holds figure f.
func sentenceOf(d *rag.Draft, f Figure) (string, bool) {
	p, err := d.Paragraph(f.Report, f.Paragraph)
	if err != nil {
		return "", false
	}
	rs := []rune(p.Text)
	if f.End > len(rs) {
		return "", false
	}
	s, e := f.Start, f.End
	for s > 0 && !strings.ContainsRune(sentenceEndRunes, rs[s-1]) {
		s--
	}
	for e < len(rs) && !strings.ContainsRune(sentenceEndRunes, rs[e]) {
		e++
	}
	return string(rs[s:e]), true
}

// minCountedWritten is how much of the noun a count counts a question must
// write, as it stands, to name it: three runes (配套泊位 of 配套泊位建设).
const minCountedWritten = 3

// countedWritten reports whether the question writes the start of the
// noun right after figure f, the thing it counts (11个重点行业领域), and
// whether there is such a noun at all.
func countedWritten(d *rag.Draft, f Figure) (written, counts bool) {
	p, err := d.Paragraph(f.Report, f.Paragraph)
	if err != nil {
		return false, false
	}
	rs := fold([]rune(p.Text))
	if f.End > len(rs) {
		return false, false
	}
	noun, _ := followingPhrase(rs, f.End)
	n := []rune(rag.Normalize(noun))
	if len(n) < minCountedWritten {
		return false, false
	}
	return strings.Contains(d.Norm(), string(n[:minCountedWritten])), true
}
