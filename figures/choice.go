package figures

import (
	"slices"
	"strings"
	"unicode"

	"github.com/reportbot/reportbot/rag"
)

// choice is a question asking which of two or more indicators a figure
// it states is of: "39.7%是进出口还是固投的增速", "进出口和固投哪个增长了
// 39.7%", "Was 39.7% the growth of imports and exports or of fixed-asset
// investment?". It claims the figure for none of them: each alternative
// is looked up, and the one the report gives the figure for answers.
type choice struct {
	stated Mention
	alts   []string // each alternative's words, the stated figure left out
}

// readChoice reads a choice from a question whose figures (statedFigures)
// are stated; not ok when it asks no choice between things the words name
// ("5.5%是去年的还是今年的" chooses a period, "是增长还是下降" a way,
// "5.5%左右还是6%" between figures).
func readChoice(question string, stated []Mention) (choice, bool) {
	m, ok := oneStatedValue(stated)
	if !ok {
		return choice{}, false
	}
	rs := []rune(question)
	lower := []rune(strings.ToLower(question))
	var alts [][]rune
	switch {
	case strings.Contains(question, "还是") && !adverbialStill(question):
		alts = orAlternatives(rs, m, stated, "还是")
	case containsAnyOf(question, whichWords...):
		alts = whichAlternatives(rs, m, stated)
	case strings.Contains(string(lower), " or "):
		alts = orAlternatives(lower, m, stated, " or ")
	}
	if len(alts) < 2 {
		return choice{}, false
	}
	ch := choice{stated: m}
	for _, a := range alts {
		s := strings.TrimSpace(string(a))
		if !namesThing(s) {
			return choice{}, false
		}
		ch.alts = append(ch.alts, s)
	}
	return ch, true
}

// oneStatedValue is the one figure, in a unit, that every stated figure
// with a unit gives ("進出口增長39.7%還是固投增長39.7%" states it twice);
// not ok when there is none, or two values are asked between. stated
// are read with spokenMoney.
func oneStatedValue(stated []Mention) (Mention, bool) {
	var first *Mention
	for i := range stated {
		m := &stated[i]
		if m.Value.Unit == "" || m.Value.Unit == UnitRank {
			continue
		}
		if first == nil {
			first = m
			continue
		}
		if !first.Value.SameNumber(m.Value) || !UnitsCompatible(first.Value.Unit, m.Value.Unit) {
			return Mention{}, false
		}
	}
	if first == nil {
		return Mention{}, false
	}
	return *first, true
}

// adverbialStill reports whether the first 还是 of a question is the
// adverb "still" ("还是没完成", "还是要"), which joins no alternatives.
func adverbialStill(question string) bool {
	_, after, _ := strings.Cut(question, "还是")
	return startsWithAny(after, []string{"不", "没", "要", "很", "会", "得", "挺", "比较", "一样", "那样", "老样子"})
}

// spokenMoney are ms with a bare 亿 read as money ("147亿是…",
// "交易额105亿吧"): in speech it is, as premise reads it. So is an
// amount in mixed scales that holds one (451亿5000万): its 万 is no count.
func spokenMoney(ms []Mention) []Mention {
	out := slices.Clone(ms)
	for i := range out {
		if out[i].Value.Unit == "" && (strings.HasSuffix(out[i].Text, "亿") || mixedWithYi(out[i].Text)) {
			out[i].Value.Unit = "元"
		}
	}
	return out
}

// whichWords ask which of the things named before them ("进出口和固投哪个
// 增长了39.7%").
var whichWords = []string{"哪个", "哪一个", "哪项", "哪一项", "哪种"}

// orAlternatives are the alternatives of a question that joins them with
// sep (还是, " or "), within the clause that holds the first sep: the
// first runs back to the figure's copula when the figure comes before it
// ("39.7%是进出口还是固投": 进出口), else to the clause's start; the last
// runs to the clause's end. The stated figures are left out of them.
func orAlternatives(rs []rune, m Mention, stated []Mention, sep string) [][]rune {
	s := string(rs)
	at := strings.Index(s, sep)
	first := len([]rune(s[:at]))
	start, end := clauseStart(rs, first), nextMark(rs, first)
	parts := splitRunes(rs, start, end, []string{sep})
	if len(parts) < 2 {
		return nil
	}
	parts[0] = afterCopula(rs, parts[0], m)
	if len(parts) == 2 {
		// "A、B还是C": a list before the last sep.
		if head := splitRunes(rs, parts[0].lo, parts[0].hi, []string{"、"}); len(head) > 1 {
			parts = append(head, parts[1])
		}
	}
	return altWords(rs, parts, stated)
}

