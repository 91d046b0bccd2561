package rag

import (
	"slices"
	"strings"
	"testing"
)

func TestClaimsApart(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		text string
		want []string
	}{
		// Two claims, each closed by its own question mark.
		{"盘锦对口援助的是新疆和田吧？对口帮扶是锦州凌海？", []string{"盘锦对口援助的是新疆和田吧？", "对口帮扶是锦州凌海？"}},
		{"今年GDP目标是多少？", nil},          // one question, no claims
		{"对口援助的是新疆吧？那对口帮扶的是哪里？", nil}, // a claim, then a question
		{"对口援助的是新疆吧？对口帮扶的是义县吧", nil},  // words after the last mark
	} {
		if got := ix.claimsApart(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("claimsApart(%q) = %q; want %q", tc.text, got, tc.want)
		}
	}
}

// Each claim of a message is corrected as it would be alone.
func TestEachClaimCorrected(t *testing.T) {
	eng := NewEngine(seedIndex(t), nil)
	for _, tc := range []struct {
		text string
		want []string // the claims' words corrected, in order
		to   string   // a name the first correction gives instead
	}{
		{"盘锦对口援助的是新疆和田吧？对口帮扶是锦州凌海？", []string{"新疆和田", "锦州凌海"}, "新疆和布克赛尔县"},
		// read whole, 西藏 was "corrected" to the other claim's 锦州义县
		{"对口援助的是西藏？对口帮扶的是锦州义县吧？", []string{"西藏"}, "新疆和布克赛尔县"},
	} {
		ans, err := eng.Ask(t.Context(), Query{Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		var stated, right []string
		for _, p := range ans.Parts {
			if p.Type == PartCorrection {
				stated = append(stated, p.Stated)
				if p.Figure != nil {
					right = append(right, p.Figure.Value)
				}
			}
		}
		if !slices.Equal(stated, tc.want) || len(right) == 0 || !strings.Contains(right[0], tc.to) {
			t.Errorf("%s: corrections of %v (%q); want %v", tc.text, stated, right, tc.want)
		}
	}
}
