package figures_test

import (
	"context"
	"slices"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// A growth written in points that the report's % confirms heads the
// answer alone: the stated number finds no figure in points, and the
// other year's rate beside it is not what the claim is of.
func TestPointsConfirmedAsPercent(t *testing.T) {
	a := newAnswerer(t)
	for _, tc := range []struct {
		q    string
		want []string // the figure parts' values
	}{
		{"实际到位内资增长了20.2个百分点？", []string{"20.2%"}},
		{"实际到位内资增长了20.2%？", []string{"20.2%"}},
	} {
		ans, err := a.Ask(context.Background(), rag.Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range ans.Parts {
			if p.Type == rag.PartFigure {
				got = append(got, p.Figure.Value)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: figures %v, want %v", tc.q, got, tc.want)
		}
	}
}
