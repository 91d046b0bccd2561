package rag

import "testing"

// A quote runs on to the last progress clause of its own sentence only:
// none after it, or one in the next sentence, leaves it as it was.
func TestThroughProgressClause(t *testing.T) {
	const text = "甲项目主体完工、设备安装，各节点按时完成，工程总体进度超过55%，轮廓日渐清晰。乙项目开工，进度30%。"
	cases := []struct {
		start, end int
		want       string
		ok         bool
	}{
		{0, 12, "甲项目主体完工、设备安装，各节点按时完成，工程总体进度超过55%", true},
		{0, 32, "", false}, // already through it
		{40, 45, "乙项目开工，进度30%。", true}, // its own sentence's
		{13, 20, "各节点按时完成，工程总体进度超过55%", true},
	}
	for _, tc := range cases {
		sp, ok := throughProgressClause(text, tc.start, tc.end)
		got := ""
		if ok {
			got = text[sp.byteStart:sp.byteEnd]
		}
		if ok != tc.ok || got != tc.want {
			t.Errorf("throughProgressClause(%d,%d) = %q %v, want %q %v", tc.start, tc.end, got, ok, tc.want, tc.ok)
		}
	}
}
