package figures

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/rag"
)

// sumClaim is a question's claim that figures the report gives
// separately add up to a total: "人大建议和政协提案一共324件吧", "两年公交车
// 一共买217台吧". The total is no figure of any one thing the question
// names: held to one of them, a right total reads as wrong.
type sumClaim struct {
	total   Mention // the total claimed, one of the question's stated figures
	at, end int     // where the word of the sum starts and ends
}

// sumCues say that the figure after them is a total, longest first;
// English ones are matched as words ("total 324", "add up to 324").
var sumCues = []string{"加在一起", "加起来", "加一起", "合起来", "一共", "总共", "合计", "总计", "共计",
	"a combined", "combined", "add up to", "adds up to", "added up to", "a total of", "in total", "totalled", "totaled", "totals", "total"}

// maxSumFill is how many runes of Chinese may stand between a word of the
// sum and its total for each thing they list: 一共新增1160个, 合计为,
// 一共办复人大代表建议和政协提案324件 (those words name what is added, and
// stay in the sum's subject; two things named by a verb take more room).
const maxSumFill = 12

// listedIn is how many things the words between a sum's word and its
// total list, joined by 和, 与, 及 or 跟: 1 when they join none.
func listedIn(fill []rune) int {
	n := 1
	for _, r := range fill {
		if strings.ContainsRune("和与及跟", r) {
			n++
		}
	}
	return n
}

// findSumClaim is the total a question claims, if any: a stated amount or
// count (not a rate: rates do not add) right after a word of the sum in
// its clause.
func findSumClaim(rs []rune, stated []Mention) (sumClaim, bool) {
	for _, m := range stated {
		u := m.Value.Unit
		if u == "" && strings.HasSuffix(m.Text, "亿") {
			m.Value.Unit = "元" // "加起来300亿": in speech a bare 亿 is money
		}
		english := m.Value.Unit == "" && englishCount(m.Value) // "total 324": a count of what is listed
		if m.Value.Unit == "" && !english || isRate(u) || u == UnitRank || m.Value.Max != m.Value.Number {
			continue
		}
		for i := m.Start - 1; i >= clauseStart(rs, m.Start); i-- {
			if end, ok := sumCueAt(rs, i, m.Start); ok {
				return sumClaim{total: m, at: i, end: end}, true
			}
		}
	}
	return sumClaim{}, false
}

// sumCueAt: a word of the sum starts at rune i, and only a few runes of
// Chinese (an English cue: nothing but spaces) stand between it and a
// figure at to. It returns where the word ends.
func sumCueAt(rs []rune, i, to int) (int, bool) {
	for _, w := range sumCues {
		end := i + utf8.RuneCountInString(w)
		if end > to || !hasPrefixAt(rs, i, w) {
			continue
		}
		if w[0] < 0x80 {
			// An English cue is a word of its own, a space (or "of") from
			// the total.
			if i > 0 && isLatin(rs[i-1]) || strings.TrimSpace(string(rs[end:to])) != "" {
				continue
			}
			return end, true
		}
		if fill := rs[end:to]; len(fill) <= maxSumFill*listedIn(fill) && rag.AllHan(fill) && (len(fill) == 0 || fill[0] != '的') {
			return end, true // 合计的项目里: the word names a kind, not a sum
		}
	}
	return 0, false
}

// sumCheck is what the report's figures say of a claimed total.
type sumCheck struct {
	parts []*Figure // the figures the question names, in its order
	items int       // the things the question lists by its words (和, 、), 1 when it lists none
	// total is the parts added in decimal, in their scale and unit ("324件");
	// "" when they cannot be added (units or scales differ, a bound).
	total  string
	approx bool // a part is approximate
	right  bool // the claim holds
	wrong  bool // the claim cannot hold, however the parts' qualifiers read
}

