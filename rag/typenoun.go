package rag

import (
	"slices"
	"strings"
)

// modifierOnly reports whether an indicator holds only the modifier of a
// "A型B" thing asked (外贸型企业, 科技型中小企业): 型 makes A a kind of B,
// so a figure must measure B; 进出口总额增长 (外贸 by its synonym) is no
// figure of 外贸型企业. A thing asked after it (旅游型城市的旅游收入) is what
// the figure must measure instead, and may.
func modifierOnly(asked []askedTerm, norm, ind string) bool {
	for i, t := range asked {
		if t.at < 0 || i+1 >= len(asked) {
			continue
		}
		u := asked[i+1]
		gap := t.at + len(t.term)
		if u.at < gap || !strings.HasPrefix(norm[gap:], "型") || strings.TrimSpace(norm[gap+len("型"):u.at]) != "" {
			continue
		}
		if t.in(ind) && !u.in(ind) && !slices.ContainsFunc(asked[i+2:], func(w askedTerm) bool { return w.at > u.at && w.in(ind) }) {
			return true
		}
	}
	return false
}
