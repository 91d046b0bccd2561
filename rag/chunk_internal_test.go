package rag

import (
	"cmp"
	"context"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSentencesAndClauses(t *testing.T) {
	tests := []struct {
		name  string
		split func(string) []Span
		text  string
		want  []string
	}{
		{"empty", Sentences, "", nil},
		{"one sentence", Sentences, "今年很好。", []string{"今年很好。"}},
		{"two sentences", Sentences, "甲乙。丙丁！", []string{"甲乙。", "丙丁！"}},
		{"no final terminator", Sentences, "甲乙。丙丁", []string{"甲乙。", "丙丁"}},
		{"no terminator at all", Sentences, "甲乙丙丁", []string{"甲乙丙丁"}},
		{"closing quote after 。", Sentences, "他说：“今年很好。”明年更好。", []string{"他说：“今年很好。”", "明年更好。"}},
		{"several closers", Sentences, "（“好。”）后来。", []string{"（“好。”）", "后来。"}},
		{"closer 」 and ’", Sentences, "「甲。」‘乙？’丙", []string{"「甲。」", "‘乙？’", "丙"}},
		{"semicolon ends a sentence", Sentences, "甲；乙;丙", []string{"甲；", "乙;", "丙"}},
		{"ASCII marks", Sentences, "Yes! No? Maybe", []string{"Yes!", " No?", " Maybe"}},
		{"decimal point is not an end", Sentences, "增长5.5%。", []string{"增长5.5%。"}},
		{"terminator only", Sentences, "。", []string{"。"}},
		{"comma does not end a sentence", Sentences, "甲，乙：丙。", []string{"甲，乙：丙。"}},
		{"clauses", Clauses, "增长5.5%，达到100亿元：其中工业；其余。", []string{"增长5.5%，", "达到100亿元：", "其中工业；", "其余。"}},
		{"clauses ASCII", Clauses, "a,b:c", []string{"a,", "b:", "c"}},
		{"clauses closer after comma", Clauses, "“甲，”乙", []string{"“甲，”", "乙"}},
		{"clauses empty", Clauses, "", nil},
		{"clauses no terminator", Clauses, "甲乙", []string{"甲乙"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			spans := tc.split(tc.text)
			var got []string
			for _, sp := range spans {
				got = append(got, tc.text[sp.byteStart:sp.byteEnd])
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") || len(got) != len(tc.want) {
				t.Fatalf("split(%q) = %q, want %q", tc.text, got, tc.want)
			}
			checkSpans(t, tc.text, spans)
		})
	}
}

// checkSpans: rune and byte offsets agree, spans tile the text in order.
func checkSpans(t *testing.T, text string, spans []Span) {
	t.Helper()
	rs := []rune(text)
	nextR, nextB := 0, 0
	for i, sp := range spans {
		if sp.Start != nextR || sp.byteStart != nextB {
			t.Errorf("span %d starts at rune %d byte %d, want %d/%d", i, sp.Start, sp.byteStart, nextR, nextB)
		}
		if sp.End <= sp.Start || sp.End > len(rs) || sp.byteEnd > len(text) {
			t.Fatalf("span %d = %+v out of range for %q", i, sp, text)
		}
		if string(rs[sp.Start:sp.End]) != text[sp.byteStart:sp.byteEnd] {
			t.Errorf("span %d: runes [%d,%d) = %q but bytes [%d,%d) = %q", i, sp.Start, sp.End, string(rs[sp.Start:sp.End]), sp.byteStart, sp.byteEnd, text[sp.byteStart:sp.byteEnd])
		}
		nextR, nextB = sp.End, sp.byteEnd
	}
	if nextR != len(rs) || nextB != len(text) {
		t.Errorf("spans end at rune %d byte %d, text has %d/%d", nextR, nextB, len(rs), len(text))
	}
}

func TestTrimSpan(t *testing.T) {
	tests := []struct{ text, want string }{
		{"甲乙，", "甲乙"},
		{"甲乙；：、", "甲乙"},
		{"  甲乙。", "甲乙。"},
		{"甲乙。", "甲乙。"},
		{"，", ""},
	}
	for _, tc := range tests {
		sp := trimSpan(tc.text, Span{0, utf8.RuneCountInString(tc.text), 0, len(tc.text)})
		got := tc.text[sp.byteStart:sp.byteEnd]
		if got != tc.want || string([]rune(tc.text)[sp.Start:sp.End]) != got {
			t.Errorf("trimSpan(%q) = %q [%d,%d), want %q", tc.text, got, sp.Start, sp.End, tc.want)
		}
	}
}

func TestContainsTerm(t *testing.T) {
	tests := []struct {
		s, term string
		want    bool
	}{
		{"he said so", "ai", false},
		{"ai is here", "ai", true},
		{"use ai.", "ai", true},
		{"the ai-driven plan", "ai", true},
		{"ai2 model", "ai", false},
		{"said ai", "ai", true}, // a later whole-word match after a partial one
		{"gdp增长", "gdp", true},
		{"外贸进出口", "进出口", true},
		{"进出", "进出口", false},
		{"anything", "", false},
		{"", "ai", false},
	}
	for _, tc := range tests {
		if got := ContainsTerm(tc.s, tc.term); got != tc.want {
			t.Errorf("ContainsTerm(%q, %q) = %v, want %v", tc.s, tc.term, got, tc.want)
		}
	}
}

func TestLexiconConceptsWholeWords(t *testing.T) {
	lx, err := NewLexicon("人工智能 | ai\n进出口 | 外贸 trade\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := lx.Concepts("he said no"); len(got) != 0 {
		t.Errorf("Concepts(%q) = %v: \"ai\" matched inside \"said\"", "he said no", got)
	}
	if got := lx.Concepts("what about ai"); len(got) != 1 || got[0] != 0 {
		t.Errorf("Concepts(%q) = %v, want [0]", "what about ai", got)
	}
	if got := lx.Concepts("去年外贸"); len(got) != 1 || got[0] != 1 {
		t.Errorf("Concepts(%q) = %v, want [1]", "去年外贸", got)
	}
	if got := lx.Concepts("tradeoff"); len(got) != 0 {
		t.Errorf("Concepts(%q) = %v, want none", "tradeoff", got)
	}
}

// FuzzSpans: Sentences and Clauses tile any valid text, runes and bytes agreeing.
func FuzzSpans(f *testing.F) {
	for _, s := range []string{"", "甲。", "“甲。”乙", "a!b?c;d", "。。。", "”", "甲，乙：丙"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // reports are valid UTF-8 by the time they are split
		}
		checkSpans(t, s, Sentences(s))
		checkSpans(t, s, Clauses(s))
		checkSpans(t, s, FullSentences(s))
	})
}

