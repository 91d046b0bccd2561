package rag_test

import (
	"context"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// Regression tests for bugs found in review; each failed before its fix.

// With two reports loaded, a question scoped to the second report is told the
// years of the first: notFound and otherPeriodOnly take e.ix.years(nil),
// which is ix.reports[0], not the scoped report.
func TestScopedNotFoundNamesOtherReportsYears(t *testing.T) {
	eng := buildEngine(t, []*rag.Report{loadSeed(t), loadSynth(t)}, false)
	for _, q := range []string{"2025年地区生产总值增长多少？", "2022年地区生产总值增长多少？"} {
		a, err := eng.Ask(context.Background(), rag.Query{Text: q, Report: synthID})
		if err != nil {
			t.Fatal(err)
		}
		checkAnswer(t, eng.Index(), q, a)
		if strings.Contains(a.Answer, "2025年的目标") || !strings.Contains(a.Answer, "2023年的结果和2024年的目标") {
			t.Errorf("Ask(%q in %s) names the wrong report's years:\n%s", q, synthID, a.Answer)
		}
	}
}

// A question scoped to one report is checked for "words the report never
// mentions" against the text of all reports: ix.corpus is built from every
// report, so words only the other report has pass as mentioned.
func TestScopedMissingWordsUseAllReports(t *testing.T) {
	const q = "光伏电站有几座"
	alone, err := seedEngine(t, false).Ask(context.Background(), rag.Query{Text: q})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(alone.Answer, "光伏电站") {
		t.Fatalf("test premise: the seed-only engine should name 光伏电站 as not mentioned:\n%s", alone.Answer)
	}
	eng := buildEngine(t, []*rag.Report{loadSeed(t), loadSynth(t)}, false)
	a, err := eng.Ask(context.Background(), rag.Query{Text: q, Report: seedID})
	if err != nil {
		t.Fatal(err)
	}
	if a.Found || !strings.Contains(a.Answer, "光伏电站") {
		t.Errorf("Ask(%q in %s): want 光伏电站 named as not mentioned, as with the seed alone:\n%s", q, seedID, a.Answer)
	}
}
