package figures_test

import (
	"context"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// BenchmarkAnswererUncached measures a figure-aware answer to a question
// no cache has seen (the engine does not cache): the pipeline behind
// /v1/ask.
func BenchmarkAnswererUncached(b *testing.B) {
	a := newAnswerer(b)
	qs := []string{"2025年地区生产总值增长目标是多少？", "去年外贸涨了多少？", "公交车去年买了多少、今年计划多少", "盘锦的房价是多少", "2025年要重点做好哪八个方面工作？"}
	ctx := context.Background()
	i := 0
	for b.Loop() {
		if _, err := a.Ask(ctx, rag.Query{Text: qs[i%len(qs)]}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
