package figures

import (
	"slices"
	"strings"
	"unicode"

	"github.com/reportbot/reportbot/rag"
)

// pairFigures are, for each figure of a pair (premiseRun.paired), the
// report's figure its own words are best held to; nil where none may be.
// nil when the question is no pair.
func (pr *premiseRun) pairFigures(stated []Mention) []*Figure {
	if pr.paired == nil {
		return nil
	}
	out := make([]*Figure, len(stated))
	for i, m := range stated {
		if m.Value.Unit == "" && strings.HasSuffix(m.Text, "亿") {
			m.Value.Unit = "元"
		}
		bare := bareNone
		if m.Value.Unit == "" && endsClauseClaim(pr.rs, stated, i) {
			bare = bareIs // "开复工项目502，新建…": 502 is its clause's claim
		}
		_, comparable, _ := statedSearch(m, pr.rs, pr.paired[i], pr.kind, bare, pr.idx, pr.report)
		if len(comparable) > 0 {
			out[i] = comparable[0].fig
		}
	}
	return out
}

// pairSibling is the report's figure the i-th figure of a pair is of when
// its own words name too little of any indicator to compare it ("人大代表
// 建议198件、政协提案126件": 人大代表建议 is half of 市政府承办的人大代表建议;
// "粳稻全产业链产值145亿元，大豆105亿元": 大豆 leaves out the head), when
// the pair is swapped: the figure stated is the one the report gives for
// another thing of the pair. It is one found in that thing's paragraph,
// in the stated unit, whose indicator writes a word of this figure's own
// that the other figures' words lack. Without it a swapped pair is only
// half corrected; a pair that is not swapped is left as it was (a right
// figure here confirms nothing the words do not name). Empty when there
// is none.
func (pr *premiseRun) pairSibling(i int, m Mention, own string, found []scored) []scored {
	var paras []paragraphRef
	for j, f := range pr.pairFigs {
		if j != i && f != nil && m.Value.Admits(f.Amount()) {
			paras = append(paras, paragraphRef{f.Report, f.Paragraph})
		}
	}
	if len(paras) == 0 {
		return nil
	}
	var others strings.Builder
	for j, w := range pr.paired {
		if j != i {
			others.WriteString(rag.Normalize(w))
		}
	}
	var mine []string
	for _, g := range bigrams(rag.Normalize(own)) {
		if !strings.Contains(others.String(), g) {
			mine = append(mine, g)
		}
	}
	for _, c := range found {
		at := paragraphRef{c.fig.Report, c.fig.Paragraph}
		if !slices.Contains(paras, at) || !UnitsCompatible(m.Value.Unit, c.fig.Unit) {
			continue
		}
		ind := rag.Normalize(c.fig.Indicator)
		if slices.ContainsFunc(mine, func(g string) bool { return strings.Contains(ind, g) }) {
			return []scored{c}
		}
	}
	return nil
}

// inPairParagraph is comparable with a figure of the paragraph another
// figure of the pair is held to put first, when the best is of none of
// them and the figure's own words name that one's indicator whole: the
// things a question lists in one breath are one list of the report
// ("央地合作项目谋划梳理19个、新签约87个": 新签约 is ¶10's, beside 谋划梳理,
// not ¶8's 新签约注册项目, which the search scores higher).
func (pr *premiseRun) inPairParagraph(i int, m Mention, own string, comparable []scored) []scored {
	paras := pr.pairParagraphs(i)
	if len(paras) == 0 || len(comparable) > 0 && slices.Contains(paras, paragraphRef{comparable[0].fig.Report, comparable[0].fig.Paragraph}) {
		return comparable
	}
	norm := rag.Normalize(own)
	score := 1.0
	if len(comparable) > 0 {
		score = comparable[0].score
	}
	for _, at := range paras {
		figs := pr.idx.inParagraph(at.report, at.paragraph)
		for k := range figs {
			f := &figs[k]
			if f.Unit != UnitRank && UnitsCompatible(m.Value.Unit, f.Unit) && literalShare(f.Indicator, norm) == 1 && !slices.Contains(pr.pairFigs, f) {
				return []scored{{fig: f, score: score, coverage: 1}} // the others are of another list
			}
		}
	}
	return comparable
}

// pairParagraphs are the paragraphs the figures of the pair other than
// the i-th are held to (pairFigures).
func (pr *premiseRun) pairParagraphs(i int) []paragraphRef {
	var paras []paragraphRef
	for j, f := range pr.pairFigs {
		if j != i && f != nil && !slices.Contains(paras, paragraphRef{f.Report, f.Paragraph}) {
			paras = append(paras, paragraphRef{f.Report, f.Paragraph})
		}
	}
	return paras
}

