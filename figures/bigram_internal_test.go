package figures

import (
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/seeds"
)

// eachBigram gives what bigrams does, in the same order, for every line of
// the seed report and texts mixing Han, Latin, digits and marks.
func TestEachBigramIsBigrams(t *testing.T) {
	reports, err := rag.LoadFS(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"", "中", "中国", "ab中国c", "gdp增长5.5%", "r&d经费", "a中b", "中。国", "中 国家",
		strings.Repeat("x", 100) + "中", "一" + strings.Repeat("z9", 40), "\xff中\xfe国",
	}
	for _, r := range reports {
		for _, p := range r.Paragraphs {
			texts = append(texts, rag.Normalize(p.Text))
		}
	}
	for _, text := range texts {
		var got []string
		eachBigram(text, func(g []byte) { got = append(got, string(g)) })
		if want := bigrams(text); !slices.Equal(got, want) {
			t.Fatalf("eachBigram(%q) = %q, want %q", text, got, want)
		}
	}
}
