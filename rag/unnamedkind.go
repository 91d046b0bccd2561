package rag

import (
	"regexp"
	"strings"
)

// A question of which one of a kind of named thing (哪家央企, 哪个经济指标,
// 重点企业是哪家) is answered by a quote that names it. A report often
// writes the kind alone, marked as left unnamed: by a word that picks
// none out (个别经济指标, 部分企业, 重点企业重组挂牌) or as a partner
// with no name (与央企开展合资合作). A quote writing the kind only so says
// which one of nothing.

// namedKindHeads are kinds whose members have names.
const namedKindHeads = `(企业|公司|集团|央企|国企|民企|外企|单位|机构|指标|银行|学校|医院)`

var (
	// Not 什么企业, which may ask what kind a named one is (被认定为什么企业).
	whichKindAfter  = regexp.MustCompile(`哪(?:家|个|些|几家|几个|一家|一个|一项|几项)\p{Han}{0,4}?` + namedKindHeads)
	whichKindBefore = regexp.MustCompile(`\p{Han}{0,4}?` + namedKindHeads + `(?:是|为|有|都是|分别是)?哪(?:家|个|些|几家|几个|一家|一个|一项|几项)`)
	// unnamingWord picks none out of its kind: 个别, 部分, 重点…
	unnamingWord = regexp.MustCompile(`个别|部分|一些|少数|有的|某些|某个|某家|重点|相关|有关|若干`)
	// closeUnnaming words leave the kind unnamed only right before it:
	// 重点企业 is unnamed, 国家重点龙头企业 a title given to a named one.
	closeUnnaming = regexp.MustCompile(`^(?:重点|相关|有关)$`)
	// partnerWord puts the kind as a partner: 与央企合作.
	partnerWord = regexp.MustCompile(`(?:与|同|跟|和)$`)
)

// askedKindHead is the kind a which-question asks one of and the question
// less the words asking it, the rest of what it says of the one asked;
// "" when it asks none.
func askedKindHead(norm string) (head, rest string) {
	for _, re := range []*regexp.Regexp{whichKindAfter, whichKindBefore} {
		if m := re.FindStringSubmatchIndex(norm); m != nil {
			return norm[m[2]:m[3]], norm[:m[0]] + "|" + norm[m[1]:]
		}
	}
	return "", ""
}

// writesKindUnnamed reports whether quotes given write head, and each time
// unnamed: an unnaming word within the few runes before it, with no list
// before that (华锦集团等重点企业 names them), or a partner word right
// before it. One such clause must say of it what the question does (rest
// shares a pair of characters with the clause past the kind: 没完成 and
// 完成情况不及预期), unless the question itself writes the kind unnamed
// (个别经济指标是哪些): "哪些指标下降了" is not asked of 个别经济指标
// 完成情况不及预期, and the report's declines may answer it.
func writesKindUnnamed(given, head, rest string, echoed bool) bool {
	seen, sameSaid := false, echoed
	for text := given; ; {
		at := strings.Index(text, head)
		if at < 0 {
			return seen && sameSaid
		}
		before, after := text[:at], text[at+len(head):]
		text = after
		seen = true
		sameSaid = sameSaid || sharesPair(rest, beforeFirstAny(after, clauseBreaks+"\n"))
		if partnerWord.MatchString(before) {
			continue
		}
		near := lastRunes(before, 4)
		loc := unnamingWord.FindStringIndex(near)
		if loc == nil || strings.ContainsAny(near[loc[1]:], clauseBreaks+"、") || strings.Contains(lastRunes(before, 6), "等") ||
			closeUnnaming.MatchString(near[loc[0]:loc[1]]) && loc[1] != len(near) {
			return false
		}
	}
}

// periodPair is a pair of characters naming a period, which says nothing
// of a thing.
var periodPair = regexp.MustCompile(`[今去明前上本]年|年[内底初]`)

// sharesPair reports whether a and b share a pair of adjacent Han
// characters, other than a period's.
func sharesPair(a, b string) bool {
	rs := []rune(a)
	for i := 0; i+1 < len(rs); i++ {
		pair := string(rs[i : i+2])
		if isHan(rs[i]) && isHan(rs[i+1]) && !periodPair.MatchString(pair) && strings.Contains(b, pair) {
			return true
		}
	}
	return false
}

// groundUnnamedKind declines an answer to which one of a kind whose
// quotes write the kind only unnamed: they are offered as related text.
func (e *Engine) groundUnnamedKind(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || hasCorrection(ans) || ans.Lang == "en" {
		return
	}
	head, rest := askedKindHead(d.norm)
	if head == "" || !writesKindUnnamed(answerQuotes(ans), head, rest, unnamingWord.MatchString(d.norm)) {
		return
	}
	ans.relatedOnly(GroundNotAnswered, "报告没有点名是哪一个。相关内容：", "The report does not name which one. Related text:")
}
