package rag

import "testing"

// TestReadFromAbove: policy or money asked from the levels above is the
// report's 向上争取, an amount asked too (declined then as a figure the
// report does not give); not when the money is someone's or something's,
// or last year's is.
func TestReadFromAbove(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"市里准备怎么从国家和省里多要点政策和钱", "市里准备怎么向上争取"},
		{"从上面要政策要钱今年咋弄", "向上争取今年咋弄"},
		{"怎么从省里国家那多要点政策和钱", "怎么向上争取"},
		{"给学校从上面多要点钱", "给学校从上面多要点钱"},
		{"政府从上面要了多少钱", "政府向上争取了多少钱"},
		{"从国家要了多少钱", "向上争取了多少钱"},
		{"今年向省里争取多少资金", "今年向上争取多少资金"},
		{"去年从省里要了多少钱", "去年向上争取了多少钱"},
		{"给学校从上面要了多少钱", "给学校从上面要了多少钱"},
		{"去年从省里要政策支持了吗", "去年从省里要政策支持了吗"},
		{"向国家要钱建机场", "向国家要钱建机场"},
		{"从国家要资金支持华锦阿美吗", "从国家要资金支持华锦阿美吗"},
		{"低保户能多要点钱吗", "低保户能多要点钱吗"},
	} {
		if got := readFromAbove(tc.in); got != tc.want {
			t.Errorf("readFromAbove(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
