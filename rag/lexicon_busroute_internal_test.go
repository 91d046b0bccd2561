package rag

import (
	"slices"
	"testing"
)

// Urban-rural bus routes are the plan's 城乡公交线路, not urban (城镇) and
// rural words beside bus routes, which drew 城乡融合 before the routes.
func TestLexiconUrbanRuralBusRoutes(t *testing.T) {
	lx := DefaultLexicon()
	for _, q := range []string{
		"How many urban-rural bus routes will Panjin add or optimize in 2025?",
		"How many urban and rural bus routes will Panjin add?",
	} {
		if got := lx.Expand(Normalize(q)); !slices.Contains(got, "城乡公交线路") {
			t.Errorf("Expand(%q) = %q, want 城乡公交线路 among them", q, got)
		}
	}
}
