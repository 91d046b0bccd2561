package figures

import (
	"cmp"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/reportbot/reportbot/rag"
)

// Mention is a figure found in arbitrary text (an answer, a question).
type Mention struct {
	Start, End int    // rune offsets into the text, qualifiers included
	Text       string // the runes [Start,End)
	Value      Value
	// points: a % the question wrote of a gap over a wider place, read
	// as percentage points (asPoints).
	points bool
	// ratioPercent: a % the question wrote of a ratio's move
	// (ratioMoved): held as written first, then, where that settles
	// nothing, to the report's points (premiseRun.ratioUnit).
	ratioPercent bool
}

// Find returns the figures written in text: numbers with units, percents
// and scales, bare numbers too (5.5, 3442), and places in rankings
// (全省第一, 升至第21位) in UnitRank. Years (2024年, a bare 2025),
// dates, ordinals that count (第五次, 第四批), citation markers (〔¶23〕, ¶23–¶25), list
// markers ("1." opening a line) and codes (5G, PM2.5) are not figures.
func Find(text string) []Mention {
	rs := []rune(text)
	mask := citationMask(rs)
	var out []Mention
	for _, m := range scan(rs, modeText) {
		if masked(mask, m.num) {
			continue
		}
		out = append(out, Mention{Start: m.start, End: m.end, Text: string(rs[m.start:m.end]), Value: m.val})
	}
	for _, r := range append(findRanks(text), findEnglishRanks(text)...) {
		// From 第: the words before it (全国化工园区) say what is ranked.
		out = append(out, Mention{Start: r.ordinal, End: r.end, Text: string(rs[r.ordinal:r.end]), Value: Value{Number: r.place, Max: r.place, Unit: UnitRank}})
	}
	slices.SortStableFunc(out, func(a, b Mention) int { return cmp.Compare(a.Start, b.Start) })
	return out
}

// citationMask marks the runes of citation markers: 〔¶23〕, [¶23, ¶25],
// ¶23–¶25, ¶23-25.
func citationMask(rs []rune) []bool {
	mask := make([]bool, len(rs))
	for i := 0; i < len(rs); i++ {
		if rs[i] != '¶' {
			continue
		}
		j := i + 1
		for j < len(rs) && (isDigit(fold(rs[j : j+1])[0]) || strings.ContainsRune("¶–-—~、,，和至 ", rs[j])) {
			j++
		}
		for k := i; k < j; k++ {
			mask[k] = true
		}
		i = j - 1
	}
	return mask
}

func masked(mask []bool, i int) bool { return i >= 0 && i < len(mask) && mask[i] }

// Problem is a figure of an answer that its citations do not support.
type Problem struct {
	Figure     string // as written in the answer
	Start, End int    // rune offsets into the answer
	Reason     string
}

// Check finds the figures in text (an answer) that none of the cited
// paragraphs contains: each figure must equal, after normalisation (1.9万人
// = 19000人, 5.5％ = 5.5%), a figure of a cited paragraph with a compatible
// unit and, when both say it, the same direction (增长 vs 下降). A bare
// number in the answer only needs the same number. Years, dates, ordinals
// and citation markers are ignored.
func Check(text string, cited []*rag.Paragraph) []Problem {
	type src struct {
		p *rag.Paragraph
		m Mention
	}
	byNumber := map[string][]src{} // cited figures by number
	byDigits := map[string]src{}   // first cited figure with these digits
	for _, p := range cited {
		if p == nil {
			continue
		}
		for _, m := range Find(p.Text) {
			s := src{p, m}
			k := numberKey(m.Value)
			byNumber[k] = append(byNumber[k], s)
			if d := digitsOf(m.Text); d != "" {
				if _, seen := byDigits[d]; !seen {
					byDigits[d] = s
				}
			}
		}
	}
	var out []Problem
	for _, m := range Find(text) {
		var sameNumber, wrongDirection []src
		ok := false
		for _, h := range byNumber[numberKey(m.Value)] {
			if !m.Value.SameNumber(h.m.Value) {
				continue
			}
			if !UnitsCompatible(m.Value.Unit, h.m.Value.Unit) {
				sameNumber = append(sameNumber, h)
				continue
			}
			if m.Value.Direction != 0 && h.m.Value.Direction != 0 && m.Value.Direction != h.m.Value.Direction {
				wrongDirection = append(wrongDirection, h)
				continue
			}
			ok = true
			break
		}
		if ok {
			continue
		}
		pr := Problem{Figure: m.Text, Start: m.Start, End: m.End}
		switch {
		case len(wrongDirection) > 0:
			h := wrongDirection[0]
			pr.Reason = fmt.Sprintf("wrong direction: ¶%d says %s%s", h.p.N, directionText(h.m.Value.Direction), h.m.Text)
		case len(sameNumber) > 0:
			h := sameNumber[0]
			pr.Reason = fmt.Sprintf("wrong unit: ¶%d says %s", h.p.N, h.m.Text)
		default:
			if h, found := byDigits[digitsOf(m.Text)]; found && digitsOf(m.Text) != "" {
				pr.Reason = fmt.Sprintf("wrong unit or scale: ¶%d says %s", h.p.N, h.m.Text)
			} else {
				pr.Reason = "not in the cited paragraphs"
			}
		}
		out = append(out, pr)
	}
	return out
}

func directionText(d int) string {
	switch {
	case d > 0:
		return "增长"
	case d < 0:
		return "下降"
	}
	return ""
}

// numberKey groups values that SameNumber may find equal: the number
// rounded to 9 significant digits, and the range end.
func numberKey(v Value) string {
	return strconv.FormatFloat(v.Number, 'g', 9, 64) + "/" + strconv.FormatFloat(v.Max, 'g', 9, 64)
}

