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
		out := make([]rag.AnswerFigure, 0, len(list))
		for _, f := range list {
			out = append(out, f.JSON())
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
