package rag

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// A question may ask for more than the figure the report states: each
// item's share of a figure it gives only for several together (盘锦大米和
// 盘锦河蟹品牌价值…合计突破千亿元 — 各是多少?), or the level before a change
// it gives only the new level of (提高至55% — 之前是多少?). Answered with the
// figure, the asker would take it for the part or the old level; it is
// declined, the figure shown as what the report does say.

// splitAsked asks for each item's own figure (各是多少, 分别增长多少); not
// 分别是哪几家, which asks names.
var splitAsked = regexp.MustCompile(`(?:各自?|分别)[^，。？?、哪]{0,6}?(?:多少|几)|` +
	`每(?:一)?(?:个|项|家|户|所|条|座|区|县|镇)[^，。？?]{0,8}(?:多少|几)|(?i)\brespectively\b|\beach of (?:them|the)\b|\bbreak(?:down| down)\b`)

// wholeWords say a figure counts several together.
var wholeWords = []string{"合计", "共计", "总计", "总共", "一共", "合共", "累计"}

// joiners join the names of several things.
var joiners = []string{"和", "与", "及", "、"}

// digitNumber is a number written in digits.
var digitNumber = regexp.MustCompile(`\d+(?:\.\d+)?`)

// groundSplitOfTotal declines an answer whose headline figure is one the
// report gives for several things together when the question asks each
// one's own: the report has no split to give.
func (e *Engine) groundSplitOfTotal(d *Draft) {
	ans := d.Answer
	norm := Normalize(d.stated + d.Read)
	if !ans.Found || d.Lookup || hasCorrection(ans) || !splitAsked.MatchString(norm) {
		return
	}
	head, ok := headlinePart(ans)
	if !ok {
		return
	}
	label, whole := combinedClause(norm, head, ans)
	if whole == "" || splitGiven(norm, ans) || partsElsewhere(d.asked, whole, ans) {
		return
	}
	ans.relatedOnly(GroundNoSuchFigure,
		fmt.Sprintf("报告只给出合在一起的总数（%s），没有分别列出各项的数字。相关内容：", label),
		fmt.Sprintf("The report gives only the combined figure (%s), not one for each. Related text:", label))
}

// headlinePart is the answer's first figure or quote with a citation.
func headlinePart(ans *Answer) (Part, bool) {
	for _, p := range ans.Parts {
		if (p.Type == PartFigure && p.Figure != nil || p.Type == PartQuote) && len(p.Citations) > 0 {
			return p, true
		}
	}
	return Part{}, false
}

// clausesOf are the normalized clauses of text.
func clausesOf(text string) []string {
	var out []string
	rs := []rune(text)
	for _, sp := range Clauses(text) {
		out = append(out, Normalize(string(rs[sp.Start:sp.End])))
	}
	return out
}

// combinedClause is the clause of head's quote that gives one figure for
// several things the question asks apart — the total the question states
// itself (12.45万亩 … 各多少亩), or a figure of two things it names joined
// (盘锦大米和盘锦河蟹品牌价值) or cued as a whole (合计) — labelled for the
// notice; "" when none. A clause of 分别 or 各 gives each its own.
func combinedClause(norm string, head Part, ans *Answer) (label, clause string) {
	quote := ans.Citations[head.Citations[0]].Quote
	stated := statedInSplitAsked(norm)
	for _, c := range clausesOf(quote) {
		nums := digitNumber.FindAllString(c, -1)
		// 均 gives each thing the one value (均达到100%): a split, not a total.
		if len(nums) > 1 || strings.Contains(c, "分别") || strings.Contains(c, "各") || strings.Contains(c, "均") {
			continue
		}
		if head.Type == PartFigure && !strings.Contains(c, Normalize(head.Figure.Value)) {
			continue
		}
		switch {
		case len(nums) == 1 && slices.Contains(stated, nums[0]):
			return strings.TrimRight(c, "。；;，,"), c
		case len(stated) == 0 && (containsAny(c, wholeWords) || namesTwoJoined(norm, c)):
			if head.Type == PartFigure {
				return head.Figure.Indicator + "：" + head.Figure.Value, c
			}
			return strings.TrimRight(c, "。；;，,"), c
		}
	}
	return "", ""
}

// statedInSplitAsked are the numbers the question states in the clause
// that asks for a split (12.45万亩…各多少亩), years aside: one stated in
// another clause is context (去年GDP增长3.5%，社零和固投分别增长多少).
func statedInSplitAsked(norm string) []string {
	for _, clause := range strings.FieldsFunc(norm, func(r rune) bool { return strings.ContainsRune("，,。；;？?！! ", r) }) {
		if !splitAsked.MatchString(clause) {
			continue
		}
		var out []string
		for _, loc := range digitNumber.FindAllStringIndex(clause, -1) {
			if !strings.HasPrefix(clause[loc[1]:], "年") {
				out = append(out, clause[loc[0]:loc[1]])
			}
		}
		return out
	}
	return nil
}

