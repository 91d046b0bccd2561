package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"strings"

	"github.com/reportbot/reportbot/figures"
	"github.com/reportbot/reportbot/rag"
)

func figuresCommand() command {
	return command{
		name: "figures", args: "[QUERY]",
		argHelp: [][2]string{{"QUERY", "keep the figures whose indicator matches it; the words of a question will do (GDP, 公交车)"}},
		summary: "the figures index: every number in the report(s), as written",
		setup: func(fs *flag.FlagSet, env Env) action {
			asJSON := fs.Bool("json", false, "print a JSON array")
			kind := fs.String("kind", "", "only figures of `KIND`: result, target or other")
			report := fs.String("report", "", "only figures of report `ID`")
			seedsDir := fs.String("seeds", "", seedsUsage)
			return func(ctx context.Context, env Env, args []string) error {
				return listFigures(ctx, env, figuresArgs{query: args, kind: *kind, report: *report, seedsDir: *seedsDir, asJSON: *asJSON})
			}
		},
	}
}

type figuresArgs struct {
	query                  []string
	kind, report, seedsDir string
	asJSON                 bool
}

// listFigures prints the figures of the reports, those whose indicator
// matches the query when one is given.
func listFigures(ctx context.Context, env Env, o figuresArgs) error {
	if o.seedsDir != "" {
		if err := checkSeedsDir(o.seedsDir); err != nil {
			return err
		}
	}
	k := figures.Kind(o.kind)
	switch k {
	case "", figures.KindResult, figures.KindTarget, figures.KindOther:
	default:
		return usagef("figures: --kind %q: want result, target or other", o.kind)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	reports, err := loadReports(o.seedsDir)
	if err != nil {
		return fmt.Errorf("figures: %w", err)
	}
	if o.report != "" {
		found := false
		for _, r := range reports {
			found = found || r.Meta.ID == o.report
		}
		if !found {
			return usagef("figures: --report %q: no such report", o.report)
		}
	}
	idx := figures.NewIndex(reports, rag.DefaultLexicon().Expand)
	var list []figures.Figure
	if q := strings.TrimSpace(strings.Join(o.query, " ")); q != "" {
		list = idx.Search(figures.Query{Text: q, Kind: k, Report: o.report})
	} else {
		for _, f := range idx.All() {
			if (k == "" || f.Kind == k) && (o.report == "" || f.Report == o.report) {
				list = append(list, f)
			}
		}
	}
	if o.asJSON {
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
