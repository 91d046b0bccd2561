package rag

import (
	"strings"
	"testing"
)

// readSmallTalk tests only words core starts with; the table holds words
// repeated, spaced, inside a question and after one, which the test of
// every word against core (strings.Contains) told apart the same way.
func TestReadSmallTalk(t *testing.T) {
	for _, tc := range []struct {
		text string
		want smallTalk
	}{
		{"你好", greeting},
		{"你好！！", greeting},
		{"谢谢谢谢", thanks},
		{"谢谢 谢谢", thanks},
		{"thx thx", thanks},
		{"Thanks!", thanks},
		{"好好", acknowledgement},
		{"嗯嗯嗯", acknowledgement},
		{"拜拜啦", goodbye},
		{"👍", thanks},
		{"？？", greeting},
		{"我说谢谢", notSmallTalk},
		{"谢谢你们的报告在哪", notSmallTalk},
		{"你好今年GDP目标", notSmallTalk},
		{"say hi", notSmallTalk},
		{"2025年地区生产总值增长目标是多少？" + strings.Repeat("？。", 16), notSmallTalk},
	} {
		if got := readSmallTalk(tc.text); got != tc.want {
			t.Errorf("readSmallTalk(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}
