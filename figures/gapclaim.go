package figures

import (
	"iter"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/rag"
)

// gapClaim is a question's claim that a year's figure differs from the
// year before's by an amount: "今年公交车比去年多47台", "今年GDP目标比去年高2个
// 百分点", "47 more buses than last year". The amount is a difference,
// which neither year's level can confirm or correct: 47台 is no count of
// buses bought.
type gapClaim struct {
	amount Mention // the difference claimed, one of the question's stated figures
	way    int     // +1 more or higher, -1 less or lower
	text   string  // the claim as the question words it: "多47台", "47 more"
	at, to int     // the runes of text
	base   Kind    // the kind of figure the year measured from has ("" when the report has none)
	cmp    [2]int  // runes of the comparison with that year: "比去年", "than last year"
	// order: a claim with no amount (orderclaim.go): the subject is more
	// (way 1), less (-1) or the same (0) as the other side, or ratio
	// times it; amount is then the multiple, if any.
	order bool
	ratio float64
	// shareFall: the multiple is what a fall claimed as a share leaves
	// (少了40% is 0.6 times; sharefall.go); bound -1 says the ratio is at
	// most that (少了一半以上), +1 at least (少了不到一半), 0 about it.
	shareFall bool
	bound     int
	// fall: the order is of the size of falls (降得多): the more a figure
	// fell, the lower it stands.
	fall bool
	// pair: the other side is another indicator of the same period, not
	// a year: subject and other are the words naming each.
	pair           bool
	subject, other string
	// levels: the claim is of a move (比去年增长), which only amounts
	// show: two growth rates say nothing of it.
	levels bool
	// implicit: no year compared with is written (implicitGap); kept
	// only where the report gives both years' levels (levelPair).
	implicit bool
	// unsigned: the claim names a difference but not its way ("差2个
	// 点"): held to the distance between the two years, either way.
	unsigned bool
}

// gapWords say which way a difference goes, as a question writes them
// between the year it compares with and the amount; at each place the
// longest first.
var gapWords = []moveWord{
	{"增加", 1}, {"增长", 1}, {"提高", 1}, {"提升", 1}, {"上升", 1}, {"多出", 1}, {"高出", 1}, {"多", 1}, {"高", 1}, {"增", 1}, {"涨", 1}, {"快", 1},
	{"减少", -1}, {"下降", -1}, {"降低", -1}, {"少", -1}, {"低", -1}, {"减", -1}, {"降", -1}, {"慢", -1},
}

// gapLeads introduce the year compared with: 比去年, 较上年, 相比2024年.
var gapLeads = []string{"相比于", "相较于", "比起", "相比", "相较", "较之", "比", "较"}

// gapPairs compare with a year named between them: 跟去年比, 与上年相比.
var gapPairs = []string{"跟", "和", "与", "同"}

// maxGapFill is how many runes may stand between a way word and its
// amount: 多买47台, 少了大约0.14万人.
const maxGapFill = 3

// findGapClaim is the difference a question claims from the year before,
// if any. stated are its figures (statedFigures); sp gives the years of
// the report it is checked against. An amount in % is no difference: "比
// 去年增长6%" is a growth rate, which the premise check reads; nor is one
// in 倍.
func findGapClaim(question string, stated []Mention, sp *span) (gapClaim, bool) {
	rs := []rune(question)
	if g, ok := chineseGap(rs, stated, sp); ok {
		return g, true
	}
	return englishGap(rs, stated, sp)
}

// chineseGap reads "比去年多47台" and "跟去年比，多47台".
func chineseGap(rs []rune, stated []Mention, sp *span) (gapClaim, bool) {
	for i := range rs {
		base, end, ok := gapBaseAt(rs, i, sp)
		if !ok {
			continue
		}
		from := end
		for _, m := range stated {
			if m.Start < end {
				continue
			}
			// The amount is the first figure after the comparison with a
			// way word before it ("比去年的7.5亿美元低3.5亿美元": the
			// first is last year's level); not one in the next sentence,
			// nor a growth rate.
			if strings.ContainsAny(string(rs[from:m.Start]), "。？！?!") {
				break
			}
			if !isDifference(m) {
				// "比去年8.3%低2.3个百分点": a rate right after the year
				// compared with is that year's level; the gap follows.
				if baseRate(rs, from, m) {
					from = m.End
					continue
				}
				break
			}
			if at, w, ok := wayBefore(rs, from, m.Start); ok {
				return gapClaim{amount: m, way: w.dir, text: string(rs[at:m.End]), at: at, to: m.End, base: base, cmp: [2]int{i, end}}, true
			}
			from = m.End
		}
	}
	return gapClaim{}, false
}

