package rag

import (
	"regexp"
	"strings"
)

// Of a slogan the report sets in quotation marks with a code of digits
// (“322”现代农业全产业链体系, “3442”现代化产业体系) an English question can
// write the digits only: "What does 322 stand for?", "What is the 3442
// industrial system?". Its other words (industrial) then find a paragraph
// about something else, answered as if it were the code's meaning. The
// question is read as formula.go reads 3442是什么: the sentences naming the
// code are the related text, and unless one spells it out, the report
// names the code without saying what it means.

// englishCodeAsked asks what a code of digits is: "what is/does", an
// article, the digits (quoted or not), at most three words naming its kind,
// then "stand for", "mean" or nothing before the question mark. A figure
// asked of it ("what is the 3442 system's output") is not of this form.
var englishCodeAsked = regexp.MustCompile(`^(?:what(?:'s|s)\s+|what\s+(?:is|are|was|does|do)\s+)(?:the\s+|a\s+|an\s+)?["“]?([0-9]{2,6})["”]?(?:\s+[a-z-]+){0,3}?(?:\s+(?:stands?\s+for|mean|means|refer\s+to|represent))?\s*[?.!]*$`)

// maxCodeSentences is how many sentences naming a code are shown.
const maxCodeSentences = 2

// groundEnglishCode declines an English question asking what a code of
// digits the report quotes is, showing the sentences that name it, and
// reports whether it did. A sentence spelling the code out (spellsOut)
// answers it: the question is left to the other rules then.
func (e *Engine) groundEnglishCode(d *Draft) bool {
	if d.Lookup || d.Intent.Lang != "en" {
		return false
	}
	m := englishCodeAsked.FindStringSubmatch(strings.ToLower(strings.TrimSpace(d.Read)))
	if m == nil {
		return false
	}
	quoted := "“" + m[1] + "”"
	var naming []Citation
	for _, rep := range e.ix.reportsIn(d.Scope) {
		for i := range rep.Paragraphs {
			p := &rep.Paragraphs[i]
			if !p.Quotable() || !strings.Contains(p.Text, quoted) {
				continue
			}
			for _, s := range Sentences(p.Text) {
				text := p.Text[s.byteStart:s.byteEnd]
				if !strings.Contains(text, quoted) {
					continue
				}
				if spellsOut(text, m[1]) {
					return false
				}
				naming = append(naming, citationFor(p, trimSpan(p.Text, s)))
			}
		}
	}
	if len(naming) == 0 {
		return false
	}
	ans := d.Answer
	ans.quoteOnly(naming[0])
	for _, c := range naming[1:min(len(naming), maxCodeSentences)] {
		ans.addQuote(c)
	}
	ans.relatedOnly(GroundNotAnswered, "报告只提到“"+m[1]+"”，没有说明具体指什么。相关内容：", "The report names “"+m[1]+"” but does not say what it means. Related text:")
	return true
}
