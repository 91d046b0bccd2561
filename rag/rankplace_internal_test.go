package rag

import (
	"context"
	"strings"
	"testing"
)

// A numbered place claimed before a question of its own ("排第15位，这是
// 进步了吗", "排到第三，这么火吗", "made it to number 3 …?") is corrected
// from the sentence ranking the thing at another place; the place the
// report gives is not corrected, nor declined as a ranking the report
// lacks.
func TestNumberedPlaceClaimedBeforeAsk(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	for _, tt := range []struct{ q, want string }{
		{"辽滨经开区去年在化工园区30强里排第15位，这是进步了吗", "不是第15位"},
		{"红海滩在抖音全国景点榜排到第三，这么火吗", "不是第三"},
		{"Red Beach made it to number 3 on Douyin's national scenic spot ranking?", "the report says 第7名"},
		{"辽滨经开区去年在化工园区30强里排第21位，这是进步了吗", ""},
	} {
		ans, err := e.Ask(context.Background(), Query{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		corrected := hasCorrection(ans)
		switch {
		case tt.want == "" && corrected:
			t.Errorf("Ask(%q) = %q, want no correction", tt.q, ans.Answer)
		case tt.want != "" && !strings.Contains(ans.Answer, tt.want):
			t.Errorf("Ask(%q) = %q, want correction %q", tt.q, ans.Answer, tt.want)
		}
	}
}
