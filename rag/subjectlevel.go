package rag

import (
	"regexp"
	"slices"
)

// subjectsLevel is the level (levelContrast) text gives the claim's own
// subject: a match whose clause before it shares the thing's name with
// the claim's clause before its level (sameSubjectBefore: 汇福粮油 of
// 汇福粮油是省级…龙头企业吧 and 汇福粮油被认定为农业产业化国家重点龙头企业).
// WHY: a level is whose it is said of; another clause of the same
// sentence giving the claimed level to other things (新增省级农业产业化重点
// 龙头企业11家) holds more of the claim's words after the level — the kind
// every level of it shares — but says nothing of the subject's. The
// subject's own level then decides: the claimed one says the claim, any
// other corrects it. found is false when no match names the subject, or
// re is no level.
func subjectsLevel(text, q []rune, asked []runeMatch, matches []runeMatch, re *regexp.Regexp) (runeMatch, bool) {
	if re != levelContrast {
		return runeMatch{}, false
	}
	for _, tm := range matches {
		if slices.ContainsFunc(asked, func(m runeMatch) bool { return sameSubjectBefore(q, m.start, text, tm.start) }) {
			if listsAskedLevel(text, q, asked, matches, tm, re) {
				return runeMatch{}, false
			}
			return tm, true
		}
	}
	return runeMatch{}, false
}

// listsAskedLevel reports whether text's clause of match tm lists, beside
// it, another level that the claim states ("高质量建设1个省级、2个市级产教联合
// 体"). WHY: the words before a list's first item (建设1个) are the whole
// list's, not that item's subject: 2个市级 is as much the clause's as 1个
// 省级, and the claim stating it is no other level's.
func listsAskedLevel(text, q []rune, asked, matches []runeMatch, tm runeMatch, re *regexp.Regexp) bool {
	return slices.ContainsFunc(matches, func(o runeMatch) bool {
		return o.start != tm.start && sameClause(text, tm.start, o.start) && isAskedValue(re, string(text[o.vStart:o.vEnd]), q, asked)
	})
}

// HonourLevel is the level (levelContrast) text first names, 全国 read as
// 国家 (nationalLevel): 国家 of 国家级产教联合体, 市 of 市级产教联合体; "" when
// it names none.
func HonourLevel(text string) string {
	m := levelContrast.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	for _, v := range m[1:] {
		if v == "全国" {
			return "国家"
		}
		if v == "全省" {
			return "省"
		}
		if v != "" {
			return v
		}
	}
	return ""
}
