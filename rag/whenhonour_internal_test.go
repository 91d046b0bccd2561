package rag

import "testing"

// An honour asked when (哪一年被评为) is told by its award in a dated
// clause (获评…试点城市, a result's year), not by striving for it (争创) or
// building up to it (建设…文明城市).
func TestHonourWhenTold(t *testing.T) {
	asked := []askedTerm{{term: "文明城市", weight: 1, head: true}}
	for _, tc := range []struct {
		q, given string
		want     bool
	}{
		{"盘锦哪一年被评为全国文明城市", "奋力争创全域全国文明城市。", false},
		{"盘锦哪一年被评为全国文明城市", "建设城乡一体、更高水平的全国文明城市。", false},
		{"盘锦哪年获评全国文明城市", "盘锦获评全国文明城市。", true},
		{"盘锦什么时候评上全国文明城市", "2024年荣获全国文明城市称号。", true},
	} {
		if got := toldWhen(Normalize(tc.q), asked, Normalize(tc.given), false); got != tc.want {
			t.Errorf("%s / %s: told %v, want %v", tc.q, tc.given, got, tc.want)
		}
	}
}