// whichAlternatives are the things named before a which-word, joined by
// 和, 与, 跟, 、 or 还是 ("进出口和固投哪个增长了39.7%"); "39.7%是进出口和固投
// 中的哪个" names them after the figure's copula.
func whichAlternatives(rs []rune, m Mention, stated []Mention) [][]rune {
	s := string(rs)
	at := rag.FirstIndexOfAny(s, whichWords)
	i := len([]rune(s[:at]))
	lo := clauseStart(rs, i)
	if lo > 0 && strings.TrimSpace(string(rs[lo:i])) == "" && strings.ContainsRune("，,", rs[lo-1]) {
		// "进出口和固投，哪个增长了39.7%": the things are the clause before.
		i, lo = lo-1, clauseStart(rs, lo-1)
	}
	sp := afterCopula(rs, runeSpan{lo, i}, m)
	return altWords(rs, splitRunes(rs, sp.lo, sp.hi, []string{"和", "与", "跟", "及", "、", "还是", "或"}), stated)
}

// runeSpan is runes [lo,hi) of a text.
type runeSpan struct{ lo, hi int }

// splitRunes cuts runes [lo,hi) of rs at every separator.
func splitRunes(rs []rune, lo, hi int, seps []string) []runeSpan {
	var out []runeSpan
	from := lo
	for i := lo; i < hi; i++ {
		for _, sep := range seps {
			if hasPrefixAt(rs[:hi], i, sep) {
				out = append(out, runeSpan{from, i})
				from = i + len([]rune(sep))
				i = from - 1
				break
			}
		}
	}
	return append(out, runeSpan{from, hi})
}

// copulas say what a figure before them is: "39.7%是进出口还是固投",
// "增长39.7%的是固投还是进出口".
var copulas = []string{"指的是", "说的是", "的是", "是指", "属于", "是"}

// afterCopula is sp from the copula after figure m, when m lies in it
// and a copula follows it; sp as it is otherwise ("进出口增长39.7%还是").
func afterCopula(rs []rune, sp runeSpan, m Mention) runeSpan {
	if m.Start < sp.lo || m.End > sp.hi {
		return sp
	}
	i := m.End
	for i < sp.hi && rs[i] == ' ' {
		i++
	}
	for _, c := range copulas {
		if hasPrefixAt(rs[:sp.hi], i, c) {
			return runeSpan{i + len([]rune(c)), sp.hi}
		}
	}
	return sp
}

// altWords are the words of each span without the stated figures in it
// and the words that end a question (呢, 吗, 的增速 stays: it names).
func altWords(rs []rune, spans []runeSpan, stated []Mention) [][]rune {
	out := make([][]rune, 0, len(spans))
	for _, sp := range spans {
		var w []rune
		for i := sp.lo; i < sp.hi; i++ {
			if !inMention(i, stated) {
				w = append(w, rs[i])
			}
		}
		out = append(out, []rune(strings.TrimRight(string(w), "呢吗啊呀吧的 ")))
	}
	return out
}

func inMention(i int, ms []Mention) bool {
	for _, m := range ms {
		if i >= m.Start && i < m.End {
			return true
		}
	}
	return false
}

// namesThing reports whether an alternative's words name a thing, not
// only a period, a kind of figure or a way it moved ("去年的", "增长",
// "last year's").
func namesThing(alt string) bool {
	core := strings.ToLower(alt)
	for _, w := range choiceless {
		core = strings.ReplaceAll(core, w, " ")
	}
	for _, w := range changeWords {
		core = strings.ReplaceAll(core, w.word, " ")
	}
	if strings.ContainsFunc(core, unicode.IsDigit) {
		return false
	}
	for _, f := range strings.Fields(core) {
		if strings.ContainsFunc(f, func(r rune) bool { return unicode.Is(unicode.Han, r) }) || len(f) > 2 && !englishFiller[f] {
			return true
		}
	}
	return false
}

// choiceless are words an alternative may hold that name no thing: those
// of a claim's name (nameless) and English periods and kinds.
var choiceless = append(append([]string{}, nameless...), "降幅", "涨幅", "上年", "前年", "本年",
	"this year's", "last year's", "this year", "last year", "target", "result", "growth", "rate", "figure")

// englishFiller are English words of an alternative that name nothing.
var englishFiller = map[string]bool{"was": true, "is": true, "the": true, "of": true, "for": true, "that": true, "this": true,
	"did": true, "does": true, "it": true, "its": true, "one": true, "which": true, "what": true, "year's": true, "year": true,
	"more": true, "less": true, "so": true, "not": true, "else": true, "something": true, "higher": true, "lower": true}

