package rag

import (
	"regexp"
	"strconv"
	"strings"
)

// A name may carry an ordinal the report writes otherwise: 储气库群二期 where
// ¶8 says 辽河双台子储气库群一期, 省委十三届九次全会 where ¶22 says 十三届八次.
// Numerals are blocked from the one-character swap (charswap.go), which
// reads a figure's or a period's digits as no part of a name; an ordinal
// written right after a name's own words is that name's.

// ordinalMark is an ordinal of a name: a phase, a session of a term, a
// batch.
// A question's own numbers may be read as digits (九次 as 9次).
// 首批 is a batch's first (第一批): a claim of 第二批 where the report
// writes 首批 names another batch; 第 goes with the ordinal, not the name.
var ordinalMark = regexp.MustCompile(`(?:[一二三四五六七八九十0-9]+届)?第?[一二三四五六七八九十0-9]+(?:期|届|次|批)|第?首批`)

// ordinalNumbers finds an ordinal's numbers, to compare 9次 with 九次.
var ordinalNumbers = regexp.MustCompile(`[一二三四五六七八九十]+|[0-9]+`)

// sameOrdinal reports whether two ordinals are the same, however their
// numbers are written.
func sameOrdinal(a, b string) bool {
	digits := func(s string) string {
		s = strings.TrimPrefix(strings.Replace(s, "首", "一", 1), "第")
		return ordinalNumbers.ReplaceAllStringFunc(s, func(n string) string {
			if v, ok := ParseChineseNumber(n); ok {
				return strconv.Itoa(int(v))
			}
			return n
		})
	}
	return digits(a) == digits(b)
}

// minOrdinalContext is how many of the name's characters must stand right
// before both ordinals: fewer, they may be two things' (一期 of any project).
const minOrdinalContext = 2

// ordinalCorrection corrects a name's ordinal that a cited clause writes
// otherwise after the same words, where the report nowhere writes the
// question's.
func (ix *Index) ordinalCorrection(read string, texts []Citation, rep *Report) (Part, bool) {
	q := claimCore(read)
	for _, m := range findAllRunes(ordinalMark, q) {
		before := []rune(strings.TrimRight(string(q[:m.start]), "是为的 ")) // 储气库群是二期
		stated := hanOrdinal(string(q[m.start:m.end]))                   // as names write it: 九次, read 9次
		for i, c := range texts {
			text := []rune(c.Quote)
			for _, o := range findAllRunes(ordinalMark, text) {
				n := flankBefore(before, text, len(before), o.start)
				if n < minOrdinalContext || sameOrdinal(string(text[o.start:o.end]), stated) {
					continue
				}
				name := strings.TrimSpace(trimLeadingAny(string(before[len(before)-n:]), ordinalNameLeads))
				if len([]rune(name)) < minOrdinalContext {
					continue
				}
				n = len([]rune(name))
				if ix.saysPhrase(name+stated, rep) {
					continue // the report writes it so: no wrong ordinal
				}
				return citedCorrection(c, i, o.start-n, o.end, name+stated, ""), true
			}
		}
	}
	return Part{}, false
}

// ordinalNameLeads are verbs and links a shared run may open with that are
// no part of the name (按照市委八届九次全会: 市委).
var ordinalNameLeads = []string{"按照", "落实", "认真", "推进", "加快", "支持", "实现", "完成", "及", "和", "与", "的"}

// trimLeadingAny drops any of leads from the start of s, repeatedly.
func trimLeadingAny(s string, leads []string) string {
	for changed := true; changed; {
		changed = false
		for _, l := range leads {
			if strings.HasPrefix(s, l) && len(s) > len(l) {
				s, changed = s[len(l):], true
			}
		}
	}
	return s
}

// hanOrdinal writes an ordinal's digits in Chinese numerals, as names'
// ordinals are written (9次 → 九次), up to 99.
func hanOrdinal(s string) string {
	const digits = "零一二三四五六七八九"
	han := func(d int) string { return string([]rune(digits)[d]) }
	return ordinalNumbers.ReplaceAllStringFunc(s, func(n string) string {
		v, err := strconv.Atoi(n)
		switch {
		case err != nil || v <= 0 || v > 99:
			return n
		case v < 10:
			return han(v)
		case v == 10:
			return "十"
		case v < 20:
			return "十" + han(v-10)
		case v%10 == 0:
			return han(v/10) + "十"
		}
		return han(v/10) + "十" + han(v%10)
	})
}
