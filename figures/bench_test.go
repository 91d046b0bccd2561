package figures_test

import (
	"context"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// BenchmarkAnswererUncached measures a figure-aware answer to a question
// neither cache has seen: the pipeline behind /v1/ask.
func BenchmarkAnswererUncached(b *testing.B) {
	a := newAnswerer(&testing.T{})
	qs := []string{"2025年地区生产总值增长目标是多少？", "去年外贸涨了多少？", "公交车去年买了多少、今年计划多少", "盘锦的房价是多少", "2025年要重点做好哪八个方面工作？"}
	ctx := context.Background()
	i := 0
	for b.Loop() {
		// A distinct suffix of punctuation misses the caches without
		// changing what the question asks.
		q := qs[i%len(qs)] + punct(i)
		if _, err := a.Ask(ctx, rag.Query{Text: q}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

func punct(n int) string {
	s := make([]rune, 0, 24)
	for n > 0 {
		if n&1 == 1 {
			s = append(s, '？')
		} else {
			s = append(s, '。')
		}
		n >>= 1
	}
	return string(s)
}
