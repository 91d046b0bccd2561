package rag

import (
	"slices"
	"testing"
)

// A name an English question writes in pinyin is asked as the report
// writes it, whole words of its own; an English word that only spells
// characters the report writes across two words (date: 扩大特色) or a
// pronoun (women: 我们) names nothing.
func TestPinyinNames(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q, word string
		want    []string
	}{
		{"Is the Fupan railway open?", "fupan", []string{"阜盘"}},
		{"Yingpan oil pipeline", "yingpan", []string{"营盘"}},
		{"How long is the Jinpan pipeline?", "jinpan", []string{"锦盘"}},
		{"Liaohe Oilfield output target 2025", "liaohe", []string{"辽河"}},                // not 辽洽 (洽 is qia first)
		{"What is the capacity of the Zhende Chemical unit?", "zhende", []string{"臻德"}}, // not 阵地 (地 is di first)
		{"On what date was this report delivered?", "date", nil},
		{"How many women found jobs?", "women", nil},
		{"What about the Liaohe estuary?", "liaohe", nil}, // a lexicon phrase: 辽河口
		{"How much is yuan worth?", "yuan", nil},          // one syllable
	} {
		a := ix.analyze(tc.q, nil)
		if got := a.compounds[tc.word]; !slices.Equal(got, tc.want) {
			t.Errorf("%q: %s read as %v, want %v", tc.q, tc.word, got, tc.want)
		}
		if tc.want != nil && slices.Contains(a.missing, tc.word) {
			t.Errorf("%q: %s still missing", tc.q, tc.word)
		}
	}
}
