package rag

import (
	"regexp"
	"strings"
)

// targetsWhy asks the basis, the difficulty or the outlook of the year's
// targets as a whole: "为什么设定这些目标", "为啥今年目标定这么高" (the why
// before the targets, the setting after; a comparison may stand between,
// "目标比去年定得高"), "报告怎么解释" (how it is explained is why), "完成今年目标难度大吗",
// "Why did the government choose these targets?", "今年的形势怎么样".
// Reports answer it in the paragraph right after the targets list
// ("上述目标，是立足…而确定的。实现上述目标，困难不容低估…").
var (
	targetsWhy = regexp.MustCompile(`(?:目标|\btargets?\b)[^？?]{0,16}(?:为什么|为啥|凭什么|凭啥|理由|依据|根据|原因|(?:怎么|如何)解释|难度|难不难|难吗|困难|挑战|底气|把握|形势)|(?:为什么|为啥|凭什么|凭啥)[^？?]{0,8}目标(?:比(?:去年|上年|往年))?[^？?]{0,2}定|(?:为什么|为啥|怎么|凭什么|依据什么|根据什么|理由)[^？?]{0,12}(?:设定|定|确定|制定|提出|设置)[^？?]{0,8}目标|(?:难度|困难|挑战)[^？?]{0,6}(?:实现|完成|达到|达成)[^？?]{0,8}目标|(?:实现|完成|达到|达成)[^？?]{0,8}目标[^？?]{0,6}(?:难|困难|挑战)|\b(?:why|basis|reasons?|difficult\w*|challenges?|hard)\b[^?]{0,40}\btargets?\b|\btargets?\b[^?]{0,30}\b(?:why|basis|difficult\w*|challenges?|hard|realistic)\b|(?:今年|this year'?s?)[^？?]{0,4}(?:总体|整体|经济|发展)?形势`)
	// targetsOther names targets the basis paragraph does not explain:
	// another plan's, last year's alone, one figure ("为什么定在6%", whose
	// premise must be checked), or why one is lower ("自我加压" is not why).
	targetsOther = regexp.MustCompile(`三年行动|十四五|十五五|规划|去年目标|20\d\d年目标|\d(?:\.\d+)?\s*(?:%|％|亿|万|个|项|吨)|低|下降|减少|\b(?:lower|less|below|fall|drop)`)
)

// targetsBasis answers such a question with the sentences of the
// paragraph after the targets that explain them, citing the targets too;
// false when it asks no such thing or no report explains its targets.
func (e *Engine) targetsBasis(ans *Answer, a analysis, rep *Report) bool {
	if !targetsWhy.MatchString(a.norm) || targetsOther.MatchString(a.norm) || a.otherYear != 0 {
		return false
	}
	for _, r := range e.ix.reportsIn(rep) {
		for i := 1; i < len(r.Paragraphs); i++ {
			p := &r.Paragraphs[i]
			sents := FullSentences(p.Text)
			if len(sents) < 2 || !explainsTargets(p.Text, sents[0]) {
				continue
			}
			last := 0
			if strings.Contains(Normalize(p.Text[sents[1].byteStart:sents[1].byteEnd]), "目标") {
				last = 1 // "实现上述目标，困难不容低估…": the difficulty
			}
			targets := &r.Paragraphs[i-1]
			if ts := FullSentences(targets.Text); len(ts) > 0 {
				ans.addQuote(citationFor(targets, trimSpan(targets.Text, ts[0])))
			}
			ans.addQuote(citationFor(p, sentenceRun(p.Text, sents, 0, last)))
			ans.Found, ans.reasoned = true, true
			return true
		}
	}
	return false
}

// explainsTargets: a sentence looking back at the targets and giving
// their basis ("上述目标，是立足…而确定的").
func explainsTargets(text string, s Span) bool {
	sp := trimSpan(text, s)
	n := Normalize(text[sp.byteStart:sp.byteEnd])
	for _, w := range backReferences {
		if strings.HasPrefix(n, w+"目标") || strings.HasPrefix(n, w+"各项目标") || strings.HasPrefix(n, w+"预期目标") {
			return containsAny(n, reasonWords)
		}
	}
	return false
}
