package rag

import (
	"regexp"
	"strings"
)

// A question may have a ranking move the other way from the report's:
// "辽滨经开区化工园区排名去年下降了" where ¶10 says 升至第21位, "去年跌出全国
// 化工园区30强了" where it says 连续6年跻身全国化工园区30强. No figure is
// claimed for the figures check, and 升至 is no word of growth for the
// direction check: the rank's own words say which way it went.

// rankFellClaimed claims a rank fell: the ranking named, then the way.
var rankFellClaimed = regexp.MustCompile(`(?:排名|名次|位次|排位)\p{Han}{0,4}?((?:下降|下滑|后退|退步|下跌|倒退|跌|降|掉))`)

// rankWayAsked: a question naming a rise beside the fall, or offering a
// choice (上升还是下降, 是涨是跌), asks which way; it claims none.
var rankWayAsked = regexp.MustCompile(`上升|提升|升|涨|进位|还是|或是`)

// topLeftClaimed claims a thing left a top group: 跌出…30强; its group is
// the number of the 强.
var topLeftClaimed = regexp.MustCompile(`(?:跌出|掉出|退出|滑出|跌落出)[^，,。；;？?]{0,12}?([0-9]+|[一二三四五六七八九十百]+)强`)

// rankRose is a report's words for a rank that rose: 升至第21位, 进位.
var rankRose = regexp.MustCompile(`(?:上升|提升|跃升|升)(?:至|到)(?:全国|全省|全市)?第[0-9一二三四五六七八九十]+位?|(?:排名)?(?:持续|不断)?进位`)

// inTop is a report's words for a place in a top group: 跻身全国化工园区
// 30强, with the years it held it (连续6年) when said right before.
var inTop = regexp.MustCompile(`(?:连续[0-9一二三四五六七八九十]+年)?(?:跻身|位列|进入|稳居|保持)[^，,。；;、]{0,12}?([0-9]+|[一二三四五六七八九十百]+)强`)

// rankMoveCorrection corrects a claimed fall of a rank, or a claimed exit
// from a top group, where a cited sentence naming the same thing says it
// rose or stayed in the group.
func (d *Draft) rankMoveCorrection() (Part, bool) {
	q := d.Read
	claim, evidence, group := rankFellClaimed.FindStringSubmatchIndex(q), rankRose, ""
	if claim != nil {
		if deniedBefore(q[:claim[2]]) || rankWayAsked.MatchString(q) {
			return Part{}, false // 排名没下降吧, 排名上升还是下降: no fall claimed
		}
		claim = claim[:2]
	} else {
		m := topLeftClaimed.FindStringSubmatchIndex(q)
		if m == nil {
			return Part{}, false
		}
		claim, evidence, group = m[:2], inTop, q[m[2]:m[3]]
	}
	if deniedBefore(q[:claim[0]]) {
		return Part{}, false // 没有跌出30强吧: no wrong claim
	}
	subject := claimCore(q[:claim[0]])
	ahead := claimsAhead(q)
	for ci, c := range d.Answer.Citations {
		if (c.Period.Kind == PeriodPlan) != ahead {
			continue // a plan's 进位 is no word on last year's rank
		}
		if s, e, ok := saidOfSubject([]rune(c.Quote), subject, evidence, group); ok {
			return citedCorrection(c, ci, s, e, yearWords.ReplaceAllString(q[claim[0]:claim[1]], ""), ""), true
		}
	}
	return Part{}, false
}

// saidOfSubject is where quote says evidence, in a sentence naming the
// claim's subject before it (a run of minPredicate characters shared):
// that a rank rose, or stayed in the claim's group (when group is set:
// the same number of 强).
func saidOfSubject(quote, subject []rune, evidence *regexp.Regexp, group string) (int, int, bool) {
	for _, m := range findAllRunes(evidence, quote) {
		if group != "" && string(quote[m.vStart:m.vEnd]) != group {
			continue
		}
		before := quote[sentenceStartRunes(quote, m.start):m.start]
		if r, ok := longestShared(subject, before, 0, len(subject), 0, len(before)); ok && r.n >= minPredicate && holdsAll(before, rankNamed(subject[r.q+r.n:])) {
			return m.start, m.end, true
		}
	}
	return 0, 0, false
}

// rankNamed is the words after the shared name that say which ranking a
// claim means (营商环境 in 辽滨经开区营商环境排名), particles dropped.
func rankNamed(rest []rune) []rune {
	return []rune(strings.Trim(string(rest), "的在"))
}

// holdsAll: words, when there are any, stand whole in text: 辽滨经开区营
// 商环境排名 is no word on the 化工园区 rank of the sentence naming 辽滨经开区.
func holdsAll(text, words []rune) bool {
	if len(words) == 0 {
		return true
	}
	r, ok := longestShared(words, text, 0, len(words), 0, len(text))
	return ok && r.n == len(words)
}
