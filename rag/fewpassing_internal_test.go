package rag

import "testing"

// A 几 in a clause that asks yes or no, or in the asker's wish told before
// the clause that asks, is "a few" and asks no figure; a 几 right after
// 有, 了 or 是, or in a wish to know, still counts.
func TestFewInPassing(t *testing.T) {
	for _, tc := range []struct {
		q      string
		figure bool
	}{
		{"上下班要过的几座桥和国道今年修不修？", false},
		{"想带家里人来盘锦玩几天，今年旅游这块会怎么弄", false},
		{"我想住几天，民宿今年有没有扶持", false},
		{"盘锦有几个4A景区吗", true},
		{"想知道今年修几座桥", true},
		{"想知道今年修几座桥，怎么安排的", true}, // a wish to know asks its 几
		{"去年修了几座桥，今年怎么安排", true},
		{"今年修几座桥", true},
	} {
		var a analysis
		a.norm = Normalize(tc.q)
		a.readIntent(" " + a.norm + " ")
		if a.figure != tc.figure {
			t.Errorf("%s: figure = %v, want %v", tc.q, a.figure, tc.figure)
		}
	}
}
