package scale_test

import (
	"os"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/scale"
	"github.com/reportbot/reportbot/seeds"
)

// The generated reports load as reports do: unique ids, the city named,
// the years shifted in the metadata and the text alike, figures changed
// but the structure kept; and the questions name their places.
func TestGeneratedReportsLoad(t *testing.T) {
	const n = 345 // past the 341 cities: the first ones again, a year earlier
	dir := t.TempDir()
	if err := scale.Write(dir, n); err != nil {
		t.Fatal(err)
	}
	reports, err := rag.LoadFS(os.DirFS(dir))
	if err != nil {
		t.Fatalf("LoadFS of the generated reports: %v", err)
	}
	seed, err := rag.LoadFS(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	if len(reports) != n {
		t.Fatalf("%d reports, want %d", len(reports), n)
	}
	years := map[int]int{}
	for _, r := range reports {
		years[r.Meta.Year]++
		if r.Meta.City == "盘锦市" || !strings.Contains(r.Meta.Title, r.Meta.City) || len(r.Paragraphs) != len(seed[0].Paragraphs) {
			t.Errorf("%s: city %q, title %q, %d paragraphs", r.Meta.ID, r.Meta.City, r.Meta.Title, len(r.Paragraphs))
		}
		if !strings.Contains(r.Paragraphs[0].Text, r.Meta.City) || strings.Contains(r.Paragraphs[0].Text, "盘锦") {
			t.Errorf("%s: first line %q", r.Meta.ID, r.Paragraphs[0].Text)
		}
	}
	if years[2025] != 341 || years[2024] != n-341 {
		t.Errorf("years %v: want 341 reports for 2025 and the rest for 2024", years)
	}
	same := 0
	for i, p := range reports[0].Paragraphs {
		if p.Text == strings.ReplaceAll(strings.ReplaceAll(seed[0].Paragraphs[i].Text, "盘锦市", reports[0].Meta.City), "盘锦", strings.TrimSuffix(reports[0].Meta.City, "市")) {
			same++
		}
	}
	if same == len(seed[0].Paragraphs) {
		t.Error("no figure was changed")
	}
	qs, err := scale.Questions(n, []string{"2025年地区生产总值增长目标是多少？"}, 10)
	if err != nil || len(qs) != 10 {
		t.Fatalf("Questions: %d, %v", len(qs), err)
	}
	for _, q := range qs {
		if !strings.HasSuffix(q, "2025年地区生产总值增长目标是多少？") || strings.HasPrefix(q, "2025") {
			t.Errorf("question %q names no place", q)
		}
	}
}
