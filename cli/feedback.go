package cli

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/reportbot/reportbot/feedback"
)

// feedbackCmd prints what the bot's users asked and thought of the answers:
//
//	reportbot feedback [--db FILE] [-n N]
//
// --db defaults to REPORTBOT_FEEDBACK_DB, else reportbot-feedback.db. It
// lists the most asked questions, the questions the report did not answer,
// and the answers that got a 👎, most first.
func feedbackCmd(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet("feedback", env)
	def := "reportbot-feedback.db"
	if env.Getenv != nil {
		if v := strings.TrimSpace(env.Getenv("REPORTBOT_FEEDBACK_DB")); v != "" {
			def = v
		}
	}
	db := fs.String("db", def, "the bot's feedback database `FILE` (env REPORTBOT_FEEDBACK_DB)")
	n := fs.Int("n", 20, "show at most `N` rows per list")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("feedback: unexpected argument %q", fs.Arg(0))
	}
	if *n < 1 {
		return usagef("feedback: -n must be at least 1, got %d", *n)
	}
	if _, err := os.Stat(*db); err != nil {
		return fmt.Errorf("feedback: no feedback database at %s (run the bot, or pass --db): %w", *db, err)
	}
	st, err := feedback.Open(*db)
	if err != nil {
		return err
	}
	defer st.Close()

	top, err := st.TopQuestions(ctx, *n)
	if err != nil {
		return err
	}
	unanswered, err := st.Unanswered(ctx, *n)
	if err != nil {
		return err
	}
	down, err := st.Downvoted(ctx, *n)
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
	fmt.Fprintf(w, "Feedback database: %s\n", *db)
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
		cited := make([]string, len(v.Cited))
		for i, p := range v.Cited {
			cited[i] = "¶" + strconv.Itoa(p)
		}
		found := "no"
		if v.Found {
			found = "yes"
		}
		fmt.Fprintf(w, "  %d\t%d\t%s\t%s\t%s\t%s\t%s\n", v.Down, v.Up, v.Time.Format("2006-01-02 15:04"), v.Mode, found, strings.Join(cited, " "), oneLine(v.Question))
	}
	return w.Flush()
}

// oneLine keeps a question on one output line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
