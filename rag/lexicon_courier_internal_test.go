package rag

import (
	"slices"
	"testing"
)

// 速递 is the report's word for 快递 (极兔速递产业园): a question saying
// 快递 reaches the park by its proper name, not 园区 of other parks.
func TestLexiconCourierIsExpress(t *testing.T) {
	lx := DefaultLexicon()
	for _, q := range []string{"极兔快递园区是在建吗", "快递产业园今年建设吗"} {
		if got := lx.Expand(Normalize(q)); !slices.Contains(got, "速递") {
			t.Errorf("Expand(%q) = %q, want 速递 among them", q, got)
		}
	}
}
