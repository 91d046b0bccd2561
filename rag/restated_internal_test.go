package rag

import "testing"

func TestWithoutRestated(t *testing.T) {
	for _, tc := range []struct{ read, want string }{
		// Said again after asking it: the question is the first sentence.
		{"盘锦港10万吨级通用泊位今年建成吗？我听说今年建成", "盘锦港10万吨级通用泊位今年建成吗？"},
		{"华锦阿美项目今年机械竣工吧？听说今年机械竣工。", "华锦阿美项目今年机械竣工吧？"},
		// The later sentence says more (今年) or asks more: kept.
		{"盘锦港10万吨级通用泊位什么时候建成？我听说今年建成", "盘锦港10万吨级通用泊位什么时候建成？我听说今年建成"},
		{"大洼区去年地区生产总值增长了多少？听说是6%", "大洼区去年地区生产总值增长了多少？听说是6%"},
		// A bare yes is no claim said again.
		{"今年GDP目标是5.5%吗？是", "今年GDP目标是5.5%吗？是"},
		{"今年GDP目标是多少", "今年GDP目标是多少"},
	} {
		if got := withoutRestated(tc.read); got != tc.want {
			t.Errorf("withoutRestated(%q) = %q, want %q", tc.read, got, tc.want)
		}
	}
}
