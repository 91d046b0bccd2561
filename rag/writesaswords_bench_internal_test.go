package rag

import "testing"

// BenchmarkWritesAsWords times the split-compound check on the question
// path: a word the report writes at a word's edge is found at once (增长);
// a run it writes only inside longer words (外开 of 对外开放) is looked for
// in every paragraph and their runs cut with the dictionary.
func BenchmarkWritesAsWords(b *testing.B) {
	ix := seedIndex(b)
	for _, w := range []string{"增长", "项目", "出来", "外开", "点建", "家规"} {
		b.Run(w, func(b *testing.B) {
			for b.Loop() {
				ix.writesAsWords(nil, w)
			}
		})
	}
}
