package rag

import (
	"math"
	"strconv"
)

var chineseDigits = map[rune]float64{'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// chinesePlaces are the place characters of Chinese numerals.
var chinesePlaces = map[rune]float64{'十': 10, '百': 100, '千': 1e3, '万': 1e4, '亿': 1e8}

// isChineseNumeral: r is a digit or place character of a Chinese numeral.
func isChineseNumeral(r rune) bool {
	_, digit := chineseDigits[r]
	_, place := chinesePlaces[r]
	return digit || place
}

// ParseChineseNumber reads a Chinese numeral: 五, 十五, 二十三, 一百零五,
// 两百, 千亿, 一亿五千万, 一点九万 (19000). A leading scale character counts
// once (百 is 100, 万 is 10000). It reports false for anything else: the
// empty string, other runes, ill-formed runs (十四五, 二二, 点五, 五点) and
// numerals too large for a float64. Figure extraction and paragraph lookup
// ("第二十三段") share it.
func ParseChineseNumber(s string) (float64, bool) {
	if s == "" {
		return 0, false
	}
	var total, section, num float64 // above 万/亿, within the current 万 section, the pending digit
	haveNum := false
	prev := rune(0)
	inDecimal := false
	intPart, decimals, tailScale := 0.0, "", 1.0 // 一点九万: 1, "9", 1e4
	for _, r := range s {
		if inDecimal {
			d, isDigit := chineseDigits[r]
			switch {
			case isDigit && tailScale != 1:
				return 0, false // 一点九万五
			case isDigit:
				decimals += strconv.Itoa(int(d))
			case r == '万':
				tailScale *= 1e4
			case r == '亿':
				tailScale *= 1e8
			default:
				return 0, false
			}
			prev = r
			continue
		}
		if d, ok := chineseDigits[r]; ok {
			if haveNum && prev != '零' && prev != '〇' {
				return 0, false // 十四五: two digits in a row
			}
			num, haveNum = d, true
			prev = r
			continue
		}
		switch r {
		case '十', '百', '千':
			if !haveNum {
				num = 1
			}
			section += num * chinesePlaces[r]
			num, haveNum = 0, false
		case '万':
			total += max(section+num, 1) * 1e4
			section, num, haveNum = 0, 0, false
		case '亿':
			total = max(total+section+num, 1) * 1e8
			section, num, haveNum = 0, 0, false
		case '点':
			if !haveNum && section == 0 && total == 0 {
				return 0, false // 点五
			}
			intPart = total + section + num
			inDecimal = true
		default:
			return 0, false
		}
		prev = r
	}
	v := total + section + num
	if inDecimal {
		if decimals == "" {
			return 0, false // 五点
		}
		f, err := strconv.ParseFloat(strconv.FormatFloat(intPart, 'f', -1, 64)+"."+decimals, 64)
		if err != nil {
			return 0, false
		}
		v = f * tailScale
	}
	// A long run of 亿 overflows; 零点零 times an overflowed scale is NaN.
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}
