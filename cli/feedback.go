package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/reportbot/reportbot/config"
	"github.com/reportbot/reportbot/csvsafe"
	"github.com/reportbot/reportbot/storage"
)

// feedbackCommand prints what the bot's users asked and thought of the
// answers: the most asked questions, the questions the report did not
// answer, and the answers that got a 👎, most first; --csv instead writes
// every question with its votes as CSV, for staff.
//
// The database is --dsn (--db is the same), else the configuration's
// (storage.dsn, REPORTBOT_STORAGE_DSN; else telegram.feedback_db,
// REPORTBOT_FEEDBACK_DB, reportbot-feedback.db): a SQLite file or a
// postgres:// URL.
func feedbackCommand() command {
	return command{
		name:    "feedback",
		summary: "staff view of the bot's questions, unanswered questions and 👎 answers",
		about: "The database is --dsn, else the configuration's storage.dsn (REPORTBOT_STORAGE_DSN),\n" +
			"else its telegram.feedback_db (REPORTBOT_FEEDBACK_DB, reportbot-feedback.db). Long\n" +
			"questions are cut to fit the terminal (COLUMNS, else its width, else 80 columns);\n" +
			"-v prints them whole.",
		setup: func(fs *flag.FlagSet, env Env) action {
			cfgPath := fs.String("config", "", "read the database from the configuration `FILE` (storage.dsn, telegram.feedback_db)")
			var dsn string
			fs.StringVar(&dsn, "dsn", "", "the bot's database `DSN`: a SQLite file or a postgres:// URL (default: from the configuration)")
			fs.StringVar(&dsn, "db", "", "the same as --dsn `DSN`")
			n := fs.Int("n", 20, "show at most `N` rows per list")
			sinceFlag := fs.String("since", "", "only questions asked since `WHEN`: a date (2025-03-01), a time (RFC 3339) or an age (36h, 7d)")
			asCSV := fs.Bool("csv", false, "write every question (since --since) with its votes as CSV to standard output")
			verbose := fs.Bool("v", false, "print questions whole")
			return func(ctx context.Context, env Env, args []string) error {
				if len(args) > 0 {
					return usagef("feedback: unexpected argument %q", args[0])
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
				cols := columns(env)
				if *verbose {
					cols = 0
				}
				return printFeedback(ctx, env.Stdout, st, feedbackView{where: storage.Redact(dsn), since: since, n: *n, cols: cols})
			}
		},
	}
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

// feedbackView is what printFeedback shows: the database's name, questions
// since when, at most n rows a list, questions cut to cols columns (0:
// whole).
type feedbackView struct {
	where   string
	since   time.Time
	n, cols int
}

func printFeedback(ctx context.Context, w io.Writer, st *storage.Store, v feedbackView) error {
	top, err := st.TopQuestions(ctx, v.since, v.n)
	if err != nil {
		return err
	}
	unanswered, err := st.Unanswered(ctx, v.since, v.n)
	if err != nil {
		return err
	}
	down, err := st.Downvoted(ctx, v.since, v.n)
	if err != nil {
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Feedback database: %s\n", v.where)
	if !v.since.IsZero() {
		fmt.Fprintf(&b, "Questions asked since %s\n", v.since.Format("2006-01-02 15:04"))
	}
	counts := func(cs []storage.Count) [][]string {
		rows := make([][]string, len(cs))
		for i, c := range cs {
			rows[i] = []string{strconv.Itoa(c.N), c.Last.Format("2006-01-02 15:04"), oneLine(c.Question)}
		}
		return rows
	}
	writeTable(&b, "Top questions (times asked, last asked, question):", counts(top), v.cols)
	writeTable(&b, "Unanswered questions (the report had no answer):", counts(unanswered), v.cols)
	rows := make([][]string, len(down))
	for i, d := range down {
		rows[i] = []string{strconv.Itoa(d.Down), strconv.Itoa(d.Up), d.Time.Format("2006-01-02 15:04"), d.Mode, yesNo(d.Found), citedList(d.Cited, "¶"), oneLine(d.Question)}
	}
	writeTable(&b, "👎 answers (👎, 👍, when, mode, found, cited, question):", rows, v.cols)
	_, err = io.WriteString(w, b.String())
	return err
}

// writeTable writes a titled table with aligned columns. The last column
// (a question) is cut to fit cols columns when cols > 0, keeping at least
// 20 columns of it.
func writeTable(b *strings.Builder, title string, rows [][]string, cols int) {
	fmt.Fprintf(b, "\n%s\n", title)
	if len(rows) == 0 {
		b.WriteString("  (none)\n")
		return
	}
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], textWidth(c))
		}
	}
	for _, r := range rows {
		line := "  "
		for i, c := range r[:len(r)-1] {
			line += c + strings.Repeat(" ", widths[i]-textWidth(c)+2)
		}
		last := r[len(r)-1]
		if cols > 0 {
			last = truncate(last, max(cols-textWidth(line), 20))
		}
		b.WriteString(line + last + "\n")
	}
}

// writeFeedbackCSV writes one row per question, oldest first.
func writeFeedbackCSV(ctx context.Context, env Env, st *storage.Store, since time.Time) error {
	w := csvsafe.NewWriter(env.Stdout)
	w.Write([]string{"id", "time", "source", "chat", "question", "report", "mode", "found", "cited", "up", "down"})
	err := st.EachQuestion(ctx, since, func(v storage.Voted) error {
		return w.Write([]string{
			strconv.FormatInt(v.QuestionID, 10), v.Time.UTC().Format(time.RFC3339), v.Source, v.ChatHash,
			v.Question, v.Report, v.Mode, yesNo(v.Found), citedList(v.Cited, ""),
			strconv.Itoa(v.Up), strconv.Itoa(v.Down),
		})
	})
	if err != nil {
		return err
	}
	return w.Flush()
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
