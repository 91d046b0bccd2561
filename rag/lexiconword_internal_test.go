package rag

import (
	"slices"
	"testing"
)

// A word on several lexicon lines names each line where it is an
// everyday word, not only the first; where it is a report term grouped
// with siblings, that line would widen the question to them all.
func TestLexiconWordAtMergesLines(t *testing.T) {
	lx, err := NewLexicon("涉恶 治安 | 抓贼\n扫黑除恶 | 治安\n铁路 | 火车\n铁路 机场 | 交通\n")
	if err != nil {
		t.Fatal(err)
	}
	ix := &Index{lex: lx}
	for _, tc := range []struct {
		word      string
		want, not []string
	}{
		{"治安", []string{"涉恶", "治安", "扫黑除恶"}, nil},
		{"抓贼", []string{"涉恶", "治安"}, []string{"扫黑除恶"}},
		{"铁路", []string{"铁路"}, []string{"机场"}},
		{"交通", []string{"铁路", "机场"}, nil},
	} {
		n, syn := ix.lexiconWordAt([]rune(tc.word), 0)
		if n != len([]rune(tc.word)) {
			t.Errorf("%s: length %d", tc.word, n)
		}
		for _, w := range tc.want {
			if !slices.Contains(syn, w) {
				t.Errorf("%s: terms %v lack %s", tc.word, syn, w)
			}
		}
		for _, w := range tc.not {
			if slices.Contains(syn, w) {
				t.Errorf("%s: terms %v hold %s", tc.word, syn, w)
			}
		}
	}
	// The shipped lexicon: 治安 reaches 扫黑除恶 (¶68's words for it).
	ix = &Index{lex: DefaultLexicon()}
	if _, syn := ix.lexiconWordAt([]rune("治安"), 0); !slices.Contains(syn, "扫黑除恶") {
		t.Errorf("治安: terms %v lack 扫黑除恶", syn)
	}
}
