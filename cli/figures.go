package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"strings"

	"github.com/reportbot/reportbot/figures"
	"github.com/reportbot/reportbot/rag"
)

// figureJSON is one line of `reportbot figures --json`.
type figureJSON struct {
	Indicator string       `json:"indicator"`
	Value     string       `json:"value"`  // as written, qualifiers included: "5.5%左右"
	Number    float64      `json:"number"` // normalised: 1.9万人 → 19000
	Max       *float64     `json:"max,omitempty"`
	Unit      string       `json:"unit"`
	Qualifier string       `json:"qualifier"`
	Direction int          `json:"direction,omitempty"`
	Kind      figures.Kind `json:"kind"`
	Period    rag.Period   `json:"period"`
	Report    string       `json:"report"`
	Paragraph int          `json:"paragraph"`
	Start     int          `json:"start"`
	End       int          `json:"end"`
}

// figuresCmd lists the figures of the reports:
//
//	reportbot figures [--json] [--kind result|target|other] [--report ID] [QUERY]
//
// QUERY keeps the figures whose indicator matches it (the words of a
// question will do: "GDP", "公交车").
func figuresCmd(ctx context.Context, env Env, args []string) error {
	fs := flag.NewFlagSet("figures", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	asJSON := fs.Bool("json", false, "print a JSON array")
	kind := fs.String("kind", "", "only figures of `KIND`: result, target or other")
	report := fs.String("report", "", "only figures of report `ID`")
	seedsDir := fs.String("seeds", "", "also load the reports in `DIR` (NAME.txt with NAME.yaml metadata)")
	// Flags may come after the query too: figures GDP --json.
	var query []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return usagef("figures: help requested")
			}
			return usagef("figures: %v", err)
		}
		if fs.NArg() == 0 {
			break
		}
		query = append(query, fs.Arg(0))
		args = fs.Args()[1:]
	}
	k := figures.Kind(*kind)
	switch k {
	case "", figures.KindResult, figures.KindTarget, figures.KindOther:
	default:
		return usagef("figures: --kind %q: want result, target or other", *kind)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	reports, err := loadReports(*seedsDir)
	if err != nil {
		return fmt.Errorf("figures: %w", err)
	}
	if *report != "" {
		found := false
		for _, r := range reports {
			found = found || r.Meta.ID == *report
		}
		if !found {
			return usagef("figures: --report %q: no such report", *report)
		}
	}
	idx := figures.NewIndex(reports, rag.DefaultLexicon().Expand)
	var list []figures.Figure
	if q := strings.TrimSpace(strings.Join(query, " ")); q != "" {
		list = idx.Search(figures.Query{Text: q, Kind: k, Report: *report})
	} else {
		for _, f := range idx.All() {
			if (k == "" || f.Kind == k) && (*report == "" || f.Report == *report) {
				list = append(list, f)
			}
		}
	}
	if *asJSON {
		out := make([]figureJSON, 0, len(list))
		for _, f := range list {
			j := figureJSON{
				Indicator: f.Indicator, Value: f.Text, Number: f.Value, Unit: f.Unit,
				Qualifier: f.Qualifier, Direction: f.Direction, Kind: f.Kind, Period: f.Period,
				Report: f.Report, Paragraph: f.Paragraph, Start: f.Start, End: f.End,
			}
			if f.Max != f.Value {
				m := f.Max
				j.Max = &m
			}
			out = append(out, j)
		}
		enc := json.NewEncoder(env.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			return fmt.Errorf("figures: %w", err)
		}
		return nil
	}
	var b strings.Builder
	for _, f := range list {
		label := f.Period.Label()
		if label == "" {
			label = "—"
		}
		ind := f.Indicator
		if ind == "" {
			ind = "—"
		}
		fmt.Fprintf(&b, "¶%d  %s  %s  %s\n", f.Paragraph, label, ind, f.Text)
	}
	if len(list) == 0 {
		b.WriteString("no figures match\n")
	}
	if _, err := fmt.Fprint(env.Stdout, b.String()); err != nil {
		return fmt.Errorf("figures: %w", err)
	}
	return nil
}
