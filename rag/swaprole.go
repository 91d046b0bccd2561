package rag

import (
	"strings"
)

// A report may list parallel items, each a name and its role:
// 新疆和布克赛尔县对口援助、锦州义县对口帮扶. A claim may give one name the
// role the list gives another ("对口援助的是锦州义县"): the clause says the
// claimed name and the claimed role, so no slot names another thing, yet
// it pairs them otherwise. The item the claimed role stands in names who
// holds it.

// minRole is the fewest characters a role must hold to be read: 对口援助.
const minRole = 3

// roleSwapCorrection corrects a claim "N R" (or "R的是N") whose name N a
// cited clause lists with another role, where the clause's item with
// role R names another: what that item says is quoted.
func (ix *Index) roleSwapCorrection(read string, texts []Citation, rep *Report) (Part, bool) {
	for _, q := range ix.roleClaimForms(claimCore(read)) {
		for at, c := range texts {
			text := []rune(c.Quote)
			for _, sp := range Clauses(c.Quote) {
				s, e, stated, ok := ix.roleSwapIn(q, text[sp.Start:sp.End])
				if ok && !ix.saysPhrase(stated, rep) {
					return citedCorrection(c, at, sp.Start+s, sp.Start+e, stated, ""), true
				}
			}
		}
	}
	return Part{}, false
}

// roleClaimForms are the ways claim q is read as "N R": its name first
// (nameFirst), and, when the report's own place opens it as the doer
// (盘锦对口援助的是锦州义县), without that place, which the report leaves
// unsaid (持续做好…锦州义县对口帮扶工作).
func (ix *Index) roleClaimForms(q []rune) [][]rune {
	forms := [][]rune{q}
	if named, ok := nameFirst(q); ok {
		forms[0] = named
	}
	if rest, ok := ix.cutOwnSubject(q); ok {
		if named, ok := nameFirst(rest); ok {
			forms = append(forms, named)
		}
	}
	return forms
}

// roleSwapIn reads claim q as a name and a role (the longest end of q
// clause writes) against clause c's items split at 、: the name's item
// holds another role, and another item holds the claimed one, after
// the name it gives it [s,e) of c.
func (ix *Index) roleSwapIn(q, c []rune) (s, e int, stated string, ok bool) {
	items := listItems(c)
	if len(items) < 2 {
		return 0, 0, "", false
	}
	clause := string(c)
	for k := 2; len(q)-k >= minRole; k++ {
		name, role := string(q[:k]), string(q[k:])
		if hasDigit(name) {
			return 0, 0, "", false // 1个省级、2个市级: a count, the figures check's
		}
		if !strings.Contains(clause, role) || !strings.Contains(clause, name) {
			continue
		}
		named, held := -1, -1
		for i, it := range items {
			item := string(c[it.Start:it.End])
			switch {
			case strings.Contains(item, name) && !strings.Contains(item, role) && parallelRole(item, name, role):
				named = i
			case strings.Contains(item, role) && !strings.Contains(item, name):
				held = i
			}
		}
		if named < 0 || held < 0 {
			return 0, 0, "", false
		}
		it := items[held]
		item := string(c[it.Start:it.End])
		r := it.Start + runeLen(item[:strings.Index(item, role)])
		ns, _, ok := ix.nameIn(c, it.Start, r)
		if !ok {
			return 0, 0, "", false
		}
		return ns, r + len([]rune(role)), string(q), true
	}
	return 0, 0, "", false
}

// listItems are the spans of c between its 、 marks.
func listItems(c []rune) []Span {
	var out []Span
	start := 0
	for i, r := range c {
		if r == '、' {
			out = append(out, Span{Start: start, End: i})
			start = i + 1
		}
	}
	return append(out, Span{Start: start, End: len(c)})
}

// parallelRole: the item naming name gives it a role of its own after
// it, in part the claimed one's words (对口帮扶 beside 对口援助): items of
// one list, each with its role, not a head the list shares (1个省级、2个
// 市级产教联合体).
func parallelRole(item, name, role string) bool {
	_, after, _ := strings.Cut(item, name)
	if strings.HasPrefix(role, after) {
		// 4个国考断面、5个省考断面水质全部达标: the item's words after the
		// name open the claimed role and the list's end says the rest of
		// it for every item, so the claim (国考断面水质全部达标) holds.
		return false
	}
	runs := sharedRuns([]rune(after), []rune(role))
	return runeLen(after) >= minShared && len(runs) > 0 && runs[0].q == 0
}