// TestSentencesOf: cutting sentences from the index's clauses gives what
// splitting the text does, for every paragraph of the seed report and for
// texts with closers after commas and sentence ends.
func TestSentencesOf(t *testing.T) {
	ix := seedIndex(t)
	check := func(t *testing.T, text string, cl []normClause) {
		t.Helper()
		for _, ends := range []*runeSet{sentenceEndSet, fullEndSet} {
			want, got := splitSpans(text, ends), sentencesOf(nil, text, cl, ends)
			if len(want) != len(got) || (len(want) > 0 && !slices.Equal(want, got)) {
				t.Fatalf("sentencesOf(%q) = %+v, want %+v", text, got, want)
			}
		}
		// sentenceStart: where the last sentence holding the clause starts.
		sents := Sentences(text)
		for i, c := range cl {
			want := -1
			for _, s := range sents {
				if s.Start <= c.span.Start && c.span.End <= s.End {
					want = s.byteStart
				}
			}
			if got := sentenceStart(cl, i); got != want {
				t.Fatalf("sentenceStart(%q, %d) = %d, want %d", text, i, got, want)
			}
		}
	}
	for _, r := range ix.reports {
		for i := range r.Paragraphs {
			if p := &r.Paragraphs[i]; p.Quotable() {
				check(t, p.Text, ix.para(p).clauses)
			}
		}
	}
	for _, text := range []string{
		"", "。", "甲", "甲，”乙。”丙", "“甲，”乙；‘丙！’）丁", "甲；乙：丙。”", "a,b;c!d?\"e", "甲。”", "”", "，”。”",
	} {
		var cl []normClause
		for _, c := range Clauses(text) {
			cl = append(cl, normClause{span: c, last: lastBeforeClosers(text[c.byteStart:c.byteEnd])})
		}
		check(t, text, cl)
	}
}

// candidates appends in rank order and, within a paragraph, in text
// order, so its unstable sort by (score, rank, start) is the stable sort
// by score it replaced when no two candidates share a rank and start:
// checked on every load-test question (the goldens check the answers).
func TestCandidatesOrderIsStable(t *testing.T) {
	ix := seedIndex(t)
	e := NewEngine(ix, nil)
	raw, err := os.ReadFile("../loadtest/questions.txt")
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, q := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		a := ix.analyze(Normalize(q), nil)
		hits, err := e.retrieve(context.Background(), a, nil, answerDepth)
		if err != nil {
			t.Fatal(err)
		}
		got := e.candidates(a, e.newScorer(a), hits)
		stable := slices.Clone(got)
		slices.SortStableFunc(stable, func(x, y candidate) int {
			if x.rank != y.rank {
				return cmp.Compare(x.rank, y.rank)
			}
			return cmp.Compare(x.span.Start, y.span.Start)
		})
		for i := 1; i < len(stable); i++ {
			if stable[i-1].rank == stable[i].rank && stable[i-1].span.Start >= stable[i].span.Start {
				t.Fatalf("%q: two candidates of paragraph rank %d start at %d", q, stable[i].rank, stable[i].span.Start)
			}
		}
		checked += len(got)
	}
	if checked == 0 {
		t.Fatal("no candidates")
	}
}
