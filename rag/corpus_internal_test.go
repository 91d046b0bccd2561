package rag

import (
	"math/rand"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// The suffix order is the order string comparison gives, on text with
// long repeats and on the seed's text; Contains is strings.Contains for
// every substring tried, present or not.
func TestCorpusTextIsStringsContains(t *testing.T) {
	raw, err := os.ReadFile("../seeds/panjin-2025-government-work-report.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"", "a", "aaaa", "abab abab ab", "盘锦盘锦盘锦市", strings.Repeat("增长5%，", 40) + "完", Normalize(string(raw)),
		"增长𠀀增长𠀁a增长𠀀b", // past the Basic Multilingual Plane: ranked by sorting
	}
	rng := rand.New(rand.NewSource(1))
	for _, text := range texts {
		c := newCorpusText(text)
		var starts []int32
		for i := range text {
			starts = append(starts, int32(i))
		}
		want := slices.Clone(starts)
		slices.SortFunc(want, func(a, b int32) int { return strings.Compare(text[a:], text[b:]) })
		if !slices.Equal(c.sa, want) {
			t.Fatalf("text %.20q: suffix order differs from string order", text)
		}
		rs := []rune(text)
		for k := 0; k < 2000 && len(rs) > 0; k++ {
			i := rng.Intn(len(rs))
			j := i + 1 + rng.Intn(min(8, len(rs)-i))
			s := string(rs[i:j])
			if k%3 == 0 { // and something probably absent
				s += string(rune('甲' + rng.Intn(50)))
			}
			if got, want := c.Contains(s), strings.Contains(text, s); got != want {
				t.Fatalf("text %.20q: Contains(%q) = %v, want %v", text, s, got, want)
			}
		}
		if c.Contains("") {
			t.Errorf("Contains(\"\") = true")
		}
	}
}

func FuzzCorpusText(f *testing.F) {
	for _, s := range []string{"", "abab", "盘锦盘锦市", "增长5%，增长5%，增长", "\xff\xfe", "增𠀀增𠀁"} {
		f.Add(s, 1, 3)
	}
	f.Fuzz(func(t *testing.T, text string, i, n int) {
		c := newCorpusText(text)
		for k := 1; k < len(c.sa); k++ {
			if text[c.sa[k-1]:] >= text[c.sa[k]:] {
				t.Fatalf("suffixes out of order at %d", k)
			}
		}
		rs := []rune(text)
		if len(rs) == 0 || i < 0 || n <= 0 {
			return
		}
		i %= len(rs)
		s := string(rs[i:min(len(rs), i+n%9+1)])
		if got, want := c.Contains(s), strings.Contains(text, s); got != want && utf8.ValidString(text) {
			t.Fatalf("Contains(%q) = %v, want %v", s, got, want)
		}
	})
}
