package figures

import (
	"regexp"
	"strings"

	"github.com/reportbot/reportbot/rag"
)

// claimKind is the period stated figure m is claimed of: the one the
// question names up to the end of m's clause. A later clause that asks a
// thing of its own ("增长20.2%对吗，今年呢", "366个对吗，去年新建项目
// 开工多少") names its own period, not the claim's: a claim naming none
// is then held to either year's figure, not corrected by the other
// year's. A clause that does not close the claim ("听说是4.7%，去年GDP增速是这个数
// 吗") takes the question's period, whole.
// A clause setting the claim against a period's figure ("2.04万人，比今年
// 目标多1400人吧": rag.SetAgainstPeriod) names the period compared with, not
// the claim's, as well.
func claimKind(rs []rune, m Mention, whole Kind, sp *span) Kind {
	end := nextMark(rs, m.End)
	if end == len(rs) || !closedClaim(rs, m, end) && !rag.SetAgainstPeriod(rs, m.End) && !(m.Value.Unit != UnitRank && periodOpensNext(rs, end, sp)) {
		return whole
	}
	return questionKind(string(rs[:end]), sp)
}

// periodOpensNext reports whether the clause after the comma at end opens
// with a period of its own and asks no figure ("…连续10年跻身30强，今年排名
// 要进位吗"): that period is the later clause's, not the claim's before it.
// A place claimed so is left to rankelsewhere.go, which names its field.
func periodOpensNext(rs []rune, end int, sp *span) bool {
	if !strings.ContainsRune("，,", rs[end]) {
		return false
	}
	next := rs[end+1:]
	own := string(next[:nextMark(next, 0)])
	if containsAnyOf(own, "多少", "几") || len(Find(own)) > 0 || containsAnyOf(own, "这", "那", "该") {
		// A figure of its own asked or stated is asksOwnLater's; 这个数,
		// 这是今年的目标 point back: the period is the claim's.
		return false
	}
	return opensWithPeriod.MatchString(own) && questionKind(own, sp) != ""
}

// opensWithPeriod: a clause opening with the period it is of.
var opensWithPeriod = regexp.MustCompile(`^(?:今年|去年|明年|上年|本年|(?:19|20)\d\d年)`)

// contextClaim reports whether stated figure m is given as context for a
// later clause's figure: its own clause names no period and asks nothing
// (it ends with a comma), and the next clause names a period and asks or
// states a figure of its own ("城镇新增就业2.04万人，今年目标是多少", "…，超过
// 今年目标1.9万人了吗"). That period is the later figure's; the context
// figure is last year's as often as this year's.
func contextClaim(rs []rune, m Mention, sp *span) bool {
	end := nextMark(rs, m.End)
	if end == len(rs) || questionKind(string(rs[clauseStart(rs, m.Start):end]), sp) != "" {
		return false
	}
	return asksOwnLater(rs, end, sp)
}

// asksOwnLater reports whether the clause after the one ending at end
// with a comma names a period and asks or states a figure of its own.
func asksOwnLater(rs []rune, end int, sp *span) bool {
	if !strings.ContainsRune("，,、", rs[end]) {
		return false
	}
	next := string(rs[end+1 : nextMark(rs, end+1)])
	return questionKind(next, sp) != "" && (containsAnyOf(next, "多少", "几") || len(Find(next)) > 0)
}

// closedClaim reports whether the clause of m, ending at end, is a claim
// closed on its own (…对吗, …吧): what follows asks apart from it.
func closedClaim(rs []rune, m Mention, end int) bool {
	own := strings.TrimRight(strings.ToLower(string(rs[clauseStart(rs, m.Start):end])), " ")
	for _, cue := range confirmCues {
		if strings.HasSuffix(own, cue) {
			return true
		}
	}
	return false
}
