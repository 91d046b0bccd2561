package rag_test

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/rag"
)

func addReportSeeds(f *testing.F) {
	f.Add([]byte(""))
	f.Add([]byte("甲。"))
	f.Add([]byte("一、2024年工作回顾\n（一）甲乙。丙丁。\n强化项目支撑。实施攻坚。\n二、2025年工作安排\n解读：链接\n"))
	f.Add([]byte("（一）无部分的小节。\n各位代表：\n一、\n、\n（）\n"))
	f.Add([]byte("\r\n\u3000\u3000\r\n\u00a0\r\n \t \r\n"))
	f.Add([]byte("“甲。””」』）)\"'乙；;！!？?\nhttp://x\n解读:"))
	f.Add([]byte("\xff\xfe"))
	if b, err := os.ReadFile("testdata/testcity-2024.txt"); err == nil {
		f.Add(b)
	}
}

// FuzzIngest: arbitrary bytes never panic; an accepted report numbers its
// non-empty lines and its passages quote their paragraphs exactly.
func FuzzIngest(f *testing.F) {
	addReportSeeds(f)
	f.Add([]byte(readSeedText(f)))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := rag.Ingest(rag.Meta{ID: "fuzz", Year: 2025}, data)
		if err != nil {
			if r != nil {
				t.Fatal("report returned with an error")
			}
			return
		}
		if !utf8.Valid(data) {
			t.Fatal("invalid UTF-8 accepted")
		}
		want := 0
		for _, line := range strings.Split(string(data), "\n") {
			if strings.TrimFunc(line, unicode.IsSpace) != "" {
				want++
			}
		}
		if len(r.Paragraphs) != want {
			t.Fatalf("%d paragraphs, want %d non-empty lines", len(r.Paragraphs), want)
		}
		for i, p := range r.Paragraphs {
			if p.N != i+1 || p.Text == "" || strings.TrimFunc(p.Text, unicode.IsSpace) != p.Text {
				t.Fatalf("paragraph %d: N %d, Text %q", i, p.N, p.Text)
			}
			if p.Kind == rag.ParaSection && (p.Section == "" || !strings.HasPrefix(p.Text, p.Section)) {
				t.Fatalf("¶%d: section title %q is not a prefix of %q", p.N, p.Section, p.Text)
			}
			if p.Kind == rag.ParaPart && p.Part != p.Text {
				t.Fatalf("¶%d: part %q is not the heading %q", p.N, p.Part, p.Text)
			}
			if p.Lead != "" && !strings.HasPrefix(p.Text, p.Lead) {
				t.Fatalf("¶%d: Lead %q is not a prefix of %q", p.N, p.Lead, p.Text)
			}
		}
		for _, e := range checkPassages(r) {
			t.Error(e)
		}
	})
}

// FuzzReportAsk: any accepted report, indexed and asked, answers with
// verbatim citations and without panicking.
func FuzzReportAsk(f *testing.F) {
	addReportSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := rag.Ingest(rag.Meta{ID: "fuzz", Year: 2025}, data)
		if err != nil {
			return
		}
		ix, err := rag.NewIndex([]*rag.Report{r}, rag.DefaultLexicon())
		if err != nil {
			t.Fatal(err)
		}
		eng := rag.NewEngine(ix, nil)
		for _, q := range []string{"有哪些方面", "甲乙增长多少", "2024年做了什么", "今年的目标是什么", "强化项目支撑"} {
			a, err := eng.Ask(context.Background(), rag.Query{Text: q})
			if err != nil {
				t.Fatalf("Ask(%q): %v", q, err)
			}
			checkAnswer(t, ix, q, a)
			if _, err := eng.Search(context.Background(), rag.Query{Text: q}, 3); err != nil {
				t.Fatalf("Search(%q): %v", q, err)
			}
		}
	})
}

// FuzzTokens: Normalize and Tokens never panic and make no empty tokens.
func FuzzTokens(f *testing.F) {
	for _, s := range []string{"", "5.5%", "２０２４年", "GDP增长5.5%左右", "邢\u00a0 鹏", "a\u3000b", "\xff\xfe", "5.", ".5", "1.2.3", "〇々⺀", "what is the gdp", "\x00\t\n", "ＡＢＣ％", "①②", "ﬁ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := rag.Normalize(s)
		if !utf8.ValidString(n) {
			t.Fatalf("Normalize(%q) = %q is not valid UTF-8", s, n)
		}
		if strings.TrimSpace(n) != n {
			t.Fatalf("Normalize(%q) = %q has surrounding space", s, n)
		}
		for _, uni := range []bool{false, true} {
			for _, in := range []string{n, s} { // raw input too: must not panic
				for _, tok := range (rag.Tokenizer{Unigrams: uni}).Tokens(in) {
					if tok == "" {
						t.Fatalf("Tokens(%q) made an empty token", in)
					}
				}
			}
		}
	})
}

// FuzzAsk: any question against the seed engine either is refused with a
// documented error or gets an answer whose citations are verbatim.
func FuzzAsk(f *testing.F) {
	for _, s := range []string{"", "   ", "去年外贸涨了多少", "2025年要重点做好哪八个方面工作？", "盘锦的房价是多少", "What is Panjin's GDP growth target for 2025?",
		"\xff", "😀", "？", "2023年地区生产总值是多少", "有哪些方面", "（一）", "解读", "gdp gdp gdp", "去年和今年的目标对比",
		// The spoken-number readers slice runes by positions they find; one
		// cut at a byte index and panicked on this question.
		"我问一下，进出口快四十个点了吧", "每千人托位数要到四个半，对吧", "开复工项目502里面有多少是新建的", "伊科思碳九项目竣工了吗", "，，快了吧",
		// A written place word before an unwritten word that ends no name
		// (辽河 before 美术馆) left the name without an end and panicked.
		"辽河美术馆今年有啥展览"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		for _, vectors := range []bool{false, true} {
			eng := seedEngine(t, vectors)
			a, err := eng.Ask(context.Background(), rag.Query{Text: q})
			if err != nil {
				if !errors.Is(err, rag.ErrEmptyQuestion) && !errors.Is(err, rag.ErrQuestionTooLong) {
					t.Fatalf("Ask(%q): undocumented error %v", q, err)
				}
				continue
			}
			checkAnswer(t, eng.Index(), q, a)
		}
	})
}
