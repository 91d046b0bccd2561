package rag

import "testing"

func TestAbbreviatedIn(t *testing.T) {
	for _, tc := range []struct{ seg, title, want string }{
		{"今年稳增长要做哪些事", "狠抓有效需求，奋力在推动经济稳定增长上勇争先、走在前", "稳定增长"},
		{"扩内需", "全方位扩大内需", "扩大内需"},
		// Three characters the title writes whole are no short form.
		{"稳增长", "精准施策稳增长", ""},
		{"稳就业", "狠抓有效需求，奋力在推动经济稳定增长上勇争先、走在前", ""},
		{"稳增", "稳定增长", ""},
	} {
		if got := abbreviatedIn(tc.seg, tc.title); got != tc.want {
			t.Errorf("abbreviatedIn(%q, %q) = %q, want %q", tc.seg, tc.title, got, tc.want)
		}
	}
}
