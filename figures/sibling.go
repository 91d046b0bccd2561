package figures

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/rag"
)

// quotedFigure is a figure inside a quote of the answer, with the two
// characters the quote writes right after it.
type quotedFigure struct {
	fig   Figure
	after string
}

// quotedAfter are the figures of the answer's quotes, each with what
// follows it there.
func (st *Stepper) quotedAfter(d *rag.Draft) []quotedFigure {
	var out []quotedFigure
	for _, p := range d.Answer.Parts {
		if p.Type != rag.PartQuote || len(p.Citations) == 0 {
			continue
		}
		c := d.Answer.Citations[p.Citations[0]]
		q := []rune(c.Quote)
		for _, f := range st.quotedFigures(c) {
			out = append(out, quotedFigure{f, hanAfter(q, f.End-c.Start)})
		}
	}
	return out
}

// hanAfter is the two characters of rs from i on when both are Han, else "".
func hanAfter(rs []rune, i int) string {
	if i < 0 || i+2 > len(rs) || !unicode.Is(unicode.Han, rs[i]) || !unicode.Is(unicode.Han, rs[i+1]) {
		return ""
	}
	return string(rs[i : i+2])
}

// siblingHolds reports whether a quoted figure other than c's holds the
// number c corrects, and the claim says it of that figure's thing: the
// question follows the number with the words the quote follows the
// sibling with, not c's ("1个省级产教联合体" beside 1个省级、2个市级产教联合
// 体), or names words of the sibling's indicator and none of c's own
// ("专精特新企业10家" beside 专精特新等…10家、雏鹰瞪羚企业20家). The
// claim is the sibling's, which the report bears out. A claim naming c's
// own words ("治安警情下降26.1%" beside 刑事、治安警情分别下降26.1%、24.3%)
// stays corrected.
func siblingHolds(c *Correction, quoted []quotedFigure, read, norm string) bool {
	if c.WrongWay || c.OtherUnit || c.Named || c.Level || c.FallTo || len(c.More) > 0 {
		return false
	}
	stated, ok := Parse(c.Stated)
	at := strings.Index(read, c.Stated)
	if !ok || at < 0 {
		return false
	}
	qAfter := hanAfter([]rune(read), utf8.RuneCountInString(read[:at+len(c.Stated)]))
	actualAfter := ""
	for _, h := range quoted {
		if sameFigure(h.fig, c.Actual) {
			actualAfter = h.after
		}
	}
	for _, h := range quoted {
		// A sibling is of c's paragraph: another paragraph's figure may be
		// another period's, which says nothing of the one asked.
		if h.fig.Paragraph != c.Actual.Paragraph || h.fig.Report != c.Actual.Report || sameFigure(h.fig, c.Actual) || !UnitsCompatible(stated.Unit, h.fig.Unit) || !stated.Admits(h.fig.Amount()) {
			continue
		}
		siblings, own := namesOwnWord(h.fig.Indicator, c.Actual.Indicator, norm), namesOwnWord(c.Actual.Indicator, h.fig.Indicator, norm)
		if qAfter != "" && h.after == qAfter && actualAfter != qAfter && (siblings || !own) {
			// The words after the number are the sibling's, unless what the
			// claim says of them is c's alone: "175个项目开工建设" is of
			// 272个新建项目开工建设, though 175个项目竣工投产 writes 项目 too.
			return true
		}
		if siblings && !own {
			return true
		}
	}
	return false
}

// namesOwnWord reports whether the question norm writes a bigram of
// indicator that other's indicator lacks.
func namesOwnWord(indicator, other, norm string) bool {
	others := bigrams(rag.Normalize(other))
	for _, g := range bigrams(rag.Normalize(indicator)) {
		if utf8.RuneCountInString(g) == 2 && strings.Contains(norm, g) && !slices.Contains(others, g) {
			return true
		}
	}
	return false
}

// otherPeriodConfirms is the figure of comparable (best first) that bears
// out stated figure m in its own period, when the question names none:
// "文化惠民演出300余场对吗" is 2024's 300余场次, which 2025's 不少于100场,
// named as well or better, does not contradict. Each period's figures are
// held to m on their own, as if the question had named that period.
func otherPeriodConfirms(m Mention, comparable []scored, norm string) *Figure {
	var kinds []Kind
	for _, c := range comparable {
		if !slices.Contains(kinds, c.fig.Kind) {
			kinds = append(kinds, c.fig.Kind)
		}
	}
	if len(kinds) < 2 {
		return nil
	}
	for _, k := range kinds {
		own := slices.DeleteFunc(slices.Clone(comparable), func(c scored) bool { return c.fig.Kind != k })
		if f := confirmedBy(m, own, norm); f != nil && (m.Value.Qualifier != "" && m.Value.Qualifier == f.Qualifier || namedAsWell(f, comparable, norm)) {
			return f
		}
	}
	return nil
}

// namedAsWell reports whether the question writes as much of f's
// indicator as of any figure of another period: "农村公路维修新建100km"
// writes 2024's 维修新建农村公路 (182.3公里), not 2025's 建设改造“四好农村
// 路”100公里, which bears the number out by chance. A bound written as
// the report writes it (300余场 for 300余场次) needs no more.
func namedAsWell(f *Figure, comparable []scored, norm string) bool {
	own := literalShare(f.Indicator, norm)
	for _, c := range comparable {
		if c.fig.Kind != f.Kind && literalShare(c.fig.Indicator, norm) > own {
			return false
		}
	}
	return true
}

// equallyNamedHolds is a figure of the report that holds stated figure m
// and that the question names with as many of its own words as the
// figure a correction would give: "收入增长8.3%吧" names 一般公共预算收入
// (8.3%) as well as 营业收入 (8.7%), "警情下降24.3%吧" 治安警情 as well as
// 刑事警情. The claim may be of either; the report bears it out. A claim
// naming the corrected figure's own words ("刑事警情下降24.3%") names it
// better, and stays corrected.
func equallyNamedHolds(m Mention, rs []rune, found, comparable []scored, norm string) *Figure {
	best := comparable[0]
	if literalShare(trimGrowth(best.fig.Indicator), norm) == 1 {
		return nil // "市属国企营业收入降了11.1%" writes 营业收入 whole: it is the one claimed
	}
	dir, _ := statedChange(rs, m)
	bestInd := rag.Normalize(best.fig.Indicator)
	bestNamed := literalCount(best.fig.Indicator, norm)
	for _, c := range found {
		if c.fig == best.fig || !UnitsCompatible(m.Value.Unit, c.fig.Unit) || !m.Value.SameNumber(c.fig.Amount()) || wrongWay(dir, c.fig) {
			continue
		}
		if rag.Normalize(c.fig.Indicator) == bestInd {
			continue // one name under two wholes: the whole named decides (wholeOutnamedBy)
		}
		if named := literalCount(c.fig.Indicator, norm); named > 0 && named >= bestNamed {
			return c.fig
		}
	}
	return nil
}

// literalCount is how many of an indicator's bigrams the question norm
// writes itself.
func literalCount(indicator, norm string) int {
	return writtenIn(bigrams(rag.Normalize(indicator)), norm)
}
