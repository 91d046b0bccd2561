package rag

import (
	"regexp"
	"strings"
)

// A question may name where a gathering is held ("全国冰钓赛在大洼区举办，
// 对吧", "女篮赛事是在盘锦体育中心办的吧"). The report plans or reviews a
// race or a game by its name (举办…全国冰钓赛, 承办中国女篮职业赛事)
// and seldom says at which district or hall: a quote that does not name
// the venue claimed neither confirms nor corrects it. The city's own name
// (在盘锦举办) is no such detail: every plan of the report is the city's.

// venueClaimed is a place said to hold a gathering: a name ending in a
// kind of place (区, 县, 镇, 中心, 体育场…) before 举办, 举行, 召开 or 办.
// Not 办理, a procedure; not 哪, which asks where (whereHeld's).
var venueClaimed = regexp.MustCompile(`在(\p{Han}{1,10}?(?:区|县|镇|乡|村|街道|中心|体育场|体育馆|场馆|广场|公园|景区|会展中心|岛))(?:举办|举行|召开|开赛|办(?:[^理]|$))`)

// claimedVenue returns the venue norm says a gathering is held at, or "".
func claimedVenue(norm string) string {
	m := venueClaimed.FindStringSubmatch(norm)
	if m == nil || strings.Contains(m[1], "哪") {
		return ""
	}
	return m[1]
}

// groundClaimedVenue declines an answer to a question naming a venue its
// quotes do not name: they are offered as related text.
func (e *Engine) groundClaimedVenue(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || hasCorrection(ans) {
		return
	}
	venue := claimedVenue(d.norm)
	if venue == "" || e.ownCityName(venue) {
		return
	}
	if !venueUnnamed(venue, answerQuotes(ans)) {
		return
	}
	ans.relatedOnly(GroundNotAnswered, "报告没有说在哪里举办。相关内容：", "The report does not say where it is held. Related text:")
}

// venueUnnamed reports whether given, an answer's quotes, hold a gathering
// (gatheringVerbs) without naming venue, the place a question says holds
// it. Quotes holding none answer something else the question did at a
// place (在社区办了哪些民生实事, 在农村办养老服务): 办 there is no gathering.
func venueUnnamed(venue, given string) bool {
	if !containsAny(given, gatheringVerbs) {
		return false
	}
	// A district's name may stand without its suffix (大洼 of 大洼区).
	stem := strings.TrimRight(venue, "区县")
	return !strings.Contains(given, venue) && (len([]rune(stem)) < 2 || !strings.Contains(given, stem))
}

// gatheringVerbs are how the report holds a race, a game or a meeting
// (举办红马赛, 承办中国女篮职业赛事).
var gatheringVerbs = []string{"举办", "承办", "举行", "召开", "开赛"}

// ownCityName reports whether name is a report's own city by its full or
// short name (盘锦市, 盘锦).
func (e *Engine) ownCityName(name string) bool {
	for _, h := range e.ix.homes {
		if name == h.Name || h.Short != "" && name == h.Short {
			return true
		}
	}
	return false
}
