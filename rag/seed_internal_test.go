package rag

import (
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
