package rag

import (
	"regexp"
	"strconv"
	"strings"
)

// A list answers "which ones" only when its items are the things asked.
// Two ways a 、 in the report joins something else:
//
//   - after the thing asked, it joins what that thing did: "重点企业重组挂牌、
//     重回正轨" says what the key firms did, not which firms they were; a
//     list of them repeats the kind in its items (A社区、B社区) or puts it
//     after them (A、B等企业).
//   - before a count, fewer items than the count and no 等 are kinds counted
//     together, not its members: "建设数字化车间、智能工厂15个" is two kinds,
//     fifteen things; "A、B、C3个项目" names all three.

// headKind is the question's head noun, the kind it asks which of
// ("重组挂牌的重点企业是哪几家": 企业), "" when none is written.
func headKind(asked []askedTerm) string {
	for _, t := range asked {
		if t.head && !t.missing {
			return t.term
		}
	}
	return ""
}

// tellsDeedsOf reports whether a clause of sent names kind and then joins,
// with 、, what it did: kind, then more, before the first 、, and in no
// item after it.
func tellsDeedsOf(sent, kind string) bool {
	if kind == "" {
		return false
	}
	for _, clause := range strings.FieldsFunc(sent, func(r rune) bool { return strings.ContainsRune("，,。；;！!？?", r) }) {
		first := strings.Index(clause, "、")
		if first < 0 {
			continue
		}
		// "旅客接待量、旅游收入": the kind right before the 、 is an item.
		if at := strings.Index(clause, kind); at >= 0 && at+len(kind) < first && !strings.Contains(clause[first:], kind) {
			return true
		}
	}
	return false
}

// listCoversCount reports whether the list before a count (before, its
// text up to the number) can be the count's members: an 等 list samples
// them, otherwise it needs as many items as the count says. numeral that
// is no plain number (八) is not checked.
func listCoversCount(before, numeral string) bool {
	n, err := strconv.Atoi(numeral)
	if err != nil || strings.HasSuffix(before, "等") {
		return true
	}
	list := before[strings.LastIndexAny(before, "：:")+1:]
	items := strings.Count(list, "、") + 1
	last := list[strings.LastIndex(list, "、")+1:]
	if strings.Contains(last, "和") || strings.Contains(last, "及") {
		items++
	}
	return items >= n
}

// memberClaim is a question saying a counted set holds a member and asking
// to confirm it: "15件民生实事里包括免费午餐工程吧", "那6个盘锦土特产里有
// 碱地柿子吗". Its first group is the set, with its count; the second the
// member.
var memberClaim = regexp.MustCompile(`^(.*[0-9]+(?:个|件|项|家|条|所|座|处|种|类|名)[^里中]{0,16}?)(?:里面?|当中|之中|中)(?:都?包括|包含|含有|含|有)(\p{Han}{2,}?)(?:在内)?(?:对吧|是吧|没有|吧|吗|么|嘛|呢)?[?？。!！]*$`)

// groundMembership declines a member claimed of a set the quotes only
// count: with no quote listing the set's members and none writing the
// member, the report says how many, not whether this one is among them.
func (e *Engine) groundMembership(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup {
		return
	}
	m := memberClaim.FindStringSubmatch(d.norm)
	if m == nil {
		return
	}
	counts := statedCounts.FindAllStringSubmatch(m[1], -1)
	countQuoted := false
	for _, p := range ans.Parts {
		if p.Type != PartQuote {
			continue
		}
		q := Normalize(p.Text)
		if strings.Contains(q, m[2]) || enumeratesCount(q, counts, d.norm) {
			return
		}
		countQuoted = countQuoted || holdsAnyCount(q, counts)
	}
	if countQuoted {
		declineNamesOnly(ans)
	}
}
