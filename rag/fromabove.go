package rag

import (
	"regexp"
	"slices"
	"strings"
)

// askedFromAbove is an ask for policy or money from the levels above the
// city (从国家和省里多要点政策, 从上面要钱, 向省里争取资金): its source, the
// verb and what is sought, as the asker says them.
var askedFromAbove = regexp.MustCompile(`(?:从|向|跟|找)` + aboveLevels + `(?:那里|那儿|那边|那|手里)?` + soughtFromAbove + `(?:(?:和|与|跟|及|、|，)` + soughtFromAbove + `|` + soughtVerb + soughtThing + `)*`)

// soughtFromAbove is one thing asked for from above, its verb written or
// shared with the one before (要政策要钱, 多要点政策和钱).
// A second thing sought without a conjunction has its own verb: 资金支持
// of 要资金支持华锦阿美 is the money's purpose, not a second thing.
const soughtFromAbove = `(?:` + soughtVerb + `)?` + soughtThing

const (
	soughtVerb  = `(?:多|再)?(?:要|争|讨)(?:点|些|一些|更多)?(?:的)?`
	soughtThing = `(?:政策|钱|资金|项目|支持)`
)

// amountFromAbove is an amount asked of the levels above (从国家要了多少钱,
// 向省里争取多少资金): its source and verb, then (group 1) what is asked.
var amountFromAbove = regexp.MustCompile(`(?:从|向|跟|找)` + aboveLevels + `(?:那里|那儿|那边|那|手里)?(?:多|再)?(?:要|争取|争|讨)((?:了|过|到|来|回)*(?:多少|几))`)

// aboveLevels are one or more levels above the city, joined or not.
const aboveLevels = `(?:国家|中央|省里|省|上面|上头|上级)(?:(?:和|跟|与|、)?(?:国家|中央|省里|省|上面|上头|上级))*`

// beneficiaryCue writes whom a thing is given to (给学校多要点钱, 多要点钱给
// 老人); 给予 and 供给 are the report's own words of giving, not a whom.
var beneficiaryCue = regexp.MustCompile(`供给|给予|给`)

// readFromAbove reads an ask for policy or money from above as the
// report's 向上争取 (积极向上争取…争取更多政策支持…争取更多资金额度).
// WHY: the report names the city's seeking of policy and funds from the
// state and province 向上争取; everyday speech says 从上面要钱. It is not
// read so when the question says whom the money is for (给学校要钱: that
// is the school's money, a paragraph of its own), nor when it asks what
// was got last year (the review's, not this plan's). An amount asked
// (从上面要了多少钱, amountFromAbove) is read so in any year: 向上争取 gives
// none, and the answer says so rather than quote the asked source's name.
func readFromAbove(text string) string {
	if givenTo(text) {
		return text
	}
	if loc := amountFromAbove.FindStringSubmatchIndex(text); loc != nil {
		// 从国家要了多少钱 left as said read 国家 as the subject and answered
		// with 国家4A级旅游景区; read as 向上争取 it is declined as an amount
		// the report gives for no year, quoting its 向上争取.
		return text[:loc[0]] + "向上争取" + text[loc[2]:]
	}
	loc := askedFromAbove.FindStringIndex(text)
	if loc == nil || asksAmountCue(text) || containsAny(text, reviewYearCues) {
		return text
	}
	if rest := text[loc[1]:]; startsWithAny(rest, purposeVerbs) {
		return text // 要钱建机场: the airport's money, which ¶ on the airport tells of
	}
	return text[:loc[0]] + "向上争取" + text[loc[1]:]
}

// reviewYearCues name the year the report reviews: what the city got
// from above then is its review's (获批省稳增长奖励资金), not the plan's
// 向上争取.
var reviewYearCues = append(slices.Clone(lastYearWords), "2024", "过去一年")

// purposeVerbs, right after the thing sought, say what it is for
// (要钱修路, 要资金支持华锦阿美, 要政策扶持农业, 要资金用于什么).
var purposeVerbs = []string{"建", "修", "盖", "搞", "办", "还", "支持", "扶持", "帮", "补", "发展", "干", "做", "投", "用", "养", "治", "防", "化", "买", "给", "发"}

// givenTo reports whether text writes a 给 of giving to someone, not the
// report's 给予.
func givenTo(text string) bool {
	for _, m := range beneficiaryCue.FindAllString(text, -1) {
		if m == "给" {
			return true
		}
	}
	return false
}

// asksAmountCue reports whether text asks how much or how many.
func asksAmountCue(text string) bool {
	return strings.Contains(text, "多少") || strings.Contains(text, "几")
}