func digitsOf(s string) string {
	var b strings.Builder
	for _, r := range fold([]rune(s)) {
		if isDigit(r) || r == '.' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Correction says that a question states a figure the report contradicts.
type Correction struct {
	Stated string   // the figure as the question writes it: "8%"
	Actual Figure   // the report's figure for that indicator and period
	Also   []Figure // other figures as good a match, e.g. the other year's when the question names none
	// WrongWay: the stated number is Actual's, the way it moved is not.
	WrongWay bool
	// OtherUnit: the stated number is Actual's, its unit is of another
	// kind ("社零4亿元" for 增长4%).
	OtherUnit bool
	// Named: Stated is the name a claim gave Actual, which is of another
	// indicator ("147亿是进口额吧" for 进出口总额达到147亿元).
	Named bool
	// More are the corrections of the other figures of a pair the question
	// states, each of its own thing ("刑事警情下降24.3%、治安警情下降26.1%":
	// the two swapped).
	More []Correction
	// Level: Stated claims as a change ("提高了45%") the number Actual
	// gives as a level (提升至45%); Change is the report's change of that
	// indicator, when it gives one (进出口总额增长39.7% for 147亿元).
	Level  bool
	Change *Figure
	// FallTo: Stated claims as the level a fall ended at ("下降到25.8%")
	// the number Actual gives as the fall (下降25.8%).
	FallTo bool
	// ClaimedPeriod: Actual is the stated figure itself, which the report
	// gives for the other period than ClaimedPeriod, the one the claim
	// names and the report gives the thing no figure for; Stated is then
	// ClaimedPeriod's label ("2024年结果").
	ClaimedPeriod *rag.Period
}

// premiseMinCoverage is the share of an indicator's weight a question must
// contain before its stated figure is compared with that indicator's.
const premiseMinCoverage = 0.5

// Premise finds a figure the question states ("报告说今年GDP目标是8%")
// for an indicator whose figure in the report, for the period the question
// names (今年/2025 → target, 去年/2024 → result), is different. It returns
// nil when the stated figures match, or when the question states none the
// report can be held to. report confines it to one report's figures ("":
// every report's).
func Premise(question string, idx *Index, report string) *Correction {
	if idx == nil || idx.scope(report) == nil {
		return nil
	}
	mentions, gap := readClaims(question, idx, report)
	c, _ := premise(question, rag.Normalize(question), gap.others(mentions), gap != nil, idx, report)
	return c
}

// premise is Premise of question, whose Normalize norm is and whose
// figures (statedFigures) stated are, less a claimed difference's amount
// when gapped (gapClaim.others), and the report's figures a stated figure
// matches (a figure confirmed, nothing else may correct).
func premise(question, norm string, stated []Mention, gapped bool, idx *Index, report string) (*Correction, []*Figure) {
	if idx == nil || idx.scope(report) == nil {
		return nil, nil
	}
	rs := []rune(question)
	stated, wrongRestated, dropped := restatements(rs, stated)
	rs = withoutRestated(rs, dropped)
	pr := &premiseRun{
		idx: idx, report: report, rs: rs, norm: norm, kind: claimedKind(norm, idx.scope(report)),
		english: rag.QuestionLang(question) == "en", whoFirst: rag.AsksWhoFirst(norm), claim: rag.ClaimShaped(question),
		paired: pairedWords(rs, stated), stated: stated,
	}
	pr.pairFigs = pr.pairFigures(stated)
	for i, m := range stated {
		n := len(pr.confirmed)
		pr.judge(i, m)
		pr.ratioUnit(i, m, n)
		pr.checkListNeighbours(m, n)
		pr.checkOutnamed(m, n)
		if pr.paired != nil && opensThing(rs, stated, i) {
			pr.confirmed = pr.confirmed[:n] // a count naming the thing (8户市属国企) answers nothing asked
		}
	}
	if pr.first != nil && pr.paired == nil && asksBetween(pr.confirmed, pr.firstFig) {
		return nil, pr.confirmed
	}
	if c := restatedCorrection(wrongRestated, pr.confirmed); c != nil && pr.first == nil {
		return c, pr.confirmed // "110万吨就是1.1亿公斤": the restatement is not the figure
	}
	if c := pr.mixedYears(); c != nil && pr.first == nil {
		return c, nil
	}
	if pr.first == nil && len(pr.confirmed) == 0 && !gapped {
		pr.first = movePremise(question, norm, stated, idx, report)
	}
	return pr.first, pr.confirmed
}

// premiseRun is premise's reading of one question, stated figure by
// stated figure: the first correction found and its figure, and the
// report's figures the stated ones match.
type premiseRun struct {
	idx                      *Index
	report                   string
	rs                       []rune
	norm                     string
	kind                     Kind
	english, whoFirst, claim bool
	paired                   []string  // pairedWords, nil when not a pair
	stated                   []Mention // the question's figures
	pairFigs                 []*Figure // the report's figure each of a pair is best held to
	first                    *Correction
	firstFig                 *Figure
	confirmed                []*Figure
}

// paragraphRef is a report's paragraph.
type paragraphRef struct {
	report    string
	paragraph int
}

// checkListNeighbours turns a confirmation of stated figure m (those
// from the n-th on) whose claim names another member of the figure's
// list (Index.listNeighbour) into a correction with that member's figure.
func (pr *premiseRun) checkListNeighbours(m Mention, n int) {
	for k := n; k < len(pr.confirmed); k++ {
		if g := pr.idx.listNeighbour(pr.confirmed[k], pr.norm); g != nil {
			pr.correctWith(k, m, g)
			return
		}
	}
}

// correctWith turns confirmation k of stated figure m into a correction
// with figure g, the one the claim names: checkListNeighbours and
// checkOutnamed both find such a g.
func (pr *premiseRun) correctWith(k int, m Mention, g *Figure) {
	pr.confirmed = append(pr.confirmed[:k], pr.confirmed[k+1:]...)
	pr.note(&Correction{Stated: m.Text, Actual: *g}, g)
}

// hold settles stated figure m against figure f, the one the claim is
// held to: confirmed when held, else corrected with f.
func (pr *premiseRun) hold(m Mention, f *Figure, held bool) {
	if held {
		pr.confirmed = append(pr.confirmed, f)
		return
	}
	pr.note(&Correction{Stated: m.Text, Actual: *f}, f)
}

// note makes c (of figure f) the correction when none was found before.
func (pr *premiseRun) note(c *Correction, f *Figure) {
	if pr.first == nil {
		pr.first, pr.firstFig = c, f
	}
}

// readClaim reads how the i-th stated figure m is claimed (its bare
// reading; a bare 亿 read as money), and whether it is a claim about an
// indicator at all: a rank asked of who holds it, a bare number, a whole
// named to ask a part, a size class and a bare zero are not held to any
// figure.
func (pr *premiseRun) readClaim(i int, m *Mention) (int, bool) {
	if pr.whoFirst && m.Value.Unit == UnitRank {
		return 0, false // "排第一的是哪个园区" asks who, claims no rank
	}
	if m.Value.Unit == "" && strings.HasSuffix(m.Text, "亿") {
		m.Value.Unit = "元" // "营收要超3000亿": in speech a bare 亿 is money
	}
	bare := readBare(*m, pr.rs, pr.english, pr.claim)
	if bare == bareNone && pr.claim && pr.paired != nil && endsClauseClaim(pr.rs, pr.stated, i) {
		bare = bareIs // "开复工项目502，新建272个对吗": 502 is its clause's claim
	}
	if m.Value.Unit == "" && bare == bareNone || namesWhole(pr.rs[m.End:]) || selectsClass(*m, pr.rs) || topN(*m, pr.rs) {
		// A bare number ("这2个", "#77") is not a claim about an
		// indicator; "360公里里，光暖气管子占了多少" names the whole to
		// ask a part; "5000万元以上项目多少个" asks about a size class.
		return bare, false
	}
	if bare == bareIs && m.Value.Number == 0 {
		// "零就业家庭保持动态为零吗": the report writes none in words (动态为零,
		// 未发生), never as a figure, so no figure of the index is the
		// claim's; one beside it (城镇新增就业2.04万人) counts another thing.
		return bare, false
	}
	return bare, true
}

// judge holds the i-th stated figure m to the report's figures.
func (pr *premiseRun) judge(i int, m Mention) {
	own, norm := claimWords(pr.paired, i, pr.norm)
	bare, ok := pr.readClaim(i, &m)
	if !ok {
		return
	}
	if f := pr.contextConfirmed(m, own, bare, norm); f != nil {
		pr.confirmed = append(pr.confirmed, f)
		return
	}
	found, comparable, kind := statedSearch(m, pr.rs, own, claimKind(pr.rs, m, pr.kind, pr.idx.scope(pr.report)), bare, pr.idx, pr.report)
	if len(comparable) == 0 && m.Value.Unit == UnitRank {
		comparable = pr.idx.rankOfSubject(pr.rs, m, kind, pr.report) // 辽滨经开区升到第20位
	}
	if f := wholeHeld(pr.rs, m, found); f != nil {
		pr.confirmed = append(pr.confirmed, f)
		return // "Of the 600 projects, how many will start construction?"
	}
	if f, held, ok := convertedFigure(m, pr.rs, found); ok && len(comparable) == 0 {
		// "约1500亩" for 150.2公顷: held to it converted, never left unchecked.
		pr.hold(m, f, held)
		return
	}
	if len(comparable) == 0 {
		// 普惠率今年90.6%: the plan's year names it 普惠性幼儿园覆盖率.
		if g := pr.idx.contractedOfKind(m, norm, kind, pr.report); g != nil {
			pr.hold(m, g, m.Value.Admits(g.Amount()))
			return
		}
	}
	if bare == bareIs && writtenAs(m, comparable) {
		pr.confirmed = append(pr.confirmed, comparable[0].fig)
		return // "城镇新增就业是2.04吧": the number as the report writes it, 2.04万人
	}
	if f := otherUnit(m, pr.rs, found, comparable); f != nil && (len(comparable) == 0 || countsOtherThings(m.Value.Unit, f.Unit) || confirmedBy(m, comparable, norm) == nil) {
		pr.note(&Correction{Stated: m.Text, Actual: *f, OtherUnit: true}, f) // "29毫克" where the report says 29微克
		return
	}
	if f := scaleSlip(m, found, comparable); f != nil {
		pr.note(&Correction{Stated: m.Text, Actual: *f, OtherUnit: true}, f) // "70.1万元" where the report says 70.1亿元
		return
	}
	comparable, ok = pr.ownComparable(i, m, own, norm, found, comparable)
	if !ok {
		return
	}
	if f := pr.idx.measuredBeside(m, pr.rs, comparable[0].fig); f != nil {
		comparable = []scored{{fig: f, score: comparable[0].score, coverage: comparable[0].coverage}}
	}
	if confirmedBy(m, comparable, norm) == nil && !namesOneWhole(comparable, norm) {
		// 推进了6个 of 央地合作项目…推进实施6个: the member named, not the head's other figure.
		if g, held := pr.idx.listMemberNamed(m, kind, pr.listNamed(m), rag.Normalize(string(pr.rs[clauseStart(pr.rs, m.Start):m.Start])), pr.report); held || g != nil && pr.paired == nil { // a pair's own checks correct it
			pr.hold(m, g, held)
			return
		}
	}
	pr.judgeComparable(m, bare, found, comparable, kind, norm)
}

// ownComparable narrows comparable to the figures of the claim's own
// thing: the pair's passage first when a question claims several, else
// the thing the claim names, else its head noun. False when none is left
// and the claim was settled (a grade read as a count, points as a level)
// or cannot be held to any figure.
func (pr *premiseRun) ownComparable(i int, m Mention, own, norm string, found, comparable []scored) ([]scored, bool) {
	if pr.paired != nil {
		comparable = pr.inPairParagraph(i, m, own, comparable)
	}
	if len(comparable) == 0 && pr.paired != nil {
		comparable = pr.pairSibling(i, m, own, found)
	}
	if len(comparable) == 0 && pr.paired != nil {
		// Held first to the figures of the pair's passage: the things a
		// question lists in one breath are of one list of the report.
		if comparable = ownNamed(m, own, pr.inPairParagraphs(i, found)); len(comparable) == 0 {
			comparable = ownNamed(m, own, found)
		}
	}
	if len(comparable) == 0 && pr.paired == nil {
		comparable = ownNamed(m, claimThing(pr.rs, pr.stated), found)
	}
	if len(comparable) == 0 {
		if f := gradeAsCount(m, found); f != nil {
			pr.note(&Correction{Stated: m.Text, Actual: *f, OtherUnit: true}, f) // "30个原油码头" for 30万吨级原油码头
			return nil, false
		}
		if comparable = headNamed(m, pr.rs, pr.stated, found); len(comparable) == 0 {
			if c := pr.idx.pointsAsLevel(m, pr.rs, found, norm); c != nil {
				pr.note(c, &c.Actual) // "提高了90.6个百分点" for 普惠率达到90.6%
			}
			return nil, false
		}
	}
	return comparable, true
}

// contextConfirmed is the other year's figure that stated figure m, given
// as context for a later clause's (contextClaim), is right of: "城镇新增就业
// 2.04万人，今年目标是多少" states 2024's 2.04万人, which the 2025 target
// (1.9万人) must not "correct". Nil when m is no context figure or no
// other year's figure bears it out: it is then held to the asked year's.
func (pr *premiseRun) contextConfirmed(m Mention, own string, bare int, norm string) *Figure {
	sp := pr.idx.scope(pr.report)
	if pr.kind == "" || !contextClaim(pr.rs, m, sp) {
		return nil
	}
	_, comparable, _ := statedSearch(m, pr.rs, own, "", bare, pr.idx, pr.report)
	comparable = slices.DeleteFunc(comparable, func(c scored) bool { return c.fig.Kind == pr.kind })
	if len(comparable) == 0 {
		return nil
	}
	return confirmedBy(m, comparable, norm)
}

// judgeComparable holds stated figure m to the report's figures it may
// be compared with (comparable, best first): confirmed, or corrected.
func (pr *premiseRun) judgeComparable(m Mention, bare int, found, comparable []scored, kind Kind, norm string) {
	if f := confirmedBy(m, comparable, norm); f != nil {
		dir, said := statedChange(pr.rs, m)
		if wrongWay(dir, f) {
			// The number is the report's, the way it moved is not.
			pr.note(&Correction{Stated: said, Actual: *f, WrongWay: true}, f)
			return
		}
		if dir == 0 {
			dir, said = frontedAdded(pr.rs, m) // 新增跨境电商企业70家
		}
		if c := pr.idx.levelCorrection(dir, said, f); c != nil {
			pr.note(c, f) // the number is the level reached, not the change
			return
		}
		if c := fallToCorrection(pr.rs, m, f); c != nil {
			pr.note(c, f) // the number is the fall, not the level it fell to
			return
		}
		pr.confirmed = append(pr.confirmed, f)
		return
	}
	if f := outscoring(m, found, comparable[0]); f != nil && bare != bareCount {
		if g := ownNounElsewhere(pr.rs, pr.stated, m, f, found); g != nil {
			pr.note(ownNounCorrection(pr.rs, m, g), g)
			return
		}
		pr.confirmed = append(pr.confirmed, f)
		return
	}
	if f := pr.idx.namedWhole(m, kind, pr.report, norm); f != nil && literalShare(comparable[0].fig.Indicator, norm) < 1 {
		pr.confirmed = append(pr.confirmed, f)
		return
	}
	if kind == "" {
		if f := otherPeriodConfirms(m, comparable, norm); f != nil {
			pr.confirmed = append(pr.confirmed, f)
			return
		}
	}
	if f := equallyNamedHolds(m, pr.rs, found, comparable, norm); f != nil && pr.paired == nil {
		pr.confirmed = append(pr.confirmed, f)
		return
	}
	if f := pr.namedRightBefore(m, found, comparable); f != nil {
		pr.confirmed = append(pr.confirmed, f)
		return
	}
	if countsOtherKind(m, comparable[0].fig) {
		return
	}
	switch {
	case pr.first == nil:
		comparable = namedFirst(comparable, norm)
		if countsOtherNoun(m, pr.rs, comparable[0].fig) {
			return
		}
		if c := pr.otherPeriodOwn(m, kind, norm, comparable[0].fig); c != nil {
			pr.first, pr.firstFig = c, &c.Actual
			return
		}
		pr.first, pr.firstFig = correctionFor(m, comparable), comparable[0].fig
	case pr.paired != nil: // a pair's other wrong figure
		pr.first.More = append(pr.first.More, *correctionFor(m, namedFirst(comparable, norm)))
	}
}

// countsOtherKind reports whether stated figure m is in a unit that
// cannot measure figure f at all: "300余场" is no 4%, "100户" no 2.04万人.
// WHY: a same-number slip of unit is otherUnit's to correct; a figure of
// another kind and another number is another indicator's, and a
// correction with it would headline a figure not asked.
func countsOtherKind(m Mention, f *Figure) bool {
	u := m.Value.Unit
	if u == "" || u == UnitRank || isPercent(u) && isPercent(f.Unit) || bareMoney(m) && isMoney(f.Unit) {
		return false
	}
	return !UnitsCompatible(u, f.Unit) || countsOtherThings(u, f.Unit)
}

// otherPeriodOwn corrects stated figure m, claimed of period kind, when
// it is exactly the other period's figure of a thing the question names
// better than wrong, the claimed period's figure a correction would give:
// "去年粮食加工能力达到870万吨了吧" states the 2025 target (¶35), and
// 粮食产量's 110万吨 (2024) is another thing's figure. The correction says
// the figure is the other period's, not the claimed one's.
func (pr *premiseRun) otherPeriodOwn(m Mention, kind Kind, norm string, wrong *Figure) *Correction {
	other := otherKind(kind)
	if other == "" {
		return nil
	}
	found := pr.idx.search(Query{Text: string(pr.rs), Kind: other, Report: pr.report})
	comparable := comparableFigures(found, m.Value.Unit)
	if len(comparable) == 0 {
		return nil
	}
	f := confirmedBy(m, comparable, norm)
	if f == nil || f.Kind != other || literalShare(f.Indicator, norm) <= literalShare(wrong.Indicator, norm) {
		return nil
	}
	if sameThingShare <= max(literalShare(f.Indicator, rag.Normalize(wrong.Indicator)), literalShare(wrong.Indicator, rag.Normalize(f.Indicator))) {
		return nil // one thing in two wordings (新购/购置公交车辆): the claimed period's figure corrects it
	}
	if shortFor(f.Indicator, wrong.Indicator) || shortFor(wrong.Indicator, f.Indicator) {
		return nil // one thing, one name contracted (普惠率 of 普惠性幼儿园覆盖率)
	}
	claimed := rag.Period{Kind: rag.PeriodResult, Year: f.Period.Year - 1}
	if kind == KindTarget {
		claimed = rag.Period{Kind: rag.PeriodPlan, Year: f.Period.Year + 1}
	}
	return &Correction{Stated: claimed.Label(), Actual: *f, ClaimedPeriod: &claimed}
}

// sameThingShare is the share of either indicator's bigrams the other
// writes from which two indicators are read as one thing worded twice.
const sameThingShare = 0.6

// gradeAsCount is the report's grade (30万吨级) of the thing a stated
// count names when the count's number is the grade's as written and the
// report counts no such thing: "30个原油码头" reads the 30 of
// 30万吨级原油码头, a size class of one wharf, as how many.
func gradeAsCount(m Mention, found []scored) *Figure {
	if len(found) == 0 || !isClassifier(m.Value.Unit) || m.Value.Qualifier != "" {
		return nil
	}
	f := found[0].fig
	if !strings.HasSuffix(f.Unit, "级") || !sameDigits(m.Text, f.Text) {
		return nil
	}
	return f
}

// countsOtherNoun reports whether stated count m, in a measure word
// other than figure f's, counts a noun written right after it that f's
// indicator shares no character of: "32套主装置" is not 项目竣工投产's 200个,
// nor "3到5个优势板块" 市属国企's 8户; f corrects nothing there.
func countsOtherNoun(m Mention, rs []rune, f *Figure) bool {
	if m.Value.Unit == "" || measureOf(m.Value.Unit) == measureOf(f.Unit) || !countFits(f.Unit) {
		return false
	}
	noun := countedNoun(rs[m.End:])
	if noun == "" || namesIndicatorBefore(rs[:m.Start], f.Indicator) {
		return false
	}
	return !strings.ContainsFunc(noun, func(r rune) bool { return strings.ContainsRune(f.Indicator, r) })
}

// namesIndicatorBefore reports whether the words right before a stated
// count end as f's indicator does ("新签约注册项目300家企业"): the count is
// then the indicator's, whatever noun and measure word follow it.
func namesIndicatorBefore(before []rune, indicator string) bool {
	ind := []rune(indicator)
	n := 0
	for n < len(before) && n < len(ind) && before[len(before)-1-n] == ind[len(ind)-1-n] {
		n++
	}
	return n >= 2
}

// countedNoun is the run of Han characters right after a stated count,
// less the question's closing words ("主装置是吗" → 主装置), at most
// maxCountedNoun of them.
func countedNoun(after []rune) string {
	n := 0
	for n < len(after) && n < maxCountedNoun && unicode.Is(unicode.Han, after[n]) {
		n++
	}
	noun := string(after[:n])
	for _, tail := range []string{"是吗", "是吧", "对吗", "对吧", "吗", "吧", "呢", "了"} {
		if i := strings.Index(noun, tail); i >= 0 {
			noun = noun[:i]
		}
	}
	return noun
}

const maxCountedNoun = 6

// namedRightBefore is, when the question states several figures, the
// report's figure of m's number that the words right before m (from the
// figure before it or the clause's start) name better than the figure a
// correction would give: in "签约项目300个其中亿元以上100个" 300个 is
// 新签约注册项目's, right as stated, though the whole question names
// 亿元以上项目 best; only 100个 is wrong.
func (pr *premiseRun) namedRightBefore(m Mention, found, comparable []scored) *Figure {
	if len(pr.stated) < 2 || pr.paired != nil {
		return nil
	}
	before := rag.Normalize(wordsRightBefore(pr.rs, pr.stated, m))
	if before == "" {
		return nil
	}
	return equallyNamedHolds(m, pr.rs, found, comparable, before)
}

// wordsRightBefore are the question's words between the figure stated
// before m (or the clause's start) and m.
func wordsRightBefore(rs []rune, stated []Mention, m Mention) string {
	from := 0
	for _, o := range stated {
		if o.End <= m.Start && o.End > from {
			from = o.End
		}
	}
	from = max(from, clauseStart(rs, m.Start))
	return string(rs[from:m.Start])
}

// claimWords are the words the i-th stated figure is held to and their
// Normalize: a pair's own (pairedWords), each figure of a pair of its own
// thing; else "" and the question's, norm.
func claimWords(paired []string, i int, norm string) (string, string) {
	if paired == nil {
		return "", norm
	}
	return paired[i], rag.Normalize(paired[i])
}

// readClaims reads the figures a question states and the difference from
// the year before it claims, if any ("比去年多47台"; nil when none). A
// claimed move (比去年增长了) is kept only where the report gives the
// indicator's amounts of both years: of rates it claims nothing.
func readClaims(question string, idx *Index, report string) ([]Mention, *gapClaim) {
	sp := idx.scope(report)
	ms := statedFigures(question)
	if g, ok := findGapClaim(question, ms, sp); ok {
		return ms, &g
	}
	if g, ok := findOrderClaim(question, ms, sp); ok && (!g.levels || idx.checkGap(question, g, report) != nil) {
		return ms, &g
	}
	if g, ok := implicitGap(question, ms, sp); ok {
		if gc := idx.checkGap(question, g, report); gc != nil && gc.Gap != nil {
			return ms, &g
		}
	}
	return ms, nil
}

// others are ms without a claimed difference's amount, which is no level
// of either year: CheckGap holds it to both. A claim g (non-nil) also
// makes its way word no move (movePremise).
func (g *gapClaim) others(ms []Mention) []Mention {
	if g == nil {
		return ms
	}
	return withoutMention(ms, g.amount)
}

// withoutMention is ms without m, ms left as it was. A mention is known
// by where it stands: a copy with its unit read otherwise ("加起来9.33亿"
// read as 元) is still the same mention.
func withoutMention(ms []Mention, m Mention) []Mention {
	return slices.DeleteFunc(slices.Clone(ms), func(o Mention) bool { return o.Start == m.Start && o.End == m.End })
}

// statedSearch finds the report's figures a stated figure m may be held
// to: found, those the question's words around it name (words, when
// given: a pair's own, pairedWords), and comparable,
// those a correction may give, as bare reads m; and the kind of figure
// its clause asks, kind unless the clause names another ("今年GDP目标8%，
// 去年呢": the 8% is this year's).
func statedSearch(m Mention, rs []rune, words string, kind Kind, bare int, idx *Index, report string) (found, comparable []scored, k Kind) {
	if words == "" {
		// The question's words without its figures; an English count
		// keeps its noun ("200 new buses"): it names the indicator.
		words = string(rs[:m.Start]) + " " + latinWords(rs[m.Start:m.End]) + " " + string(rs[m.End:clauseEnd(rs, m.End)])
		words += " " + reportWayWords(rs, m) + " " + progressWords(rs, m)
	}
	cs := clauseStart(rs, m.Start)
	clause := rs[cs:nextMark(rs, m.End)]
	if k := questionKind(string(clause), idx.scope(report)); k != "" {
		kind = k
	}
	if k := sideKind(clause, m.Start-cs, idx.scope(report)); k != "" {
		kind = k // "去年95今年97": each figure is its own side's year's
	}
	found = idx.search(Query{Text: words, Kind: kind, Report: report, Rank: m.Value.Unit == UnitRank})
	switch bare {
	case bareIs:
		comparable = comparableFigures(found, anyUnit)
	case bareCount, bareWan:
		// "85 cross-border e-commerce companies": a count, in whatever
		// measure word the report counts them.
		comparable = countFigures(comparableFigures(found, anyUnit))
	default:
		comparable = comparableFigures(found, m.Value.Unit)
		if counted := countedAfterFigures(found, rs, m); len(counted) > 0 {
			comparable = counted // 3—5个优势板块 of 1—2个…优势板块, not 8户市属国企
		}
		if len(comparable) == 0 && bareMoney(m) && !idx.writesInYuan(m, report) {
			// 外资目标7.5亿 for 4亿美元: a bare 亿 is 元 where the
			// figures named have any, or where the report writes its
			// number in 元 (451.5亿是外资吧: 内资's 451.5亿元), else
			// money in any currency.
			comparable = moneyFigures(found)
		}
		if dir, _ := statedChange(rs, m); len(comparable) == 0 && writesPoints(m) && (dir != 0 || m.Value.Direction != 0) {
			comparable = growthRates(found) // "GDP增长5.5个百分点": a growth rate, held to the report's
		}
	}
	if startsWithAny(strings.TrimLeft(string(rs[clauseStart(rs, m.Start):m.Start]), " "), partWords) {
		// "新签约注册项目300个，其中亿元以上100个": a part is claimed, which
		// the whole the question names before it is not.
		if parts := slices.DeleteFunc(slices.Clone(comparable), func(c scored) bool { return c.fig.Whole == "" }); len(parts) > 0 {
			comparable = parts
		}
	}
	if cs > 0 {
		comparable = partsOfWholeBefore(comparable, rag.Normalize(string(rs[:cs])))
	}
	return found, comparable, kind
}

// partsOfWholeBefore drops from comparable the parts that another part of
// the same name outnames by its whole in before, the clauses ahead of the
// claim's: in "今年新签约项目300个，亿元以上100个" the 亿元以上 claimed is
// 新签约注册项目's 80个, not 实施500万元以上项目's 125个, though the
// claim's own words name both alike.
func partsOfWholeBefore(comparable []scored, before string) []scored {
	share := func(c scored) float64 { return wholeShare(c.fig, rag.Normalize(c.fig.Indicator), before) }
	return slices.DeleteFunc(slices.Clone(comparable), func(c scored) bool {
		if c.fig.Whole == "" {
			return false
		}
		own := share(c)
		return slices.ContainsFunc(comparable, func(o scored) bool {
			return o.fig != c.fig && o.fig.Whole != "" && o.fig.Whole != c.fig.Whole &&
				rag.Normalize(o.fig.Indicator) == rag.Normalize(c.fig.Indicator) && share(o) > own
		})
	})
}

// reportWayWords are the report's words for the way an English question
// says its figure moved ("fell by 40%": 下降, 降低, 减少), which name the
// indicator as the report writes it (刑事警情下降); "" for a Chinese
// question, whose own words are the report's, or for no way said.
func reportWayWords(rs []rune, m Mention) string {
	dir, said := statedChange(rs, m)
	switch {
	case dir == 0 || !isLatinByte(said[0]):
		return ""
	case dir > 0:
		return "增长 增加 提高"
	}
	return "下降 降低 减少"
}

// progressWords are the report's words for a works' progress when an
// English question states a share of it done ("75% built", "80%
// complete"): the report writes that share as 工程总体进度.
func progressWords(rs []rune, m Mention) string {
	if !isPercent(m.Value.Unit) {
		return ""
	}
	after := strings.Fields(strings.ToLower(string(rs[m.End:min(len(rs), m.End+24)])))
	if len(after) > 0 && slices.Contains(doneWords, strings.TrimRight(after[0], ",.?!")) {
		return "工程总体进度"
	}
	if endsWithAny(string(rs[max(0, m.Start-3):m.Start]), doneShareVerbs) {
		return "工程总体进度" // "已经干到70%了": how far the works are, in speech
	}
	return ""
}

// doneShareVerbs say, before a share, how far works have got: 干到70%,
// 建到一半.
var doneShareVerbs = []string{"干到", "建到", "修到", "盖到", "进展到", "推进到"}

// doneWords say how much of a works is done after its share.
var doneWords = []string{"built", "complete", "completed", "done", "finished"}

// asksBetween reports whether a figure the question states is the
// report's for the same indicator as the wrong one, wrong: it is asking
// between figures ("5.5%左右还是6%"), not asserting a wrong one. A right
// figure of another indicator ("4亿美元，排全省第二") leaves the wrong one
// wrong, and so does a right result beside a wrong target ("去年GDP增长
// 3.5%，今年目标6%"), and so does a right figure of the indicator in a
// unit the wrong one's cannot be (首批8类84家: "10类84家" has 84家 right,
// 10类 wrong).
func asksBetween(confirmed []*Figure, wrong *Figure) bool {
	for _, f := range confirmed {
		if f == wrong || f.Indicator == wrong.Indicator && f.Kind == wrong.Kind && UnitsCompatible(f.Unit, wrong.Unit) {
			return true
		}
	}
	return false
}

// statedFigures are the figures a question states (Find), each with the
// word of approximation the question says right before it ("差不多17万株"),
// which the figure's own text lacks, or the word of a bound ("低于6%",
// "没超过6%"), which becomes part of the figure as stated.
func statedFigures(question string) []Mention {
	rs := []rune(question)
	ms := mixedScales(rs, Find(question))
	asPoints(rs, ms)
	ms = guessedMeasure(rs, ms)
	ms = doublings(rs, ms)
	ms = halfSpans(rs, ms)
	for i := range ms {
		m := &ms[i]
		if q, n := spokenBound(rs[:m.Start], m.Value.Qualifier); q != "" {
			m.Start -= n
			m.Text, m.Value.Qualifier = string(rs[m.Start:m.End]), q
			continue
		}
		if m.Value.Qualifier == "" {
			m.Value.Qualifier = spokenApprox(rs[:m.Start])
		}
	}
	return statedRanges(rs, ms)
}

// statedRanges joins two stated figures a question says a value lies
// between ("在5%到6%之间", "介于5%和6%之间", "between 4% and 6%") into one
// range, Number to Max: a claim about the span, which any figure inside it
// bears out (Value.Admits). The scanner joins "100到150台" itself.
func statedRanges(rs []rune, ms []Mention) []Mention {
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		if a.Value.Qualifier != "" || b.Value.Qualifier != "" || a.Value.Max != a.Value.Number || b.Value.Max != b.Value.Number {
			continue
		}
		link := strings.ToLower(strings.TrimSpace(string(rs[a.End:b.Start])))
		before := strings.ToLower(strings.TrimRight(string(rs[:a.Start]), " "))
		after := strings.TrimLeft(string(rs[b.End:]), " ")
		between := strings.HasSuffix(before, "between") && link == "and" ||
			(strings.HasSuffix(before, "介于") || strings.HasPrefix(after, "之间")) && containsAnyOf(link, rangeLinks...) && len([]rune(link)) == 1
		unit := b.Value.Unit
		if a.Value.Unit != "" && unit == "" {
			unit = a.Value.Unit
		}
		if !between || !UnitsCompatible(a.Value.Unit, b.Value.Unit) || a.Value.Number == b.Value.Number {
			continue
		}
		// "在6%到5%之间": the span is the same said high end first.
		lo, hi := min(a.Value.Number, b.Value.Number), max(a.Value.Number, b.Value.Number)
		v := Value{Number: lo, Max: hi, Unit: unit}
		ms[i] = Mention{Start: a.Start, End: b.End, Text: string(rs[a.Start:b.End]), Value: v}
		ms = slices.Delete(ms, i+1, i+2)
	}
	return ms
}

// rangeLinks join the ends of a range a question states.
var rangeLinks = []string{"到", "至", "和", "与", "~", "-", "—", "–", "～"}

// spokenBounds are words of a bound a question says before a figure that
// the scanner does not take as its qualifier (the scanner's own, 不到 or
// 不少于, need nothing more), longest first; 没超过 negates the scanner's 超过.
var spokenBounds = []string{"没有超过", "没超过", "未超过", "没有到", "没到", "未到", "至少", "不止",
	"最多", "至多", "顶多", "最少", "起码",
	"低于", "少于", "小于", "高于", "大于", "多于"}

// englishBounds are English words of a bound, longest first, each with
// the qualifier (a key of bounds) it means.
var englishBounds = []struct{ words, q string }{
	{"no more than", "不超过"}, {"not more than", "不超过"}, {"no less than", "不少于"}, {"not less than", "不少于"},
	{"less than", "少于"}, {"fewer than", "少于"}, {"lower than", "低于"}, {"more than", "多于"},
	{"greater than", "大于"}, {"higher than", "高于"}, {"at most", "不超过"}, {"at least", "至少"},
	{"below", "低于"}, {"under", "低于"}, {"above", "高于"}, {"over", "超过"}, {"exceeding", "超过"},
	// "Did imports and exports top 10 billion yuan?": 147亿元 tops it.
	{"topped", "超过"}, {"top", "超过"}, {"exceeded", "超过"}, {"exceed", "超过"}, {"surpassed", "超过"}, {"surpass", "超过"},
	{"passed", "超过"}, {"pass", "超过"}, {"crossed", "超过"}, {"cross", "超过"},
}

// spokenPass is the bound of a level a question asks an amount passed,
// "过400亿了吗" (403亿元 is past it, not a different figure), and how many
// runes before the figure its word starts; 没过 is a ceiling. Not 不过
// (but), 经过, 通过, 超过 (the scanner's).
func spokenPass(before []rune) (string, int) {
	n := len(before)
	if n == 0 || before[n-1] != '过' && before[n-1] != '破' {
		return "", 0
	}
	if n >= 2 && (before[n-2] == '没' || before[n-2] == '未') {
		return "没超过", 2
	}
	if n >= 2 && strings.ContainsRune("不经通越度超难", before[n-2]) {
		return "", 0
	}
	return "超过", 1
}

// spokenBound is the qualifier of a bound whose words end before a
// figure, the figure's own prefix qualifier q included ("没" before
// 超过6%, "below " before 6%), and how many runes before the figure its
// words start; "" when there is none.
func spokenBound(before []rune, q string) (string, int) {
	b := string(before)
	switch q {
	case "":
	case "超过", "超":
		b += q // the scanner took 超过 of 没超过: read it whole
	default:
		return "", 0
	}
	for _, w := range spokenBounds {
		if strings.HasSuffix(b, w) && len(w) > len(q) && strings.HasSuffix(w, q) {
			return w, len([]rune(w)) - len([]rune(q))
		}
	}
	if q != "" {
		return "", 0
	}
	if w, n := spokenPass(before); w != "" {
		return w, n
	}
	lower := strings.ToLower(b)
	trimmed := strings.TrimRight(lower, " ")
	for _, e := range englishBounds {
		at := len(trimmed) - len(e.words)
		if strings.HasSuffix(trimmed, e.words) && (at == 0 || !isLatinByte(trimmed[at-1])) {
			return e.q, len([]rune(lower[at:]))
		}
	}
	return "", 0
}

// spokenApprox is the qualifier a question's words right before a stated
// figure give it: 差不多 and 大概 round, 接近 stops short; in English
// "about 25%" rounds and "nearly 40%" stops short.
func spokenApprox(before []rune) string {
	b := string(before)
	switch {
	case endsWithAny(b, []string{"差不多", "大概", "大约", "大致"}):
		return "约"
	case strings.HasSuffix(b, "接近"):
		return "近"
	}
	lower := strings.TrimRight(strings.ToLower(b), " ")
	for _, e := range englishApprox {
		at := len(lower) - len(e.words)
		if strings.HasSuffix(lower, e.words) && (at == 0 || !isLatinByte(lower[at-1])) {
			return e.q
		}
	}
	return ""
}

// englishApprox are English words of approximation before a stated
// figure, as 约 and 近 are in Chinese.
var englishApprox = []struct{ words, q string }{
	{"approximately", "约"}, {"roughly", "约"}, {"around", "约"}, {"about", "约"}, {"approx.", "约"},
	{"nearly", "近"}, {"almost", "近"}, {"close to", "近"},
}

// selectsClass reports whether a stated threshold ("5000万元以上", "超亿元")
// picks the things a noun right after it names, or in English one before
// it that "how many" asks: a class the question asks about, which claims
// nothing ("超亿元的项目有多少").
func selectsClass(m Mention, rs []rune) bool {
	if _, ok := boundOf(m.Value.Qualifier); !ok {
		return false
	}
	if strings.Contains(strings.ToLower(string(rs[:m.Start])), "how many ") {
		return true // "how many projects over 5 million yuan": the noun comes first
	}
	after := string(rs[m.End:])
	after = strings.TrimPrefix(after, "的")
	// A counted thing follows, and the question asks how many of it.
	return startsWithAny(after, classNouns) && (strings.Contains(after, "多少") || strings.Contains(after, "几"))
}

// classNouns are what a size class counts: 项目, 企业…
var classNouns = []string{"项目", "企业", "工业企业", "产业链项目", "重点项目", "产业项目"}

// writtenAs reports whether a bare stated number is the best comparable
// figure's number as written, before its scale and unit.
func writtenAs(m Mention, comparable []scored) bool {
	if len(comparable) == 0 {
		return false
	}
	text := comparable[0].fig.Text
	rest, ok := strings.CutPrefix(text, m.Text)
	if !ok {
		_, after, found := strings.Cut(text, m.Text)
		rest, ok = after, found && strings.IndexFunc(strings.TrimSuffix(text, m.Text+after), unicode.IsDigit) < 0
	}
	return ok && (rest == "" || !unicode.IsDigit([]rune(rest)[0]) && rest[0] != '.')
}

// A bare number (no unit) a question states is a claim only as one of
// these.
const (
	bareNone  = iota
	bareCount // "85 cross-border e-commerce companies": an English count
	bareWan   // "新增就业一万五吧": a claim's amount of 万, of whatever is counted
	bareIs    // "化工精细化率去年是50吧": what a claim says its indicator is
)

// readBare says which kind of bare claim m is, if any.
func readBare(m Mention, rs []rune, english, claim bool) int {
	switch {
	case m.Value.Unit != "":
		return bareNone
	case m.Start > 0 && rs[m.Start-1] == '前':
		return bareNone // "排名进前20": a top-N bound, a rank no share or count holds
	case english && englishCount(m.Value) && !definite(rs[:m.Start]) && !namedBy(rs[:m.Start]):
		return bareCount
	case (claim || statedApart(rs, m)) && strings.Contains(m.Text, "万"):
		return bareWan
	case claim && (saysIs(rs[:m.Start]) || endsNamedClaim(rs, m) || endsBoundClaim(rs, m)):
		return bareIs
	}
	return bareNone
}

// statedApart reports whether m's clause states it apart before another
// clause ("去年城镇新增就业才一万一，今年目标是多少"): read alone, that
// clause is a claim (rag.ClaimShaped) and the speaker weighs the figure
// (才, 只有), as a question of one clause that says it is, though the
// question as a whole asks. A bare figure with no such word ("引进人才1万，
// 是哪年的") may be what is asked about, no claim.
func statedApart(rs []rune, m Mention) bool {
	end := nextMark(rs, m.End)
	if end >= len(rs) {
		return false
	}
	start := clauseStart(rs, m.Start)
	before := strings.TrimRight(string(rs[start:m.Start]), " 是有")
	weighed := slices.ContainsFunc(weighingWords, func(w string) bool { return strings.HasSuffix(before, w) }) &&
		!slices.ContainsFunc(caiNouns, func(w string) bool { return strings.HasSuffix(before, w) })
	return weighed && rag.ClaimShaped(string(rs[start:end]))
}

// weighingWords, right before a figure, weigh it as the speaker states
// it: 才一万一, 只有5家, 已经有300个.
var weighingWords = []string{"才", "只", "仅", "足足", "已经", "已"}

// caiNouns end in 才 as a noun, no weighing: 引进人才1万.
var caiNouns = []string{"人才", "天才", "英才", "刚才", "方才"}

// endsBoundClaim: a bare number under a word of a bound ends the claim
// ("PM2.5超过35了吗", "PM2.5高于30吧"): the bound word says what the
// number is of, the indicator named before it, whatever stands right
// before the bound (the 5 of PM2.5).
func endsBoundClaim(rs []rune, m Mention) bool {
	if _, ok := boundOf(m.Value.Qualifier); !ok {
		return false
	}
	return rag.StartsClaimClose(claimTail(rs[m.End:]))
}

// claimTail is what follows a claim's figure, less spaces and the 了 of
// a change done ("降到25了吗"), which ends no claim itself.
func claimTail(after []rune) string {
	return strings.TrimPrefix(strings.TrimLeft(string(after), " "), "了")
}

// saysIs: the words before a figure end in a copula ("是", "为"): the
// figure is what the words before it name.
func saysIs(before []rune) bool {
	b := strings.TrimRight(string(before), " ")
	return strings.HasSuffix(b, "是") || strings.HasSuffix(b, "为")
}

// endsNamedClaim: the figure follows the words naming it and ends the
// claim ("PM2.5浓度35吗", "粮食产量110对吧"): what they name is it, as
// after 是.
func endsNamedClaim(rs []rune, m Mention) bool {
	if m.Start == 0 || !unicode.Is(unicode.Han, rs[m.Start-1]) || strings.ContainsRune(numeralHan, rs[m.Start-1]) {
		return false
	}
	after := claimTail(rs[m.End:])
	return rag.StartsClaimClose(after) || opensOtherSide(after)
}

// numeralHan are the characters of a number in words: before a figure
// they are part of it, not words naming it.
const numeralHan = "零一二两三四五六七八九十百千万亿几"

// clauseEnd is where the words a stated figure claims something of end:
// its clause's end when a later clause asks an amount of its own ("老旧管网
// 改了360公里，其中燃气管网多少公里": what it asks is no part of the claim), else
// the question's ("听说是4.7%，去年GDP增速是这个数吗").
func clauseEnd(rs []rune, i int) int {
	j := nextMark(rs, i)
	if j < len(rs) && startsWithAny(strings.TrimLeft(string(rs[j+1:]), " "), partWords) {
		return j // "新签约项目300个，其中亿元以上项目100个吧": the part is claimed of its own
	}
	if j < len(rs) && !containsAnyOf(strings.ToLower(string(rs[j:])), amountCues...) {
		return len(rs) // "听说是4.7%，去年GDP增速是这个数吗": the claim's subject comes after
	}
	return j
}

// nextMark is where the clause that runs on from rune i ends.
func nextMark(rs []rune, i int) int {
	for ; i < len(rs); i++ {
		if strings.ContainsRune(clauseMarks, rs[i]) {
			return i
		}
	}
	return len(rs)
}

// clauseStart is where the clause that holds rune i starts.
func clauseStart(rs []rune, i int) int {
	for ; i > 0; i-- {
		if strings.ContainsRune(clauseMarks, rs[i-1]) {
			return i
		}
	}
	return 0
}

const clauseMarks = "，,。;；？?！!"

// latinWords are the Latin letters and spaces of a figure as written:
// the words of "200 new buses", nothing of "5.5%" or "8万人".
func latinWords(rs []rune) string {
	var b strings.Builder
	for _, r := range rs {
		if isLatin(r) || r == ' ' {
			b.WriteRune(r)
		}
	}
	return strings.TrimSpace(b.String())
}

// definite reports whether an English determiner ends before: "the 19
// newly signed projects" names things by their count, claims nothing.
func definite(before []rune) bool {
	s := strings.ToLower(strings.TrimRight(string(before), " "))
	for _, w := range []string{" the", " these", " those", " its", " their", " of"} {
		if strings.HasSuffix(" "+s, w) {
			return true
		}
	}
	return false
}

// namedBy reports whether the number after before names a thing ("bus 66",
// "route 52", "No. 3"): it counts nothing.
func namedBy(before []rune) bool {
	f := strings.Fields(strings.ToLower(string(before)))
	if len(f) == 0 {
		return false
	}
	switch strings.TrimRight(f[len(f)-1], ".#:") {
	case "bus", "line", "route", "no", "number", "road", "room", "gate", "exit", "platform", "grade", "level", "class", "phase", "top", "page", "item", "article", "paragraph":
		return true
	}
	return false
}

// englishCount reports whether a bare number in an English question is a
// count of something ("the jobs target is about 25,000", "85 cross-border
// e-commerce companies"): a whole number of at least ten that is no year,
// nor a year's last two digits in staff shorthand ("jobs 24 target").
func englishCount(v Value) bool {
	n := v.Number
	return n >= 10 && n == float64(int64(n)) && !(n >= 1900 && n <= 2100) && !(n >= 15 && n <= 30)
}

// countFigures are the figures among cands that count things (人, 个, 家…):
// what a bare English count can be compared with.
func countFigures(cands []scored) []scored {
	var out []scored
	for _, c := range cands {
		if isClassifier(c.fig.Unit) {
			out = append(out, c)
		}
	}
	return out
}

// wholeHeld is the figure of found that bears out stated figure m when
// an English question names m as the set it asks a part of ("Of the 600
// projects, how many will start construction?"): the part's words (start
// construction) name the part's figure (366个), which is no correction of
// the set's. Nil when m is no such set, or no figure found has its
// number: a set the report counts otherwise is still corrected.
func wholeHeld(rs []rune, m Mention, found []scored) *Figure {
	if !englishWholeOf.MatchString(strings.ToLower(string(rs[:m.Start]))) || !englishPartAsked.MatchString(strings.ToLower(string(rs[m.End:]))) {
		return nil
	}
	for _, c := range found {
		if UnitsCompatible(m.Value.Unit, c.fig.Unit) && m.Value.Admits(c.fig.Amount()) {
			return c.fig
		}
	}
	return nil
}

var (
	// englishWholeOf ends the words before a figure that name it a set a
	// part is taken of: "of the", "among the", "out of".
	englishWholeOf = regexp.MustCompile(`(?:^|\W)(?:of|among|amongst|out of|from)(?: the| these| those| all| all the)?\s*$`)
	// englishPartAsked asks a part of the set after it: how many, how
	// much, which, what share of them.
	englishPartAsked = regexp.MustCompile(`\bhow (?:many|much)\b|\bwhich\b|\bwhat (?:share|proportion|percentage|part)\b`)
)

// namesWhole reports whether the text after a figure makes it a whole
// that a part is asked of: 里, 中, 当中, 之中.
func namesWhole(after []rune) bool {
	rest := string(after)
	for _, w := range []string{"里", "中", "当中", "之中"} {
		if strings.HasPrefix(rest, w) && !strings.HasPrefix(rest, "中心") && !strings.HasPrefix(rest, "中国") {
			return true
		}
	}
	// "366个新开工项目里亿元以上的有多少": its noun, then 里, then a part asked.
	for i := 0; i < len(after) && i <= maxWholeNoun; i++ {
		if !unicode.Is(unicode.Han, after[i]) {
			return false
		}
		if i > 0 && (after[i] == '里' || hasPrefixAt(after, i, "当中") || hasPrefixAt(after, i, "之中") || closesNoun(after, i)) {
			tail := string(after[i:])
			// A part asked, or claimed by its own figure ("…里亿元以上的有130个吧").
			return strings.Contains(tail, "多少") || strings.Contains(tail, "几") || strings.ContainsFunc(tail, unicode.IsDigit)
		}
	}
	return false
}

// closesNoun reports whether the 中 at after[i] closes the whole's noun
// ("600个项目中亿元以上的有多少") rather than opening a word (中小企业, 中心,
// 中试) or ending one (集中, 高中).
func closesNoun(after []rune, i int) bool {
	if after[i] != '中' || strings.ContainsRune(zhongEnds, after[i-1]) {
		return false
	}
	return i+1 < len(after) && !strings.ContainsRune(zhongOpens, after[i+1])
}

// zhongOpens follow 中 in words it opens; zhongEnds precede it in words it
// ends.
const (
	zhongOpens = "心国小央试医药学型等期长高外欧东西南北部华储级层端间"
	zhongEnds  = "集初高期空途命正居适折暗城其当之"
)

// maxWholeNoun is how long the noun of a whole named by its figure may be
// before its 里 (新开工项目).
const maxWholeNoun = 8

// anyUnit makes comparableFigures keep figures of every unit.
const anyUnit = "\x00any"

func comparableFigures(cands []scored, unit string) []scored {
	var out []scored
	for _, c := range cands {
		if c.coverage >= premiseMinCoverage && (unit == anyUnit || UnitsCompatible(unit, c.fig.Unit)) {
			out = append(out, c)
		}
	}
	return out
}

// confirmedBy is the figure among comparable that the stated figure m
// matches: one scoring near the best and naming at least as much of the
// question as the best does — 24.3% is 治安警情's, not the 刑事警情 asked.
func confirmedBy(m Mention, comparable []scored, norm string) *Figure {
	best := comparable[0]
	if i, ok := outnamedBy(best, comparable, norm); ok && m.Value.Admits(comparable[i].fig.Amount()) {
		return comparable[i].fig // the figure the question's words name
	}
	for _, c := range comparable {
		// The lexicon may lift another indicator over it (节支 reads 压减支出
		// too): the question's own words decide then.
		named := c.coverage >= best.coverage || literalShare(c.fig.Indicator, norm) > literalShare(best.fig.Indicator, norm)
		if c.score >= 0.8*best.score && named && m.Value.Admits(c.fig.Amount()) && !isOutnamed(c, comparable, norm) && wholeOutnamedBy(c, comparable, norm) < 0 {
			return c.fig
		}
	}
	return nil
}

// outnamedBy is the figure of comparable that names the question better
// than c, if any: as much of its words and more of them as the question
// writes them. "政协提案是126件吗" scores 126件 of 人大代表建议 highest
// (市政府承办的 is in both), but 198件 is the 政协提案's; "2个保交楼" is
// 保交房's 2个 where the lexicon ties the two.
func outnamedBy(c scored, comparable []scored, norm string) (by int, ok bool) {
	lit, best := literalShare(c.fig.Indicator, norm), 0.0
	for i, d := range comparable {
		if d.fig == c.fig || d.score < 0.5*comparable[0].score || d.coverage < c.coverage || d.fig.Amount().SameNumber(c.fig.Amount()) {
			continue
		}
		if l := literalShare(d.fig.Indicator, norm); l > lit && l > best {
			by, best, ok = i, l, true
		}
	}
	return by, ok
}

// wholeOutnamedBy is the index in comparable of a part of another whole
// that the question names better than c's, -1 when there is none: parts
// of one name (亿元以上项目) under two wholes — 实施500万元以上项目's 125个
// and 新签约注册项目's 80个 — are told apart by the whole the question
// writes more of ("今年实施亿元以上项目80个吧" is of the first).
func wholeOutnamedBy(c scored, comparable []scored, norm string) int {
	if c.fig.Whole == "" {
		return -1
	}
	ind := rag.Normalize(c.fig.Indicator)
	own := wholeShare(c.fig, ind, norm)
	for i, d := range comparable {
		if d.fig == c.fig || d.fig.Whole == "" || d.fig.Amount().SameNumber(c.fig.Amount()) || rag.Normalize(d.fig.Indicator) != ind {
			continue
		}
		if wholeShare(d.fig, ind, norm) > own {
			return i
		}
	}
	return -1
}

// wholeShare is the share of the bigrams of what a part's whole's clause
// says (Figure.wholeSaid) beyond the part's own indicator ind that the
// question norm writes.
func wholeShare(f *Figure, ind, norm string) float64 {
	n, of := 0, 0
	for _, g := range bigrams(rag.Normalize(f.wholeSaid)) {
		if strings.Contains(ind, g) {
			continue
		}
		of++
		if strings.Contains(norm, g) {
			n++
		}
	}
	if of == 0 {
		return 0
	}
	return float64(n) / float64(of)
}

func isOutnamed(c scored, comparable []scored, norm string) bool {
	_, ok := outnamedBy(c, comparable, norm)
	return ok
}

// namedWhole is a figure of the stated number whose indicator the
// question writes whole, when the search missed it: a list item's short
// indicator ("央地合作项目谋划梳理87个、新签约19个" gives 19个 the indicator
// 新签约) scores under a longer one the question shares words with
// (新签约注册项目 260个), and "新签约的19个央地合作项目" is no wrong premise.
// Of the period asked: 2025's 引进人才1.15万人 is no 2024 result.
func (ix *Index) namedWhole(m Mention, kind Kind, report, norm string) *Figure {
	sp := ix.scope(report)
	for i := sp.lo; i < sp.hi; i++ {
		f := &ix.figs[i]
		if (kind == "" || f.Kind == kind) && m.Value.SameNumber(f.Amount()) && UnitsCompatible(m.Value.Unit, f.Unit) && literalShare(f.Indicator, norm) == 1 {
			return f
		}
	}
	return nil
}

// literalShare is the share of an indicator's bigrams that the question
// writes itself, before the lexicon widens it.
func literalShare(indicator, norm string) float64 {
	gs := bigrams(rag.Normalize(indicator))
	if len(gs) == 0 {
		return 0
	}
	return float64(writtenIn(gs, norm)) / float64(len(gs))
}

// writtenIn is how many of grams the question norm writes itself.
func writtenIn(grams []string, norm string) int {
	n := 0
	for _, g := range grams {
		if strings.Contains(norm, g) {
			n++
		}
	}
	return n
}

// outscoring is a figure of the stated number that scores above best,
// the figure a correction would give, though it names less of the
// question: a long indicator (更新改造供水、供热、燃气、排水等老旧管网 360公里)
// stays under the coverage a correction needs, and is still the one meant.
func outscoring(m Mention, found []scored, best scored) *Figure {
	for _, c := range found {
		if c.score > best.score && UnitsCompatible(m.Value.Unit, c.fig.Unit) && m.Value.SameNumber(c.fig.Amount()) {
			return c.fig
		}
	}
	return nil
}

// otherUnit is a figure of the stated number in another unit, of what
// the question names: "植树造林17.4万亩" where the report planted 17.4万株,
// "社零4亿元" where 社零 grew 4%. Percent and percentage points are not told
// apart here (增长2.8% for 高于全省2.8个百分点 is a slip of wording, not of
// the figure), nor ranks. A bare number with a scale ("旅客接待量64万") is
// an amount or a count: a rate of its number is another unit. The
// number's digits alone ("39.7亿" for 增长39.7%) do not make it one when a
// figure in the unit stated (comparable) is named as well (进出口总额147亿
// 元): that one corrects the claim.
func otherUnit(m Mention, rs []rune, found, comparable []scored) *Figure {
	bareScaled := m.Value.Unit == "" && writtenScaled(m)
	if len(found) == 0 || m.Value.Unit == "" && !bareScaled || m.Value.Unit == UnitRank {
		return nil
	}
	moneyNamed := isMoney(m.Value.Unit) && namesMoney(rs[clauseStart(rs, m.Start):m.Start])
	for _, c := range found {
		u := c.fig.Unit
		if moneyNamed && !isMoney(u) && (!isPercent(u) || c.coverage < premiseMinCoverage) {
			// "总投资20亿元" claims money: 20万吨/年 is another measure, no
			// slip of unit; a rate is its money's own only when the claim
			// names its indicator (旅游收入增长29.9%), not when the same
			// digits are another's (固定资产投资增长20%以上 for a project's).
			continue
		}
		// A bare 亿 is money in any currency (外资7.5亿 for 7.5亿美元);
		// "7.5 billion yuan" names its currency.
		bareMoney := bareMoney(m) && u == "美元"
		other := isPercent(u)
		if !bareScaled {
			other = !UnitsCompatible(m.Value.Unit, u) && !(isPercent(u) && isPercent(m.Value.Unit)) && !bareMoney || countsOtherThings(m.Value.Unit, u) ||
				pointsForPercent(m, *c.fig)
		}
		if c.score < 0.8*found[0].score || u == "" || u == UnitRank || !other {
			continue
		}
		if ownKindNamedBetter(c, comparable, rag.Normalize(string(rs))) {
			continue // "成交额增长70%" where 企业 number 70家: the rate asked is 成交额's own
		}
		if measuresOtherThingAfter(rs, m, c.fig.Indicator) {
			continue // "发放5亿元消费券": the sum is the vouchers', not 社会消费品零售总额's
		}
		digits := sameDigits(m.Text, c.fig.Text) && (len(comparable) == 0 || comparable[0].score < c.score)
		if c.coverage < premiseMinCoverage && !(digits && (namesTailBefore(c.fig.Indicator, rs, m.Start) || namesEndsBefore(c.fig.Indicator, rs, m.Start))) {
			continue
		}
		if m.Value.SameNumber(c.fig.Amount()) || digits {
			return c.fig
		}
	}
	return nil
}

// measuresOtherThingAfter reports whether stated figure m is followed at
// once by a noun that indicator does not end in: a Chinese amount put
// before a noun (发放5亿元消费券) measures that noun, whose last character
// is its head (券). An indicator that lacks the head, though it shares a
// modifier (消费 of 社会消费品零售总额增长), names another thing, and its
// figure in another unit is no slip of the claim's unit.
func measuresOtherThingAfter(rs []rune, m Mention, indicator string) bool {
	end := m.End
	for end < len(rs) && unicode.Is(unicode.Han, rs[end]) {
		end++
	}
	after := rag.TrimClaimTail(string(rs[m.End:end]))
	for _, q := range slices.Concat(suffixQualifiers, approxWords) {
		after = strings.TrimPrefix(after, q)
	}
	noun := []rune(after)
	return len(noun) >= 2 && !startsWithAny(after, currencyNames) && !strings.ContainsRune(rag.Normalize(indicator), noun[len(noun)-1])
}

// currencyNames name the currency a sum is counted in (7.5亿元人民币): no
// thing the sum measures.
var currencyNames = []string{"人民币", "美元", "美金", "港币", "外币", "欧元"}

// bareMoney reports whether m is a sum with a scale and no currency
// (外资7.5亿): read as 元, it is money in any currency all the same, as
// "7.5 billion yuan" is not.
func bareMoney(m Mention) bool {
	return m.Value.Unit == "元" && !strings.HasSuffix(m.Text, "元") && !containsAnyOf(strings.ToLower(m.Text), "yuan", "rmb")
}

// writesInYuan reports whether the report writes m's number as a sum in
// 元 anywhere.
func (ix *Index) writesInYuan(m Mention, report string) bool {
	sp := ix.scope(report)
	if sp == nil {
		return false
	}
	return slices.ContainsFunc(ix.figs[sp.lo:sp.hi], func(f Figure) bool { return f.Unit == "元" && m.Value.SameNumber(f.Amount()) })
}

// moneyFigures are the figures of cands comparable with a sum in either
// currency, best first.
func moneyFigures(cands []scored) []scored {
	return slices.DeleteFunc(comparableFigures(cands, anyUnit), func(c scored) bool { return !isMoney(c.fig.Unit) })
}

// moneyNouns name an amount of money: a claim that names one before a
// sum ("签约金额超过300亿元", "总投资20亿元") says it means money.
var moneyNouns = []string{"投资", "金额", "总额", "额", "收入", "营收", "产值", "资金", "利润", "资产", "经费", "预算", "补贴"}

// namesMoney reports whether the words before a stated sum name an amount
// of money. WHY: a same-number count or measure (新签约注册项目300个) is a
// slip of unit only when the claim names no measure of its own; one that
// names money asks a sum the report does not give, and "correcting" it
// with a count answers what was not asked. A rate of the same number
// (旅游收入增长29.9% for 旅游收入29.9亿元) is the money's own, a slip still.
func namesMoney(before []rune) bool {
	return containsAnyOf(rag.Normalize(string(before)), moneyNouns...)
}

// ownKindNamedBetter reports whether the question names the indicator of
// a figure of the stated kind (comparable's best) better than c — more of
// its words — when c's number only matches: "跨境电商成交额增长70%" asks 成交额's rate (24.7%),
// and 跨境电商企业's 70家 beside it is another indicator's count, not the
// same number in another unit. A c whose indicator the question writes
// more of word for word is the one named (外贸型企业增长18% is 新增外贸型企业's
// 18家, though the lexicon reads 外贸 as 进出口 too).
func ownKindNamedBetter(c scored, comparable []scored, norm string) bool {
	if len(comparable) == 0 {
		return false
	}
	best := comparable[0]
	if best.fig == c.fig || best.coverage < premiseMinCoverage || literalShare(c.fig.Indicator, norm) > literalShare(best.fig.Indicator, norm) {
		return false
	}
	return best.coverage > c.coverage || best.coverage == c.coverage && best.score > c.score
}

// pointsForPercent reports whether stated m writes a change in points as
// a %: "下降了100%" for 下降100个百分点以上 claims the whole ratio gone, not
// a fall of points. The reverse ("增长7个百分点" for 增长7%) is how people
// say a growth rate, the same claim (percentNote tells the unit), as is a
// gap over a wider place read as points.
func pointsForPercent(m Mention, f Figure) bool {
	return f.Direction != 0 && !m.points && m.Value.Unit == "%" && f.Unit == "个百分点"
}

// countsOtherThings reports whether two counting units count different
// things: people (人, 名, 位) and households (户). "新增就业2.04万户" is
// not the report's 2.04万人, though both are counts.
func countsOtherThings(a, b string) bool {
	people := func(u string) bool { return u == "人" || u == "名" || u == "位" }
	return people(a) && b == "户" || a == "户" && people(b)
}

// namesTailBefore reports whether the words right before the stated
// figure at start are the end of the report's indicator, at least
// minTailRunes of them: "新增耕地4400公顷" names …项目新增耕地 (4400亩)
// as the report writes it, though its qualifiers leave the coverage low.
func namesTailBefore(indicator string, rs []rune, start int) bool {
	return sharedEnd([]rune(rag.Normalize(indicator)), []rune(rag.Normalize(string(rs[:start])))) >= minTailRunes
}

// namesEndsBefore reports whether the words right before the stated
// figure at start end with the last two runes of the report's indicator
// and its clause holds the indicator's first two before them: "疏浚土方
// 15万吨" names 疏浚供水渠系土方 by both its ends, leaving out what lies
// between, which leaves the coverage low. WHY: a claim shortening an
// indicator keeps its verb and its noun; its number in another unit is
// then that figure's, to be corrected (15万立方米), not left unchecked.
// It asks a shorter end than namesTailBefore's minTailRunes because it
// asks the head too: a two-rune end alone (土方, 项目) closes many
// indicators, but with the head the claim writes four runes of this one.
// The head is held to the figure's own clause, for a verb in another
// clause (疏浚河道，土方15万吨) is that clause's; the tail runs up to the
// figure and needs no such bound.
func namesEndsBefore(indicator string, rs []rune, start int) bool {
	ind := []rune(rag.Normalize(indicator))
	before := []rune(rag.Normalize(string(rs[clauseStart(rs, start):start])))
	if len(ind) < 4 || sharedEnd(ind, before) < 2 {
		return false
	}
	return strings.Contains(string(before[:len(before)-2]), string(ind[:2]))
}

// sharedEnd is how many runes ind and before end with alike.
func sharedEnd(ind, before []rune) int {
	n := 0
	for n < len(ind) && n < len(before) && ind[len(ind)-1-n] == before[len(before)-1-n] {
		n++
	}
	return n
}

// minTailRunes is how much of an indicator's end a question must write
// right before a figure for namesTailBefore.
const minTailRunes = 3

// writtenScaled reports whether m's number is written with a scale
// (64万, 4 billion): its value is not the number written.
func writtenScaled(m Mention) bool {
	n, ok := writtenNumber(m.Text)
	return ok && !approxEqual(n, m.Value.Number)
}

// sameDigits reports whether two figures write the same number before
// their scales: "去年社零4亿元吧" where the report's 社零 grew 4%, "技改资金
// 70.1%" for 70.1亿元 — the number is the report's, the kind of figure
// (a rate, an amount, a count) is not. False when either writes no Arabic
// number.
func sameDigits(a, b string) bool {
	x, okA := writtenNumber(a)
	y, okB := writtenNumber(b)
	return okA && okB && approxEqual(x, y)
}

// writtenNumber is the first Arabic number written in a figure's text, as
// written: 4 of "4亿元", 21.7 of "21.7万户", 1900 of "1,900 people".
func writtenNumber(text string) (float64, bool) {
	n, err := strconv.ParseFloat(writtenDigits(text), 64)
	return n, err == nil
}

func isPercent(u string) bool { return u == "%" || u == "个百分点" }

// isMoney reports whether u is a currency: 元 or 美元.
func isMoney(u string) bool { return u == "元" || u == "美元" }

// namedFirst puts first, among the figures tied for the best score, one
// whose indicator the question writes as it stands: "保交房4个" is 保交房's
// 2个, not 保交楼's 3个, though the lexicon makes both cover it.
func namedFirst(comparable []scored, norm string) []scored {
	best := comparable[0]
	i, ok := outnamedBy(best, comparable, norm)
	if !ok {
		i = wholeOutnamedBy(best, comparable, norm)
		ok = i >= 0
	}
	if ok {
		out := append([]scored{comparable[i]}, comparable[:i]...)
		return append(out, comparable[i+1:]...)
	}
	if strings.Contains(norm, rag.Normalize(best.fig.Indicator)) {
		return comparable
	}
	for i, c := range comparable[1:] {
		if c.score < best.score {
			break
		}
		if strings.Contains(norm, rag.Normalize(c.fig.Indicator)) {
			out := append([]scored{c}, comparable[:i+1]...)
			return append(out, comparable[i+2:]...)
		}
	}
	return comparable
}

func correctionFor(m Mention, comparable []scored) *Correction {
	best := comparable[0]
	c := &Correction{Stated: m.Text, Actual: *best.fig}
	for _, o := range comparable[1:] {
		// The other period's figure for the same indicator, when the
		// question names no period — not another figure of the same
		// period (亿元以上项目 实施125个 beside 签约80个).
		if o.score >= 0.8*best.score && o.fig.Kind != c.Actual.Kind {
			c.Also = append(c.Also, *o.fig)
		}
	}
	return c
}

// reachedClaim reports whether normalized n asks of a figure it states
// with the perfective 了 of a question ("提升到48%了吗", "超过4%了吧").
// WHY: 了 right after the figure claims the level is reached, done: a
// result, which the year's target (48%) must not confirm. Not when a
// modal puts the figure ahead ("要提升到48%了吗", "将达到…了吧") or the
// question recalls what was said (不是说…了吗): those ask of the plan.
func reachedClaim(n string) bool {
	if strings.Contains(n, "不是说") {
		return false
	}
	rs := []rune(n)
	for _, m := range Find(n) {
		tail := string(rs[m.End:])
		if !strings.HasPrefix(tail, "了") || !containsAnyOf(string([]rune(tail)[1:min(3, len([]rune(tail)))]), "吗", "吧", "没", "么", "嘛") {
			continue
		}
		if !aheadModal.MatchString(string(rs[:m.Start])) {
			return true
		}
	}
	return false
}

// aheadModal is a modal before a verb of reaching: the figure after it
// is what is to come (要提升到, 将达到, 能突破, 计划增长).
var aheadModal = regexp.MustCompile(`(?:要|将|能|会|可以|打算|争取|力争|计划|预计)(?:提升|提高|达到|增加|增长|突破|超过|实现|到)`)

// pastWords are English words of the past tense a question asks in.
var pastWords = regexp.MustCompile(`\b(?:was|were|did|grew|fell|rose|reached|hit)\b`)

// claimedKind is the period a claim is held to: normKind's, else a
// result when it asks in the English past tense ("Was actual use of
// foreign capital 75 million dollars?"). WHY: what was, or did happen,
// is a result; the year's target (4亿美元) neither confirms nor is
// shown for it. Not when its words name a plan ("Was GDP growth
// projected at 6%?"): that asks the target. Premises only: a search's
// preference keeps normKind's.
func claimedKind(n string, sp *span) Kind {
	if k := normKind(n, sp); k != "" || !pastWords.MatchString(n) || englishPlanWords.MatchString(n) {
		return k
	}
	return KindResult
}

// englishPlanWords name a plan or target in English.
var englishPlanWords = regexp.MustCompile(`\b(?:plan|plans|planned|expected|expects|projected|projection|aim|aims|aimed|objective|objectives|target|targets|targeted|goal|goals)\b`)

// lastYearWords name the year of results, thisYearWords the plan's year
// (normKind, namesBothYears).
var (
	lastYearWords = []string{"去年", "上年", "上一年", "last year"}
	thisYearWords = []string{"今年", "本年", "this year"}
)

// questionKind reads the period a question asks about.
func questionKind(q string, sp *span) Kind { return normKind(rag.Normalize(q), sp) }

// normKind is questionKind of normalized text n.
func normKind(n string, sp *span) Kind {
	n = rag.GrowthBase(n) // "今年GDP比去年增长5.5%吧" claims this year's rate
	switch {
	case asksPeriodChoice(n):
		return "" // "5.5%是去年还是今年的": it claims neither period
	case containsAnyOf(n, lastYearWords...) || strings.Contains(n, "过去一年"):
		return KindResult
	case containsAnyOf(n, thisYearWords...):
		return KindTarget
	}
	for _, y := range sp.years {
		if strings.Contains(n, y.year) {
			return y.kind
		}
	}
	if containsAnyOf(n, "目标", "预期", "计划", "target", "goal") {
		return KindTarget
	}
	if containsAnyOf(n, "已经", "已达", "已超", "already") || reachedClaim(n) {
		// "化工精细化率已经48%了吧": what is already reached is a result,
		// not the year's target.
		return KindResult
	}
	return ""
}

func containsAnyOf(s string, ws ...string) bool {
	for _, w := range ws {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// scaleSlip is the report's figure a stated one writes with the same
// number but another scale of the same measure ("技改投了70.1万元" for
// 70.1亿元, "管网改造360米" for 360公里), when the question's other words
// name it too loosely for comparableFigures: the best match writing the
// same number is evidence enough that the figure is meant, even when a
// closer-named one writes another ("管网" names 燃气管道's 20公里 more
// closely than 老旧管网's 360公里). A small whole number (5, 12) may be
// any figure's, so it is no such evidence.
func scaleSlip(m Mention, found, comparable []scored) *Figure {
	if len(comparable) > 0 || len(found) == 0 || m.Value.Unit == "" || m.Value.Unit == UnitRank {
		return nil
	}
	n, ok := writtenNumber(m.Text)
	if !ok || n < minSlipNumber && n == math.Trunc(n) {
		return nil
	}
	for _, s := range found {
		if s.coverage < minSlipCoverage || !sameDigits(m.Text, s.fig.Text) || !scaleOfSameMeasure(m.Value.Unit, s.fig.Unit) {
			continue
		}
		if m.Value.Unit == s.fig.Unit && m.Value.SameNumber(s.fig.Amount()) {
			return nil // the report's own figure, no slip
		}
		return s.fig
	}
	return nil
}

// minSlipNumber is the least whole number scaleSlip reads as the report's.
const minSlipNumber = 20

// minSlipCoverage is how much of the indicator a question must name for
// scaleSlip: more than a stray bigram.
const minSlipCoverage = 0.15

// scaleOfSameMeasure reports whether two units measure the same thing at maybe
// another scale: 元 and 元 (万元, 亿元 parse to 元), 米 and 公里.
func scaleOfSameMeasure(a, b string) bool {
	length := func(u string) bool { return u == "米" || u == "公里" }
	return a == b || length(a) && length(b)
}
