package rag

import (
	"regexp"
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

// askersWork is a clause saying only where the asker works (我在中石化上班):
// unlike 我住农村 or 我们小区老旧, it tells nothing of the thing asked, so
// the question is safely read without it.
var askersWork = regexp.MustCompile(`^(?:我|俺)在[^，,。？?！!；;]{1,12}(?:上班|工作|打工)[，,]|` +
	// The English sentence of it ("I run a small GPS hardware startup.",
	// "I work at a chemical plant."), a whole sentence before the asking one.
	`^(?:i|we) (?:run|own|work (?:at|for|in))\b[^.?!,;]{1,60}[.!] +`)

// askingClauseOnly is a question opening with where the asker works read
// without that clause, when the rest asks a word of substance; "" when
// not. Only the work clause goes: a clause between it and the asking one
// says what is asked about ("我在工地打工，老板老拖欠工资，今年管不管这
// 事" asks of 欠薪, not of 打工's 就业).
func askingClauseOnly(asked []askedTerm, norm string) string {
	work := askersWork.FindStringIndex(norm)
	if work == nil || !slices.ContainsFunc(asked, func(t askedTerm) bool { return !t.missing && t.weight >= 1 && t.at >= work[1] }) {
		return ""
	}
	return norm[work[1]:]
}
