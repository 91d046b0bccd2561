// Package eval scores retrieval and answers against a hand-written question
// set with gold paragraphs and key facts.
package eval

import (
	"context"
	_ "embed"
	"fmt"
	"io"
	"slices"
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
	// Premise is the wrong figure a question states ("今年GDP目标8%对吧"):
	// the answer must correct it.
	Premise string `yaml:"premise"`
	Note    string `yaml:"note"`
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
	Questions       int     `json:"questions"`
	Answerable      int     `json:"answerable"`
	Unanswerable    int     `json:"unanswerable"`
	Hit1            float64 `json:"hit_at_1"`
	Hit5            float64 `json:"hit_at_5"`
	MRR             float64 `json:"mrr"`
	FactAccuracy    float64 `json:"key_fact_accuracy"`    // facts present in answers / all facts
	FigureAccuracy  float64 `json:"figure_accuracy"`      // figure/pair/premise questions with every fact present
	FigureQuestions int     `json:"figure_questions"`     // how many there were
	Refusal         float64 `json:"refusal_accuracy"`     // unanswerable questions answered "not found"
	FalseRefusal    float64 `json:"false_refusal_rate"`   // answerable questions answered "not found"
	Verbatim        float64 `json:"verbatim_quote_share"` // quotes that are exact substrings at their offsets
	Quotes          int     `json:"quotes"`
	// ConfidentlyWrong counts the worst answers: found on a question the
	// report does not answer; a headline figure that is not a key fact of
	// a question that has some; a wrong premise left uncorrected (or a
	// right one "corrected").
	ConfidentlyWrong     int     `json:"confidently_wrong"`
	ConfidentlyWrongRate float64 `json:"confidently_wrong_rate"`
	// HeadingPointers counts refusals whose nearest sections include a
	// part heading ("二、2025年工作安排"): a pointer that helps no one.
	HeadingPointers int                  `json:"refusals_pointing_at_part_headings"`
	ByKind          map[string]KindScore `json:"by_kind"`
	Failures        []Failure            `json:"failures,omitempty"`
}

// KindScore is the per-kind breakdown.
type KindScore struct {
	N                int     `json:"n"`
	Answerable       int     `json:"answerable"` // hit@1 is of these
	Hit1             float64 `json:"hit_at_1"`
	Facts            float64 `json:"facts"` // share of questions with every fact present (or correctly refused)
	ConfidentlyWrong int     `json:"confidently_wrong"`
}

// Failure records a question that missed, for tuning.
type Failure struct {
	ID     string `json:"id"`
	Reason string `json:"reason"`
}

var figureKinds = map[string]bool{"figure": true, "pair": true, "premise": true}

// Run scores eng on qs.
func Run(ctx context.Context, eng rag.Answerer, qs []Question) (*Scores, error) {
	t := &tally{s: &Scores{Questions: len(qs), ByKind: map[string]KindScore{}}, kinds: map[string]*kindTally{}}
	for _, q := range qs {
		if err := t.score(ctx, eng, q); err != nil {
			return nil, err
		}
	}
	return t.finish(), nil
}

// tally holds the counts Run keeps while it asks; finish turns them into
// the shares of Scores.
type tally struct {
	s                                                        *Scores
	factsTotal, factsHit, figQ, figOK, refused, falseRefused int
	verbatim                                                 int
	hit1, hit5, rr                                           float64
	kinds                                                    map[string]*kindTally
}

type kindTally struct{ n, answerable, hit1, ok, wrong int }

func (t *tally) fail(id, reason string) {
	t.s.Failures = append(t.s.Failures, Failure{id, reason})
}

// score asks q and counts what the answer got right and wrong.
func (t *tally) score(ctx context.Context, eng rag.Answerer, q Question) error {
	k := t.kinds[q.Kind]
	if k == nil {
		k = &kindTally{}
		t.kinds[q.Kind] = k
	}
	k.n++
	ans, err := eng.Ask(ctx, rag.Query{Text: q.Question})
	if err != nil {
		return fmt.Errorf("eval: %s: ask: %w", q.ID, err)
	}
	if why := confidentlyWrong(q, ans); why != "" {
		t.s.ConfidentlyWrong++
		k.wrong++
		t.fail(q.ID, "CONFIDENTLY WRONG: "+why+": "+firstLine(ans.Answer, 3))
	}
	for _, c := range ans.Citations {
		t.s.Quotes++
		if verbatim(eng, c) {
			t.verbatim++
		} else {
			t.fail(q.ID, fmt.Sprintf("quote not verbatim at ¶%d [%d,%d)", c.Paragraph, c.Start, c.End))
		}
	}
	if !q.Answerable {
		t.unanswerable(eng, q, ans, k)
		return nil
	}
	return t.answerable(ctx, eng, q, ans, k)
}

// unanswerable counts a question the report does not answer: right when
// refused.
func (t *tally) unanswerable(eng rag.Answerer, q Question, ans *rag.Answer, k *kindTally) {
	t.s.Unanswerable++
	if ans.Found {
		t.fail(q.ID, "answered an unanswerable question: "+firstLine(ans.Answer, 2))
		return
	}
	t.refused++
	k.ok++
	if pointsAtPartHeading(eng, ans) {
		t.s.HeadingPointers++
	}
}

