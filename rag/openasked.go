package rag

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// openAskAfter follows, in the same clause, a thing a question asks of
// openly: how many (建几个), how it goes (进展呢, 怎么样), whether it has
// something (有规划没, 有没有). Such a question does not claim the thing
// exists; it asks about it.
var openAskAfter = regexp.MustCompile(`(?:几|多少)\p{Han}{0,2}$|进展|怎么样|如何|呢$|有\p{Han}{0,6}?没有?$|有没有`)

// asksOpenlyOf reports whether q (normalized, question marks trimmed)
// asks openly of stated, a qualified thing the report names otherwise
// (辽滨220千伏输变电工程进展呢, where ¶8 says 500千伏): stated stands in
// q's last clause and an openAskAfter cue follows it. WHY: the asker
// claims nothing to correct; "更正：报告写的是500千伏" reads as the report
// answering of the 220千伏 project, which it never names. A claim put
// for checking (…吧, 对吗) or a plain yes-or-no (…投产了吗) is left to
// the correction, and so is a stated thing in an earlier clause (既然…，那…
// 多少), the asker's premise.
func asksOpenlyOf(q, stated string) bool {
	if stated == "" || asksToConfirm(q) {
		return false
	}
	at := strings.LastIndex(q, stated)
	if at < 0 || strings.ContainsAny(q[at:], spokenClauseEnds) {
		return false
	}
	return openAskAfter.MatchString(q[at+len(stated):])
}

// openlyMisnamed reports whether correction p swaps a figure that
// qualifies a thing's name (220千伏 for the 500千伏 of 辽滨500千伏输变电工程),
// not a period, a sum, a place's whole, or a measured value (7.5亿美元 for
// the 4亿美元 of 实际利用外资4亿美元。, which corrects what was asked), for
// one q asks of openly. quote is the text p cites.
func openlyMisnamed(q string, p Part, quote string) bool {
	if p.Figure == nil || p.PlanOnly || p.ClaimedPeriod != nil || p.Sum != nil || p.WholePlace != "" {
		return false
	}
	stated := Normalize(p.Stated)
	if !holdsNumber(stated) && !strings.ContainsAny(stated, chineseNumerals) {
		return false
	}
	return qualifiesName(Normalize(quote), Normalize(p.Figure.Value)) && asksOpenlyOf(q, stated)
}

// qualifiesName reports whether value stands in quote right before a Han
// character: it qualifies the name that follows (15万吨级航道), rather than
// closing a clause as a measured value (实际利用外资4亿美元。).
func qualifiesName(quote, value string) bool {
	at := strings.Index(quote, value)
	if value == "" || at < 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(quote[at+len(value):])
	return unicode.Is(unicode.Han, r)
}

// citedQuote is the quote p's first citation gives; "" when it cites none.
func citedQuote(ans *Answer, p Part) string {
	if len(p.Citations) == 0 {
		return ""
	}
	return ans.Citations[p.Citations[0]].Quote
}
