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
		about: "With several reports loaded every line names its report. --track lists each target a\n" +
			"report set beside the result the report of the same city reviewing that year gives,\n" +
			"and whether it was met (load both reports, e.g. --seeds testdata/seeds).",
		setup: func(fs *flag.FlagSet, env Env) action {
			asJSON := fs.Bool("json", false, "print a JSON array")
			kind := fs.String("kind", "", "only figures of `KIND`: result, target or other")
			report := fs.String("report", "", "only figures of report `ID`")
			seedsDir := fs.String("seeds", "", seedsUsage)
			track := fs.Bool("track", false, "list targets beside their results in the next report, met or not")
			return func(ctx context.Context, env Env, args []string) error {
				return listFigures(ctx, env, figuresArgs{query: args, kind: *kind, report: *report, seedsDir: *seedsDir, asJSON: *asJSON, track: *track})
			}
		},
	}
}

type figuresArgs struct {
	query                  []string
	kind, report, seedsDir string
	asJSON, track          bool
}

// listFigures prints the figures of the reports, those whose indicator
// matches the query when one is given.
func listFigures(ctx context.Context, env Env, o figuresArgs) error {
	if err := checkSeedsDir(o.seedsDir); err != nil {
		return err
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
	q := strings.TrimSpace(strings.Join(o.query, " "))
	if o.track {
		return printTracked(env, idx.Tracked(rag.Tracks(reports), q, o.report), o.asJSON)
	}
	multi := len(reports) > 1
	var list []figures.Figure
	if q != "" {
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
		fmt.Fprintf(&b, "%s  %s  %s  %s\n", mark(f.Report, f.Paragraph, multi), label, ind, f.Text)
	}
	if len(list) == 0 {
		b.WriteString("no figures match\n")
	}
	if _, err := fmt.Fprint(env.Stdout, b.String()); err != nil {
		return fmt.Errorf("figures: %w", err)
	}
	return nil
}

// mark is "¶23", or with several reports loaded "panjin-2025 ¶23".
func mark(report string, n int, multi bool) string {
	if multi {
		return fmt.Sprintf("%s ¶%d", report, n)
	}
	return fmt.Sprintf("¶%d", n)
}

// printTracked prints targets beside results, one a line, or as JSON.
func printTracked(env Env, pairs []figures.Pair, asJSON bool) error {
	if asJSON {
		out := make([]figures.PairJSON, 0, len(pairs))
		for _, p := range pairs {
			out = append(out, p.JSON())
		}
		if err := writeJSON(env.Stdout, out); err != nil {
			return fmt.Errorf("figures: %w", err)
		}
		return nil
	}
	status := map[string]string{rag.StatusMet: "完成", rag.StatusNotMet: "未完成", rag.StatusUnclear: "无法直接比较"}
	var b strings.Builder
	for _, p := range pairs {
		fmt.Fprintf(&b, "%d年  %s  目标 %s〔%s ¶%d〕  结果 %s〔%s ¶%d〕  %s\n", p.Year, p.Target.Indicator,
			p.Target.Text, p.Target.Report, p.Target.Paragraph, p.Result.Text, p.Result.Report, p.Result.Paragraph, status[p.Status])
	}
	if len(pairs) == 0 {
		b.WriteString("no targets with results: load the report that set a year's targets beside the one that reviewed it (--seeds)\n")
	}
	if _, err := fmt.Fprint(env.Stdout, b.String()); err != nil {
		return fmt.Errorf("figures: %w", err)
	}
	return nil
}
