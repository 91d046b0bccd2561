package figures

import (
	"strings"
	"unicode"
)

// nounRightBefore is the noun a stated figure is claimed of: the Han
// characters right before it, less the verbs and particles that say how
// ("营业收入下降了11.1%" → 营业收入), at most maxOwnNoun of them.
func nounRightBefore(before []rune) []rune {
	s := string(before)
	for trimmed := true; trimmed; {
		trimmed = false
		for _, w := range claimVerbs {
			if t, ok := strings.CutSuffix(s, w); ok {
				s, trimmed = t, true
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

// claimVerbs say how a stated figure is claimed of the noun before them.
var claimVerbs = []string{"了", "下降", "降低", "减少", "下滑", "增长", "增加", "提高", "上升", "达到", "达", "为", "是", "有", "约", "大约", "仅"}

const maxOwnNoun = 4

// ownNounElsewhere is, when the figure f confirming stated figure m does
// not write the noun m is claimed of, the figure of found in f's
// paragraph whose indicator does: "市属国企营业收入下降了11.1%" is not
// confirmed by 负债总额降低11.1% beside 营业收入增长8.7%.
func ownNounElsewhere(rs []rune, stated []Mention, m Mention, f *Figure, found []scored) *Figure {
	noun := nounRightBefore([]rune(wordsRightBefore(rs, stated, m)))
	// The noun's last two characters at least: 收入 of 营业收入.
	if len(noun) < 2 || strings.Contains(f.Indicator, string(noun[len(noun)-2:])) {
		return nil
	}
	for _, s := range found {
		g := s.fig
		if g != f && g.Report == f.Report && g.Paragraph == f.Paragraph && g.Period == f.Period &&
			measureOf(g.Unit) == measureOf(f.Unit) && strings.Contains(g.Indicator, string(noun)) {
			return g
		}
	}
	return nil
}