// checkSum finds the figures a claimed total is of and adds them: the
// figure of each year when the question adds two years ("两年", "去年和今
// 年"), else the figures of the period asked that the question's words
// name, one for each thing it lists. cut cuts words into dictionary words
// (nil: none).
func (ix *Index) checkSum(question, norm string, sc sumClaim, stated []Mention, report string, cut func(string) []string) *sumCheck {
	rs := []rune(question)
	// The things added may be listed before the word of the sum or after
	// it (一共办复人大代表建议和政协提案324件).
	items := listedItems([]rune(sumSubject(rs, sc, stated))[:sc.total.Start], stated)
	chk := &sumCheck{items: max(len(items), 1)}
	sp := ix.scope(report)
	namer := partNamer{items: items, whole: sumSubject(rs, sc, stated), total: sc.total, report: report, cut: cut}
	kind := normKind(norm, sp)
	if len(items) > 1 && namesWholeList(ix.sumCandidates(namer.whole, kind, namer), items) {
		return &sumCheck{items: 1} // "新建和改造城市公园": one indicator's name lists things
	}
	if given := ix.statedParts(namer.whole, kind, statedBefore(stated, sc), report); given != nil {
		chk.parts, chk.items = given, len(given)
	} else if addsYears(norm, sp) {
		chk.parts = ix.yearParts(namer.whole, sc.total, report)
	} else {
		byKind := ix.partsByKind(namer, kind)
		if totalledByOne(byKind, items) {
			return &sumCheck{items: 1} // "盘锦大米和盘锦河蟹的品牌价值": the report totals them itself
		}
		chk.parts = namedParts(byKind)
	}
	if !chk.judged() || nested(chk.parts) {
		return chk
	}
	chk.add(sc.total)
	return chk
}

// partsByKind are the parts the question's words name among the figures
// of kind, or of each kind, results first, when kind is "": found once,
// for both totalledByOne and namedParts.
func (ix *Index) partsByKind(pn partNamer, kind Kind) [][]*Figure {
	if kind != "" {
		return [][]*Figure{ix.partsOfKind(pn, kind)}
	}
	return [][]*Figure{ix.partsOfKind(pn, KindResult), ix.partsOfKind(pn, KindTarget)}
}

// totalledByOne reports whether the things the question lists (two or
// more) are all named by one figure of a kind, the same for each
// (oneFigureOfAll).
func totalledByOne(byKind [][]*Figure, items []string) bool {
	if len(items) < 2 {
		return false
	}
	for _, parts := range byKind {
		if oneFigureOfAll(parts, items) {
			return true
		}
	}
	return false
}

// oneFigureOfAll reports whether the one figure found for the things
// listed (two or more) lists them itself, member for member: the
// report's own total of them ("盘锦大米和盘锦河蟹品牌价值…合计突破千亿
// 元"), which the claimed total is a figure of, not a sum. A figure that
// merely shares words with each ("亿元以上项目" for 今年亿元以上项目 and
// 新签约亿元以上项目) lists nothing.
func oneFigureOfAll(parts []*Figure, items []string) bool {
	if len(parts) != 1 {
		return false
	}
	members := listedItems([]rune(rag.Normalize(parts[0].Indicator)), nil)
	if len(members) != len(items) {
		return false
	}
	for i, m := range members {
		gs := bigrams(m)
		if len(gs) == 0 || 2*containedBigrams(gs, rag.Normalize(items[i])) < len(gs) {
			return false
		}
	}
	return true
}

// containedBigrams counts the bigrams of gs that text holds.
func containedBigrams(gs []string, text string) int {
	n := 0
	for _, g := range gs {
		if strings.Contains(text, g) {
			n++
		}
	}
	return n
}

// judged reports whether the parts found may judge the claim: two or
// more, as many as the things the question lists, and when it lists none
// by its words ("国考省考断面"), of one paragraph or a year each.
func (chk *sumCheck) judged() bool {
	if len(chk.parts) < 2 {
		return false
	}
	if chk.items > 1 {
		return len(chk.parts) == chk.items
	}
	for _, f := range chk.parts[1:] {
		if f.Paragraph != chk.parts[0].Paragraph || f.Report != chk.parts[0].Report {
			return chk.parts[0].Kind != f.Kind // two years' figures: addsYears paired them
		}
	}
	return true
}

// nested reports whether a part is a 其中 share of another part
// ("新签约注册项目300个，其中亿元以上项目80个"): the share is counted in
// its whole already, so their sum is the total of nothing.
func nested(parts []*Figure) bool {
	for _, f := range parts {
		if f.Whole != "" && slices.ContainsFunc(parts, func(g *Figure) bool { return g != f && g.Indicator == f.Whole }) {
			return true
		}
	}
	return false
}

// claimsTotal reports whether the stated total is the sum's, not a
// figure of one thing: the question lists things, or names two figures.
func (chk *sumCheck) claimsTotal() bool { return chk.items > 1 || len(chk.parts) > 1 }

