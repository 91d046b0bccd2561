package rag_test

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"sort"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// The JSON of an answer is the documented shape of `reportbot ask --json`.
func TestAnswerJSON(t *testing.T) {
	eng := seedEngine(t, false)
	a, err := eng.Ask(context.Background(), rag.Query{Text: "2025年地区生产总值增长目标是多少？"})
	if err != nil {
		t.Fatal(err)
	}
	if !a.Found || len(a.Citations) == 0 {
		t.Fatalf("test premise: a found answer, got:\n%s", a.Answer)
	}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if got, want := keys(m), []string{"answer", "citations", "found", "lang", "mode", "parts", "question", "report", "understood"}; !reflect.DeepEqual(got, want) {
		t.Errorf("answer JSON keys %v, want %v", got, want)
	}
	if got, want := keys(m["report"].(map[string]any)), []string{"id", "title", "version"}; !reflect.DeepEqual(got, want) {
		t.Errorf("report JSON keys %v, want %v", got, want)
	}
	c := m["citations"].([]any)[0].(map[string]any)
	if got, want := keys(c), []string{"end", "paragraph", "period", "quote", "report", "section", "start"}; !reflect.DeepEqual(got, want) {
		t.Errorf("citation JSON keys %v, want %v", got, want)
	}
	if c["period"] != "2025-plan" || c["report"] != seedID || c["paragraph"] != float64(23) {
		t.Errorf("citation JSON %v, want ¶23 of %s with period \"2025-plan\"", c, seedID)
	}
	// And back: the same answer.
	var back rag.Answer
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("unmarshal answer JSON: %v", err)
	}
	if !reflect.DeepEqual(&back, a) {
		t.Errorf("answer JSON does not round-trip:\n got %+v\nwant %+v", back, *a)
	}
	// A not-found answer has "citations": [] or a list, never null.
	nf, err := eng.Ask(context.Background(), rag.Query{Text: "😀"})
	if err != nil {
		t.Fatal(err)
	}
	b, _ = json.Marshal(nf)
	var raw map[string]json.RawMessage
	_ = json.Unmarshal(b, &raw)
	if string(raw["citations"]) == "null" {
		t.Errorf("not-found answer JSON has \"citations\": null")
	}
}

func keys(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func TestPeriodText(t *testing.T) {
	for _, p := range []rag.Period{{}, {Kind: rag.PeriodResult, Year: 2024}, {Kind: rag.PeriodPlan, Year: 2025}, {Kind: rag.PeriodPlan, Year: 1999}} {
		b, err := p.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var q rag.Period
		if err := q.UnmarshalText(b); err != nil || q != p {
			t.Errorf("Period %+v → %q → %+v, %v", p, b, q, err)
		}
	}
	for _, s := range []string{"2025", "plan", "2025-", "2025-goal", "x-plan", "2025-plan-x", "-plan"} {
		var q rag.Period
		if err := q.UnmarshalText([]byte(s)); err == nil {
			t.Errorf("UnmarshalText(%q) = %+v, want an error", s, q)
		}
	}
}

// Report.Paragraph's error is documented as rag.ErrNoParagraph (answer.go:
// "Errors a caller maps to a usage message or a 4xx status"); the server maps
// it to 404 with errors.Is.
func TestParagraphErrorIsErrNoParagraph(t *testing.T) {
	r := loadSeed(t)
	for _, n := range []int{0, -3, seedParagraphs + 1} {
		_, err := r.Paragraph(n)
		if err == nil {
			t.Fatalf("Paragraph(%d): no error", n)
		}
		if !errors.Is(err, rag.ErrNoParagraph) {
			t.Errorf("Paragraph(%d) error %q does not wrap rag.ErrNoParagraph", n, err)
		}
	}
}

// A report's own place names come from its metadata, not from rag's code:
// naming the place asks about the report, not about a word it lacks.
func TestPlaceNamesFromMetadata(t *testing.T) {
	ctx := context.Background()
	synth := loadSynth(t)
	for _, tc := range []struct {
		aliases []string
		q       string
	}{
		{nil, "测试市2024年地区生产总值增长目标是多少"}, // city: 测试市
		{nil, "测试2024年地区生产总值增长目标是多少"},  // the city without 市
		{[]string{"Testville"}, "What is Testville's GDP growth target for 2024?"},
	} {
		r := *synth
		r.Meta.Aliases = tc.aliases
		eng := buildEngine(t, []*rag.Report{&r}, false)
		a, err := eng.Ask(ctx, rag.Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		if !a.Found {
			t.Errorf("%q (aliases %v): not found:\n%s", tc.q, tc.aliases, a.Answer)
		}
	}
}

func TestCorrectValue(t *testing.T) {
	up := &rag.AnswerFigure{Value: "1.9%", Direction: 1}
	down := &rag.AnswerFigure{Value: "25.8%", Direction: -1}
	for _, tc := range []struct {
		p    rag.Part
		lang string
		want string
	}{
		{rag.Part{Type: rag.PartCorrection, Figure: up, Stated: "8%"}, "zh", "1.9%"},
		{rag.Part{Type: rag.PartCorrection, Figure: up, Stated: "fell 1.9%", WrongWay: true}, "en", "a rise of 1.9%"},
		{rag.Part{Type: rag.PartCorrection, Figure: down, Stated: "上升了25.8%", WrongWay: true}, "zh", "下降25.8%"},
		{rag.Part{Type: rag.PartCorrection, Figure: &rag.AnswerFigure{Value: "7.5亿美元"}, WrongWay: true}, "zh", "7.5亿美元"},
		{rag.Part{Type: rag.PartCorrection}, "zh", ""},
	} {
		if got := tc.p.CorrectValue(tc.lang); got != tc.want {
			t.Errorf("CorrectValue(%+v, %s) = %q, want %q", tc.p, tc.lang, got, tc.want)
		}
	}
}
