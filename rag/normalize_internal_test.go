package rag

import (
	"os"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// nfkc's fast path must agree with x/text for every rune it handles, and
// for whole texts mixing them with runes it does not.
func TestNFKCMatchesXText(t *testing.T) {
	var runes []rune
	for r := rune(0); r < 0x80; r++ {
		runes = append(runes, r)
	}
	for r := rune(0x4E00); r <= 0x9FFF; r++ {
		runes = append(runes, r)
	}
	for r := rune(0xFF01); r <= 0xFF5E; r++ {
		runes = append(runes, r)
	}
	runes = append(runes, '、', '。')
	for r := '‘'; r <= '”'; r++ {
		runes = append(runes, r)
	}
	for r := '〈'; r <= '】'; r++ {
		runes = append(runes, r)
	}
	for _, r := range runes {
		if got, want := nfkc(string(r)), norm.NFKC.String(string(r)); got != want {
			t.Errorf("nfkc(%U) = %q, want %q", r, got, want)
		}
	}
	raw, err := os.ReadFile("testdata/testcity-2024.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := strings.Split(string(raw), "\n")
	texts = append(texts, "去年外贸涨了多少？", "ＧＤＰ增长５．５％", "e\u0301", "A\u030a？", "①号", "㎡", "Ⅷ", "ｶﾞ", "\xff\xfe", "今年〔¶23〕")
	for _, s := range texts {
		if got, want := nfkc(s), norm.NFKC.String(s); got != want {
			t.Errorf("nfkc(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzNFKC(f *testing.F) {
	for _, s := range []string{"去年外贸涨了多少？", "ＧＤＰ５％", "e\u0301", "\xff", "《报告》“数字”"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := nfkc(s), norm.NFKC.String(s); got != want {
			t.Errorf("nfkc(%q) = %q, want %q", s, got, want)
		}
	})
}

// Normalize's shortcut for text that is already normal must give what the
// full fold gives.
func FuzzNormalizeShortcut(f *testing.F) {
	for _, s := range []string{"去年外贸涨了多少", "gdp 5.5%", "GDP", "邢  鹏", "a\u00a0b", "\u3000x", "\x7f", "\u0085", "\ufffd", "x\u200b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := nfkc(s)
		if got, want := Normalize(s), fold(n); got != want {
			t.Errorf("Normalize(%q) = %q, fold gives %q", s, got, want)
		}
	})
}

// Normalize, which learns in nfkc's pass whether the text needs folding,
// gives what folding nfkc's result gives, for every eval and load-test
// question, with the load test's full-width tail, and texts made to fold.
func TestNormalizeOnePass(t *testing.T) {
	texts := []string{"ＧＤＰ增长５．５％", "Ｇ　Ｄ", "ａ！", "去年　外贸", "A？", "\x7f。", "２０２４年", "ok？。？"}
	for _, q := range evalQuestions(t) {
		texts = append(texts, q, q+strings.Repeat("？。", 16))
	}
	for _, s := range texts {
		if got, want := Normalize(s), fold(nfkc(s)); got != want {
			t.Errorf("Normalize(%q) = %q, fold gives %q", s, got, want)
		}
	}
}

// A rune set answers as strings.ContainsRune over its string does, for
// every rune of the plane and beyond it, invalid ones included.
func TestRuneSetIsContainsRune(t *testing.T) {
	for _, s := range []string{stopRunes, sentenceEnds, clauseEnds, closers, "。！？!?", ""} {
		set := newRuneSet(s)
		for r := rune(-1); r <= 0x10FFFF+1; r++ {
			if r > 0x10000 && r%997 != 0 {
				continue // beyond the plane, a sample
			}
			if got, want := set.has(r), strings.ContainsRune(s, r); got != want {
				t.Fatalf("set of %q: has(%U) = %v, ContainsRune %v", s, r, got, want)
			}
		}
	}
}

// pieceNorms gives Normalize of each clause, rune-wise text or not: on
// every paragraph of the seed and the test reports and on text NFKC or
// folding changes (spaces, ①, ㎡, Ａ, combining marks).
func TestPieceNorms(t *testing.T) {
	texts := []string{"", "增长５．５％，ＧＤＰ达到１２３亿元。", "邢  鹏，A B。", "①增长；㎡面积。", "e\u0301，x。", "Ａ。ｂ，\u3000c", "完成。\x01控制，"}
	for _, r := range testReports(t) {
		for _, p := range r.Paragraphs {
			texts = append(texts, p.Text)
		}
	}
	wise := 0
	for _, text := range texts {
		norm := Normalize(text)
		spans := Clauses(text)
		got := pieceNorms(text, norm, spans)
		for i, sp := range spans {
			if want := Normalize(text[sp.byteStart:sp.byteEnd]); got[i] != want {
				t.Fatalf("%.30q: clause %d normalized %q, want %q", text, i, got[i], want)
			}
		}
		if runeWise(text) {
			wise++
		}
	}
	if wise < 50 || len(texts)-wise < 5 {
		t.Errorf("%d of %d texts rune-wise: too few either way to prove much", wise, len(texts))
	}
}

func FuzzPieceNorms(f *testing.F) {
	for _, s := range []string{"增长５．５％，ＧＤＰ。", "邢  鹏，A B。", "①；㎡。", "e\u0301，x", "\xff，增长"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		spans := Clauses(text)
		got := pieceNorms(text, Normalize(text), spans)
		for i, sp := range spans {
			if want := Normalize(text[sp.byteStart:sp.byteEnd]); got[i] != want {
				t.Fatalf("%q: clause %d normalized %q, want %q", text, i, got[i], want)
			}
		}
	})
}

func TestMendDigits(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"今年GDP目标5,5%吧", "今年GDP目标5.5%吧"},
		{"去年新增就业2。04万人吧", "去年新增就业2.04万人吧"},
		{"抗洪出动了14，114名党员干部", "抗洪出动了14114名党员干部"},
		{"转移受灾群众5 214名", "转移受灾群众5214名"},
		{"新增就业20,400人", "新增就业20,400人"},     // the figures reader knows this one
		{"2024,2025年GDP", "2024,2025年GDP"}, // two numbers
		{"GDP增长5%。2025年呢", "GDP增长5%。2025年呢"},
		{"24 vs 25", "24 vs 25"},
	} {
		if got := mendDigits(tc.in); got != tc.want {
			t.Errorf("mendDigits(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestAsksInChinese: a question opening on a year, a number or a mark is
// read by its first letter; one opening on a Latin word is not Chinese.
func TestAsksInChinese(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"去年新修了多少公里路", true},
		{"2023年新开了几家医院", true},
		{"“十五五”期间修几座桥", true},
		{"2026 年计划招多少老师", true},
		{"2023 how many bridges were built", false},
		{"GDP今年目标多少", false},
		{"2023", false},
		{"", false},
	} {
		if got := asksInChinese(Normalize(tc.q)); got != tc.want {
			t.Errorf("asksInChinese(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}
