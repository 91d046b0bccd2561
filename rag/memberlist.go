package rag

import (
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

