package rag

import "strings"

// shareCues set a part apart from the things named before them:
// "数字化车间和智能工厂里智能工厂有几个".
var shareCues = []string{"其中", "当中", "之中", "里面", "里头", "里"}

// singledOut is the one member of a list's items that question norm asks
// after naming the list and a part cue; "" when none. WHY: naming every
// member and then one of them asks that one's share, which a total of
// all of them does not give.
func singledOut(norm string, items []string) string {
	for _, cue := range shareCues {
		at := strings.LastIndex(norm, cue)
		if at < 0 || countNamed(norm[:at], items) < 2 {
			continue
		}
		tail := norm[at+len(cue):]
		return onlyOne(items, func(it string) bool { return strings.Contains(tail, it) })
	}
	return ""
}

// onlyOne is the one of members that named holds of; "" when none or
// several. singledOut and oneNamed (singledwhole.go) both pick the one
// member a question sets apart, by whole names or by short ones too.
func onlyOne(members []string, named func(m string) bool) string {
	one := ""
	for _, m := range members {
		if !named(m) {
			continue
		}
		if one != "" {
			return ""
		}
		one = m
	}
	return one
}

// countNamed is how many of items text contains.
func countNamed(text string, items []string) int {
	n := 0
	for _, it := range items {
		if strings.Contains(text, it) {
			n++
		}
	}
	return n
}
