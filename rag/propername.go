package rag

import (
	"regexp"
	"slices"
	"strings"
)

// A Chinese question may name a body, a brand or an event (清华大学,
// 广交会, 万达) that the report never writes. The report speaks of the
// bodies and events it has; quotes sharing the question's other words
// (技术转移中心, 参加…招商) are about another subject, and answering with
// them says yes of a thing the report does not name.

// unwrittenProperPOS are the dictionary's tags of the proper names of
// bodies and other named things (nt, nz), of contracted names (j:
// 中石化) and of transliterated names (nrt), which the dictionary gives to
// foreign companies (阿里巴巴, 特斯拉): left out, 阿里巴巴在盘锦有合作吗 was
// answered with 央地合作. Not places (ns) or people (nr): the dictionary
// gives those to common words too (盘锦/nr, 华/ns), and the place register
// reads places.
var unwrittenProperPOS = map[string]bool{"nt": true, "nz": true, "j": true, "nrt": true}

// minProperName is the fewest characters such a name has: a single
// character tagged so is part of another word.
const minProperName = 3

// groundUnwrittenProper declines a Chinese question that names a proper
// name the report never writes, in any of its forms: the quotes are
// related text, under a notice naming it. A correction another step made
// answers instead, but for one saying only that the report does not name
// it (参加广交会了吗: 没有点名广交会), which found nothing either.
func (e *Engine) groundUnwrittenProper(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || ans.reasoned || d.Intent.Lang == "en" {
		return
	}
	name := e.unwrittenProper(d.Norm(), d.Scope)
	if name == "" || e.ix.statesClaim(d.Read) && e.ix.nearNameWritten(name, d.Scope) || slices.ContainsFunc(ans.Parts, func(p Part) bool {
		return p.Type == PartCorrection && !(p.NotNamed && strings.Contains(Normalize(p.Stated), name))
	}) {
		return
	}
	// The correction that it is not named stays: it says what is instead.
	keep := func(p Part) bool { return p.Type == PartQuote || p.Type == PartCorrection }
	ans.relatedKeeping(keep, GroundNotAnswered, "报告没有提到“"+name+"”。相关内容：", "The report does not mention "+name+". Related text:")
}

// unwrittenProper is the first proper name of norm (unwrittenProperPOS,
// Han only) that rep never writes, whole or contracted, and for which the
// lexicon has no report term; "" when there is none.
func (e *Engine) unwrittenProper(norm string, rep *Report) string {
	ix := e.ix
	if ix.dict == nil {
		return ""
	}
	at := 0
	for _, w := range ix.dict.Segment(norm, nil) {
		start := at
		at += len(w)
		rs := []rune(w)
		if len(rs) < minProperName || !AllHan(rs) || !unwrittenProperPOS[ix.posOf(w)] {
			continue
		}
		if askerPlace(norm, start, at) || !subjectOpens(norm, start) && !undergoesEvent(norm[:start]) && !goesTo.MatchString(norm[:start]) {
			// "我在中石化上班，想问…": where the asker works; a name
			// elsewhere may tell where the asker heard it. Asked is the
			// name the question opens with (清华大学在盘锦建了…), an
			// event joined (参加广交会) or a place gone to (去广交会).
			continue
		}
		if ix.saysPhrase(string(rs[:2]), rep) {
			// A proper name opens with words of its own (清华, 广交, 大庆);
			// one whose opening the report writes (商业银行, 公共场所,
			// 满意率) is a common compound the dictionary tags so.
			continue
		}
		if ix.lex != nil && len(ix.lex.reportTermsOf(w)) > 0 {
			continue
		}
		if _, _, ok := e.clauseHolding(rep, abbreviates(w), nil); ok {
			continue // 辽滨经开区 writes 辽滨经济技术开发区 short
		}
		return w
	}
	return ""
}

// goesTo ends the words before a place gone to (去广交会招商): the going
// is what is asked.
var goesTo = regexp.MustCompile(`(?:去|到|赴)(?:了|过)?$`)

// nearNameWritten reports whether rep writes name with one character
// left out (运会 of 市九运会 for 奥运会): a claim naming it may misname a
// thing the report names nearly so, which the claims step corrects, not
// a thing it never speaks of.
func (ix *Index) nearNameWritten(name string, rep *Report) bool {
	rs := []rune(name)
	for i := range rs {
		near := string(rs[:i]) + string(rs[i+1:])
		if ix.saysPhrase(near, rep) {
			return true
		}
	}
	return false
}
