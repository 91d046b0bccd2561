package rag

import (
	"regexp"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// A claim that a thing is one named by Latin initials (承办的中国女篮职业
// 赛事是WCBA全明星赛吧) names it more narrowly than the report does.
// Initials are a name, which no other word stands for: where the report
// never writes them, nor the lexicon gives a report term for them, the
// report does not say the thing is that one, and a quote naming the thing
// alone confirms nothing of it.

// claimedInitials is 是 (or 是不是) right before a run of capitals, the
// name claimed; a run going on in Latin letters is a word, not initials.
var claimedInitials = regexp.MustCompile(`是(?:不是)?([A-Z][A-Z0-9]{1,7})(?:[^A-Za-z]|$)`)

// groundClaimedInitials declines a Chinese question claiming a thing is
// one named by initials the report never writes: the quotes are related
// text, under a notice naming them.
func (e *Engine) groundClaimedInitials(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || ans.reasoned || d.Intent.Lang == "en" || hasCorrection(ans) {
		return
	}
	name := e.unwrittenInitials(d.Query.Text, d.Scope)
	if name == "" {
		return
	}
	keep := func(p Part) bool { return p.Type == PartQuote }
	ans.relatedKeeping(keep, GroundNotAnswered, "报告没有提到“"+name+"”。相关内容：", "The report does not mention "+name+". Related text:")
}

// unwrittenInitials is the first name by initials text claims (after 是)
// that rep never writes and the lexicon does not know (gdp, cpi); "" when
// there is none.
func (e *Engine) unwrittenInitials(text string, rep *Report) string {
	// Full-width capitals (ＷＣＢＡ) are initials too: NFKC, not Normalize,
	// which lowers the case that tells initials from a word.
	for _, m := range claimedInitials.FindAllStringSubmatch(norm.NFKC.String(text), -1) {
		name := strings.ToLower(Normalize(m[1]))
		if e.ix.writesAny(rep, []string{name}) || e.ix.lex != nil && e.ix.lex.knows(name) {
			continue
		}
		return m[1]
	}
	return ""
}
