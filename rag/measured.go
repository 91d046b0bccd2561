package rag

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// measuredNounOf is what a figure clause measures by its own words: the
// last noun of two or more characters before its first digit (引进人才1.15万人
// measures 人才, 发明专利授权量增长74.1% measures 授权量), neither generic nor a
// place (高于全省2.8个百分点 names where it is compared); "" when the clause
// opens with its number or names no such noun (增长20.2%, 全年实施500万元…).
func (ix *Index) measuredNounOf(clause string) string {
	end := strings.IndexFunc(clause, func(r rune) bool { return r >= '0' && r <= '9' })
	if end <= 0 {
		return ""
	}
	var last string
	for _, run := range hanRuns(clause[:end]) {
		for _, w := range ix.dict.Segment(run, nil) {
			if utf8.RuneCountInString(w) < 2 || genericWordSet[w] || !ix.dict.IsNoun(w) || ix.placeWord(w) {
				continue
			}
			last = w
		}
	}
	return last
}

// placeWord reports whether w names a place or a scope (全省, 全国): where
// a figure stands or is compared, not what it measures.
func (ix *Index) placeWord(w string) bool {
	return strings.HasPrefix(w, "全") && utf8.RuneCountInString(w) == 2 || strings.TrimSpace(ix.stripPlaces(w)) == "" || ix.namesPlace(w)
}

// measuresOther reports whether a figure clause measures a thing of its
// own that is not what was asked, so the words before it in its sentence
// do not describe its figure: "吸引更多高校毕业生来盘就业创业，引进人才1.15万
// 人" gives no graduates' jobs, "研发经费投入总量、强度均居全省第三，发明专利授
// 权量增长74.1%" no R&D intensity. It does when the clause holds nothing
// asked, or lacks the asked head noun and measures another noun (投入总量增长7%
// for 投入强度). A noun sharing a character with what was asked may be its
// other name (公交车辆, 经营主体): it measures what was asked.
func (ix *Index) measuresOther(asked []askedTerm, clause, norm string) bool {
	if !slices.ContainsFunc(asked, func(t askedTerm) bool { return t.weight >= 1 }) {
		return false // nothing of substance asked: nothing to tell apart
	}
	m := ix.measuredNounOf(clause)
	if countsOtherTerm(asked, clause, norm, m) {
		return true
	}
	if m == "" || slices.ContainsFunc(asked, func(t askedTerm) bool { return t.in(m) || sharesRune(m, t.term) }) {
		return false
	}
	if !slices.ContainsFunc(asked, func(t askedTerm) bool { return t.weight >= 1 && t.in(clause) }) {
		return true
	}
	// A clause met through an everyday phrase's report words (电动车上楼 for
	// 电梯智能阻车系统) is named as the report names it: the asker's own head
	// (装置) may be its noun.
	if slices.ContainsFunc(asked, func(t askedTerm) bool { return !ContainsTerm(clause, t.term) && containsAnyTerm(clause, t.syn) }) {
		return false
	}
	// A thing counted by name that the clause writes only as the modifier
	// of another counted thing (多少部电梯 and 电梯智能阻车系统4166部) is not
	// that thing: the count is of the devices, not of lifts.
	if h := slices.IndexFunc(asked, func(t askedTerm) bool { return t.head }); h >= 0 &&
		countedByName(norm, asked[h]) && ix.isNounTerm(asked[h]) && countsObjects(clause) && onlyModifies(clause, asked[h].term, m) {
		return true
	}
	// The head as the report writes it: an everyday word (案子, 电动车)
	// stands for report terms the clause may say otherwise, unless the
	// asker counts it by name (工厂几家, 产值多少): then the clause must
	// say it or a report term for it (新增5G工厂 is no 北斗终端).
	h := slices.IndexFunc(asked, func(t askedTerm) bool { return t.head })
	return h >= 0 && (asked[h].syn == nil || countedByName(norm, asked[h])) && !asked[h].missing && !asked[h].part && ix.isNounTerm(asked[h]) && !asked[h].in(clause)
}

// countsOtherTerm reports whether the head, a report term the asker counts
// by its own name (多少所学校), meets in clause only another report term of
// its lexicon line as the noun its figure counts (在籍学生1万人): the line
// groups neighbours (教育 学校 学生), not other names, so the students'
// count is no count of schools. An everyday word (孩子上学) stays free to
// mean any of its line's terms.
func countsOtherTerm(asked []askedTerm, clause, norm, m string) bool {
	h := slices.IndexFunc(asked, func(t askedTerm) bool { return t.head })
	if h < 0 || m == "" {
		return false
	}
	t := asked[h]
	return slices.Contains(t.syn, t.term) && slices.Contains(t.syn, m) && m != t.term &&
		!strings.Contains(m, t.term) && !strings.Contains(t.term, m) &&
		!ContainsTerm(clause, t.term) && countedByName(norm, t) && asksObjectCount(norm)
}

