package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/reportbot/reportbot/cli"
	"github.com/reportbot/reportbot/rag"
)

func runCLI(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, func(string) string { return "" }, &out, &errb)
	return out.String(), errb.String(), err
}

func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want string // in the error message
	}{
		{"no command", nil, "no command"},
		{"unknown command", []string{"frobnicate"}, "unknown command"},
		{"ask without question", []string{"ask"}, "give a question"},
		{"ask empty", []string{"ask", ""}, "give a question"},
		{"ask whitespace", []string{"ask", "  \t\n "}, "give a question"},
		{"ask huge", []string{"ask", strings.Repeat("盘锦", 50_000)}, "too long"},
		{"ask bad flag", []string{"ask", "--nope", "x"}, "flag provided but not defined"},
		{"ask unknown report", []string{"ask", "--report", "nope", "GDP"}, "no such report"},
		{"search bad k", []string{"search", "-k", "0", "外贸"}, "-k must be"},
		{"para none", []string{"para"}, "one paragraph number"},
		{"para zero", []string{"para", "0"}, "¶1–¶77"},
		{"para too big", []string{"para", "999"}, "¶1–¶77"},
		{"para not a number", []string{"para", "abc"}, "not a paragraph number"},
		{"para negative", []string{"para", "--", "-3"}, "¶1–¶77"},
		{"eval two sets", []string{"eval", "--heldout", "--fresh"}, "pick one"},
		{"eval set and file", []string{"eval", "--fresh", "--file", "x.yaml"}, "pick one"},
		{"eval bad ablation", []string{"eval", "--ablate", "nothing"}, "--ablate takes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := runCLI(t, tc.args...)
			if err == nil {
				t.Fatal("no error")
			}
			if !cli.IsUsage(err) {
				t.Errorf("error %q is not a usage error (exit 2)", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not mention %q", err, tc.want)
			}
		})
	}
}

func TestAskJSONShape(t *testing.T) {
	out, _, err := runCLI(t, "ask", "--json", "2025年地区生产总值增长目标是多少？")
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Question string `json:"question"`
		Answer   string `json:"answer"`
		Found    *bool  `json:"found"`
		Mode     string `json:"mode"`
		Report   struct {
			ID, Title, Version string
		} `json:"report"`
		Citations []struct {
			Report    string `json:"report"`
			Paragraph int    `json:"paragraph"`
			Section   string `json:"section"`
			Period    string `json:"period"`
			Quote     string `json:"quote"`
			Start     *int   `json:"start"`
			End       *int   `json:"end"`
		} `json:"citations"`
	}
	dec := json.NewDecoder(strings.NewReader(out))
	if err := dec.Decode(&got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if got.Found == nil || !*got.Found || got.Mode != "extractive" || got.Report.ID != "panjin-2025" || len(got.Report.Version) != 64 {
		t.Errorf("unexpected header: %+v", got)
	}
	if len(got.Citations) == 0 {
		t.Fatal("no citations")
	}
	c := got.Citations[0]
	if c.Paragraph != 23 || c.Period != "2025-plan" || c.Start == nil || c.End == nil {
		t.Errorf("first citation %+v, want ¶23 2025-plan with offsets", c)
	}
	if !strings.Contains(got.Answer, "5.5%左右") || !strings.Contains(got.Answer, "〔¶23〕") {
		t.Errorf("answer lacks the figure or its citation: %s", got.Answer)
	}
	if utf8.RuneCountInString(c.Quote) != *c.End-*c.Start {
		t.Errorf("quote length %d != end-start %d", utf8.RuneCountInString(c.Quote), *c.End-*c.Start)
	}
}

func TestAskHostileInputDoesNotPanic(t *testing.T) {
	for _, q := range []string{"\xff\xfe\xfd", "😀😀😀", "？？？！！！", "<script>alert(1)</script>", "'; DROP TABLE reports; --"} {
		out, _, err := runCLI(t, "ask", q)
		if err != nil && !cli.IsUsage(err) {
			t.Errorf("%q: %v", q, err)
		}
		if err == nil && out == "" {
			t.Errorf("%q: no output", q)
		}
	}
}

func TestParaAndSearch(t *testing.T) {
	out, _, err := runCLI(t, "para", "23")
	if err != nil || !strings.Contains(out, "¶23") || !strings.Contains(out, "地区生产总值增长5.5%左右") || !strings.Contains(out, "2025年目标") {
		t.Errorf("para 23: %v\n%s", err, out)
	}
	out, _, err = runCLI(t, "para", "77")
	if err != nil || !strings.Contains(out, "不属于报告正文") {
		t.Errorf("para 77 should be marked as a link line: %v\n%s", err, out)
	}
	out, _, err = runCLI(t, "search", "--json", "-k", "3", "进出口")
	if err != nil {
		t.Fatal(err)
	}
	var hits []rag.SearchResult
	if err := json.Unmarshal([]byte(out), &hits); err != nil || len(hits) != 3 {
		t.Fatalf("search --json: %v, %d hits", err, len(hits))
	}
	for i := 1; i < len(hits); i++ {
		if hits[i].Score > hits[i-1].Score {
			t.Errorf("scores not descending: %v", hits)
		}
	}
}

func TestHelp(t *testing.T) {
	out, _, err := runCLI(t, "help")
	if err != nil || !strings.Contains(out, "reportbot ask") {
		t.Errorf("help: %v\n%s", err, out)
	}
}

func TestSeveralReports(t *testing.T) {
	out, _, err := runCLI(t, "ask", "--json", "--seeds", "testdata/seeds", "--report", "demo-2024", "今年新建口袋公园多少个？")
	if err != nil {
		t.Fatal(err)
	}
	var ans struct {
		Report    struct{ ID string } `json:"report"`
		Citations []struct {
			Report string `json:"report"`
			Period string `json:"period"`
			Quote  string `json:"quote"`
		} `json:"citations"`
	}
	if err := json.Unmarshal([]byte(out), &ans); err != nil {
		t.Fatal(err)
	}
	if ans.Report.ID != "demo-2024" || len(ans.Citations) == 0 {
		t.Fatalf("scoped answer: %s", out)
	}
	for _, c := range ans.Citations {
		if c.Report != "demo-2024" {
			t.Errorf("citation from %s in an answer scoped to demo-2024", c.Report)
		}
	}
	if !strings.Contains(ans.Citations[0].Quote, "15个") || ans.Citations[0].Period != "2024-plan" {
		t.Errorf("first citation %+v, want the 2024 plan's 15个", ans.Citations[0])
	}
	// Unscoped, the Panjin report still answers its own questions, naming itself.
	out, _, err = runCLI(t, "ask", "--json", "--seeds", "testdata/seeds", "盘锦2025年公交车计划购置多少台？")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `"report": "panjin-2025"`) || !strings.Contains(out, "132台") {
		t.Errorf("unscoped answer did not come from the Panjin report:\n%s", out)
	}
	// para needs a report when several are loaded.
	if _, _, err := runCLI(t, "para", "--seeds", "testdata/seeds", "3"); err == nil || !cli.IsUsage(err) {
		t.Errorf("para without --report among several reports: %v", err)
	}
	out, _, err = runCLI(t, "para", "--seeds", "testdata/seeds", "--report", "demo-2024", "5")
	if err != nil || !strings.Contains(out, "2023年结果") {
		t.Errorf("para 5 of demo-2024: %v\n%s", err, out)
	}
}
