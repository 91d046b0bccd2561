package figures

import "testing"

// TestCountedHeadAfter: a count asked in its own measure word is not
// answered by a 个 count of a noun after the thing counted (学位 of
// 幼儿园); it is by one of the thing itself, or when asked in 个.
func TestCountedHeadAfter(t *testing.T) {
	cases := []struct {
		norm, written, unit, ind string
		want                     bool
	}{
		{"2024年新增了多少所普惠性幼儿园", "所", "个", "新增普惠性幼儿园学位", true},
		{"去年新增了多少所幼儿园", "所", "个", "新增普惠性幼儿园学位", true},
		{"去年新增多少个普惠性幼儿园学位", "个", "个", "新增普惠性幼儿园学位", false},
		{"去年新建多少所幼儿园", "所", "个", "新建幼儿园", false},
		{"去年新建多少所幼儿园", "所", "个", "新建幼儿园数量", false},
		{"去年新建多少所幼儿园", "所", "所", "新建幼儿园学位", false},
	}
	for _, c := range cases {
		if got := countedHeadAfter(c.norm, c.written, c.unit, c.ind); got != c.want {
			t.Errorf("countedHeadAfter(%q, %q) = %v, want %v", c.norm, c.ind, got, c.want)
		}
	}
}