// answerable counts a question the report answers: where search ranks its
// gold paragraph, and whether the answer holds every key fact.
func (t *tally) answerable(ctx context.Context, eng rag.Answerer, q Question, ans *rag.Answer, k *kindTally) error {
	t.s.Answerable++
	k.answerable++
	hits, err := eng.Search(ctx, rag.Query{Text: q.Question}, 10)
	if err != nil {
		return fmt.Errorf("eval: %s: search: %w", q.ID, err)
	}
	rank := goldRank(hits, q.Gold)
	if rank == 1 {
		t.hit1++
		k.hit1++
	}
	if rank >= 1 && rank <= 5 {
		t.hit5++
	}
	if rank > 0 {
		t.rr += 1 / float64(rank)
	}
	if !ans.Found && !otherPeriodOnly(ans) && !wholePlaceOnly(ans) {
		t.falseRefused++
	}
	all := t.facts(q, ans)
	if all {
		k.ok++
	} else {
		top := 0
		if len(hits) > 0 {
			top = hits[0].Passage.Para
		}
		t.fail(q.ID, fmt.Sprintf("facts %v missing (gold %v, top ¶%d, found=%v): %s", q.Facts, q.Gold, top, ans.Found, firstLine(ans.Answer, 3)))
	}
	if figureKinds[q.Kind] {
		t.figQ++
		if all {
			t.figOK++
		}
	}
	return nil
}

// goldRank is the 1-based rank of the first hit on a gold paragraph, or 0.
func goldRank(hits []rag.Hit, gold []int) int {
	for i, h := range hits {
		if slices.Contains(gold, h.Passage.Para) {
			return i + 1
		}
	}
	return 0
}

// facts counts q's key facts in the answer and reports whether it holds
// them all.
func (t *tally) facts(q Question, ans *rag.Answer) bool {
	all := true
	for _, f := range q.Facts {
		t.factsTotal++
		if ContainsFact(ans.Answer, f) {
			t.factsHit++
		} else {
			all = false
		}
	}
	return all
}

