package cli

import (
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/reportbot/reportbot/config"
	"github.com/reportbot/reportbot/storage"
)

// feedbackCmd prints what the bot's users asked and thought of the answers:
//
//	reportbot feedback [--config FILE] [--dsn DSN] [-n N] [--since WHEN] [--csv]
//
// The database is --dsn (--db is the same), else the configuration's
// (storage.dsn, REPORTBOT_STORAGE_DSN; else telegram.feedback_db,
// REPORTBOT_FEEDBACK_DB, reportbot-feedback.db): a SQLite file or a
// postgres:// URL. It lists the most asked questions, the questions the
// report did not answer, and the answers that got a 👎, most first; --csv
// instead writes every question with its votes as CSV, for staff.
func feedbackCmd(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet("feedback", env)
	cfgPath := fs.String("config", "", "read the database from the configuration `FILE` (storage.dsn, telegram.feedback_db)")
	var dsn string
	fs.StringVar(&dsn, "dsn", "", "the bot's database: a SQLite `FILE` or a postgres:// URL (default: from the configuration)")
	fs.StringVar(&dsn, "db", "", "same as --dsn")
	n := fs.Int("n", 20, "show at most `N` rows per list")
	sinceFlag := fs.String("since", "", "only questions asked since `WHEN`: a date (2025-03-01), a time (RFC 3339) or an age (36h, 7d)")
	asCSV := fs.Bool("csv", false, "write every question (since --since) with its votes as CSV to standard output")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("feedback: unexpected argument %q", fs.Arg(0))
	}
	if *n < 1 {
		return usagef("feedback: -n must be at least 1, got %d", *n)
	}
	since, err := parseSince(*sinceFlag, time.Now())
	if err != nil {
		return usagef("feedback: --since: %v", err)
	}
	if dsn == "" {
		cfg, err := config.Load(*cfgPath, env.Getenv)
		if err != nil {
			return err
		}
		dsn = storageDSN(cfg)
	}
	if !storage.IsPostgres(dsn) {
		if _, err := os.Stat(dsn); err != nil {
			return fmt.Errorf("feedback: no feedback database at %s (run the bot, or pass --dsn): %w", dsn, err)
		}
	}
	st, err := storage.Open(ctx, dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	if *asCSV {
		return writeFeedbackCSV(ctx, env, st, since)
	}
	return printFeedback(ctx, env, st, storage.Redact(dsn), since, *n)
}

// parseSince reads --since: "" (no bound), a date, an RFC 3339 time, or
// an age before now (Go durations, and whole days as Nd).
func parseSince(s string, now time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, err := time.ParseInLocation("2006-01-02", s, time.Local); err == nil {
		return t, nil
	}
	if days, ok := strings.CutSuffix(s, "d"); ok {
		if d, err := strconv.Atoi(days); err == nil && d >= 0 {
			return now.AddDate(0, 0, -d), nil
		}
	}
	if d, err := time.ParseDuration(s); err == nil && d >= 0 {
		return now.Add(-d), nil
	}
	return time.Time{}, fmt.Errorf("want a date (2025-03-01), an RFC 3339 time or an age (36h, 7d), got %q", s)
}

func printFeedback(ctx context.Context, env Env, st *storage.Store, where string, since time.Time, n int) error {
	top, err := st.TopQuestions(ctx, since, n)
	if err != nil {
		return err
	}
	unanswered, err := st.Unanswered(ctx, since, n)
	if err != nil {
		return err
	}
	down, err := st.Downvoted(ctx, since, n)
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(env.Stdout, 0, 0, 2, ' ', 0)
	section := func(title string, empty bool) {
		fmt.Fprintf(w, "\n%s\n", title)
		if empty {
			fmt.Fprintln(w, "  (none)")
		}
	}
	fmt.Fprintf(w, "Feedback database: %s\n", where)
	if !since.IsZero() {
		fmt.Fprintf(w, "Questions asked since %s\n", since.Format("2006-01-02 15:04"))
	}
	section("Top questions (times asked, last asked, question):", len(top) == 0)
	for _, c := range top {
		fmt.Fprintf(w, "  %d\t%s\t%s\n", c.N, c.Last.Format("2006-01-02 15:04"), oneLine(c.Question))
	}
	section("Unanswered questions (the report had no answer):", len(unanswered) == 0)
	for _, c := range unanswered {
		fmt.Fprintf(w, "  %d\t%s\t%s\n", c.N, c.Last.Format("2006-01-02 15:04"), oneLine(c.Question))
	}
	section("👎 answers (👎, 👍, when, mode, found, cited, question):", len(down) == 0)
	for _, v := range down {
		fmt.Fprintf(w, "  %d\t%d\t%s\t%s\t%s\t%s\t%s\n", v.Down, v.Up, v.Time.Format("2006-01-02 15:04"), v.Mode, yesNo(v.Found), citedList(v.Cited, "¶"), oneLine(v.Question))
	}
	return w.Flush()
}

// writeFeedbackCSV writes one row per question, oldest first.
func writeFeedbackCSV(ctx context.Context, env Env, st *storage.Store, since time.Time) error {
	w := csv.NewWriter(env.Stdout)
	w.Write([]string{"id", "time", "source", "chat", "question", "report", "mode", "found", "cited", "up", "down"})
	err := st.EachQuestion(ctx, since, func(v storage.Voted) error {
		return w.Write([]string{
			strconv.FormatInt(v.QuestionID, 10), v.Time.UTC().Format(time.RFC3339), v.Source, v.ChatHash,
			csvText(v.Question), v.Report, v.Mode, yesNo(v.Found), citedList(v.Cited, ""),
			strconv.Itoa(v.Up), strconv.Itoa(v.Down),
		})
	})
	if err != nil {
		return err
	}
	w.Flush()
	return w.Error()
}

// csvText keeps a spreadsheet from reading a user's question as a formula.
func csvText(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func citedList(ps []int, prefix string) string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = prefix + strconv.Itoa(p)
	}
	return strings.Join(out, " ")
}

// oneLine keeps a question on one output line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
