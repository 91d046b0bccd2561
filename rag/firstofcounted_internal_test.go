package rag

import "testing"

// Asked how many areas, then which is first, the areas' list answers
// both; asked only the first ("今年第一件大事"), it does not.
func TestFirstOfCountedAreas(t *testing.T) {
	ix := seedIndex(t)
	for q, want := range map[string]bool{
		"今年重点抓几个方面的工作？第一个是啥": true,
		"今年重点抓几个方面的工作":       true,
		"今年第一件大事是什么":         false,
		"今年工作重点有变化吗":         false,
	} {
		if got := ix.analyze(q, nil).asksAreas(); got != want {
			t.Errorf("asksAreas(%q) = %v, want %v", q, got, want)
		}
	}
}
