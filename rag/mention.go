package rag

import (
	"regexp"
	"strings"
)

// mentionCues ask whether the report mentions something, which their
// group names: 有没有提到消费券, 报告是否提及城中村改造, 报告提到长护险了吗.
var mentionCues = []*regexp.Regexp{
	regexp.MustCompile(`(?:有没有|有冇|有无|是否|可有|是不是|有没)(?:提到|提及|讲到|说到|谈到|涉及|写到|提过|说过|讲过|说)了?(.+)$`),
	regexp.MustCompile(`(?:提到|提及|讲到|说到|谈到|涉及|写到)了?(.+?)(?:了吗|吗|没有|了没|没)$`),
	regexp.MustCompile(`(?:说没说|提没提|讲没讲)(.+)$`),
}

// mentionTail is what may close the thing asked about without being
// part of it: 的事, 这件事, 相关内容, particles and punctuation.
var mentionTail = regexp.MustCompile(`(?:的事情|的事儿|的事|这件事|这个事|这事|的内容|相关内容|相关的内容|方面的内容|的问题|了吗|没有|了没|吗|呢|嘛|啊|呀|吧|没|[？?。.!！~～ ])+$`)

// mentionAsked is the thing a question asks whether the report mentions,
// normalized, or "" when it asks no such thing.
func mentionAsked(norm string) string {
	for _, re := range mentionCues {
		m := re.FindStringSubmatch(norm)
		if m == nil {
			continue
		}
		thing := strings.TrimPrefix(mentionTail.ReplaceAllString(m[1], ""), "过")
		if n := len([]rune(thing)); n >= 2 && n <= 12 && isAllHan(thing) {
			return thing
		}
	}
	return ""
}

func isAllHan(s string) bool {
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	return s != ""
}

// groundMention keeps "有没有提到消费券" from being answered yes by text
// that holds only part of it (社零's 消费): unless a quote holds the thing
// asked, whole or as a lexicon synonym, the report does not mention it,
// and the quotes are offered as related text.
func (e *Engine) groundMention(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup {
		return
	}
	thing := mentionAsked(d.Norm())
	if thing == "" {
		return
	}
	names := append([]string{thing}, e.ix.lex.reportTermsOf(thing)...)
	for _, c := range ans.Citations {
		q := Normalize(c.Quote)
		for _, n := range names {
			if strings.Contains(q, n) {
				return
			}
		}
	}
	ans.relatedOnly(GroundNotAnswered, "报告没有提到“"+thing+"”。相关内容：", "The report does not mention this. Related text:")
}
