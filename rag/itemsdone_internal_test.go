package rag

import "testing"

// TestItemCountDoneKeepsPlan: 完成几项 after the things counted asks the
// plan's count of tasks (完成…12项), as 完成几项 before them does; an
// amount 完成多少 asks what the year came to.
func TestItemCountDoneKeepsPlan(t *testing.T) {
	cases := []struct {
		q    string
		want bool
	}{
		{"今年重点水利工程完成几项", false},
		{"今年 重点水利工程 完成几项 年度建设任务", false},
		{"今年城镇新增就业完成多少", true},
		{"今年固定资产投资完成额", true},
	}
	for _, c := range cases {
		if got := asksAmountDone(" " + c.q + " "); got != c.want {
			t.Errorf("asksAmountDone(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}
