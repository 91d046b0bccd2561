package rag

import (
	"os"
	"strings"
	"testing"

	"github.com/longbridgeapp/opencc"
)

func newT2S(t testing.TB) *opencc.OpenCC {
	t.Helper()
	cc, err := opencc.New("t2s")
	if err != nil {
		t.Fatal(err)
	}
	return cc
}

// convertT2S writes what OpenCC's Convert does: over phrases its
// dictionaries hold (乾隆年間, 頭髮), runs past the ten-rune window,
// invalid UTF-8, the load-test questions, the tuning set and every line of
// the seed report, and each of those in traditional characters.
func TestConvertT2SIsConvert(t *testing.T) {
	cc := newT2S(t)
	s2t, err := opencc.New("s2t")
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"", "a", "乾隆年間的頭髮", "去年外貿漲了多少？", "養老金發放情況怎麼樣", "一二三四五六七八九十十一十二乾隆年間",
		"\xff\xfe中國", "中\xe4\xb8", "𠀀繁體𠀁", "ＡＢＣ臺灣", strings.Repeat("國", 300),
	}
	for _, p := range []string{"../loadtest/questions.txt", "../eval/testdata/questions.yaml", "../seeds/panjin-2025-government-work-report.txt"} {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(raw), "\n")...)
	}
	checked := 0
	for _, text := range texts {
		trad, err := s2t.Convert(text)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range []string{text, trad} {
			want, werr := cc.Convert(s)
			got, gerr := convertT2S(cc, s)
			if got != want || (werr == nil) != (gerr == nil) {
				t.Fatalf("convertT2S(%q) = %q, %v; Convert: %q, %v", s, got, gerr, want, werr)
			}
			checked++
		}
	}
	if checked < 1000 {
		t.Errorf("checked %d texts; the questions and the report have more", checked)
	}
}

func FuzzConvertT2S(f *testing.F) {
	cc := newT2S(f)
	for _, s := range []string{"乾隆年間的頭髮", "\xff國", "臺灣地區生產總值", "a b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, werr := cc.Convert(s)
		got, gerr := convertT2S(cc, s)
		if got != want || (werr == nil) != (gerr == nil) {
			t.Fatalf("convertT2S(%q) = %q, %v; Convert: %q, %v", s, got, gerr, want, werr)
		}
	})
}