// sumSubject is the question's words without the claim and the figures
// it states, rune for rune: what names the things added ("去年人大建议和
// 政协提案 吧").
func sumSubject(rs []rune, sc sumClaim, stated []Mention) string {
	out := slices.Clone(rs)
	for i := sc.at; i < sc.end; i++ {
		out[i] = ' '
	}
	for _, m := range stated {
		for i := m.Start; i < m.End; i++ {
			out[i] = ' '
		}
	}
	return string(out)
}

// listSeparators list things in a question: 人大建议和政协提案, 稻蟹、苇田.
var listSeparators = []string{"以及", "和", "与", "及", "跟", "、", " and ", ", "}

// listedItems are the things a question's words before its total list,
// cut at its separators, and at a 加 right after a stated figure
// ("新建项目272个加续建项目230个"); none when it lists nothing.
func listedItems(rs []rune, stated []Mention) []string {
	var items []string
	from := 0
	cutAt := func(i, n int) {
		if it := strings.Trim(string(rs[from:i]), " ，,"); it != "" {
			items = append(items, it)
		}
		from = i + n
	}
	for i := 0; i < len(rs); i++ {
		if rs[i] == '加' && slices.ContainsFunc(stated, func(m Mention) bool { return m.End == i }) {
			cutAt(i, 1)
			continue
		}
		for _, w := range listSeparators {
			if hasPrefixAt(rs, i, w) {
				n := utf8.RuneCountInString(w)
				cutAt(i, n)
				i += n - 1
				break
			}
		}
	}
	if from == 0 {
		return nil
	}
	cutAt(len(rs), 0)
	return items
}

// statedBefore are the figures a question states before its total, in
// a unit the total may count: the parts it gives itself ("1个省级2个市级
// 产教联合体，总共4个").
func statedBefore(stated []Mention, sc sumClaim) []Mention {
	var out []Mention
	for _, m := range stated {
		if m.End <= sc.at && m.Value.Unit != "" && UnitsCompatible(m.Value.Unit, sc.total.Value.Unit) {
			out = append(out, m)
		}
	}
	return out
}

// statedParts are the report's figures of the parts a question states,
// all of one paragraph of the period asked, the one the question's words
// score first: the question's own numbers, each the report's. nil when
// it states fewer than two, or no paragraph gives them all.
func (ix *Index) statedParts(words string, kind Kind, given []Mention, report string) []*Figure {
	if len(given) < 2 {
		return nil
	}
	tried := map[[2]any]bool{}
	for _, c := range ix.search(Query{Text: words, Kind: kind, Report: report}) {
		key := [2]any{c.fig.Report, c.fig.Paragraph}
		if tried[key] {
			continue
		}
		tried[key] = true
		figs := ix.inParagraph(c.fig.Report, c.fig.Paragraph)
		var out []*Figure
		for _, m := range given {
			i := slices.IndexFunc(figs, func(f Figure) bool { return m.Value.Equal(f.Amount()) && f.Qualifier == "" })
			if i < 0 || slices.Contains(out, &figs[i]) {
				break
			}
			out = append(out, &figs[i])
		}
		if len(out) == len(given) {
			return out
		}
	}
	return nil
}

// addsYears reports whether a question adds up two years: 两年, 去年和今年,
// or two years of the report written out.
func addsYears(norm string, sp *span) bool {
	if containsAnyOf(norm, "两年", "二年", "去年和今年", "去年加今年", "今年和去年") {
		return true
	}
	kinds := map[Kind]bool{}
	if sp != nil {
		for _, y := range sp.years {
			if strings.Contains(norm, y.year) {
				kinds[y.kind] = true
			}
		}
	}
	return len(kinds) == 2
}

// yearParts are the review year's result and the plan year's target of
// the one indicator the question names, paired as a claimed difference's
// are (sameMeasure, a year and the next of one report); nil when none.
func (ix *Index) yearParts(words string, total Mention, report string) []*Figure {
	for _, b := range ix.gapCandidates(words, KindResult, total, report) {
		for _, t := range ix.gapCandidates(words, KindTarget, total, report) {
			if sameMeasure(*b, *t) && b.Report == t.Report && t.Period.Year == b.Period.Year+1 {
				return []*Figure{b, t}
			}
		}
	}
	return nil
}

