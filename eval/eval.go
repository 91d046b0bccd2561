// Package eval scores retrieval and answers against a hand-written question
// set with gold paragraphs and key facts.
package eval

import (
	"context"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/reportbot/reportbot/rag"
)

//go:embed testdata/questions.yaml
var defaultQuestions []byte

// heldoutQuestions were written without looking at the engine and are never
// read while tuning: they measure questions the engine was not tuned on.
//
//go:embed testdata/heldout.yaml
var heldoutQuestions []byte

// HeldoutQuestions returns the held-out set.
func HeldoutQuestions() ([]Question, error) { return ParseQuestions(heldoutQuestions) }

// freshQuestions are a second held-out set, written blind (by someone who
// saw only the report and the file format, not the engine or the other
// sets) after the first had been looked at in aggregate.
//
//go:embed testdata/fresh.yaml
var freshQuestions []byte

// FreshQuestions returns the fresh held-out set.
func FreshQuestions() ([]Question, error) { return ParseQuestions(freshQuestions) }

// Question is one evaluation item.
type Question struct {
	ID         string   `yaml:"id"`
	Question   string   `yaml:"question"`
	Kind       string   `yaml:"kind"`
	Gold       []int    `yaml:"gold"`
	Facts      []string `yaml:"facts"`
	Answerable bool     `yaml:"answerable"`
	Period     int      `yaml:"period"`
	Note       string   `yaml:"note"`
}

// DefaultQuestions returns the question set shipped with the binary.
func DefaultQuestions() ([]Question, error) { return ParseQuestions(defaultQuestions) }

// ParseQuestions reads a question set in the YAML format of testdata/questions.yaml.
func ParseQuestions(raw []byte) ([]Question, error) {
	var qs []Question
	if err := yaml.Unmarshal(raw, &qs); err != nil {
		return nil, fmt.Errorf("eval: questions: %w", err)
	}
	seen := map[string]bool{}
	for i, q := range qs {
		if q.ID == "" || strings.TrimSpace(q.Question) == "" {
			return nil, fmt.Errorf("eval: question %d: id and question are required", i+1)
		}
		if seen[q.ID] {
			return nil, fmt.Errorf("eval: duplicate id %q", q.ID)
		}
		seen[q.ID] = true
		if q.Answerable && len(q.Gold) == 0 {
			return nil, fmt.Errorf("eval: %s: answerable but no gold paragraph", q.ID)
		}
	}
	return qs, nil
}

// Scores are the evaluation's results; shares are in [0,1].
type Scores struct {
	Questions       int                  `json:"questions"`
	Answerable      int                  `json:"answerable"`
	Unanswerable    int                  `json:"unanswerable"`
	Hit1            float64              `json:"hit_at_1"`
	Hit5            float64              `json:"hit_at_5"`
	MRR             float64              `json:"mrr"`
	FactAccuracy    float64              `json:"key_fact_accuracy"`    // facts present in answers / all facts
	FigureAccuracy  float64              `json:"figure_accuracy"`      // figure/pair/premise questions with every fact present
	FigureQuestions int                  `json:"figure_questions"`     // how many there were
	Refusal         float64              `json:"refusal_accuracy"`     // unanswerable questions answered "not found"
	FalseRefusal    float64              `json:"false_refusal_rate"`   // answerable questions answered "not found"
	Verbatim        float64              `json:"verbatim_quote_share"` // quotes that are exact substrings at their offsets
	Quotes          int                  `json:"quotes"`
	ByKind          map[string]KindScore `json:"by_kind"`
	Failures        []Failure            `json:"failures,omitempty"`
}

// KindScore is the per-kind breakdown.
type KindScore struct {
	N     int     `json:"n"`
	Hit1  float64 `json:"hit_at_1"`
	Facts float64 `json:"facts"` // share of questions with every fact present (or correctly refused)
}

// Failure records a question that missed, for tuning.
type Failure struct {
	ID     string `json:"id"`
	Reason string `json:"reason"`
}

var figureKinds = map[string]bool{"figure": true, "pair": true, "premise": true}

