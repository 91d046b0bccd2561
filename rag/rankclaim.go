package rag

import (
	"regexp"
	"slices"
	"strings"
)

// A question may claim a place in a ranking for an indicator: "去年GDP增速
// 全省第一吧", "社零增速位居全省前列吧", "ranked first in the province". A
// sentence that ranks other indicators ("固定资产投资增长20%以上、进出口总额
// 增长39.7%，增速均全省第一") does not hold it, nor does the indicator's
// own figure with no ranking: only a sentence whose ranking ranks what
// the question names.

// rankClaimed finds a claimed place in a ranking, with the field it is
// among or the word ranking it: 全省第一, 全国前列, 排名第二, 位居前列.
var rankClaimed = regexp.MustCompile(`(?:全省|全国|省内|国内|东北|全市|辽宁|省里|全球|全世界|排名|排在|排到|排|位居|位列|名列)(?:范围内|中|内|里)?(?:排名|排在|排到|排|位居|位列|居于|名列|居|都是|均为|都|均|是|也是)?(?:第[一二三四五六七八九十0-9]+(?:名|位)?|前列|前茅|前[0-9一二三四五六七八九十]+(?:名|位)?|首位|榜首|倒数第[一二三四五六七八九十0-9]+)|\b(?:ranked|ranks|rank|came|placed|stood)\s+(?:no\.? ?[0-9]+|first|second|third|fourth|fifth|top|[0-9]+(?:st|nd|rd|th))\b|\b(?:first|second|third|top|fastest|highest|largest)\s+in\s+(?:the\s+)?(?:province|country|liaoning|nation|china|northeast)\b`)

// claimedRank is the first place in a ranking norm claims, "" when none:
// not an ordinal that counts (全国第四批, 全省第一个).
func claimedRank(norm string) string {
	for _, m := range rankClaimed.FindAllStringIndex(norm, -1) {
		if r, _ := firstRune(norm[m[1]:]); !strings.ContainsRune(countedAfterOrdinal, r) {
			return norm[m[0]:m[1]]
		}
	}
	return ""
}

// countedAfterOrdinal follow an ordinal that counts, not ranks: 第四批,
// 第五次, 第一个.
const countedAfterOrdinal = "批次轮届个期年项家座条"

// rankNamedShare is the share of what a question names beside its claimed
// rank that the ranking's sentence must hold: more than half, so that of
// "GDP和固投增速都是全省第一" a sentence ranking 固投 alone holds too little.
const rankNamedShare = 0.75

// rankClaimWords are words of the claim itself, not of what it ranks:
// the field, the place, the kind of figure ranked (增速 of any indicator).
var rankClaimWords = []string{"全省", "全国", "省内", "国内", "东北", "辽宁", "全球", "世界", "排名", "名次", "位居", "前列",
	"首位", "榜首", "第一", "第二", "第三", "增速", "增幅", "速度", "增长", "growth", "province", "provincial", "country", "national", "rank", "ranked"}

// whichAsked are words asking which thing holds a place ("哪些指标全省第
// 一"): a list of what the report ranks answers, not one indicator's.
var whichAsked = []string{"哪", "什么", "which", "what"}

// asksWhichHolds reports whether a which-word asks what holds the claimed
// place: in the claim's own clause ("哪些指标全省第一", "全省第一的是什么").
// One in a clause of its own asks on about a place claimed ("进出口增速全国
// 第一，靠的是什么"), and 为什么 asks why, not which.
func asksWhichHolds(norm, claim string) bool {
	return containsAny(strings.ReplaceAll(rankClaimClause(norm, claim), "为什么", ""), whichAsked)
}

// rankClaimClause is the clause of norm holding a claimed rank.
func rankClaimClause(norm, claim string) string {
	at := strings.Index(norm, claim)
	if at < 0 {
		return norm
	}
	return placeClause(norm, at)
}

// namedInClaimClause keeps the terms named in the claim's own clause when
// some are: what a clause after it asks ("，原因是什么") is not ranked.
// With two places claimed ("外资全省第一，进出口增速全省第二") every
// clause names what it ranks, and all are kept.
func namedInClaimClause(norm, claim string, named []askedTerm) []askedTerm {
	if len(rankClaimed.FindAllStringIndex(norm, -1)) > 1 {
		return named
	}
	clause := rankClaimClause(norm, claim)
	kept := slices.DeleteFunc(slices.Clone(named), func(t askedTerm) bool { return !t.in(clause) })
	if len(kept) == 0 {
		return named
	}
	return kept
}