// partNamer holds what names the parts of a claimed total.
type partNamer struct {
	items  []string // the things the question lists, if it lists any
	whole  string   // the question's words without the claim and its figures
	total  Mention
	report string
	cut    func(string) []string
}

// namedParts are the parts of the one kind asked, or without a period
// asked, of the one kind whose figures give two parts or more; nil when
// both do.
func namedParts(byKind [][]*Figure) []*Figure {
	if len(byKind) == 1 {
		return byKind[0]
	}
	res, tgt := byKind[0], byKind[1]
	switch {
	case len(res) > 1 && len(tgt) > 1:
		return nil
	case len(res) > 1:
		return res
	}
	return tgt
}

// maxSumCandidates bounds the figures a question's words are matched to.
const maxSumCandidates = 16

// partsOfKind names the parts among the figures of kind the question's
// words score, in a unit the total may count. Each thing listed gets the
// figure whose indicator holds most of its bigrams (then the best
// scoring); a question that lists nothing by its words ("国考省考断面")
// gives each bigram to the figure holding most of the others, bigrams
// spanning two dictionary words left out (新建|续建 is no word of either).
// nil when a part is the total itself: a whole, not a sum.
func (ix *Index) partsOfKind(pn partNamer, kind Kind) []*Figure {
	cands := ix.sumCandidates(pn.whole, kind, pn)
	var parts []*Figure
	add := func(f *Figure) {
		if f != nil && !slices.Contains(parts, f) {
			parts = append(parts, f)
		}
	}
	if len(pn.items) > 1 {
		// Each thing's own words find its figure: the whole question's
		// may score it below half of another's, and the search drops it.
		for _, it := range pn.items {
			add(bestHolder(append(ix.sumCandidates(it, kind, pn), cands...), bigrams(rag.Normalize(it))))
		}
	} else {
		gs := wordBigrams(rag.Normalize(pn.whole), pn.cut)
		held := make([]scored, len(cands))
		for i, c := range cands {
			held[i] = scored{fig: c.fig, score: c.score, coverage: float64(holds(c.fig, gs))}
		}
		for _, g := range gs {
			add(bestHolder(held, []string{g}))
		}
	}
	for _, f := range parts {
		if pn.total.Value.SameNumber(f.Amount()) {
			return nil
		}
	}
	return parts
}

// namesWholeList reports whether a figure's indicator holds every thing
// listed, in order: the list is that one indicator's name (新建和改造城市
// 公园 20处), not things added.
func namesWholeList(cands []scored, items []string) bool {
	for _, c := range cands {
		ind, at := rag.Normalize(c.fig.Indicator), 0
		all := true
		for _, it := range items {
			it = rag.Normalize(trimPeriodWords(it))
			i := strings.Index(ind[at:], it)
			if it == "" || i < 0 {
				all = false
				break
			}
			at += i + len(it)
		}
		if all {
			return true
		}
	}
	return false
}

// trimPeriodWords is an item without the period words a question opens
// with (去年, 今年, 2024年).
func trimPeriodWords(it string) string {
	for changed := true; changed; {
		changed = false
		for _, w := range []string{"去年", "今年", "明年", "全年", "年"} {
			if t := strings.TrimPrefix(it, w); t != it {
				it, changed = t, true
			}
		}
		if t := strings.TrimLeft(it, "0123456789"); t != it && strings.HasPrefix(t, "年") {
			it, changed = strings.TrimPrefix(t, "年"), true
		}
	}
	return it
}

// sumCandidates are the figures of kind that words score, in a unit the
// total may count (no rate: rates do not add), the best first.
func (ix *Index) sumCandidates(words string, kind Kind, pn partNamer) []scored {
	var cands []scored
	for _, c := range ix.search(Query{Text: words, Kind: kind, Report: pn.report}) {
		if c.fig.Unit != "" && c.fig.Unit != UnitRank && !isRate(c.fig.Unit) && UnitsCompatible(pn.total.Value.Unit, c.fig.Unit) {
			cands = append(cands, c)
		}
		if len(cands) == maxSumCandidates {
			break
		}
	}
	return cands
}

