package rag

import (
	"slices"
	"testing"
)

// A pinyin name and a kind word spell the report's name only where the
// report writes that name whole.
func TestPinyinCompounds(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		name, kind string
		want       []string
	}{
		{"huajin", "group", []string{"华锦集团"}},
		{"liaohe", "oilfield", []string{"辽河油田"}},
		{"liaohe", "petrochemical", []string{"辽河石化"}},
		{"huajin", "bank", nil}, // the report writes no 华锦银行
		{"fupan", "railway", []string{"阜盘铁路"}},
		{"liaohe", "project", nil}, // no kind word
		{"the", "group", nil},      // a filler word names nothing
	} {
		if got := ix.pinyinCompounds(tc.name, tc.kind, nil); !slices.Equal(got, tc.want) {
			t.Errorf("pinyinCompounds(%q, %q) = %v, want %v", tc.name, tc.kind, got, tc.want)
		}
	}
}