// groundRankClaim declines an answer to a claimed place in a ranking when
// no quoted sentence ranks what the question names: the quotes stay, as
// related text. A correction already made (全省第二, not 第一) is the
// report's ranking of it, and stands.
func (e *Engine) groundRankClaim(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || hasCorrection(ans) || d.Derived || AsksWhoFirst(d.norm) {
		return
	}
	claim := claimedRank(d.norm)
	if claim == "" || asksWhichHolds(d.norm, claim) {
		return
	}
	named := slices.DeleteFunc(slices.Clone(d.asked), func(t askedTerm) bool {
		return strings.Contains(claim, t.term) || containsAny(t.term, rankClaimWords)
	})
	named = namedInClaimClause(d.norm, claim, named)
	if len(named) == 0 {
		return // "是全省第一吗": nothing named but the place
	}
	field, least := rankScope(claim), rankNamedShare
	if d.Intent.Lang == "en" {
		least = figureGrounding // the lexicon's concepts only, some no report word holds
	}
	var elsewhere *Part
	for i, c := range ans.Citations {
		for _, w := range e.rankWindows(c) {
			if coveredShare(named, w) < least {
				continue
			}
			if !otherRankScope(field, w) {
				e.correctOtherPlace(d, named, claim, least)
				return
			}
			if p, ok := scopeCorrection(c, i, w, claim); ok && elsewhere == nil {
				elsewhere = &p
			}
		}
	}
	if _, ok := e.ix.wordCorrection(d.Read, ans.Citations, d.Scope); ok {
		return // 全省第一 where the quote ranks it 前列: groundClaims corrects it
	}
	if elsewhere != nil {
		// 全国第一 where the quote ranks it 全省第一: the report's ranking
		// of it, in another field.
		ans.Parts = append([]Part{*elsewhere}, ans.Parts...)
		ans.dropRankedFigures()
		return
	}
	if p, c, ok := e.reportRankCorrection(d, named, claim, least); ok {
		// 全省第三 where another sentence ranks it 全省第一: the report's
		// ranking of it, quoted before what was retrieved.
		ans.Parts = append(correctionQuoting(ans, p, c), ans.Parts...)
		return
	}
	ans.relatedOnly(GroundNotAnswered, "报告没有给出这项指标的排名。相关内容：", "The report gives no ranking for this. Related text:")
}

// correctOtherPlace corrects a numbered place claimed in the field a
// quote ranks the thing in where the report's sentence ranks it at
// another ("30强里排第15位，这是进步了吗" where ¶10 says 升至第21位): the
// quote ranking it does not bear the claimed number out.
func (e *Engine) correctOtherPlace(d *Draft, named []askedTerm, claim string, least float64) {
	if p, c, ok := e.reportRankCorrection(d, named, claim, least); ok {
		d.Answer.Parts = append(correctionQuoting(d.Answer, p, c), d.Answer.Parts...)
	}
}

// dropRankedFigures takes out the figure parts of an answer whose
// correction is a ranking's field: the claim asked the place, and a
// figure of what is ranked (进出口总额增长39.7%) would read as the answer
// to it. The quoted sentence keeps the figure beside its ranking.
func (a *Answer) dropRankedFigures() {
	if !slices.ContainsFunc(a.Parts, func(p Part) bool { return p.Type == PartQuote }) {
		return // the figure is all the answer quotes
	}
	a.keepParts(func(p Part) bool { return p.Type != PartFigure })
	a.figuresFromParts()
}

// rankWindows are, for each ranking a citation's quote holds, its sentence
// up to that ranking (normalized): what is ranked comes before the place.
func (e *Engine) rankWindows(c Citation) []string {
	p := e.ix.citedParagraph(c)
	if p == nil {
		return nil
	}
	text := p.Text
	start, end := byteAt(text, c.Start), byteAt(text, c.End)
	if start > end || end > len(text) {
		return nil
	}
	if i := strings.LastIndexAny(text[:start], sentenceEnds); i >= 0 {
		_, size := firstRune(text[i:])
		start = i + size
	}
	norm := Normalize(text[start:end])
	var out []string
	for _, m := range placeInRanking.FindAllStringIndex(norm, -1) {
		out = append(out, norm[:m[1]])
	}
	return out
}

// firstRune is s's first rune and its size in bytes.
func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

// scopeCorrection corrects claim, a place in a ranking, with the ranking
// that ends window w (its field with it: 全省第一) where citation c, the
// at-th, quotes it.
func scopeCorrection(c Citation, at int, w, claim string) (Part, bool) {
	ms := placeInRanking.FindAllStringIndex(w, -1)
	if len(ms) == 0 {
		return Part{}, false
	}
	rs := []rune(w)
	end := runeLen(w[:ms[len(ms)-1][1]])
	start := widenScope(rs, runeLen(w[:ms[len(ms)-1][0]]))
	said := string(rs[start:end])
	if rankScope(said) == "" {
		return Part{}, false // the field is not written beside the place
	}
	i := strings.LastIndex(c.Quote, said)
	if i < 0 {
		return Part{}, false
	}
	s := runeLen(c.Quote[:i])
	return citedCorrection(c, at, s, s+runeLen(said), claim, ""), true
}