// bestHolder is the figure of cands whose indicator holds most of gs,
// then the most of what coverage counts (partsOfKind), then the best
// scoring; nil when none holds any.
func bestHolder(cands []scored, gs []string) *Figure {
	best, bestN := -1, 0
	for i, c := range cands {
		n := holds(c.fig, gs)
		if n == 0 {
			continue
		}
		b := scored{}
		if best >= 0 {
			b = cands[best]
		}
		if best < 0 || n > bestN || n == bestN && (c.coverage > b.coverage || c.coverage == b.coverage && c.score > b.score) {
			best, bestN = i, n
		}
	}
	if best < 0 {
		return nil
	}
	return cands[best].fig
}

// holds counts the bigrams of gs that f's indicator holds.
func holds(f *Figure, gs []string) int {
	return containedBigrams(gs, rag.Normalize(f.Indicator))
}

// wordBigrams are norm's bigrams but those spanning two dictionary words
// of two runes or more (cut; nil keeps all).
func wordBigrams(norm string, cut func(string) []string) []string {
	if cut == nil {
		return bigrams(norm)
	}
	var out []string
	ws := cut(norm)
	for i, w := range ws {
		out = append(out, bigrams(w)...)
		if i+1 < len(ws) {
			a, b := []rune(w), []rune(ws[i+1])
			if len(a) == 1 || len(b) == 1 {
				out = append(out, string(a[len(a)-1])+string(b[0])) // 国|考: no word the dictionary knows
			}
		}
	}
	return out
}

// add adds the parts in decimal when they can be added — one unit, one
// scale as written, no bound — and holds the claimed total to them: right
// when it is their sum (or admits it), wrong when no reading of the
// parts' qualifiers reaches it.
func (chk *sumCheck) add(total Mention) {
	_, unit := writtenScale(*chk.parts[0])
	var texts []string
	var sum, lo, hi float64
	for _, f := range chk.parts {
		_, u := writtenScale(*f)
		l, h, ok := gapReach(f.Amount())
		if u != unit || f.Unit != chk.parts[0].Unit || f.Max != f.Value || !ok || math.IsInf(l, 0) || math.IsInf(h, 0) {
			return // 276个 and 4166部, 1.2万亩 and 4400亩, 10家以上: not added
		}
		chk.approx = chk.approx || f.Qualifier != ""
		texts = append(texts, writtenDigits(f.Text))
		sum, lo, hi = sum+f.Value, lo+l, hi+h
	}
	digits, ok := addDecimal(texts)
	if !ok {
		return
	}
	chk.total = digits + unit
	clo, chi := reach(total.Value)
	chk.wrong = chi < lo && !approxEqual(chi, lo) || clo > hi && !approxEqual(clo, hi)
	v := Value{Number: sum, Max: sum, Unit: chk.parts[0].Unit}
	chk.right = !chk.wrong && (approxEqual(sum, total.Value.Number) && total.Value.Qualifier == "" || total.Value.Qualifier != "" && total.Value.Admits(v))
}

// writtenDigits are the digits of a figure's number as written: "2.63" of
// "2.63亿元", "1900" of "1,900".
func writtenDigits(text string) string {
	f := fold([]rune(text))
	i, j := digitRun(f)
	if i < 0 {
		return ""
	}
	return strings.TrimRight(strings.ReplaceAll(string(f[i:j]), ",", ""), ".")
}

// addDecimal adds numbers written in decimal exactly, as whole numbers of
// their finest place: 2.63 + 6.7 is 9.33, not 9.329999999999998.
func addDecimal(nums []string) (string, bool) {
	places := 0
	for _, n := range nums {
		if _, frac, ok := strings.Cut(n, "."); ok {
			places = max(places, len(frac))
		}
	}
	if places > 6 {
		return "", false
	}
	var total int64
	for _, n := range nums {
		whole, frac, _ := strings.Cut(n, ".")
		if whole == "" && frac == "" || len(whole) > 12 {
			return "", false
		}
		var v int64
		for _, r := range whole + frac + strings.Repeat("0", places-len(frac)) {
			if r < '0' || r > '9' {
				return "", false
			}
			v = v*10 + int64(r-'0')
		}
		total += v
	}
	s := strconv.FormatInt(total, 10)
	if places == 0 {
		return s, true
	}
	for len(s) <= places {
		s = "0" + s
	}
	s = s[:len(s)-places] + "." + s[len(s)-places:]
	return strings.TrimSuffix(strings.TrimRight(s, "0"), "."), true
}

