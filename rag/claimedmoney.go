package rag

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// claimedMoney is a sum of money a question states: 2000亿元, 24 亿元.
var claimedMoney = regexp.MustCompile(`([0-9]+(?:\.[0-9]+)?)\s*(万|亿)?元`)

// claimsUnwrittenMoney reports whether a claim states a sum of money
// ("去年地区生产总值2000亿元对吗", "GDP总量 24 亿元？") that no clause of
// the report writes beside a word of what it is claimed of: it asks that
// figure, to be grounded as one, for a sentence of the thing's growth
// rate (增长3.5%左右) or of another thing's 亿元 neither confirms nor
// corrects it. Where the report writes the number beside the thing (粮油
// 加工…310亿元, 实际利用外资7.5亿美元), the claim is checked against that
// sentence, its period or unit corrected.
func (ix *Index) claimsUnwrittenMoney(a analysis) bool {
	m := claimedMoney.FindStringSubmatch(a.norm)
	if m == nil || !ClaimShaped(a.norm) {
		return false
	}
	yuan := moneyValue(m[1], m[2])
	return !ix.anyClaimClause(a, "元", func(clause string) bool {
		return writesUncounted(clause, m[1]) || writesMoney(clause, yuan)
	})
}

// writesUncounted reports whether text writes number n whole and not as a
// count of things (2个市级产教联合体): a count in a measure word is no sum
// of money in another unit, so it leaves a claimed 2亿元 unwritten.
func writesUncounted(text, n string) bool {
	for at := 0; at < len(text); {
		i := wholeNumberAt(text[at:], n)
		if i < 0 {
			return false
		}
		end := at + i + len(n)
		if !startsWithAny(text[end:], thingMeasures) {
			return true
		}
		at = end
	}
	return false
}

// thingMeasures are the measure words a number counts things in: those of
// claimed counts, and 个, which counts things beside points.
var thingMeasures = append([]string{"个"}, claimMeasures...)

// claimMeasures are the measure words of things or people a claimed count
// is read in. Not 个, which also counts points and shares (4.5个, 5个点).
// An age or a span of time (63岁, 12分钟) is read as a count is: a claim
// of one the report never writes beside the thing asks that figure.
var claimMeasures = []string{"人", "名", "座", "家", "所", "项", "件", "次", "场", "台", "辆", "条", "处", "户", "艘", "岁", "分钟", "小时", "天"}

// claimedCount is a count a question states in a claimMeasures word:
// 1万多人, 10多座, 15件.
var claimedCount = regexp.MustCompile(`[0-9]+(?:\.[0-9]+)?\s*(?:万|亿)?(?:多|余)?\s*(` + strings.Join(claimMeasures, "|") + `)`)

// countWrittenIn is, for each claimMeasures word, a count the report
// writes in it in digits or words (20处, 十余项): compiled once, not per
// question.
var countWrittenIn = func() map[string]*regexp.Regexp {
	res := make(map[string]*regexp.Regexp, len(claimMeasures))
	for _, w := range claimMeasures {
		res[w] = regexp.MustCompile(`[0-9零一二两三四五六七八九十百千万]\s*(?:多|余)?` + w)
	}
	return res
}()

// claimsUnwrittenCount reports whether a claim states a count ("外卖小哥
// 有1万多人吧", "新建了10多座污水处理厂吧") where no clause of the report
// writes any count in that measure word beside a word of what it is
// claimed of: as with money (claimsUnwrittenMoney), it asks that figure,
// so a sentence that only names the thing (街巷中外卖小哥日夜穿梭) or
// counts another thing (城市公园20处) is no answer to confirm it with.
// Where the report counts the thing in that measure word, whatever the
// number, the claim is left to the premise check against that sentence.
func (ix *Index) claimsUnwrittenCount(a analysis) bool {
	unit := countUnitClaimed(a.norm)
	if unit == "" || !ClaimShaped(a.norm) {
		return false
	}
	return !ix.anyClaimClause(a, unit, countWrittenIn[unit].MatchString)
}