// gapBaseAt reads a comparison with a year starting at rune i: its kind
// of figure and where the comparison ends.
func gapBaseAt(rs []rune, i int, sp *span) (base Kind, end int, ok bool) {
	for _, lead := range gapLeads {
		if hasPrefixAt(rs, i, lead) {
			if base, n, ok := baseYearAt(rs, i+utf8.RuneCountInString(lead), sp); ok {
				base, n = baseTarget(rs, n, base)
				return base, skipPrefix(rs, n, "同期"), true
			}
			return "", 0, false
		}
	}
	for _, w := range gapPairs {
		if !hasPrefixAt(rs, i, w) {
			continue
		}
		base, n, ok := baseYearAt(rs, i+1, sp)
		if !ok {
			return "", 0, false
		}
		base, n = baseTarget(rs, n, base)
		n = skipPrefix(rs, n, "同期")
		for _, cmp := range []string{"相比", "比较", "比"} {
			if hasPrefixAt(rs, n, cmp) {
				return base, n + utf8.RuneCountInString(cmp), true
			}
		}
	}
	return "", 0, false
}

// yearCompared is a 比 of a question comparing with a year: at the 比,
// end past the year's words, move past the adverbs after them (有所,
// 明显…), where a move word may stand.
type yearCompared struct {
	at, end, move int
	base          Kind
}

// amountComparisons yields each 比 of rs comparing with a year whose
// amounts the report gives. Not 比前年 or 比2023年, years it gives no
// amount of, nor 比去年目标, last year's report's (进出口比前年增长200%
// stays the premise check's: 39.7%).
func amountComparisons(rs []rune, sp *span) iter.Seq[yearCompared] {
	return func(yield func(yearCompared) bool) {
		for i, r := range rs {
			if r != '比' {
				continue
			}
			base, n, ok := baseYearAt(rs, i+1, sp)
			if !ok {
				continue
			}
			if base, n = baseTarget(rs, n, base); base == "" {
				continue
			}
			j := n
			for _, a := range moveAdverbs {
				j = skipPrefix(rs, j, a)
			}
			if !yield(yearCompared{at: i, end: n, move: j, base: base}) {
				return
			}
		}
	}
}

// baseTarget is the kind of the year compared with when its words end
// at i, and where they end: none the report gives when they go on to name
// that year's target ("比去年目标高": last year's targets are in last
// year's report), else base.
func baseTarget(rs []rune, i int, base Kind) (Kind, int) {
	for _, w := range []string{"的目标", "目标", "的计划", "计划", "的预期", "预期"} {
		if hasPrefixAt(rs, i, w) {
			return "", i + utf8.RuneCountInString(w)
		}
	}
	return base, i
}

func skipPrefix(rs []rune, i int, s string) int {
	if hasPrefixAt(rs, i, s) {
		return i + utf8.RuneCountInString(s)
	}
	return i
}

// baseYearAt reads the year compared with at rune i: 去年 and its like
// are the report's year of results; 前年 no year it gives; a year written
// out has the kind the report's figures of it have.
func baseYearAt(rs []rune, i int, sp *span) (Kind, int, bool) {
	for _, w := range []string{"去年", "上一年", "上年", "前一年"} {
		if hasPrefixAt(rs, i, w) {
			return KindResult, i + utf8.RuneCountInString(w), true
		}
	}
	if hasPrefixAt(rs, i, "前年") {
		return "", i + 2, true
	}
	j := i
	for j < len(rs) && j-i < 4 && isDigit(rs[j]) {
		j++
	}
	if j-i != 4 || !hasPrefixAt(rs, j, "年") {
		return "", 0, false
	}
	return yearKindOf(string(rs[i:j]), sp), j + 1, true
}

// yearKindOf is the kind of the report's figures of year y, "" when it
// gives none.
func yearKindOf(y string, sp *span) Kind {
	if sp == nil {
		return ""
	}
	for _, yk := range sp.years {
		if yk.year == y {
			return yk.kind
		}
	}
	return ""
}

// isDifference: an amount a difference can be claimed in. A growth rate
// (6%) or a multiple (一倍) compares otherwise.
func isDifference(m Mention) bool {
	return m.Value.Unit != "%" && m.Value.Unit != "倍" && m.Value.Unit != UnitRank
}

// baseRate: rate m stands right after the year compared with (from), with
// at most 的 between, so it is that year's level, not a growth claimed.
func baseRate(rs []rune, from int, m Mention) bool {
	return m.Value.Unit == "%" && strings.TrimSpace(strings.TrimPrefix(string(rs[from:m.Start]), "的")) == ""
}

