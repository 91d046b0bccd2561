package rag

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A plan's area of work opens each of its topics with a lead phrase
// (建设大通道。打造大平台。…). A question that is just such a lead, with at
// most a word asking what it holds ("发展大外贸", "打造大平台讲了什么",
// "深化大合作怎么搞"), asks for the paragraph that lead opens: figures that
// share a word with it (外贸's 进出口总额) answer another question, and
// the lead sentence alone says nothing of the topic.

// leadAskTail asks what a topic holds or how it is done, at a question's
// end: 讲了什么, 有哪些举措, 怎么搞, 的主要内容.
var leadAskTail = regexp.MustCompile(`(?:主要|都|具体)?(?:讲了?|说了?|写了?|包括|包含|有|是|指)(?:什么|啥|哪些|哪几[个项条方面]*)(?:内容|方面|工作|事|举措|措施|安排)?$|` +
	`(?:要|将|会)?(?:怎么|咋|如何|怎样)(?:做|搞|干|办|抓|弄|推进|落实|安排)?(?:的)?$|(?:的|主要|具体)?内容(?:是什么|有哪些|是啥)?$|(?:方面|这块|这一块|的情况|情况)$`)

// leadAskHead are words a question may open with before the lead it asks:
// its year, or where in the report.
var leadAskHead = regexp.MustCompile(`^(?:报告(?:里|中)?|今年|明年|去年|关于|(?:19|20)[0-9]{2}年)`)

// maxLeadAsk is how long a question asking only for a topic's lead may
// be: the leads are up to 12 characters, with a year before and a few
// words asking what it holds after.
const maxLeadAsk = 32

// leadNamed is the one body paragraph of rep, of the period the question
// names if it names one, whose lead phrase is the whole of what norm asks
// about; nil when none or several.
func (ix *Index) leadNamed(norm string, rep *Report) *Paragraph {
	if utf8.RuneCountInString(norm) > maxLeadAsk {
		return nil // longer than a lead and the words asking of it
	}
	name := strings.TrimFunc(norm, isTalkPunct)
	for {
		u := strings.TrimFunc(leadAskTail.ReplaceAllString(name, ""), isTalkPunct)
		u = leadAskHead.ReplaceAllString(u, "")
		if u == name {
			break
		}
		name = u
	}
	if len([]rune(name)) < minSectionName {
		return nil
	}
	return ix.titledOnce(rep, ParaBody, ordinalPeriod(norm, rep), func(title string) bool { return title == name })
}

// leadAnswer answers d with the whole of the paragraph lead opens, as a
// topic's paragraph is quoted (topicParagraph).
func leadAnswer(d *Draft, lead *Paragraph) {
	ans := startStructureAnswer(d.Answer)
	c := candidate{para: lead, span: trimSpan(lead.Text, FullSentences(lead.Text)[0])}
	ans.addQuote(citationFor(lead, extendQuote([]candidate{c}, 0, FullSentences)[0].span))
}
