package cli

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/reportbot/reportbot/storage"
)

func TestTextWidth(t *testing.T) {
	for s, want := range map[string]int{"": 0, "abc": 3, "盘锦": 4, "5.5%左右": 8, "（一）": 6, "é": 1, "e\u0301": 1, "…": 1} {
		if got := textWidth(s); got != want {
			t.Errorf("textWidth(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestWrap(t *testing.T) {
	for _, tc := range []struct {
		s    string
		cols int
		want []string
	}{
		{"", 10, nil},
		{"short", 10, []string{"short"}},
		{"the quick brown fox", 10, []string{"the quick", "brown fox"}},
		{"盘锦市政府工作报告", 8, []string{"盘锦市政", "府工作报", "告"}},
		// Closing punctuation never starts a line: 标 moves down with it.
		{"增长目标。很好", 8, []string{"增长目", "标。很好"}},
		{"GDP增长5.5%左右", 8, []string{"GDP增长", "5.5%左右"}},
		{"abcdefghijkl", 5, []string{"abcde", "fghij", "kl"}},
		{"a  b\n\tc", 10, []string{"a b c"}},
	} {
		if got := wrap(tc.s, tc.cols); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("wrap(%q, %d) = %q, want %q", tc.s, tc.cols, got, tc.want)
		}
	}
}

func TestTruncateAndIndented(t *testing.T) {
	if got := truncate("2025年地区生产总值增长目标是多少", 12); got != "2025年地区…" {
		t.Errorf("truncate = %q", got)
	}
	if got := truncate("short", 12); got != "short" {
		t.Errorf("truncate = %q", got)
	}
	text := strings.Repeat("盘锦市政府工作报告。", 20)
	got := indented(text, "   ", 40, 3)
	lines := strings.Split(got, "\n")
	if len(lines) != 3 || !strings.HasSuffix(lines[2], "…") {
		t.Fatalf("indented to 3 lines:\n%s", got)
	}
	for _, l := range lines {
		if !strings.HasPrefix(l, "   ") || textWidth(l) > 40 {
			t.Errorf("line %q: not indented or wider than 40", l)
		}
	}
	if full := indented(text, "   ", 40, 0); strings.ReplaceAll(strings.ReplaceAll(full, "\n", ""), " ", "") != text {
		t.Errorf("indented without a limit lost text:\n%s", full)
	}
}

// FuzzWrap: wrapped lines fit, and together they are the text with its
// white space collapsed.
func FuzzWrap(f *testing.F) {
	for _, s := range []string{"全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；", "the quick brown fox", "a」b。c", "\xff\xfe", "ab  c\td"} {
		f.Add(s, 10)
	}
	f.Fuzz(func(t *testing.T, s string, cols int) {
		cols = 4 + abs(cols)%100
		s = strings.ToValidUTF8(s, "\uFFFD") // text to print is valid UTF-8
		lines := wrap(s, cols)
		for _, l := range lines {
			if textWidth(l) > cols {
				t.Errorf("line %q is %d wide, over %d", l, textWidth(l), cols)
			}
		}
		squash := func(s string) string {
			return strings.Map(func(r rune) rune {
				if unicode.IsSpace(r) {
					return -1
				}
				return r
			}, s)
		}
		if got, want := squash(strings.Join(lines, "")), squash(s); got != want {
			t.Errorf("wrap lost text: %q from %q", got, want)
		}
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// search prints each leg's rank and fits the terminal; -v and --json keep
// the whole passage.
func TestSearchOutput(t *testing.T) {
	env := map[string]string{"COLUMNS": "50"}
	out, _, err := runArgs(t, env, "search", "-k", "4", "进出口")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		if textWidth(l) > 50 {
			t.Errorf("line wider than COLUMNS=50: %q", l)
		}
	}
	heads := 0
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, "  score ") {
			heads++
			if !strings.Contains(l, "  BM25 ") || !strings.Contains(l, "  vector ") {
				t.Errorf("result line without the legs' ranks: %q", l)
			}
		}
	}
	if heads != 4 || !strings.Contains(out, "…") {
		t.Errorf("%d results, want 4 with a long passage cut:\n%s", heads, out)
	}
	// ¶23 is long: -v prints all of it.
	full, _, err := runArgs(t, env, "search", "-k", "1", "-v", "主要预期目标 地区生产总值 粮食产量")
	if err != nil {
		t.Fatal(err)
	}
	if squashed := strings.Join(strings.Fields(full), ""); !strings.Contains(squashed, "粮食产量110万吨左右；生态环境质量持续改善。") {
		t.Errorf("search -v did not print the whole passage:\n%s", full)
	}
}

// feedback cuts long questions to the terminal's width; -v prints them
// whole.
func TestFeedbackOutput(t *testing.T) {
	db := filepath.Join(t.TempDir(), "fb.db")
	ctx := context.Background()
	st, err := storage.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	long := "请问" + strings.Repeat("盘锦市今年在城市更新和老旧小区改造方面有哪些具体计划和资金安排", 3) + "？"
	when := time.Date(2026, 12, 1, 9, 30, 0, 0, time.UTC)
	id, err := st.RecordQuestion(ctx, storage.Question{Time: when, ChatID: 7, Source: "private", Question: long, Report: "panjin-2025", Mode: "extractive", Found: false, Cited: []int{5, 61}, UpdateID: 1})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.RecordVote(ctx, id, 7, storage.Down); err != nil {
		t.Fatal(err)
	}
	st.Close()

	out, _, err := runArgs(t, map[string]string{"COLUMNS": "72"}, "feedback", "--db", db)
	if err != nil {
		t.Fatal(err)
	}
	rows := 0
	for _, l := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		if strings.HasPrefix(l, "Feedback database: ") {
			continue
		}
		if textWidth(l) > 72 {
			t.Errorf("line wider than COLUMNS=72: %q", l)
		}
		if strings.Contains(l, "请问盘锦市") {
			rows++
			if !strings.HasSuffix(l, "…") {
				t.Errorf("long question not cut: %q", l)
			}
		}
	}
	if rows != 3 || !strings.Contains(out, "\n  1  0  2026-12-01 09:30  extractive  no  ¶5 ¶61  请问") {
		t.Errorf("want the question in all three lists, the vote row aligned:\n%s", out)
	}
	out, _, err = runArgs(t, map[string]string{"COLUMNS": "72"}, "feedback", "--db", db, "-v")
	if err != nil || strings.Count(out, long) != 3 {
		t.Errorf("feedback -v: %v, want the question whole three times:\n%s", err, out)
	}
}