// namesTwoJoined: clause c joins two names the question holds both of
// (盘锦大米和盘锦河蟹), two characters each side of the joiner.
func namesTwoJoined(norm, c string) bool {
	rs := []rune(c)
	for i := 2; i+2 < len(rs); i++ {
		if !containsAny(string(rs[i]), joiners) {
			continue
		}
		if strings.Contains(norm, string(rs[i-2:i])) && strings.Contains(norm, string(rs[i+1:i+3])) {
			return true
		}
	}
	return false
}

// splitGiven: a cited clause gives several figures each its own (分别达到
// 95万亩、70万亩) of a thing the question names: the split is there.
func splitGiven(norm string, ans *Answer) bool {
	for _, cit := range ans.Citations {
		for _, c := range clausesOf(cit.Quote) {
			if (strings.Contains(c, "分别") || strings.Contains(c, "各")) && len(digitNumber.FindAllString(c, -1)) > 1 && sharesRun(norm, c, 4) {
				return true
			}
		}
	}
	return false
}

// partsElsewhere: a word asked that the total's clause lacks stands in
// another cited clause with a figure of its own (开复工项目502个 … 272个
// 新建项目开工建设 for 新建和续建各多少个): the parts are given apart.
func partsElsewhere(asked []askedTerm, whole string, ans *Answer) bool {
	for _, t := range asked {
		if strings.Contains(whole, t.term) {
			continue
		}
		for _, cit := range ans.Citations {
			for _, c := range clausesOf(cit.Quote) {
				if c != whole && strings.Contains(c, t.term) && digitNumber.MatchString(c) {
					return true
				}
			}
		}
	}
	return false
}

// sharesRun reports whether s holds a run of n characters of w side by
// side (公交线路 of 城乡公交线路 for two, a word of four for a clause).
func sharesRun(s, w string, n int) bool {
	rs := []rune(w)
	for i := 0; i+n <= len(rs); i++ {
		if strings.Contains(s, string(rs[i:i+n])) {
			return true
		}
	}
	return false
}

// priorAsked asks the level a figure stood at before a change.
var priorAsked = regexp.MustCompile(`(?:提高|提升|上调|调高|下调|调低|降低|下降|降|调整|增加|扩大|达到|增至|升|涨)(?:到|至|为|成)?[^，。？?]{0,14}?(?:之前|以前)(?:的|是|为|有)?[^，。？?]{0,4}?(?:多少|几|什么水平)|` +
	`(?:原来|原先|此前|调整前|提高前|降低前)(?:的|是|为|有|要)?[^，。？?]{0,6}?(?:多少|几|多久|多长)|` +
	// 占有率之前是多少 with no verb asked; not 年底之前要建成多少 (a deadline).
	`(?:^|[^年月日底])(?:之前|以前)(?:的|是|为|有|要)?[^，。？?]{0,4}?(?:多少|几|多久|多长)|` +
	`(?i)\b(?:before|prior to)\s+(?:the\s+|its\s+|it\s+was\s+|being\s+)?(?:rais|increas|cut|lower|adjust|chang)|\bused to be\b|\bprevious(?:ly)?\s+(?:level|rate|figure|value)\b`)

// changedTo is a change to a new level, right before it: 提高至55%,
// 增至15.7%, 压缩至1天以内; not 达到, which states a level reached.
var changedTo = regexp.MustCompile(`(?:提高|提升|上调|调高|下调|调低|降低|下降|降|调整|增加|扩大|增|压缩|缩短|减少)(?:到|至|为)$`)

// changedFrom is the level a change starts from: 由45%提高至55%, 从…
var changedFrom = regexp.MustCompile(`[由从]\D{0,12}\d`)

// groundPriorLevel declines an answer whose headline figure is the new
// level of a change when the question asks the level before it, which
// the clause does not give (提高至55%, not 由50%提高至55%).
func (e *Engine) groundPriorLevel(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || hasCorrection(ans) || !priorAsked.MatchString(Normalize(d.stated+d.Read)) {
		return
	}
	head, ok := headlinePart(ans)
	if !ok || head.Type != PartFigure {
		return
	}
	value := Normalize(head.Figure.Value)
	for _, c := range clausesOf(ans.Citations[head.Citations[0]].Quote) {
		at := strings.Index(c, value)
		if at < 0 || !changedTo.MatchString(c[:at]) || changedFrom.MatchString(c[:at]) {
			continue
		}
		newLevel := strings.TrimRight(c, "。；;，,")
		ans.relatedOnly(GroundNoSuchFigure,
			fmt.Sprintf("报告只写了调整后的水平（%s），没有写调整前是多少。相关内容：", newLevel),
			fmt.Sprintf("The report gives only the new level (%s), not the level before the change. Related text:", newLevel))
		return
	}
}
