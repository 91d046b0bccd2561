package rag

import (
	"slices"
	"strings"
)

// withoutAskerClause is asked without the words of a clause before the
// asking one that says who the asker is or where they work ("我在中石化上班，
// 想问今年GDP目标多少"): the asker's circumstance, not what is asked, so a
// figure's clause need not hold 石化 or 上班. Kept unless the asking clause
// asks a word of substance of its own.
func withoutAskerClause(asked []askedTerm, norm string) []askedTerm {
	start := askingClauseStart(norm)
	if start == 0 || !slices.ContainsFunc(asked, func(t askedTerm) bool { return !t.missing && t.weight >= 1 && t.at >= start }) {
		return asked
	}
	if !slices.ContainsFunc(askerIntros, func(w string) bool { return strings.HasPrefix(norm, w) }) {
		return asked // no circumstance of the asker opens the question
	}
	return slices.DeleteFunc(slices.Clone(asked), func(t askedTerm) bool { return t.at >= 0 && t.at < start })
}
