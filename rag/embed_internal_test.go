package rag

import (
	"hash/fnv"
	"testing"
)

// fnv64a must stay hash/fnv's FNV-1a: cached vectors depend on it.
func TestFNV64aMatchesHashFNV(t *testing.T) {
	for _, s := range []string{"", "a", "外贸", "\x00conceptA", "gdp增长5.5%", string([]byte{0xff, 0x00, 0x80})} {
		h := fnv.New64a()
		h.Write([]byte(s))
		if got, want := fnv64a(s), h.Sum64(); got != want {
			t.Errorf("fnv64a(%q) = %x, want %x", s, got, want)
		}
	}
}
