package cli

import (
	"context"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// A city figure in a run of figures (固定资产投资增长20%以上、进出口总额增长39.7%)
// put on a district is corrected to the whole city by the indicator the
// figures step reads for it; a short one (普惠率) names no subject of its own.
func TestWholePlaceInRunOfFigures(t *testing.T) {
	eng, err := BuildEngine(context.Background(), EngineOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ q, want string }{
		{"兴隆台去年进出口总额增长39.7%，全省第一是吧", "报告写的是盘锦市全市的39.7%，不是兴隆台区的"},
		{"兴隆台区普惠率90.6%吗", ""},
	} {
		ans, err := eng.Ask(context.Background(), rag.Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		corrected := strings.Contains(ans.Answer, "更正")
		if tc.want == "" && corrected || tc.want != "" && !strings.Contains(ans.Answer, tc.want) {
			t.Errorf("Ask(%q) = %q, want correction %q", tc.q, ans.Answer, tc.want)
		}
	}
}
