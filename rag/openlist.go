package rag

import (
	"slices"
	"strings"
)

// A report's list closed with 等 (赴瑞士、荷兰、美国等国家开展经贸交流) names
// some of its items, not all. A claim that puts another item in it (去德国
// 搞经贸交流了吗) is neither said nor denied where the report writes that
// item nowhere: the answer says what the list names and that it does not
// name the claim's (NotNamed), and declines.

// claimedItems are the items of a claimed list: 德国、日本, 德国和日本.
func claimedItems(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == '、' || r == '和' || r == '及' || r == '与' })
}

// writesNoItem reports whether rep (every report's when nil) writes no
// item of stated: each is a thing it never names.
func (ix *Index) writesNoItem(stated string, rep *Report) bool {
	items := claimedItems(stated)
	return len(items) > 0 && !slices.ContainsFunc(items, func(w string) bool { return ix.saysPhrase(w, rep) })
}

// groundOpenListUnnamed declines a Chinese question whose only correction
// says an open list of the report does not name the claimed places, which
// it writes nowhere: as for a body it never names (groundUnwrittenProper),
// the report says nothing of a place it never writes, and the quote is
// related text. Other items (《预算法》 beside 《统计法》等法律法规) stay
// corrected: the report speaks of the kind of thing, a law studied.
func (e *Engine) groundOpenListUnnamed(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Intent.Lang == "en" {
		return
	}
	var unnamed []Part
	for _, p := range ans.Parts {
		if p.Type != PartCorrection {
			continue
		}
		if !p.NotNamed || !e.ix.writesNoItem(p.Stated, d.Scope) || !e.ix.allPlaces(p.Stated) {
			return // another correction says what is wrong
		}
		unnamed = append(unnamed, p)
	}
	if len(unnamed) == 0 {
		return
	}
	keep := func(p Part) bool { return p.Type == PartQuote || p.Type == PartCorrection }
	ans.relatedKeeping(keep, GroundNotAnswered, "报告没有提到“"+unnamed[0].Stated+"”。相关内容：", "The report does not mention "+unnamed[0].Stated+". Related text:")
}

// allPlaces: every item of stated is a place the register knows.
func (ix *Index) allPlaces(stated string) bool {
	return !slices.ContainsFunc(claimedItems(stated), func(w string) bool { return !ix.wholePlace([]rune(w)) })
}
