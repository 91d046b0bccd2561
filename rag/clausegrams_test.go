package rag

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// containing must find exactly the clauses strings.Contains finds, and
// paraText.holds must agree with it on whole lines with their path, for
// every term length: one rune, a pair, longer, absent, Latin and digits.
func TestClauseGramsMatchContains(t *testing.T) {
	raw, err := os.ReadFile("testdata/testcity-2024.txt")
	if err != nil {
		t.Fatal(err)
	}
	var terms []string
	seen := map[string]bool{}
	for _, line := range strings.Split(string(raw), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var cl []normClause
		var masks []clauseMask
		for _, c := range Clauses(line) {
			cl = append(cl, normClause{span: c, norm: Normalize(line[c.byteStart:c.byteEnd])})
			masks = append(masks, newClauseMask(cl[len(cl)-1].norm))
		}
		const path = "一、2023年工作回顾 › 产业发展"
		pt := paraText{norm: Normalize(line), path: Normalize(path)}
		whole := pt.norm + pt.path
		pt.pairs = newPairBloom(whole)
		// Terms: substrings of the line's normalized text of 1 to 5 runes
		// (crossing clause ends too), and some that are nowhere.
		rs := []rune(whole)
		terms = terms[:0]
		for i := 0; i < len(rs); i += 3 {
			for n := 1; n <= 5 && i+n <= len(rs); n++ {
				terms = append(terms, string(rs[i:i+n]))
			}
		}
		terms = append(terms, "", "周杰伦", "房价", "gdp", "5%", "亿元", "，", "\xe4\xb8", "中\xff", "\xff\xfe")
		for _, term := range terms {
			var want, got []int
			for i, c := range cl {
				if strings.Contains(c.norm, term) {
					want = append(want, i)
				}
			}
			containing(cl, masks, term, func(i int) { got = append(got, i) })
			if !slices.Equal(got, want) {
				t.Fatalf("line %.20q term %q: clauses %v, strings.Contains %v", line, term, got, want)
			}
			seen[term] = len(want) > 0
			if got, want := pt.holds(term), strings.Contains(whole, term); got != want {
				t.Fatalf("line %.20q: holds(%q) = %v, strings.Contains %v", line, term, got, want)
			}
		}
	}
	present := 0
	for _, in := range seen {
		if in {
			present++
		}
	}
	if len(seen) < 200 || present < 100 || len(seen)-present < 5 {
		t.Errorf("%d distinct terms tried, %d of them present: too few of either to prove much", len(seen), present)
	}
}
