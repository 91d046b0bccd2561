package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/reportbot/reportbot/config"
	"github.com/reportbot/reportbot/rag"
)

func newFlagSet(name string, env Env) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	return fs
}

// parseFlags turns flag errors into usage errors.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return usagef("%s: help requested", fs.Name())
		}
		return usagef("%s: %v", fs.Name(), err)
	}
	return nil
}

// questionArg joins the positional arguments into one question.
func questionArg(fs *flag.FlagSet, what string) (string, error) {
	q := strings.Join(fs.Args(), " ")
	if strings.TrimSpace(q) == "" {
		return "", usagef("%s: give a %s, e.g. reportbot %s \"2025年地区生产总值增长目标是多少？\"", fs.Name(), what, fs.Name())
	}
	return q, nil
}

// asUsage turns the engine's refusals of bad questions into usage errors.
func asUsage(cmd string, err error) error {
	if errors.Is(err, rag.ErrEmptyQuestion) || errors.Is(err, rag.ErrQuestionTooLong) || errors.Is(err, rag.ErrUnknownReport) || errors.Is(err, rag.ErrNoParagraph) {
		return usagef("%s: %v", cmd, err)
	}
	return err
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func askCmd(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet("ask", env)
	var ef engineFlags
	ef.register(fs)
	asJSON := fs.Bool("json", false, "print the answer as JSON")
	report := fs.String("report", "", "answer from the report with this `ID` only")
	cfgPath := fs.String("config", "", "read `FILE` (config.example.yaml): with llm.model set, a model writes the answer")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	q, err := questionArg(fs, "question")
	if err != nil {
		return err
	}
	cfg, err := config.Load(*cfgPath, env.Getenv)
	if err != nil {
		return err
	}
	if ef.seedsDir != "" {
		cfg.Seeds = ef.seedsDir
	}
	if ef.storeDir != "" {
		cfg.Store.Dir = ef.storeDir
	}
	st, err := buildStack(ctx, cfg, cfg.Log.NewLogger(env.Stderr), env.Stderr, nil)
	if err != nil {
		return err
	}
	ans, err := st.answerer.Ask(ctx, rag.Query{Text: q, Report: *report})
	if err != nil {
		return asUsage("ask", err)
	}
	if *asJSON {
		return writeJSON(env.Stdout, ans)
	}
	fmt.Fprintln(env.Stdout, ans.Answer)
	refs := ans.Reports
	if len(refs) == 0 && ans.Report.ID != "" {
		refs = []rag.ReportRef{ans.Report}
	}
	for _, r := range refs {
		fmt.Fprintf(env.Stdout, "\n—— %s（%s 版本 %.12s）", r.Title, ans.Mode, r.Version)
	}
	fmt.Fprintln(env.Stdout)
	return nil
}

func searchCmd(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet("search", env)
	var ef engineFlags
	ef.register(fs)
	asJSON := fs.Bool("json", false, "print results as JSON")
	k := fs.Int("k", 5, "number of passages (1–50)")
	report := fs.String("report", "", "search the report with this `ID` only")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *k < 1 || *k > 50 {
		return usagef("search: -k must be between 1 and 50, got %d", *k)
	}
	q, err := questionArg(fs, "query")
	if err != nil {
		return err
	}
	eng, err := BuildEngine(ctx, EngineOptions{SeedsDir: ef.seedsDir, StoreDir: ef.storeDir, Progress: env.Stderr})
	if err != nil {
		return err
	}
	hits, err := eng.Search(ctx, rag.Query{Text: q, Report: *report}, *k)
	if err != nil {
		return asUsage("search", err)
	}
	results := make([]rag.SearchResult, len(hits))
	for i, h := range hits {
		results[i] = h.Result()
	}
	if *asJSON {
		return writeJSON(env.Stdout, results)
	}
	if len(results) == 0 {
		fmt.Fprintln(env.Stdout, "没有找到相关段落。")
	}
	multi := len(eng.Reports()) > 1
	for i, r := range results {
		fmt.Fprintf(env.Stdout, "%d. %s  %.4f  %s  %s\n   %s\n", i+1, mark(r.Report, r.Paragraph, multi), r.Score, r.Period.Label(), r.Section, r.Text)
	}
	return nil
}

func paraCmd(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet("para", env)
	var ef engineFlags
	ef.register(fs)
	report := fs.String("report", "", "the report `ID` (needed when several are loaded)")
	asJSON := fs.Bool("json", false, "print the paragraph as JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("para: give one paragraph number, e.g. reportbot para 23")
	}
	n, err := strconv.Atoi(strings.TrimPrefix(fs.Arg(0), "¶"))
	if err != nil {
		return usagef("para: %q is not a paragraph number", fs.Arg(0))
	}
	reports, err := loadReports(ef.seedsDir)
	if err != nil {
		return err
	}
	r, err := pickReport(reports, *report)
	if err != nil {
		if *report == "" {
			return usagef("para: several reports are loaded; choose one with --report")
		}
		return asUsage("para", err)
	}
	p, err := r.Paragraph(n)
	if err != nil {
		return usagef("para: %v", err)
	}
	if *asJSON {
		return writeJSON(env.Stdout, map[string]any{
			"report": r.Meta.ID, "paragraph": p.N, "section": p.Path(), "period": p.Period, "text": p.Text, "quotable": p.Quotable(),
		})
	}
	fmt.Fprintf(env.Stdout, "%s  %s  %s\n%s\n", mark(r.Meta.ID, p.N, len(reports) > 1), p.Period.Label(), p.Path(), p.Text)
	if !p.Quotable() {
		fmt.Fprintln(env.Stdout, "（此行为网页链接，不属于报告正文，回答不会引用。）")
	}
	return nil
}

// pickReport is the report with id; "" means the only report.
func pickReport(reports []*rag.Report, id string) (*rag.Report, error) {
	if id == "" && len(reports) == 1 {
		return reports[0], nil
	}
	for _, r := range reports {
		if r.Meta.ID == id {
			return r, nil
		}
	}
	return nil, fmt.Errorf("%w: %q", rag.ErrUnknownReport, id)
}
