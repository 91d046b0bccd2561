package rag

import "testing"

func TestCountsOnlyThings(t *testing.T) {
	for _, tc := range []struct {
		said string
		want bool
	}{
		{"发生了3起网络安全事件", true},
		{"还有100户", true},
		{"有2个项目", true},
		{"不到6%", false},
		{"有2000亿元", false},
		{"还有1.2万", false},
	} {
		if got := countsOnlyThings(tc.said); got != tc.want {
			t.Errorf("countsOnlyThings(%q) = %v, want %v", tc.said, got, tc.want)
		}
	}
}
