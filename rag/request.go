package rag

import (
	"fmt"
	"regexp"
)

// An errand asks the bot to do something for the asker — book a ticket,
// write a poem, recommend a restaurant — which no report answers. Matched
// against the report's words, "帮我订一张去盘锦的火车票" found 一张网 and
// "帮我写一首诗" a sentence with 一首; an errand gets a plain "not what I
// do" and questions to try instead.

// errandAsked is a request to do a thing, with the count of what is to
// be done (一张, 一首, 一家): asking the bot to 订, 写 or 推荐 one. Not 买
// (买家电以旧换新能补多少 asks of a subsidy) nor 几个 (推荐几个景点 asks of
// the tourism the report speaks of).
var errandAsked = regexp.MustCompile(`^(?:请你?|麻烦你?)?(?:帮我|给我|替我|帮忙|帮我们|给我们)?(?:订|预订|预定|预约|写|作|画|推荐|叫|点)(?:一下)?(?:一|两)?(?:张|首|篇|份|家|辆|个|间|段)`)

// errandAskedEn is errandAsked in English: to book, recommend or write one
// ("can you recommend a hotel near Red Beach", "please book me a
// ticket"). Not "recommend some" nor "write a summary": a summary, and
// the sights the report names, are of the report.
var errandAskedEn = regexp.MustCompile(`^(?:(?:can|could|would|will) you (?:please )?|please )?(?:help me )?` +
	`(?:(?:book|reserve|recommend|suggest|order)(?: me| us)?|write (?:me|us)) (?:a|an|one)\b`)

// errandOfReportEn: an English "errand" the report answers after all —
// one naming the report ("suggest a project mentioned in the report",
// "an industry the report prioritizes"), a writing of its content ("write
// me a summary of the 2024 achievements") or a thing of the report
// recommended ("recommend a policy for small businesses").
var errandOfReportEn = regexp.MustCompile(`\b(?:report|reports|mentioned|mentions|according to)\b|` +
	`\b(?:summary|summaries|overview|brief|briefing|outline|recap|rundown|digest|section|chapter|paragraph|passage|quote|policy|policies|measure|measures|project|projects|target|targets|goal|goals|task|tasks|figure|figures)\b`)

// asksErrand reports whether norm asks the bot to do something, not
// something of a report.
func asksErrand(norm string) bool {
	return errandAsked.MatchString(norm) || errandAskedEn.MatchString(norm) && !errandOfReportEn.MatchString(norm)
}

// errandAnswer declines an errand, saying what the bot does, with
// questions to try.
func (e *Engine) errandAnswer(text, lang string) *Answer {
	title := e.ix.Latest().Meta.Title
	reply := fmt.Sprintf("这个我帮不上：我只回答《%s》里的内容，每个回答都引用原文并标出段落（¶N）。", title)
	if lang == "en" {
		reply = fmt.Sprintf("I can't do that: I only answer questions about %s, quoting the paragraphs I draw on.", title)
	}
	ans := &Answer{Question: text, Mode: ModeExtractive, Lang: lang, Citations: []Citation{}}
	ans.Parts = e.appendExamples([]Part{TextPart(RoleNotFound, reply)}, lang)
	ans.Understood = &Understood{Intent: "errand", Grounding: GroundNotAnswered}
	e.setReport(ans, nil, nil)
	return ans
}