// wayBefore finds the word of a difference's way between from and an
// amount at to, with at most maxGapFill runes of Chinese between the word
// and the amount (多买47台, 少了0.14万人); where the word starts.
func wayBefore(rs []rune, from, to int) (at int, w moveWord, ok bool) {
	for i := from; i < to; i++ {
		for _, g := range gapWords {
			n := utf8.RuneCountInString(g.word)
			if !hasPrefixAt(rs, i, g.word) {
				continue
			}
			if fill := rs[i+n : to]; len(fill) <= maxGapFill && rag.AllHan(fill) {
				at, w, ok = i, g, true
			}
			i += n - 1 // 提高 is not read again as 高
			break
		}
	}
	return at, w, ok
}

var (
	// englishGapBase is the year an English claim compares with.
	englishGapBase = regexp.MustCompile(`\b(?:than|from|over|on|compared (?:with|to)|versus|vs\.?)\s+(?:in\s+|that of\s+|the figure for\s+)?(last year|the previous year|the year before|a year (?:ago|earlier)|20\d\d)\b`)
	// englishBaseTarget: the year compared with is named by its target.
	englishBaseTarget = regexp.MustCompile(`^(?:'s)?\s+(?:target|goal|plan)`)
	// englishWayAfter is a way word a few words after the amount: "47
	// more buses", "1,400 lower".
	englishWayAfter = regexp.MustCompile(`^\s*(?:[a-z$'-]+\s+){0,3}?(more|fewer|less|higher|lower|greater|bigger|larger|smaller)\b`)
	// englishWayBefore is a way word right before the amount: "up 2
	// percentage points from last year", "an increase of 47".
	englishWayBefore = regexp.MustCompile(`\b(up|down|more|fewer|less|higher|lower|increased?|decreased?|rose|fell|grew|dropped|(?:increase|decrease|rise|fall|drop) of)\s+(?:by\s+)?$`)
)

// englishUp are the first words of English ways up; the others go down.
var englishUp = map[string]bool{"more": true, "higher": true, "greater": true, "bigger": true, "larger": true, "up": true,
	"increase": true, "increased": true, "rose": true, "grew": true, "rise": true, "faster": true}

// englishGap reads "47 more buses than last year" and "up 2 percentage
// points from last year".
func englishGap(rs []rune, stated []Mention, sp *span) (gapClaim, bool) {
	// Lower-cased rune by rune: offsets in lrs are offsets in rs.
	lrs := make([]rune, len(rs))
	for i, r := range rs {
		lrs[i] = unicode.ToLower(r)
	}
	lower := string(lrs)
	loc := englishGapBase.FindStringSubmatchIndex(lower)
	if loc == nil {
		return gapClaim{}, false
	}
	baseAt := utf8.RuneCountInString(lower[:loc[0]])
	cmp := [2]int{baseAt, baseAt + utf8.RuneCountInString(lower[loc[0]:loc[1]])}
	base := KindResult
	if y := lower[loc[2]:loc[3]]; isDigit(rune(y[0])) {
		base = yearKindOf(y, sp)
	}
	if englishBaseTarget.MatchString(lower[loc[1]:]) {
		base = "" // "than last year's target": last year's report set it
	}
	for i := len(stated) - 1; i >= 0; i-- {
		m := stated[i]
		if m.End > baseAt {
			continue
		}
		if !isDifference(m) {
			break // "grew 6% over last year": a growth rate
		}
		if w := englishWayAfter.FindStringSubmatch(string(lrs[m.End:baseAt])); w != nil {
			end := m.End + utf8.RuneCountInString(w[0])
			return gapClaim{amount: m, way: englishWay(w[1]), text: strings.TrimSpace(string(rs[m.Start:end])), at: m.Start, to: end, base: base, cmp: cmp}, true
		}
		if w := englishWayBefore.FindStringSubmatchIndex(string(lrs[:m.Start])); w != nil {
			at := utf8.RuneCountInString(string(lrs[:m.Start])[:w[0]])
			return gapClaim{amount: m, way: englishWay(string(lrs[:m.Start])[w[2]:w[3]]), text: string(rs[at:m.End]), at: at, to: m.End, base: base, cmp: cmp}, true
		}
		break // the amount nearest the year compared with claims no way
	}
	return gapClaim{}, false
}

func englishWay(w string) int {
	if englishUp[strings.Fields(w)[0]] {
		return 1
	}
	return -1
}