// Run scores eng on qs.
func Run(ctx context.Context, eng rag.Answerer, qs []Question) (*Scores, error) {
	s := &Scores{Questions: len(qs), ByKind: map[string]KindScore{}}
	var factsTotal, factsHit, figQ, figOK, refused, falseRefused int
	var hit1, hit5, rr float64
	type kacc struct{ n, hit1, ok int }
	kinds := map[string]*kacc{}
	for _, q := range qs {
		k := kinds[q.Kind]
		if k == nil {
			k = &kacc{}
			kinds[q.Kind] = k
		}
		k.n++
		ans, err := eng.Ask(ctx, rag.Query{Text: q.Question})
		if err != nil {
			return nil, fmt.Errorf("eval: %s: ask: %w", q.ID, err)
		}
		for _, c := range ans.Citations {
			s.Quotes++
			if verbatim(eng, c) {
				s.Verbatim++
			} else {
				s.Failures = append(s.Failures, Failure{q.ID, fmt.Sprintf("quote not verbatim at ¶%d [%d,%d)", c.Paragraph, c.Start, c.End)})
			}
		}
		if !q.Answerable {
			s.Unanswerable++
			if !ans.Found {
				refused++
				k.ok++
			} else {
				s.Failures = append(s.Failures, Failure{q.ID, "answered an unanswerable question: " + firstLine(ans.Answer, 2)})
			}
			continue
		}
		s.Answerable++
		hits, err := eng.Search(ctx, rag.Query{Text: q.Question}, 10)
		if err != nil {
			return nil, fmt.Errorf("eval: %s: search: %w", q.ID, err)
		}
		rank := 0
		for i, h := range hits {
			if contains(q.Gold, h.Passage.Para) {
				rank = i + 1
				break
			}
		}
		if rank == 1 {
			hit1++
			k.hit1++
		}
		if rank >= 1 && rank <= 5 {
			hit5++
		}
		if rank > 0 {
			rr += 1 / float64(rank)
		}
		if !ans.Found {
			falseRefused++
		}
		norm := rag.Normalize(ans.Answer)
		all := true
		for _, f := range q.Facts {
			factsTotal++
			if strings.Contains(norm, rag.Normalize(f)) {
				factsHit++
			} else {
				all = false
			}
		}
		if all {
			k.ok++
		} else {
			top := 0
			if len(hits) > 0 {
				top = hits[0].Passage.Para
			}
			s.Failures = append(s.Failures, Failure{q.ID, fmt.Sprintf("facts %v missing (gold %v, top ¶%d, found=%v): %s", q.Facts, q.Gold, top, ans.Found, firstLine(ans.Answer, 3))})
		}
		if figureKinds[q.Kind] {
			figQ++
			if all {
				figOK++
			}
		}
	}
	share := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	s.Hit1 = hit1 / float64(max(s.Answerable, 1))
	s.Hit5 = hit5 / float64(max(s.Answerable, 1))
	s.MRR = rr / float64(max(s.Answerable, 1))
	s.FactAccuracy = share(factsHit, factsTotal)
	s.FigureAccuracy, s.FigureQuestions = share(figOK, figQ), figQ
	s.Refusal = share(refused, s.Unanswerable)
	s.FalseRefusal = share(falseRefused, s.Answerable)
	verb := s.Verbatim
	s.Verbatim = share(int(verb), s.Quotes)
	if s.Quotes == 0 {
		s.Verbatim = 1
	}
	for name, k := range kinds {
		s.ByKind[name] = KindScore{N: k.n, Hit1: share(k.hit1, k.n), Facts: share(k.ok, k.n)}
	}
	return s, nil
}

func verbatim(ix rag.ReportSource, c rag.Citation) bool {
	r, err := ix.Report(c.Report)
	if err != nil {
		return false
	}
	p, err := r.Paragraph(c.Paragraph)
	if err != nil || c.Start < 0 || c.End < c.Start || c.End > utf8.RuneCountInString(p.Text) {
		return false
	}
	return string([]rune(p.Text)[c.Start:c.End]) == c.Quote && c.Quote != "" && p.Quotable()
}

func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func firstLine(s string, n int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, " / ")
}

// WriteTable prints the scores as a Markdown table, as in the README.
func (s *Scores) WriteTable(w io.Writer) {
	pct := func(f float64) string { return fmt.Sprintf("%.1f%%", 100*f) }
	fmt.Fprintf(w, "| metric | score |\n|---|---|\n")
	fmt.Fprintf(w, "| questions (answerable / unanswerable) | %d (%d / %d) |\n", s.Questions, s.Answerable, s.Unanswerable)
	fmt.Fprintf(w, "| hit@1 | %s |\n| hit@5 | %s |\n| MRR | %.3f |\n", pct(s.Hit1), pct(s.Hit5), s.MRR)
	fig := pct(s.FigureAccuracy)
	if s.FigureQuestions == 0 {
		fig = "n/a (no figure, pair or premise questions)"
	}
	fmt.Fprintf(w, "| key-fact accuracy | %s |\n| figure accuracy | %s |\n", pct(s.FactAccuracy), fig)
	fmt.Fprintf(w, "| refusal accuracy (unanswerable) | %s |\n| false refusals (answerable) | %s |\n", pct(s.Refusal), pct(s.FalseRefusal))
	fmt.Fprintf(w, "| verbatim quotes | %s of %d |\n", pct(s.Verbatim), s.Quotes)
	names := make([]string, 0, len(s.ByKind))
	for n := range s.ByKind {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Fprintf(w, "\n| kind | n | hit@1 | all facts (or refused) |\n|---|---|---|---|\n")
	for _, n := range names {
		k := s.ByKind[n]
		fmt.Fprintf(w, "| %s | %d | %s | %s |\n", n, k.N, pct(k.Hit1), pct(k.Facts))
	}
}
