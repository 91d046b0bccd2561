package figures

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/reportbot/reportbot/rag"
)

// nounRightBefore is the noun a stated figure is claimed of: the Han
// characters right before it, less the words that say how it moved or
// was reached ("营业收入同比下降了11.1%" → 营业收入), at most maxOwnNoun of
// them.
func nounRightBefore(before []rune) []rune {
	s := string(before)
	for trimmed := true; trimmed; {
		trimmed = false
		for _, w := range claimLinks {
			if t, ok := strings.CutSuffix(s, w); ok {
				s, trimmed = t, true
				break
			}
		}
	}
	rs := []rune(s)
	n := 0
	for n < len(rs) && n < maxOwnNoun && unicode.Is(unicode.Han, rs[len(rs)-1-n]) {
		n++
	}
	return rs[len(rs)-n:]
}

// claimLinks stand between a noun and the figure claimed of it: the ways
// a figure moves (changeWords) and the words of reaching or hedging it,
// longest first so that 大约 goes whole before 约.
var claimLinks = func() []string {
	out := []string{"了", "同比", "大约", "约", "仅", "达到", "达", "为", "是", "有", "共"}
	for _, w := range changeWords {
		if w.word[0] >= 0x80 {
			out = append(out, w.word)
		}
	}
	slices.SortStableFunc(out, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	return out
}()

const maxOwnNoun = 4

// ownNounElsewhere is, when the figure f confirming stated figure m does
// not write the noun m is claimed of, the figure of found in f's
// paragraph whose indicator does: "市属国企营业收入下降了11.1%" is not
// confirmed by 负债总额降低11.1% beside 营业收入增长8.7%.
func ownNounElsewhere(rs []rune, stated []Mention, m Mention, f *Figure, found []scored) *Figure {
	noun := nounRightBefore([]rune(wordsRightBefore(rs, stated, m)))
	if len(noun) < 2 {
		return nil
	}
	own := rag.Normalize(string(noun))
	// The noun's last two characters at least (收入 of 营业收入) name f.
	if strings.Contains(rag.Normalize(f.Indicator), string([]rune(own)[len([]rune(own))-2:])) {
		return nil
	}
	for _, s := range found {
		g := s.fig
		if g != f && g.Report == f.Report && g.Paragraph == f.Paragraph && g.Period == f.Period &&
			measureOf(g.Unit) == measureOf(f.Unit) && strings.Contains(rag.Normalize(g.Indicator), own) {
			return g
		}
	}
	return nil
}

// ownNounCorrection is the correction of stated figure m by g, the figure
// of the noun it is claimed of: the way it moved, when the claim says the
// other way ("下降了11.1%" of 营业收入增长8.7%), corrected too.
func ownNounCorrection(rs []rune, m Mention, g *Figure) *Correction {
	if dir, said := statedChange(rs, m); wrongWay(dir, g) {
		return &Correction{Stated: said, Actual: *g, WrongWay: true}
	}
	return &Correction{Stated: m.Text, Actual: *g}
}

// headNamed is, when the question's words name no indicator fully enough
// to compare by coverage, the report's figure whose indicator ends with the
// noun the figure is stated of: a Chinese name ends with its head noun, so
// "配套泊位有10个" names 华锦阿美项目配套泊位 (8个) and "航道是20万吨级" 争取
// 航道 (15万吨级), though each question writes only a short part of the
// indicator. Only when every such figure of the stated unit says the same
// (one thing, one figure), so that a correction has one figure to give.
//
// Only a count of things or a grade (个, 万吨级): an amount (亿元) is of
// a measure (营业收入) that many indicators end with. And only a noun
// nothing names more closely: "全市营业收入", "石化产业配套泊位" name
// another thing than the report's, 的 and a period word aside.
func headNamed(m Mention, rs []rune, stated []Mention, found []scored) []scored {
	before := []rune(wordsRightBefore(rs, stated, m))
	nr := nounRightBefore(before)
	noun := rag.Normalize(string(nr))
	if !isClassifier(m.Value.Unit) && !strings.HasSuffix(m.Value.Unit, "级") || len(nr) < 2 || modifiedNoun(before, nr) {
		return nil
	}
	var out []scored
	for _, c := range found {
		if UnitsCompatible(m.Value.Unit, c.fig.Unit) && strings.HasSuffix(rag.Normalize(c.fig.Indicator), noun) {
			if len(out) > 0 && c.fig.Text != out[0].fig.Text {
				return nil // two things of that name, or two years' figures
			}
			out = append(out, c)
		}
	}
	return out
}

// modifiedNoun reports whether the word right before noun (which before
// holds, then the words of a claim), Han or a code (5G工厂), names it more
// closely: a 的 ends a description, a period word names no thing.
func modifiedNoun(before, noun []rune) bool {
	s := string(before)
	i := strings.LastIndex(s, string(noun))
	if i < 0 {
		return true
	}
	head := strings.TrimSpace(s[:i])
	for _, p := range periodWords {
		head = strings.TrimSuffix(head, p)
	}
	r := []rune(head)
	last := r[max(0, len(r)-1):]
	return len(last) > 0 && (unicode.IsLetter(last[0]) || unicode.IsDigit(last[0])) && last[0] != '的'
}