// asksObjectCount reports whether the question counts objects with a
// measure word (多少所, 几家): an amount (产量多少) is left to the sibling
// step, which names the kind the report gives instead.
func asksObjectCount(norm string) bool {
	for _, w := range []string{"多少", "几"} {
		for i := range wordPositions(norm, w) {
			if r, _ := utf8.DecodeRuneInString(norm[i+len(w):]); strings.ContainsRune(countClassifiers, r) {
				return true
			}
		}
	}
	return false
}

// countedByName reports whether the question puts its question word right
// beside t ("产值多少", "工厂几家", "医生数多少", "多少个创新团队"), so t is
// what is counted, not a word of a phrase that describes it ("不让电动车进
// 的那个…装了多少部" counts the device, not 电动车).
func countedByName(norm string, t askedTerm) bool {
	p := strings.Index(norm, t.term)
	if p < 0 {
		return false
	}
	after := norm[p+len(t.term):]
	for _, w := range []string{"多少", "几"} {
		if i := strings.Index(after, w); i >= 0 && (utf8.RuneCountInString(after[:i]) <= maxCountGap || verbBeforeCount(after[:i], after[i+len(w):])) {
			return true
		}
		if i := strings.LastIndex(norm[:p], w); i >= 0 && utf8.RuneCountInString(norm[i+len(w):p]) <= maxHeadGap {
			return true
		}
	}
	return false
}

// verbBeforeCount reports whether gap, between a noun and its question
// word, is a verb done (加装了) and the question word ends the question
// with a measure word ("电梯加装了多少部"): the noun is then what is counted.
func verbBeforeCount(gap, after string) bool {
	if !strings.HasSuffix(gap, "了") || utf8.RuneCountInString(gap) > maxCountGap+2 {
		return false
	}
	r, n := utf8.DecodeRuneInString(after)
	return strings.ContainsRune(countClassifiers, r) && strings.Trim(after[n:], questionEnd) == ""
}

// maxCountGap is how far before the question word its noun may end: a
// counter and a verb ("医生数多少", "企业有几家", "产值是多少").
const maxCountGap = 2

// sharesRune reports whether a and b have a character in common.
func sharesRune(a, b string) bool {
	return strings.ContainsFunc(a, func(r rune) bool { return strings.ContainsRune(b, r) })
}

// statedNumber is a number a question states, with its percent sign.
var statedNumber = regexp.MustCompile(`[0-9]+(?:\.[0-9]+)?[%％]?`)

// holdsStatedFigure reports whether clause holds, as a whole number, one
// the question states ("華孚環境…占有率15.7%吧" and 中蓝电子…增至15.7%): a
// claim giving the report's figure to another subject is the claims
// step's to correct, not a figure of something else. 5% is never found
// inside 5.5% or 15%.
func holdsStatedFigure(norm, clause string) bool {
	for _, n := range statedNumber.FindAllString(norm, -1) {
		if len(n) < 2 || !strings.ContainsAny(n, ".%％") {
			continue // a bare small number (6个, 2024) says too little
		}
		for i := range wordPositions(clause, n) {
			before, after := byte(' '), byte(' ')
			if i > 0 {
				before = clause[i-1]
			}
			if j := i + len(n); j < len(clause) {
				after = clause[j]
			}
			if !isNumberByte(before) && !isNumberByte(after) {
				return true
			}
		}
	}
	return false
}

// countClassifiers are the units that count objects (4166部, 85台), not
// amounts of an attribute (20公里, 74.1%).
const countClassifiers = "部个台套座家处辆条所艘架"

// countsObjects reports whether clause's first figure counts objects:
// its number is followed by a classifier ("2.8个百分点" is a share).
func countsObjects(clause string) bool {
	i := strings.IndexFunc(clause, func(r rune) bool { return r >= '0' && r <= '9' })
	if i < 0 {
		return false
	}
	rest := strings.TrimLeft(clause[i:], "0123456789.万亿余多")
	r, _ := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune(countClassifiers, r) && !strings.HasPrefix(rest[utf8.RuneLen(r):], "百分点")
}

// onlyModifies reports whether every time clause writes term, it is the
// modifier of m, the noun its first figure counts: one unbroken run of
// words from term to m right before the number (安装电梯智能阻车系统4166部:
// 电梯 qualifies 系统). A conjunction in between (电梯和阻车系统) lists two;
// a modifier right before m (公交 of 公交车辆) is the everyday name of m.
func onlyModifies(clause, term, m string) bool {
	end := strings.IndexFunc(clause, func(r rune) bool { return r >= '0' && r <= '9' })
	if m == "" || end <= 0 || !strings.HasSuffix(clause[:end], m) || strings.Contains(m, term) {
		return false
	}
	phraseEnd := end - len(m)
	seen := false
	for i := range wordPositions(clause, term) {
		between := clause[i+len(term) : max(phraseEnd, i+len(term))]
		if i+len(term) >= phraseEnd || strings.ContainsFunc(between, func(r rune) bool {
			return !unicode.Is(unicode.Han, r) || strings.ContainsRune("和及与并或", r)
		}) {
			return false
		}
		seen = true
	}
	return seen
}
