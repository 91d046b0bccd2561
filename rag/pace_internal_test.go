package rag

import "testing"

func TestPaceCorrection(t *testing.T) {
	quote := []Citation{{Quote: "居民收入增长与经济增长基本同步；粮食产量110万吨左右"}}
	for _, tc := range []struct {
		q, want string // want: the stated words corrected, "" for none
	}{
		{"报告要求今年居民收入增长快于经济增长，是吧？", "快于经济增长"},
		{"今年居民收入增长跑赢经济增长吧", "跑赢经济增长"},
		// In step as the report says, both ways asked, another thing.
		{"今年居民收入增长和经济增长基本同步吧", ""},
		{"今年居民收入增长是快于还是慢于经济增长", ""},
		{"今年粮食产量增长快于经济增长吧", ""},
	} {
		got := ""
		if p, ok := paceCorrection(tc.q, quote); ok {
			got = p.Stated
		}
		if got != tc.want {
			t.Errorf("paceCorrection(%q) corrects %q, want %q", tc.q, got, tc.want)
		}
	}
}
