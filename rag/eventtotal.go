package rag

import (
	"regexp"
	"strings"
)

// oneGatheringAsked names one gathering — a fair, a promotion event, a
// consultation meeting (辽洽会, 进博会, 招商活动, 会商活动, CIIE) — whose own
// figure the question asks.
//
// A 大会 (高质量发展大会) is one gathering too, and so is any 活动 asked
// what was signed or landed at it ("山海关不住兴业辽东湾活动签约了多少"): the
// event is named by its slogan, not by 招商; a bare 活动 asked how many
// (文化惠民活动多少场) counts events, which a year's total does answer.
// The 人大会/人民代表大会 the report is delivered at is no such gathering.
// A trip to promote investment somewhere (到瑞士招商, 赴深圳推介) is one
// mission too: what it signed is its own, not the year's (到位 and 去年
// open no trip).
var oneGatheringAsked = regexp.MustCompile(`(?i)[洽博商]会|(?:^|[^人表])大会|交易会|推介会|博览会|招商活动|会商活动|一次(?:招商)?活动|(?:赴|到|去)[^位年\s，,。？?、][\p{Han}]{0,4}?(?:招商|推介)|活动(?:上|中|期间)?(?:共|一共|总共)?(?:签约|签下|签了|成交|落地|引进)|\bciie\b|\bexpo\b|\bfair\b|investment event|single event`)

// yearTotalOpens opens a clause whose figure is the whole year's (全年新签
// 约注册项目260个).
var yearTotalOpens = regexp.MustCompile(`^(?:全年|全市全年)`)

// YearTotalForGathering reports whether a figure clause gives the year's
// total where the question asks one gathering's own figure, both
// normalized. WHY: a sentence lists the events (参加进博会、辽洽会…举办…主题
// 招商活动) and then the year's sum of them all; the sum answering for one
// event is confidently wrong, and so is it confirming a claim of one
// event's count (一次招商活动签约了260个项目, figures' yearForGathering). A
// question that itself asks the year (全年) is answered by it.
func YearTotalForGathering(question, clause string) bool {
	return oneGatheringAsked.MatchString(question) && !strings.Contains(question, "全年") && yearTotalOpens.MatchString(clause)
}
