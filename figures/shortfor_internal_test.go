package figures

import "testing"

func TestShortFor(t *testing.T) {
	for _, tc := range []struct {
		name, long string
		want       bool
	}{
		{"普惠率", "普惠性幼儿园覆盖率", true},
		{"普惠率", "增加普惠性托育学位", false}, // another thing, though it holds 普惠
		{"增加值", "规上工业增加值", false},   // a longer name, not a contraction
		{"普惠率", "普惠率", false},       // the same name
		{"普惠", "普惠性幼儿园覆盖率", false},  // too short to tell
		{"旅游率", "旅游收入增长", false},
		{"亿元以上项目", "亿元以上产业链项目", false}, // a modifier dropped: a wider thing
	} {
		if got := shortFor(tc.name, tc.long); got != tc.want {
			t.Errorf("shortFor(%q, %q) = %v, want %v", tc.name, tc.long, got, tc.want)
		}
	}
}
