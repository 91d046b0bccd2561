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

// questionArg joins the positional arguments into one question.
func questionArg(cmd, what string, args []string) (string, error) {
	q := strings.Join(args, " ")
	if strings.TrimSpace(q) == "" {
		return "", usagef("%s: give a %s, e.g. reportbot %s \"2025年地区生产总值增长目标是多少？\"", cmd, what, cmd)
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

// seedsUsage is the --seeds flag's help, the same for every command.
const seedsUsage = "also load the reports in `DIR` (NAME.txt with NAME.yaml metadata, as in seeds/)"

const questionHelp = "in Chinese or English; several arguments are joined with spaces"

func askCommand() command {
	return command{
		name: "ask", args: "QUESTION",
		argHelp: [][2]string{{"QUESTION", "the question, " + questionHelp}},
		summary: "answer a question with verbatim quotes and 〔¶N〕 citations",
		about: "Prints the answer, then a footer naming the report, its report version (the first\n" +
			"12 hex digits of the SHA-256 of its text) and how it was answered. With --config\n" +
			"and llm.model set, a model writes the answer from the same passages.",
		setup: func(fs *flag.FlagSet, env Env) action {
			var ef engineFlags
			ef.register(fs)
			asJSON := fs.Bool("json", false, "print the answer as the HTTP API's JSON")
			report := fs.String("report", "", "answer from the report with this `ID` only")
			cfgPath := fs.String("config", "", "read `FILE` (see config.example.yaml): with llm.model set, a model writes the answer")
			return func(ctx context.Context, env Env, args []string) error {
				q, err := questionArg("ask", "question", args)
				if err != nil {
					return err
				}
				cfg, err := loadConfig(*cfgPath, env, ef)
				if err != nil {
					return err
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
				if f := footer(ans); f != "" {
					fmt.Fprintf(env.Stdout, "\n%s\n", f)
				}
				return nil
			}
		},
	}
}

// footer names the report an answer came from (each, when it compares
// reports; none, when it asks which), the report version (not the
// program's: `reportbot version` prints that) and how it was answered.
func footer(a *rag.Answer) string {
	refs := a.Reports
	if len(refs) == 0 && (a.Report.ID != "" || a.Report.Title != "") {
		refs = []rag.ReportRef{a.Report}
	}
	lines := make([]string, 0, len(refs))
	for _, r := range refs {
		v := r.Version
		if len(v) > 12 {
			v = v[:12]
		}
		if a.Lang == "en" {
			how := "quoted from the report"
			if a.Mode == rag.ModeLLM {
				how = "written by a model, checked against the report"
			}
			lines = append(lines, fmt.Sprintf("—— %s (report version %s; %s)", r.Title, v, how))
			continue
		}
		how := "摘录原文"
		if a.Mode == rag.ModeLLM {
			how = "模型撰写，已核对原文"
		}
		lines = append(lines, fmt.Sprintf("—— %s（报告版本 %s；%s）", r.Title, v, how))
	}
	return strings.Join(lines, "\n")
}

// loadConfig reads the configuration and applies --seeds and --store.
func loadConfig(path string, env Env, ef engineFlags) (*config.Config, error) {
	cfg, err := config.Load(path, env.Getenv)
	if err != nil {
		return nil, err
	}
	if ef.seedsDir != "" {
		if err := checkSeedsDir(ef.seedsDir); err != nil {
			return nil, err
		}
		cfg.Seeds = ef.seedsDir
	}
	if ef.storeDir != "" {
		cfg.Store.Dir = ef.storeDir
	}
	return cfg, nil
}

// checkSeedsDir says so when --seeds names no folder, before the loader
// would report an empty set of reports.
func checkSeedsDir(dir string) error {
	if dir == "" {
		return nil // no --seeds: the embedded reports only
	}
	if err := config.CheckDir(dir); err != nil {
		return usagef("--seeds: %v", err)
	}
	return nil
}

func searchCommand() command {
	return command{
		name: "search", args: "QUERY",
		argHelp: [][2]string{{"QUERY", "what to look for, " + questionHelp}},
		summary: "ranked passages with fused scores and each retrieval leg's rank (staff)",
		about: "Each passage shows its paragraph, fused score, rank in the BM25 and vector legs\n" +
			"(— when a leg did not find it), period and section. Long passages are cut to three\n" +
			"lines; -v or --json prints them whole.",
		setup: func(fs *flag.FlagSet, env Env) action {
			var ef engineFlags
			ef.register(fs)
			asJSON := fs.Bool("json", false, "print results as JSON")
			k := fs.Int("k", 5, "print `N` passages, 1 to 50")
			report := fs.String("report", "", "search the report with this `ID` only")
			verbose := fs.Bool("v", false, "print each passage whole")
			return func(ctx context.Context, env Env, args []string) error {
				if *k < 1 || *k > 50 {
					return usagef("search: -k must be between 1 and 50, got %d", *k)
				}
				q, err := questionArg("search", "query", args)
				if err != nil {
					return err
				}
				if err := checkSeedsDir(ef.seedsDir); err != nil {
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
				maxLines := 3
				if *verbose {
					maxLines = 0
				}
				printSearch(env.Stdout, results, len(eng.Index().Reports()) > 1, columns(env), maxLines)
				return nil
			}
		},
	}
}

// printSearch writes one block per result: rank, paragraph, score and each
// leg's rank; the period and section; the passage wrapped to cols (at most
// maxLines lines when maxLines > 0).
func printSearch(w io.Writer, results []rag.SearchResult, several bool, cols, maxLines int) {
	if len(results) == 0 {
		fmt.Fprintln(w, "没有找到相关段落。")
	}
	legRank := func(n int) string {
		if n == 0 {
			return "—"
		}
		return "#" + strconv.Itoa(n)
	}
	for i, r := range results {
		para := fmt.Sprintf("¶%d", r.Paragraph)
		if several {
			para = r.Report + " " + para
		}
		fmt.Fprintln(w, truncate(fmt.Sprintf("%d. %s  score %.4f  BM25 %s  vector %s", i+1, para, r.Score, legRank(r.LexicalRank), legRank(r.VectorRank)), cols))
		var where []string
		for _, s := range []string{r.Period.Label(), r.Section} {
			if s != "" {
				where = append(where, s)
			}
		}
		if len(where) > 0 {
			fmt.Fprintln(w, "   "+truncate(strings.Join(where, " · "), cols-3))
		}
		fmt.Fprintln(w, indented(r.Text, "   ", cols, maxLines))
	}
}

func paraCommand() command {
	return command{
		name: "para", args: "N",
		argHelp: [][2]string{{"N", "the paragraph number: 23 or ¶23 (¶N = the N-th non-empty line)"}},
		summary: "paragraph ¶N with its section path and period",
		setup: func(fs *flag.FlagSet, env Env) action {
			seedsDir := fs.String("seeds", "", seedsUsage)
			report := fs.String("report", "", "the report `ID` (needed when several are loaded)")
			asJSON := fs.Bool("json", false, "print the paragraph as JSON")
			return func(ctx context.Context, env Env, args []string) error {
				if len(args) != 1 {
					return usagef("para: give one paragraph number, e.g. reportbot para 23")
				}
				n, err := strconv.Atoi(strings.TrimPrefix(args[0], "¶"))
				if err != nil {
					return usagef("para: %q is not a paragraph number", args[0])
				}
				if err := checkSeedsDir(*seedsDir); err != nil {
					return err
				}
				reports, err := loadReports(*seedsDir)
				if err != nil {
					return err
				}
				return printPara(env.Stdout, reports, *report, n, *asJSON)
			}
		},
	}
}

func printPara(w io.Writer, reports []*rag.Report, report string, n int, asJSON bool) error {
	r, err := pickReport(reports, report)
	if err != nil {
		if report == "" {
			return usagef("para: several reports are loaded; choose one with --report")
		}
		return asUsage("para", err)
	}
	p, err := r.Paragraph(n)
	if err != nil {
		return usagef("para: %v", err)
	}
	if asJSON {
		return writeJSON(w, map[string]any{
			"report": r.Meta.ID, "paragraph": p.N, "section": p.Path(), "period": p.Period, "text": p.Text, "quotable": p.Quotable(),
		})
	}
	fmt.Fprintf(w, "%s  %s  %s\n%s\n", mark(r.Meta.ID, p.N, len(reports) > 1), p.Period.Label(), p.Path(), p.Text)
	if !p.Quotable() {
		fmt.Fprintln(w, "（此行为网页链接，不属于报告正文，回答不会引用。）")
	}
	return nil
}

// pickReport is the report with id; "" means the only report. (An index
// is not built to look a paragraph up: a thousand reports take seconds.)
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
