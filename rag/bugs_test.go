package rag_test

import (
	"context"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// Known bugs, each pinned by a test that fails without its t.Skip. Remove the
// skip when the bug is fixed.

// With two reports loaded, a question scoped to the second report is told the
// years of the first: notFound and otherPeriodOnly take e.ix.years(nil),
// which is ix.reports[0], not the scoped report.
func TestBugScopedNotFoundNamesOtherReportsYears(t *testing.T) {
	t.Skip("BUG: rag/extract.go notFound/otherPeriodOnly use e.ix.years(nil) (the first report's years) instead of the scoped report's: " +
		`NewIndex([panjin-2025, testcity-2024]); Ask(Query{Text: "2025年地区生产总值增长多少？", Report: "testcity-2024"}) answers ` +
		`"报告只给出2024年的结果和2025年的目标，没有2025年的数字。" (self-contradictory; testcity-2024 covers 2023 results and 2024 plans)`)
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
func TestBugScopedMissingWordsUseAllReports(t *testing.T) {
	t.Skip("BUG: rag/analyze.go missingWords checks ix.corpus (all reports) even when the query is scoped to one: " +
		`seed alone: Ask("光伏电站新建了几座") = "报告未提及“光伏电站、几座”。"; NewIndex([panjin-2025, testcity-2024]) and ` +
		`Ask(Query{Text: "光伏电站新建了几座", Report: "panjin-2025"}) = "报告未提及“几座”。" although panjin-2025 never mentions 光伏电站`)
	const q = "光伏电站新建了几座"
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
