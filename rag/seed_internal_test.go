package rag

import (
	"io/fs"
	"os"
	"testing"

	"github.com/reportbot/reportbot/seeds"
)

// seedIndex indexes the embedded report for tests inside the package.
func seedIndex(t testing.TB) *Index {
	t.Helper()
	ix, err := NewIndex(loadReports(t, seeds.FS), DefaultLexicon())
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// loadReports loads the reports of each folder, in order.
func loadReports(t testing.TB, dirs ...fs.FS) []*Report {
	t.Helper()
	var reports []*Report
	for _, dir := range dirs {
		rs, err := LoadFS(dir)
		if err != nil {
			t.Fatal(err)
		}
		reports = append(reports, rs...)
	}
	return reports
}

// testReports loads the seed and the test reports (this package's and the
// repository's testdata), for tests that run over every paragraph.
func testReports(t testing.TB) []*Report {
	t.Helper()
	return loadReports(t, os.DirFS("../seeds"), os.DirFS("testdata"), os.DirFS("../testdata/seeds"))
}
