package cli

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/reportbot/reportbot/eval"
	"github.com/reportbot/reportbot/rag"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden answers in testdata/")

// goldenAnswer is what the golden file keeps of an answer: what a user or
// client reads. Parts are checked against it by TestPartsRenderAnswer.
type goldenAnswer struct {
	Answer    string             `json:"answer"`
	Found     bool               `json:"found"`
	Citations []rag.Citation     `json:"citations"`
	Figures   []rag.AnswerFigure `json:"figures,omitempty"`
}

// heldOutSet reports whether a question set is held out: its questions
// are not to be read while tuning, so a diff names them only by count.
func heldOutSet(path string) bool {
	base := filepath.Base(path)
	return strings.HasPrefix(base, "heldout") || strings.HasPrefix(base, "fresh") || strings.HasPrefix(base, "blind")
}

// goldenQuestions are every question of every eval set and the load test,
// deduplicated and sorted, and which of them are held out.
func goldenQuestions(t *testing.T) ([]string, map[string]bool) {
	t.Helper()
	seen, hidden := map[string]bool{}, map[string]bool{}
	for _, q := range evalSetQuestions(t) {
		seen[q.text] = true
		if heldOutSet(q.path) {
			hidden[q.text] = true
		}
	}
	for _, q := range loadQuestions(t, "../loadtest/questions.txt") {
		seen[q] = true
	}
	out := make([]string, 0, len(seen))
	for q := range seen {
		out = append(out, q)
	}
	sort.Strings(out)
	return out, hidden
}

// evalQuestion is a question of an eval set, with the set's path.
type evalQuestion struct{ path, text string }

// evalSetQuestions are the questions of every set in eval/testdata, set by set.
func evalSetQuestions(tb testing.TB) []evalQuestion {
	tb.Helper()
	paths, err := filepath.Glob("../eval/testdata/*.yaml")
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no question sets: %v", err)
	}
	var out []evalQuestion
	for _, path := range paths {
		raw, err := os.ReadFile(path)
		if err != nil {
			tb.Fatal(err)
		}
		set, err := eval.ParseQuestions(raw)
		if err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		for _, q := range set {
			out = append(out, evalQuestion{path, q.Question})
		}
	}
	return out
}

// loadQuestions are the non-blank lines of a question file, trimmed.
func loadQuestions(tb testing.TB, path string) []string {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var qs []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if q := strings.TrimSpace(sc.Text()); q != "" {
			qs = append(qs, q)
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return qs
}

// TestGoldenAnswers pins the offline answer to every eval and load-test
// question: a change of answer logic shows here as a diff to review, and
// a refactoring must leave it empty. go test ./cli -run Golden -update
// rewrites the file after an intended change.
func TestGoldenAnswers(t *testing.T) {
	eng, err := BuildAnswerer(context.Background(), EngineOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]goldenAnswer{}
	figureMismatches := 0
	questions, hidden := goldenQuestions(t)
	for _, q := range questions {
		ans, err := eng.Ask(context.Background(), rag.Query{Text: q})
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		got[goldenKey(q, hidden[q])] = goldenAnswer{Answer: ans.Answer, Found: ans.Found, Citations: ans.Citations, Figures: ans.Figures}
		if !utf8.ValidString(ans.Answer) {
			// A string cut inside a character would reach users as U+FFFD.
			t.Errorf("an answer is not valid UTF-8 (held out: %v)", hidden[q])
		}
		if !figuresShown(ans) {
			// Clients read figures without the text: one the parts dropped
			// would show a figure the answer no longer gives.
			figureMismatches++
			if figureMismatches <= 5 {
				t.Errorf("an answer lists a figure no part shows (held out: %v): %q", hidden[q], heldOutOr(hidden[q], q))
			}
		}
	}
	if figureMismatches > 0 {
		t.Errorf("%d answers list a figure no part shows", figureMismatches)
	}
	if *updateGolden {
		for _, path := range []string{goldenPath, heldGoldenPath} {
			writeGolden(t, path, goldenOf(got, path))
		}
		return
	}
	want := readGolden(t, goldenPath)
	maps.Copy(want, readGolden(t, heldGoldenPath))
	diffs, heldDiffs := 0, 0
	for q, w := range want {
		g, ok := got[q]
		if !ok {
			continue // a question set lost a question: not an answer change
		}
		gj, _ := json.Marshal(g)
		wj, _ := json.Marshal(w)
		if string(gj) != string(wj) {
			diffs++
			if isHeldKey(q) {
				heldDiffs++
				continue
			}
			if diffs-heldDiffs <= 10 {
				t.Errorf("%q:\n got %s\nwant %s", q, gj, wj)
			}
		}
	}
	for q := range got {
		if _, ok := want[q]; !ok {
			diffs++
			if isHeldKey(q) {
				heldDiffs++
			} else if diffs-heldDiffs <= 10 {
				t.Errorf("%q: no golden answer (run with -update)", q)
			}
		}
	}
	if diffs > 0 {
		t.Errorf("%d of %d answers differ from %s and %s (%d of them to held-out questions, not shown)", diffs, len(got), goldenPath, heldGoldenPath, heldDiffs)
	}
}

// The golden answers are two files: held-out questions are kept apart,
// each under a hash of its text, so that reading the diff of the tuning
// answers after an intended change never shows a held-out question.
var (
	goldenPath     = filepath.Join("testdata", "answers.golden.json")
	heldGoldenPath = filepath.Join("testdata", "answers.heldout.golden.json")
)

const heldKeyPrefix = "sha256:"

// goldenKey is the golden file's key for question q: the text itself, or
// for a held-out question a hash of it.
func goldenKey(q string, held bool) string {
	if !held {
		return q
	}
	sum := sha256.Sum256([]byte(q))
	return heldKeyPrefix + hex.EncodeToString(sum[:])
}

func isHeldKey(key string) bool { return strings.HasPrefix(key, heldKeyPrefix) }

// goldenOf is the part of answers that belongs in the golden file at path.
func goldenOf(answers map[string]goldenAnswer, path string) map[string]goldenAnswer {
	out := map[string]goldenAnswer{}
	for k, a := range answers {
		if isHeldKey(k) == (path == heldGoldenPath) {
			out[k] = a
		}
	}
	return out
}

func writeGolden(t *testing.T, path string, answers map[string]goldenAnswer) {
	t.Helper()
	raw, err := json.MarshalIndent(answers, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, append(raw, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
}

func readGolden(t *testing.T, path string) map[string]goldenAnswer {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cli -run Golden -update to create it)", err)
	}
	var answers map[string]goldenAnswer
	if err := json.Unmarshal(raw, &answers); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return answers
}

// figuresShown: every figure the answer lists is one a part shows (a
// figure, a correction's figures, a sum's addends, a track's result).
func figuresShown(a *rag.Answer) bool {
	var shown []rag.AnswerFigure
	for _, p := range a.Parts {
		for _, f := range []*rag.AnswerFigure{p.Figure, p.Change, p.Result} {
			if f != nil {
				shown = append(shown, *f)
			}
		}
		if p.Sum != nil {
			shown = append(shown, p.Sum.Of...)
		}
	}
	for _, f := range a.Figures {
		if !slices.ContainsFunc(shown, func(s rag.AnswerFigure) bool { return reflect.DeepEqual(s, f) }) {
			return false
		}
	}
	return true
}

// heldOutOr names a held-out question only by that fact.
func heldOutOr(held bool, q string) string {
	if held {
		return "(a held-out question)"
	}
	return q
}
