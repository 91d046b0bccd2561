package rag_test

import "testing"

// TestShortHowAnswerTakesItsFigure: a how-question answered by one short
// sentence that states a measure with no figure runs on to the next
// sentence when that one gives the figure (生育支持 then 托位数4.5个); a
// next sentence with no figure is another subject and stays out (延迟退休
// then 低收入人口), and so does a quote that has its figure already.
func TestShortHowAnswerTakesItsFigure(t *testing.T) {
	eng := fullEngine(t)
	checkGrounding(t, eng, []groundingCase{
		{q: "年轻人不敢生娃，政府打算怎么减轻负担", found: true, want: []string{"生育支持政策体系", "4.5个"}},
		{q: "生娃养娃压力太大了，今年有啥支持政策", found: true, want: []string{"4.5个"}},
		{q: "延迟退休盘锦这边怎么搞", found: true, want: []string{"渐进式延迟法定退休年龄改革"}, not: []string{"低收入人口"}},
		{q: "How will Panjin expand childcare this year?", found: true, want: []string{"4.5个"}, not: []string{"食品药品"}},
		{q: "延迟退休盘锦咋推进", found: true, not: []string{"低收入人口"}},
	})
}