// countNameBefore ends a name whose number is part of it, not a count:
// 碳九 (C9) of "伊科思碳九项目", 碳5 of 碳5装置.
var countNameBefore = []string{"碳"}

// countCompounds begin with a measure word of claimedCount but are nouns
// of their own: "碳9项目" is a project named C9, not nine items; "3家庭"
// is not three firms.
var countCompounds = []string{"项目", "处理", "场景", "场馆", "条例", "家庭", "所有", "次数", "台账", "人员", "名单", "名称", "天然"}

// countUnitClaimed is the measure word of the first count norm states
// (claimedCount), skipping a number that is part of a name or a measure
// word that begins a noun (countNameBefore, countCompounds); "" when none.
func countUnitClaimed(norm string) string {
	for _, m := range claimedCount.FindAllStringSubmatchIndex(norm, -1) {
		before, after := norm[:m[0]], norm[m[2]:]
		if endsWithAny(before, countNameBefore) || startsWithAny(after, countCompounds) {
			continue
		}
		return norm[m[2]:m[3]]
	}
	return ""
}

// anyClaimClause reports whether a quotable clause of the report asked
// holds a word of what a claim is of (a.terms of two or more Han
// characters, none holding unit) and writes is true of it.
func (ix *Index) anyClaimClause(a analysis, unit string, writes func(clause string) bool) bool {
	var words []string
	for t, w := range a.terms {
		if w >= 1 && utf8.RuneCountInString(t) >= 2 && startsHan(t) && !strings.Contains(t, unit) && !slices.Contains(wholeAreaWords, t) {
			words = append(words, t)
		}
	}
	for _, r := range ix.reports {
		if a.rep != nil && r != a.rep {
			continue
		}
		for i := range r.Paragraphs {
			if !r.Paragraphs[i].Quotable() {
				continue
			}
			for _, c := range ix.para(&r.Paragraphs[i]).clauses {
				if writes(c.norm) && containsAny(c.norm, words) {
					return true
				}
			}
		}
	}
	return false
}

// wholeAreaWords say a claim is of the whole city (全域120急救): said of
// every kind of work (不动产登记全域实现50分钟内), they tell no clause of
// the thing claimed.
var wholeAreaWords = []string{"全域", "全市", "市域", "我市"}

// moneyValue is a sum in yuan: n of 万 (ten thousand), 亿 or plain 元.
func moneyValue(n, mag string) float64 {
	v, _ := strconv.ParseFloat(n, 64) // n is claimedMoney's number group: it always parses
	switch mag {
	case "万":
		v *= 1e4
	case "亿":
		v *= 1e8
	}
	return v
}

// writesMoney reports whether text writes a sum of yuan, in whatever
// magnitude: 0.8亿元 is the 8000万元 claimed.
func writesMoney(text string, yuan float64) bool {
	for _, m := range claimedMoney.FindAllStringSubmatch(text, -1) {
		if v := moneyValue(m[1], m[2]); v > 0 && math.Abs(v-yuan) < 1e-6*yuan {
			return true
		}
	}
	return false
}

// writesNumber reports whether text writes number n whole: not as part
// of a longer number (2000 of 12000 or 2000.5).
func writesNumber(text, n string) bool { return wholeNumberAt(text, n) >= 0 }

// wholeNumberAt is the byte index of the first place text writes number n
// whole, or -1: 10 is not of 110, 0.10 or 10.5, though a sentence's full
// stop may follow it (10.).
func wholeNumberAt(text, n string) int {
	for at := 0; ; {
		i := strings.Index(text[at:], n)
		if i < 0 {
			return -1
		}
		i += at
		end := i + len(n)
		before := i > 0 && isNumberByte(text[i-1])
		after := end < len(text) && (isDigitByte(text[end]) || text[end] == '.' && end+1 < len(text) && isDigitByte(text[end+1]))
		if !before && !after {
			return i
		}
		at = i + 1
	}
}
