package rag

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// replaceEach is what blankWords replaced: strings.ReplaceAll of each
// word in turn.
func replaceEach(text string, words []string) string {
	for _, w := range words {
		text = strings.ReplaceAll(text, w, " ")
	}
	return text
}

// blankMembersEach is what blankMembers replaced: every member starting
// with a rune of text, longest first, then in file order.
func (lx *Lexicon) blankMembersEach(text string) string {
	var refs []memberRef
	seen := map[rune]bool{}
	for _, r := range text {
		if r >= 0x80 && !seen[r] {
			seen[r] = true
			refs = append(refs, lx.byFirst[r]...)
		}
	}
	slices.SortFunc(refs, blankOrder)
	for _, m := range refs {
		text = strings.ReplaceAll(text, m.word, " ")
	}
	return text
}

// evalTexts are every eval and load-test question, normalized, and some
// texts that blank to new neighbours.
func evalTexts(t *testing.T) []string {
	t.Helper()
	texts := []string{"", " ", "去年今年", "今今年年", "情况介绍一下", "介介绍绍", "啥时候啥", "a b", "\xe5啥\xff"}
	return append(texts, evalQuestions(t)...)
}

// evalQuestions are every eval and load-test question, normalized.
func evalQuestions(t *testing.T) []string {
	t.Helper()
	var texts []string
	sets, _ := filepath.Glob("../eval/testdata/*.yaml")
	sets = append(sets, "../loadtest/questions.txt")
	for _, path := range sets {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		yaml := strings.HasSuffix(path, ".yaml")
		for _, line := range strings.Split(string(raw), "\n") {
			_, q, ok := strings.Cut(line, "question: ")
			if yaml && !ok {
				continue // a set's ids, facts and notes are no questions, and read 8 times the lines
			}
			if ok {
				line = q
			}
			texts = append(texts, Normalize(line))
		}
	}
	return texts
}

func TestBlankWordsIsReplaceAll(t *testing.T) {
	lx := DefaultLexicon()
	var members []string
	for _, c := range lx.concepts {
		members = append(members, c.members...)
	}
	lists := map[string][]string{"fillerWords": fillerWords, "periodWords": periodWords, "members": members,
		"spaced": {"b", "a b", "啥 时", "", "年"}}
	for _, text := range evalTexts(t) {
		for name, words := range lists {
			if got, want := blankWords(text, words), replaceEach(text, words); got != want {
				t.Errorf("%s over %q: %q, want %q", name, text, got, want)
			}
		}
		if got, want := lx.blankMembers(text), lx.blankMembersEach(text); got != want {
			t.Errorf("blankMembers(%q) = %q, want %q", text, got, want)
		}
	}
}

func FuzzBlankWords(f *testing.F) {
	f.Add("今年情况介绍一下", "今年|情况|介绍")
	f.Add("a\xffb c", "\xff| c|")
	f.Fuzz(func(t *testing.T, text, list string) {
		// Blanking "" puts a space between every two runes: a few make a
		// text too long to compare.
		words := slices.DeleteFunc(strings.Split(list, "|"), func(w string) bool { return w == "" })
		if got, want := blankWords(text, words), replaceEach(text, words); got != want {
			t.Errorf("blankWords(%q, %q) = %q, want %q", text, words, got, want)
		}
	})
}

// containsAny answers as strings.Contains of each cue would, for lists
// long and short.
func TestContainsAnyIsContains(t *testing.T) {
	lists := [][]string{figureCues, listCues, bothCues, resultCues, planCues, fillerWords, monthNames,
		{"啥", "a b", "\xe4"}, {"", "x"}, nil,
		append(slices.Clone(figureCues), "\xe4"), append(slices.Clone(planCues), ""), append(slices.Clone(resultCues), "a b")}
	for _, s := range append(evalTexts(t), "\xe4\xbb\x8a") {
		for i, cues := range lists {
			want := slices.ContainsFunc(cues, func(c string) bool { return strings.Contains(s, c) })
			if got := containsAny(s, cues); got != want {
				t.Errorf("list %d over %q: %v, want %v", i, s, got, want)
			}
			padded := " " + s + " "
			want = slices.ContainsFunc(cues, func(c string) bool { return strings.Contains(padded, c) })
			if got := containsAny(padded, cues); got != want {
				t.Errorf("list %d over %q: %v, want %v", i, padded, got, want)
			}
		}
	}
}

func FuzzContainsAny(f *testing.F) {
	for _, s := range []string{"今年GDP增长目标是多少", "what was the target this year", "\xe4\xbb", "a b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i, cues := range [][]string{figureCues, planCues, fillerWords, {"啥", "a b", "\xe4", "x"}} {
			want := slices.ContainsFunc(cues, func(c string) bool { return strings.Contains(s, c) })
			if got := containsAny(s, cues); got != want {
				t.Fatalf("list %d over %q: %v, want %v", i, s, got, want)
			}
		}
	})
}

// A text's filter covers the runes of a word noted once (runesOf) where
// it holds the word's runes read each time (holdsAll).
func FuzzRunesOf(f *testing.F) {
	f.Add("今年GDP增长目标", "增长")
	f.Add("进出口", "出口\xe4")
	f.Add("abc", "\xe4b")
	f.Fuzz(func(t *testing.T, text, word string) {
		have, runes := bloomOf(text), runesOf(word)
		if got, want := have.covers(&runes), have.holdsAll(word); got != want {
			t.Fatalf("%q over %q: covers %v, holdsAll %v", word, text, got, want)
		}
	})
}

// blankFillersEach is blankFillers written plainly: every rune copied or,
// at the longest filler word starting there, one space.
func blankFillersEach(text string) string {
	var b strings.Builder
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		n := 0
		for _, w := range fillerWords {
			if first, _ := utf8.DecodeRuneInString(w); first == r && len(w) > n && strings.HasPrefix(text[i:], w) {
				n = len(w)
			}
		}
		if n == 0 {
			b.WriteString(text[i : i+size])
			i += size
			continue
		}
		b.WriteByte(' ')
		i += n
	}
	return b.String()
}

func FuzzBlankFillers(f *testing.F) {
	for _, s := range []string{"", "请问今年GDP目标是多少呀", "一下", "今年情况介绍一下吧", "a\xffb", fillerWords[0] + fillerWords[0]} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := blankFillers(text), blankFillersEach(text); got != want {
			t.Errorf("blankFillers(%q) = %q, want %q", text, got, want)
		}
	})
}
