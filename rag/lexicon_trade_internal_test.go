package rag

import (
	"slices"
	"testing"
)

// Everyday names of indicators reach their report terms: 跟国外做买卖 is
// foreign trade (not 做生意's 创业), and the economy's 盘子 is its size.
func TestLexiconEverydayIndicators(t *testing.T) {
	lx := DefaultLexicon()
	for q, want := range map[string]string{
		"去年盘锦跟国外做买卖的总额增长了多少": "进出口",
		"和外国做生意的企业多吗":        "进出口",
		"盘锦去年整个经济盘子大概长了多少":   "地区生产总值",
	} {
		if got := lx.Expand(Normalize(q)); !slices.Contains(got, want) {
			t.Errorf("Expand(%q) = %q, want %s among them", q, got, want)
		}
	}
	if got := lx.Expand(Normalize("跟国外做生意")); slices.Contains(got, "创业") {
		t.Errorf("Expand(跟国外做生意) = %q, want no 创业", got)
	}
}