// sumClaimed answers a claimed total (findSumClaim) the report's figures
// judge: with the figures and their computed total, as a correction when
// they do not bear it out. done is false when the question claims none,
// the figures cannot judge it, or another figure it states is wrong: the
// step goes on with mentions, less the total when it is the sum's (no
// figure of one thing may confirm or correct it).
func (st *Stepper) sumClaimed(d *rag.Draft, mentions []Mention, scope string) (rest []Mention, done bool, err error) {
	sc, ok := findSumClaim([]rune(d.Read), mentions)
	if !ok {
		return mentions, false, nil
	}
	chk := st.idx.checkSum(d.Read, d.Norm(), sc, mentions, scope, d.Words)
	if !chk.claimsTotal() {
		return mentions, false, nil
	}
	rest = withoutMention(mentions, sc.total)
	if !chk.right && !chk.wrong {
		return rest, false, nil
	}
	if others := chk.notParts(rest); len(others) > 0 {
		if c, _ := st.correction(d, others, scope, nil); c != nil {
			return rest, false, nil
		}
	}
	return rest, true, st.sumAnswer(d, sc, chk)
}

// notParts are the stated figures ms that are none of the parts: "新建
// 项目272个加续建项目230个，一共502个" states two parts, which the parts
// found bear out.
func (chk *sumCheck) notParts(ms []Mention) []Mention {
	var out []Mention
	for _, m := range ms {
		if !slices.ContainsFunc(chk.parts, func(f *Figure) bool { return m.Value.Equal(f.Amount()) }) {
			out = append(out, m)
		}
	}
	return out
}

// sumAnswer answers with the sum: the figures added, each cited, and their
// total, bearing out the claim or correcting it; then the clause of each
// figure, quoted. What the engine found nearest is dropped: it need not
// hold the parts ("开工项目和竣工项目" found 当年开工、当年竣工 of roads).
func (st *Stepper) sumAnswer(d *rag.Draft, sc sumClaim, chk *sumCheck) error {
	ans := d.Answer
	ans.Parts, ans.Citations, ans.Figures, ans.Found = nil, []rag.Citation{}, nil, true
	if ans.Understood != nil {
		ans.Understood.Grounding = ""
	}
	sum := &rag.Sum{Value: chk.total, Approx: chk.approx}
	var cites, quoted []int
	seen := map[paragraphRef]bool{}
	for _, f := range chk.parts {
		c, err := clauseCitation(d, *f)
		if err != nil {
			return err
		}
		i := ans.Cite(c)
		if !slices.Contains(quoted, i) {
			quoted = append(quoted, i)
		}
		if at := (paragraphRef{f.Report, f.Paragraph}); !seen[at] {
			seen[at] = true // one mark a paragraph: 〔¶27〕, not 〔¶27〕〔¶27〕
			cites = append(cites, i)
		}
		af := f.JSON()
		sum.Of = append(sum.Of, af)
		ans.Figures = append(ans.Figures, af)
	}
	p := rag.Part{Type: rag.PartSum, Stated: sc.total.Text, Sum: sum, Citations: cites}
	if chk.wrong {
		p.Type = rag.PartCorrection
	}
	ans.Parts = []rag.Part{p, rag.IntroPart(d.Intent.Lang)}
	for _, i := range quoted {
		ans.Parts = append(ans.Parts, rag.Part{Type: rag.PartQuote, Text: ans.Citations[i].Quote, Citations: []int{i}})
	}
	d.Derived = true
	return nil
}

// clauseCitation cites the clause of its paragraph that holds figure f
// (rag.Clauses), as the report writes it: what the figure is of.
func clauseCitation(d *rag.Draft, f Figure) (rag.Citation, error) {
	p, err := d.Paragraph(f.Report, f.Paragraph)
	if err != nil {
		return rag.Citation{}, fmt.Errorf("figures: %w", err)
	}
	start, end := f.Start, f.End
	for _, sp := range rag.Clauses(p.Text) {
		if sp.Start <= f.Start && f.End <= sp.End {
			start, end = sp.Start, sp.End
			break
		}
	}
	rs := []rune(p.Text)
	for start < f.Start && unicode.IsSpace(rs[start]) {
		start++
	}
	for end > f.End && strings.ContainsRune("，,：:；;", rs[end-1]) {
		end-- // the clause's mark joins it to the next, which is not quoted
	}
	c, err := d.SpanCitation(f.Report, f.Paragraph, start, end, f.Period)
	if err != nil {
		return rag.Citation{}, fmt.Errorf("figures: %w", err)
	}
	return c, nil
}