// choose answers a question asking which of several things a figure it
// states (mentions) is of (readChoice): the figure of each alternative
// the report gives the stated figure for, no correction; when it gives
// none of them that figure, each alternative's own figure of the period
// asked corrects it. done is false, the answer left alone, when it asks
// no choice, or no alternative is named clearly enough to say either.
func (st *Stepper) choose(d *rag.Draft, mentions []Mention, scope string) (done bool, err error) {
	ch, ok := readChoice(d.Read, mentions)
	sp := st.idx.scope(scope)
	if !ok || sp == nil {
		return false, nil
	}
	kind := normKind(d.Norm(), sp)
	var holders []Figure
	var own []*Correction
	for _, alt := range ch.alts {
		found := st.idx.search(Query{Text: alt, Kind: kind, Report: scope})
		found = slices.DeleteFunc(found, func(c scored) bool { return d.OtherKindOf(alt, c.fig.Indicator) })
		if f := holding(ch.stated, found); f != nil {
			if !containsFigure(holders, f) {
				holders = append(holders, *f)
			}
			continue
		}
		if c := ownFigure(ch.stated, found, alt); c != nil {
			own = append(own, c)
		}
	}
	switch {
	case len(holders) > 0:
		if !d.Answer.Found {
			d.Answer.Parts, d.Answer.Citations, d.Answer.Found = nil, []rag.Citation{}, true
		}
		d.Matched = true
		return true, addFigureLines(d, nil, holders)
	case len(own) == 0:
		return false, nil
	}
	var lead []rag.Part
	var figs []Figure
	for _, c := range own {
		part, err := correctionPart(d, c)
		if err != nil {
			return true, err
		}
		lead = append(lead, part)
		figs = append(append(figs, c.Actual), c.Also...)
	}
	return true, addFigureLines(d, lead, figs)
}

// holding is the figure among found, an alternative's search, that the
// stated figure m is: of its unit, its number admitted.
func holding(m Mention, found []scored) *Figure {
	for _, c := range found {
		f := c.fig
		if f.Unit != "" && f.Unit != UnitRank && UnitsCompatible(m.Value.Unit, f.Unit) && m.Value.Admits(f.Amount()) {
			return f
		}
	}
	return nil
}

// ownFigure is the correction of the stated figure m by the figure an
// alternative (alt, whose search found is) names, in m's unit: named
// strongly (premiseMinCoverage), or by its words as the indicator writes
// them ("治安" of 治安警情下降). Nil when it names none.
func ownFigure(m Mention, found []scored, alt string) *Correction {
	var comparable []scored
	norm := rag.Normalize(alt)
	for _, c := range found {
		if UnitsCompatible(m.Value.Unit, c.fig.Unit) && (c.coverage >= premiseMinCoverage || namesLiterally(norm, c.fig.Indicator)) {
			comparable = append(comparable, c)
		}
	}
	if len(comparable) == 0 {
		return nil
	}
	return correctionFor(m, namedFirst(comparable, norm))
}

// namesLiterally reports whether an alternative's words, less those that
// name no thing, are written whole in an indicator.
func namesLiterally(norm, indicator string) bool {
	core := norm
	for _, w := range choiceless {
		core = strings.ReplaceAll(core, w, "")
	}
	core = strings.TrimSpace(core)
	return len([]rune(core)) >= 2 && strings.Contains(rag.Normalize(indicator), core)
}

func containsFigure(figs []Figure, f *Figure) bool {
	for _, g := range figs {
		if g.Report == f.Report && g.Paragraph == f.Paragraph && g.Start == f.Start {
			return true
		}
	}
	return false
}

// choicePeriods name a period a question may ask a figure is of: each
// side of a 还是 in "去年还是今年的".
var choicePeriods = []string{"去年", "今年", "明年", "上年", "本年", "2023年", "2024年", "2025年", "2026年"}

// asksPeriodChoice reports whether normalized text n asks which period a
// figure is of: a period word on each side of a 还是 ("去年还是今年",
// "今年的还是去年的").
func asksPeriodChoice(n string) bool {
	for rest := n; ; {
		before, after, ok := strings.Cut(rest, "还是")
		if !ok {
			return false
		}
		b := strings.TrimRight(strings.TrimSuffix(strings.TrimSpace(before), "的"), " ")
		if slices.ContainsFunc(choicePeriods, func(w string) bool { return strings.HasSuffix(b, w) }) &&
			startsWithAny(strings.TrimSpace(after), choicePeriods) {
			return true
		}
		rest = after
	}
}

// mixedWithYi: text is an amount in mixed scales led by 亿 (451亿5000万).
func mixedWithYi(text string) bool {
	_, after, ok := strings.Cut(text, "亿")
	return ok && after != "" && strings.ContainsAny(after, "0123456789")
}
