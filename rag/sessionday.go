package rag

import "regexp"

// A question may ask the day of the session the report was given at
// rather than of the report ("两会哪一天开幕", "这次大会几号散会",
// "这次人代会哪天开的"). The report is dated by the day it was read to the
// session (¶1, 2025年1月8日在…第四次会议上) and says no more of it: the day
// it was held is that day, while the day it opened or closed is not given,
// and saying so plainly, with the dateline, answers better than quotes
// retrieval found by 会 or 开.

var (
	// sessionNamed names the session itself: the people's congress by any
	// of its names, its term and sitting (九届人大四次会议), the two
	// sessions (两会), or a bare 大会/会议 — a named gathering
	// (徒步大会, 经济工作会议) leaves its name behind and is no session.
	sessionNamed = regexp.MustCompile(`(?:第?[一二三四五六七八九十0-9]+届)?(?:人民代表大会|人代会|人大会?)(?:第?[一二三四五六七八九十0-9]+次)?(?:会议)?|两会|大会|会议`)
	// sessionBounds are the session's opening and closing, which the
	// dateline does not give.
	sessionBounds = regexp.MustCompile(`开幕|闭幕|闭会|散会|休会|落幕|结束|开完`)
	// sessionDayCue asks for its day.
	sessionDayCue = regexp.MustCompile(`哪一?天|哪日|几号|几月几[日号]?|什么时候|啥时候|何时|几时|什么时间|啥时间|日期`)
	// sessionFiller are the words of such a question besides reportAskFiller's.
	sessionFiller = regexp.MustCompile(`要|会|到|定在|大概|一般|具体|是在`)
)

// sessionAsked reads whether norm asks only the day of the session the
// report was given at: asksSessionDay for the day it opened or closed,
// asksDelivered for the day it was held; notOfReport otherwise, or when a
// day is stated (a claim, which reportAsked checks).
func sessionAsked(norm string) reportAsk {
	if !sessionNamed.MatchString(norm) || !sessionDayCue.MatchString(norm) || dayPattern.MatchString(norm) {
		return notOfReport
	}
	ask := asksDelivered
	if sessionBounds.MatchString(norm) {
		ask = asksSessionDay
	}
	rest := sessionDayCue.ReplaceAllString(sessionBounds.ReplaceAllString(sessionNamed.ReplaceAllString(norm, " "), " "), " ")
	rest = sessionFiller.ReplaceAllString(reportAskFiller.ReplaceAllString(rest, " "), " ")
	for _, r := range rest {
		if r != ' ' {
			return notOfReport // "高质量发展大会是几月几号开的" asks of another gathering
		}
	}
	return ask
}

// sessionDayAnswer offers the dateline as related text to a question of
// the day the session opened or closed, which the report does not give.
func (e *Engine) sessionDayAnswer(d *Draft, rep *Report) {
	e.datelineAnswer(d, rep)
	if d.Answer.Found {
		d.Answer.relatedOnly(GroundNotAnswered, "报告没有给出会议开幕或闭幕的日期，只写了报告在会上作的日子。相关内容：",
			"The report does not give the day the session opened or closed, only the day the report was delivered there. Related text:")
	}
}
