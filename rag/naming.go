package rag

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// quoteClauses splits the quotes an answer gives (answerQuotes: normalized,
// one a line) into clauses, the unit in which a report says one thing of
// one thing: in "曙光大桥项目…加快建设，…京哈高速盘锦段扩容改造竣工通车"
// the 通车 is the highway's, not the bridge's. A colon does not end one:
// what follows it spells out what comes before.
func quoteClauses(quotes string) []string {
	return strings.FieldsFunc(quotes, func(r rune) bool { return strings.ContainsRune("\n。！？!?；;，,", r) })
}

// namingClauses are the indices of the clauses that hold the most of
// terms, at least one: where the report speaks of the thing asked. Terms
// as the question writes them come first: a clause holding 医院 names the
// hospital, before one holding its synonym 健康 (居民健康素养水平全省第一).
// nil when none holds any, or there are no terms.
func namingClauses(clauses []string, terms []askedTerm) []int {
	if len(terms) == 0 {
		return nil
	}
	literal := make([]askedTerm, len(terms))
	for i, t := range terms {
		t.syn = nil
		literal[i] = t
	}
	if out := mostCovered(clauses, literal); out != nil {
		return out
	}
	return mostCovered(clauses, terms)
}

// mostCovered are the indices of the clauses that hold the largest share
// of terms, if above none.
func mostCovered(clauses []string, terms []askedTerm) []int {
	var out []int
	best := 0.0
	for i, c := range clauses {
		share := coveredShare(terms, c)
		switch {
		case share == 0 || share < best:
		case share > best:
			best, out = share, []int{i}
		default:
			out = append(out, i)
		}
	}
	return out
}

// thingTerms are the asked terms that name the thing a question asks
// about, without the words that ask what it asks of it: trim removes those
// (空气好 → 空气, 好玩 → nothing), and a term trimmed away is dropped.
func thingTerms(asked []askedTerm, trim *regexp.Regexp) []askedTerm {
	if trim == nil {
		return asked
	}
	var out []askedTerm
	for _, t := range asked {
		if !trim.MatchString(t.term) {
			out = append(out, t)
			continue
		}
		if rest := trim.ReplaceAllString(t.term, ""); len([]rune(rest)) >= 2 {
			t.term, t.syn = rest, nil
			out = append(out, t)
		}
	}
	return out
}

// namingText is the text of the clauses of quotes given that name the
// thing terms name, one a line; "" when none does.
func namingText(given string, terms []askedTerm) string {
	clauses := quoteClauses(given)
	var b strings.Builder
	for _, i := range namingClauses(clauses, terms) {
		b.WriteString(clauses[i])
		b.WriteString("\n")
	}
	return b.String()
}

// clausesAfterNaming is the text of the clauses right after those of
// quotes given that name the thing terms name (namingClauses), each in
// the same quote, one a line.
func clausesAfterNaming(given string, terms []askedTerm) string {
	var clauses []string
	var quoteOf []int
	for q, line := range strings.Split(given, "\n") {
		for _, c := range quoteClauses(line) {
			clauses = append(clauses, c)
			quoteOf = append(quoteOf, q)
		}
	}
	var b strings.Builder
	for _, i := range namingClauses(clauses, terms) {
		if i+1 < len(clauses) && quoteOf[i+1] == quoteOf[i] {
			b.WriteString(clauses[i+1])
			b.WriteString("\n")
		}
	}
	return b.String()
}

// anyNamingText is the text of the clauses of quotes given that hold any
// of terms, one a line; "" when none does. Terms as the question writes
// them first, as namingClauses reads them: 电子 stands for 电子信息, yet a
// clause naming 中蓝电子 does not name it when another names 电子信息.
func anyNamingText(given string, terms []askedTerm) string {
	literal := make([]askedTerm, len(terms))
	for i, t := range terms {
		if t.term != "" && t.term[0] >= utf8.RuneSelf {
			t.syn = nil // an English word names the report's only by its terms
		}
		literal[i] = t
	}
	clauses := quoteClauses(given)
	if out := clausesHolding(clauses, literal); out != "" {
		return out
	}
	return clausesHolding(clauses, terms)
}

// clausesHolding is the text of the clauses that hold any of terms, one
// a line.
func clausesHolding(clauses []string, terms []askedTerm) string {
	var b strings.Builder
	for _, c := range clauses {
		if len(terms) > 0 && coveredShare(terms, c) > 0 {
			b.WriteString(c)
			b.WriteString("\n")
		}
	}
	return b.String()
}
