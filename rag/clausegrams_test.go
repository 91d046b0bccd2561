package rag

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/seeds"
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

// A Bloom filter of several texts holds every pair of each, and no bit
// the filter of the texts joined would not hold: only pairs across the
// texts' ends are left out.
func TestPairBloomOfSeveralTexts(t *testing.T) {
	texts := []string{"增长5%，外贸", "", "盘锦市", "a", "外贸进出口增长"}
	b := newPairBloom(texts...)
	joined := newPairBloom(strings.Join(texts, ""))
	if len(b) != len(joined) {
		t.Fatalf("%d words, the joined text's filter %d", len(b), len(joined))
	}
	for i := range b {
		if b[i]&^joined[i] != 0 {
			t.Fatalf("word %d holds bits the joined text's filter does not", i)
		}
	}
	for _, text := range texts {
		rs := []rune(text)
		for i := 1; i < len(rs); i++ {
			if !b.mayHold([2]rune{rs[i-1], rs[i]}) {
				t.Errorf("pair %q of %q not held", string(rs[i-1:i+1]), text)
			}
		}
	}
}

// With several reports, whether the reports write two Han characters side
// by side is whether one report's text does: the union's filter holds
// each report's pairs.
func TestUnionPairs(t *testing.T) {
	ix, err := NewIndex(loadReports(t, seeds.FS, os.DirFS("testdata")), nil)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, r := range ix.reports {
		texts = append(texts, ix.scopes[r.Meta.ID].text.(*corpusText).text)
	}
	tried, held := 0, 0
	for _, text := range texts {
		rs := []rune(text)
		for i := 1; i < len(rs); i += 7 {
			// The pair, and the pair with its second character changed.
			for _, b := range []rune{rs[i], rs[i] + 1} {
				a := rs[i-1]
				if !isHan(a) || !isHan(b) {
					continue
				}
				want := false
				for _, other := range texts {
					want = want || strings.Contains(other, string([]rune{a, b}))
				}
				if got := ix.all.pair(a, b); got != want {
					t.Fatalf("pair(%q) = %v, want %v", string([]rune{a, b}), got, want)
				}
				tried++
				if want {
					held++
				}
			}
		}
	}
	if tried < 500 || held < 100 || tried-held < 50 {
		t.Errorf("%d pairs tried, %d held: too few to prove much", tried, held)
	}
}

// A term whose first pair a paragraph's filter lacks is in none of its
// clauses when clausesInPairs says so: matches skips such terms. Checked
// for every rune pair of the seed report's text, in every paragraph.
func TestClausesInPairs(t *testing.T) {
	ix := seedIndex(t)
	pool := map[string]bool{}
	var paras []*paraText
	for _, r := range ix.reports {
		for i := range r.Paragraphs {
			if p := &r.Paragraphs[i]; p.Quotable() {
				pt := ix.para(p)
				paras = append(paras, pt)
				rs := []rune(pt.norm + pt.path)
				for k := 0; k+1 < len(rs); k++ {
					pool[string(rs[k:k+2])] = true
				}
			}
		}
	}
	skipped := 0
	for _, pt := range paras {
		if !pt.clausesInPairs {
			continue
		}
		for term := range pool {
			pair, _, ok := firstPair(term)
			if !ok || pt.pairs.mayHold(pair) {
				continue
			}
			skipped++
			for _, c := range pt.clauses {
				if strings.Contains(c.norm, term) {
					t.Fatalf("clause %q holds %q, but its paragraph's pairs do not", c.norm, term)
				}
			}
		}
	}
	if skipped == 0 {
		t.Fatal("no term was skipped")
	}
}
