package rag

import (
	"regexp"
	"strconv"
	"strings"
)

// spokenNumbers writes the figures a claim speaks in words as the report
// writes them, so that a wrong one is corrected like any other: "八十台"
// is 80台, "三千亿" 3000亿, "一万五" 1.5万, "五百多亿" 500多亿, "三成" 30%,
// "翻了一番" 增长100%. Only in a claim ("…吧", "…对吗", "听说…"): elsewhere
// words such as 两个方面 or 八成是 are not figures.
func spokenNumbers(text string) string {
	if !ClaimShaped(text) {
		return text
	}
	text = doubling.ReplaceAllStringFunc(text, func(m string) string {
		if strings.Contains(m, "两") || strings.Contains(m, "二") {
			return "增长300%" // 翻两番: four times
		}
		return "增长100%"
	})
	rs := []rune(text)
	var b strings.Builder
	for i := 0; i < len(rs); {
		if j, digits, ok := spokenFigure(rs, i); ok {
			b.WriteString(digits)
			i = j
			continue
		}
		b.WriteRune(rs[i])
		i++
	}
	return b.String()
}

// doubling is "doubled" said in 番 or 倍: 翻了一番, 翻一倍, 翻番, 翻两番.
var doubling = regexp.MustCompile(`翻了?(?:一|两|二)?(?:番|倍)`)

// claimCue ends a question that asks whether what it says is so.
var claimCue = regexp.MustCompile(`(?:吧|吗|嘛|对不对|是不是|没错|对不|真的|是真的|不是)[？?！!。.～~ ]*$`)

// ClaimShaped: the question states something to be confirmed.
func ClaimShaped(text string) bool {
	t := strings.TrimSpace(text)
	return claimCue.MatchString(t) || strings.HasPrefix(t, "听说") || strings.HasPrefix(t, "据说") || strings.HasPrefix(t, "我听说")
}

// spokenFigure reads a number in words at rs[i] that a unit, a scale or
// 成 follows, and returns where it ends and the figure in digits.
func spokenFigure(rs []rune, i int) (end int, digits string, ok bool) {
	if !isSpokenNumeral(rs[i]) || i > 0 && (isSpokenNumeral(rs[i-1]) || strings.ContainsRune(notCounting, rs[i-1])) {
		return 0, "", false
	}
	j := i
	for j < len(rs) && isSpokenNumeral(rs[j]) {
		j++
	}
	run := string(rs[i:j])
	if j < len(rs) && rs[j] == '成' && j-i == 1 && !strings.ContainsRune("十百千万亿", rs[i]) {
		return percentOfTenths(rs, i, j)
	}
	if run == "一" || run == "万" || run == "亿" || run == "千" || run == "百" || run == "十" {
		return 0, "", false // 一个 is an article; 万人 a crowd
	}
	n, ok := spokenValue(run)
	if !ok {
		return 0, "", false
	}
	// The largest scale the run says is the figure's: 三千亿 is 3000亿,
	// 一万五 1.5万.
	out, scale := strconv.FormatFloat(n, 'f', -1, 64), ""
	switch {
	case strings.Contains(run, "亿"):
		out, scale = strconv.FormatFloat(n/1e8, 'f', -1, 64)+"亿", "亿"
	case strings.Contains(run, "万"):
		out, scale = strconv.FormatFloat(n/1e4, 'f', -1, 64)+"万", "万"
	}
	k := j
	if k < len(rs) && (rs[k] == '多' || rs[k] == '余') {
		out, k = out+string(rs[k]), k+1
	}
	if scale == "" && k < len(rs) && (rs[k] == '万' || rs[k] == '亿') {
		out, k = out+string(rs[k]), k+1 // 五百多亿
	} else if scale == "" && !unitAhead(rs[k:]) {
		return 0, "", false
	}
	return k, out, true
}

// percentOfTenths reads N成 (tenths) as a percentage where it is a share,
// not a word: 三成 is 30%, but 八成是 ("most likely"), 七成熟, 一成不变 are not.
func percentOfTenths(rs []rune, i, j int) (int, string, bool) {
	if j+1 < len(rs) && strings.ContainsRune("是为立功效果本绩交都员型片熟品色就不", rs[j+1]) {
		return 0, "", false
	}
	d := chineseDigits[rs[i]]
	if d == 0 {
		return 0, "", false
	}
	k := j + 1
	more := k < len(rs) && rs[k] == '多'
	if more {
		k++
	}
	s := strconv.FormatFloat(d*10, 'f', -1, 64)
	if more {
		return k, s + "多%", true
	}
	return k, s + "%", true
}

// spokenValue is ParseChineseNumber with speech's shortening: a last
// digit after 万, 千 or 百 counts the next place down (一万五 is 15000,
// 三千五 3500, 一百五 150).
func spokenValue(s string) (float64, bool) {
	rs := []rune(s)
	if len(rs) >= 3 {
		last, place := rs[len(rs)-1], rs[len(rs)-2]
		if d, isDigit := chineseDigits[last]; isDigit && d > 0 {
			if unit, ok := map[rune]float64{'万': 1e4, '千': 1e3, '百': 100}[place]; ok {
				if n, ok := ParseChineseNumber(string(rs[:len(rs)-1])); ok {
					return n + d*unit/10, true
				}
			}
		}
	}
	return ParseChineseNumber(s)
}

// notCounting precede a numeral that is not a figure: 第五, 每千, 哪两个,
// 几百, 这两年, 统一.
const notCounting = "第每哪几这那统唯星礼周初"

func isSpokenNumeral(r rune) bool {
	_, digit := chineseDigits[r]
	return digit || strings.ContainsRune("十百千万亿", r)
}

// spokenUnits are the units a claim counts in after a number in words.
var spokenUnitWords = []string{"平方公里", "平方米", "立方米", "千瓦时", "千瓦", "公里", "千米", "公顷", "人次", "美元", "万元", "元", "亿",
	"台", "亩", "吨", "人", "名", "个", "家", "项", "件", "条", "所", "座", "套", "辆", "艘", "口", "株", "棵", "户", "张", "床", "处", "场", "次", "部", "批", "类", "米", "天", "%"}

// unitAhead: rs opens with a unit of spokenUnitWords, not the first
// character of another word (一个个, 三人行 are rare in claims).
func unitAhead(rs []rune) bool {
	s := string(rs)
	for _, u := range spokenUnitWords {
		if strings.HasPrefix(s, u) {
			return true
		}
	}
	return false
}
