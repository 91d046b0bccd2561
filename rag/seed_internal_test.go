package rag

import (
	"os"
	"testing"

	"github.com/reportbot/reportbot/seeds"
)

// seedIndex indexes the embedded report for tests inside the package.
func seedIndex(t testing.TB) *Index {
	t.Helper()
	reports, err := LoadFS(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := NewIndex(reports, DefaultLexicon())
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// testReports loads the seed and the test reports (this package's and the
// repository's testdata), for tests that run over every paragraph.
func testReports(t testing.TB) []*Report {
	t.Helper()
	var reports []*Report
	for _, dir := range []string{"../seeds", "testdata", "../testdata/seeds"} {
		rs, err := LoadFS(os.DirFS(dir))
		if err != nil {
			t.Fatal(err)
		}
		reports = append(reports, rs...)
	}
	return reports
}