// inPairParagraphs are the figures of found in the paragraphs the pair's
// other figures are held to: a thing named by a verb alone ("开复工项目
// 502，新建300个": 新建 of ¶8's 新建项目, not of 新建农村公路 or 新建充电
// 装置点) is of the list its pair's other things come from.
func (pr *premiseRun) inPairParagraphs(i int, found []scored) []scored {
	paras := pr.pairParagraphs(i)
	return slices.DeleteFunc(slices.Clone(found), func(c scored) bool {
		return !slices.Contains(paras, paragraphRef{c.fig.Report, c.fig.Paragraph})
	})
}

// minOwnNamed is the share of a pair figure's own words an indicator
// must write for ownNamed to hold the figure to it.
const minOwnNamed = 0.75

// ownNamed is the figure found that writes most of the i-th figure of a
// pair's own words when those name too little of any indicator to
// compare it by coverage: "新增航线2条、体验店50个" — 体验店 is a small part
// of 在全国推广建设盘锦河蟹平台体验店, yet all of its words are there. The
// figure must be the one best such, in a unit the stated one compares
// with. Empty when none writes minOwnNamed of them, or two tie in the
// stated measure word too.
func ownNamed(m Mention, own string, found []scored) []scored {
	core := []rune(rag.Normalize(ownCore(own)))
	if len(core) < 2 {
		return nil
	}
	var best []scored
	top := 0.0
	for _, c := range found {
		if c.fig.Unit == UnitRank || !UnitsCompatible(m.Value.Unit, c.fig.Unit) {
			continue
		}
		ind := rag.Normalize(c.fig.Indicator)
		switch share := writtenShare(core, ind); {
		case share > top:
			best, top = []scored{c}, share
		case share == top && len(best) > 0 && rag.Normalize(best[0].fig.Indicator) != ind:
			best = append(best, c)
		}
	}
	if len(best) > 1 {
		// A tie is broken by the measure word stated: 130台 counts the
		// buses (购置公交车辆132台), not the routes (公交线路10条).
		best = slices.DeleteFunc(best, func(c scored) bool { return c.fig.Unit != m.Value.Unit })
	}
	if len(best) > 1 && !slices.ContainsFunc(best[1:], func(c scored) bool { return c.fig.Text != best[0].fig.Text }) {
		// One thing written of twice, the same figure each time (30万吨级
		// 原油码头, its work done last year and finished this year): no tie.
		best = best[:1]
	}
	if top < minOwnNamed || len(best) != 1 {
		return nil
	}
	return best
}

// writtenShare is the share of the runes of words that text writes in
// runs of two or more as they stand: "体验店开" is three quarters written
// in 盘锦河蟹平台体验店, its verb aside.
func writtenShare(words []rune, text string) float64 {
	covered := make([]bool, len(words))
	for i := range words {
		for j := i + 2; j <= len(words) && strings.Contains(text, string(words[i:j])); j++ {
			for k := i; k < j; k++ {
				covered[k] = true
			}
		}
	}
	n := 0
	for _, c := range covered {
		if c {
			n++
		}
	}
	return float64(n) / float64(len(words))
}

// ownCore is a pair figure's own words without the marks that part it
// from the others, its period and the words that close a claim.
func ownCore(own string) string {
	return withoutPeriod(rag.TrimClaimTail(withoutMarks(own)))
}

// withoutMarks is s without punctuation, spaces and the marks that part a
// pair's figures.
func withoutMarks(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) || unicode.IsSpace(r) || strings.ContainsRune(pairSeps, r) {
			return -1
		}
		return r
	}, s)
}

// claimThing is what a question that states figures of one thing names
// them of: its words without the figures, their marks, the words of
// periods and of aiming, and those that close a claim ("苇田去年70万亩今年
// 80万亩对吗": 苇田). ownNamed holds the figures to the indicator that
// writes it when it is too short a part of the indicator's name to
// compare by coverage (苇田 of 苇田鱼虾蟹立体生态养殖面积). Hearsay words
// (听说, 据说) are left out too: they tell how the asker came by the
// claim, and counted as its thing's words they leave the thing's own
// name too small a share to hold the figure to.
func claimThing(rs []rune, stated []Mention) string {
	var b strings.Builder
	from := 0
	for _, m := range stated {
		b.WriteString(string(rs[from:m.Start]) + " ")
		from = m.End
	}
	b.WriteString(string(rs[from:]))
	// 听说 of "…多大？听说是5平方公里" names no thing: how the claim came.
	w := rag.WithoutHearsay(withoutMarks(b.String()))
	for _, p := range periodWords {
		w = strings.ReplaceAll(w, p, "")
	}
	for _, a := range aimWords {
		w = strings.ReplaceAll(w, a, "")
	}
	return rag.TrimClaimTail(w)
}