func share(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// finish turns the counts into Scores.
func (t *tally) finish() *Scores {
	s := t.s
	s.Hit1 = t.hit1 / float64(max(s.Answerable, 1))
	s.Hit5 = t.hit5 / float64(max(s.Answerable, 1))
	s.MRR = t.rr / float64(max(s.Answerable, 1))
	s.FactAccuracy = share(t.factsHit, t.factsTotal)
	s.FigureAccuracy, s.FigureQuestions = share(t.figOK, t.figQ), t.figQ
	s.Refusal = share(t.refused, s.Unanswerable)
	s.FalseRefusal = share(t.falseRefused, s.Answerable)
	s.Verbatim = share(t.verbatim, s.Quotes)
	if s.Quotes == 0 {
		s.Verbatim = 1
	}
	s.ConfidentlyWrongRate = share(s.ConfidentlyWrong, s.Questions)
	for name, k := range t.kinds {
		s.ByKind[name] = KindScore{N: k.n, Answerable: k.answerable, Hit1: share(k.hit1, k.n), Facts: share(k.ok, k.n), ConfidentlyWrong: k.wrong}
	}
	return s
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

// ContainsFact reports whether text holds fact, both normalized, with
// figures matched strictly: a fact that starts or ends with a digit does
// not match inside a longer number ("5%" is not in "5.5%", "2条" not in
// "12条", "5.5" not in "5.55").
func ContainsFact(text, fact string) bool {
	text, fact = rag.Normalize(text), rag.Normalize(fact)
	if fact == "" {
		return false
	}
	for from := 0; ; {
		i := strings.Index(text[from:], fact)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(fact)
		if !numberBefore(text[:i], fact) && !numberAfter(text[end:], fact) {
			return true
		}
		from = i + 1
	}
}

// numberBefore: fact starts with a digit and text before it ends in a
// digit or a decimal point, so fact would be the tail of a longer number.
func numberBefore(before, fact string) bool {
	if before == "" || !isDigit(fact[0]) {
		return false
	}
	c := before[len(before)-1]
	return isDigit(c) || c == '.'
}

// numberAfter: fact ends with a digit and a digit, or a decimal point
// and a digit, follow it.
func numberAfter(after, fact string) bool {
	if after == "" || !isDigit(fact[len(fact)-1]) {
		return false
	}
	return isDigit(after[0]) || after[0] == '.' && len(after) > 1 && isDigit(after[1])
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// confidentlyWrong says why ans is the worst kind of answer to q: found
// where the report does not answer; a headline figure (a figure part,
// outside quotes) that is none of the key facts while there are some; a
// wrong premise not corrected, or a right one corrected. "" when none.
func confidentlyWrong(q Question, ans *rag.Answer) string {
	if !q.Answerable {
		if ans.Found {
			return "found an answer the report does not give"
		}
		return ""
	}
	corrected := false
	summary := ans.Understood != nil && ans.Understood.Intent == "summary"
	for _, p := range ans.Parts {
		switch {
		case p.Type == rag.PartCorrection:
			corrected = true
		case p.Type == rag.PartFigure && ans.Found && len(q.Facts) > 0 && !summary && !isKeyFact(p.Figure.Value, q.Facts):
			// A summary's headline is the period's figures, each labelled,
			// not an answer to one figure question.
			return fmt.Sprintf("headline figure %s (%s) is not the one asked", p.Figure.Value, p.Figure.Indicator)
		}
	}
	switch {
	case q.Premise != "" && ans.Found && !corrected:
		return "the wrong premise " + q.Premise + " is not corrected"
	case q.Kind == "confirm" && corrected:
		return "a right figure was \"corrected\""
	}
	return ""
}

// isKeyFact: a figure is a key fact when one holds the other strictly
// ("2条" and "新增航线2条").
func isKeyFact(value string, facts []string) bool {
	for _, f := range facts {
		if ContainsFact(f, value) || ContainsFact(value, f) {
			return true
		}
	}
	return false
}

// otherPeriodOnly: the answer says the report gives the figure asked for
// only for the other period, and shows that one labelled: no refusal. A
// decline that shows no figure or quote ("没有2026年的数字", with the
// nearest sections) is one, though its grounding is the period's too.
func otherPeriodOnly(ans *rag.Answer) bool {
	if ans.Understood == nil || ans.Understood.Grounding != rag.GroundOtherPeriod {
		return false
	}
	return slices.ContainsFunc(ans.Parts, func(p rag.Part) bool { return p.Type == rag.PartFigure || p.Type == rag.PartQuote })
}

// wholePlaceOnly: the answer declines a figure claimed of a part of its
// place (大洼区) but shows the whole's figure, labelled as the whole's, in
// a correction: the asker gets the report's figure and whose it is, so
// the decline is no false refusal, as a figure shown for the other period
// is none.
func wholePlaceOnly(ans *rag.Answer) bool {
	return slices.ContainsFunc(ans.Parts, func(p rag.Part) bool { return p.Type == rag.PartCorrection && p.WholePlace != "" && p.Figure != nil })
}

// pointsAtPartHeading: a refusal whose nearest sections include a part
// heading, which is related to everything and so to nothing.
func pointsAtPartHeading(src rag.ReportSource, ans *rag.Answer) bool {
	for _, c := range ans.Citations {
		r, err := src.Report(c.Report)
		if err != nil {
			continue
		}
		if p, err := r.Paragraph(c.Paragraph); err == nil && p.Kind == rag.ParaPart {
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
	// A share of nothing is "n/a" (top table) or "—" (by kind), never 0.0%.
	pct := func(f float64, of int, none string) string {
		if of == 0 {
			return none
		}
		return fmt.Sprintf("%.1f%%", 100*f)
	}
	na := "n/a (no answerable questions)"
	fmt.Fprintf(w, "| metric | score |\n|---|---|\n")
	fmt.Fprintf(w, "| questions (answerable / unanswerable) | %d (%d / %d) |\n", s.Questions, s.Answerable, s.Unanswerable)
	mrr := na
	if s.Answerable > 0 {
		mrr = fmt.Sprintf("%.3f", s.MRR)
	}
	fmt.Fprintf(w, "| hit@1 | %s |\n| hit@5 | %s |\n| MRR | %s |\n", pct(s.Hit1, s.Answerable, na), pct(s.Hit5, s.Answerable, na), mrr)
	fmt.Fprintf(w, "| key-fact accuracy | %s |\n| figure accuracy | %s |\n", pct(s.FactAccuracy, s.Answerable, na),
		pct(s.FigureAccuracy, s.FigureQuestions, "n/a (no figure, pair or premise questions)"))
	fmt.Fprintf(w, "| refusal accuracy (unanswerable) | %s |\n| false refusals (answerable) | %s |\n",
		pct(s.Refusal, s.Unanswerable, "n/a (no unanswerable questions)"), pct(s.FalseRefusal, s.Answerable, na))
	fmt.Fprintf(w, "| verbatim quotes | %s of %d |\n", pct(s.Verbatim, s.Quotes, "n/a"), s.Quotes)
	fmt.Fprintf(w, "| **confidently wrong** | %d (%s) |\n", s.ConfidentlyWrong, pct(s.ConfidentlyWrongRate, s.Questions, "n/a"))
	fmt.Fprintf(w, "| refusals pointing at a part heading | %d |\n", s.HeadingPointers)
	names := make([]string, 0, len(s.ByKind))
	for n := range s.ByKind {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Fprintf(w, "\n| kind | n | hit@1 | all facts (or refused) | confidently wrong |\n|---|---|---|---|---|\n")
	for _, n := range names {
		k := s.ByKind[n]
		fmt.Fprintf(w, "| %s | %d | %s | %s | %d |\n", n, k.N, pct(k.Hit1, k.Answerable, "—"), pct(k.Facts, k.N, "—"), k.ConfidentlyWrong)
	}
}
