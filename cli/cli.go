// Package cli implements the reportbot command line: it parses arguments,
// wires the packages together and prints results.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Env is what a command may touch of the outside world.
type Env struct {
	Getenv func(string) string
	Stdout io.Writer
	Stderr io.Writer
}

// UsageError marks a mistake in how the command was called; main exits 2.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

func usagef(format string, args ...any) error { return &UsageError{Msg: fmt.Sprintf(format, args...)} }

// IsUsage reports whether err is a usage error.
func IsUsage(err error) bool {
	var u *UsageError
	return errors.As(err, &u)
}

type command struct {
	run     func(ctx context.Context, env Env, args []string) error
	summary string
}

func commands() map[string]command {
	return map[string]command{
		"ask":      {askCmd, "ask [--json] [--report ID] QUESTION   answer a question with citations"},
		"search":   {searchCmd, "search [--json] [-k N] QUERY          ranked passages with scores"},
		"para":     {paraCmd, "para [--report ID] N                  paragraph ¶N with its section"},
		"serve":    {serve, "serve [--config FILE] [--addr HOST:PORT]  run the HTTP API and, with TELEGRAM_BOT_TOKEN, the bot"},
		"figures":  {figuresCmd, "figures [--json] [--kind K] [QUERY]   list the figures of the report(s)"},
		"feedback": {feedbackCmd, "feedback [--dsn DSN] [--since W] [--csv] staff view of the bot's questions and votes"},
		"eval":     {evalCmd, "eval [--json] [-v] [--heldout|--fresh|--file F] [--ablate P]  score retrieval and answers on a question set"},
	}
}

// Run executes the command line args (without the program name).
func Run(ctx context.Context, args []string, env Env) error {
	cmds := commands()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		printUsage(env.Stdout, cmds)
		if len(args) == 0 {
			return usagef("no command given")
		}
		return nil
	}
	c, ok := cmds[args[0]]
	if !ok {
		printUsage(env.Stderr, cmds)
		return usagef("unknown command %q", args[0])
	}
	return c.run(ctx, env, args[1:])
}

func printUsage(w io.Writer, cmds map[string]command) {
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("reportbot answers questions about government work reports, citing paragraphs (¶N).\n\nUsage:\n")
	for _, n := range names {
		fmt.Fprintf(&b, "  reportbot %s\n", cmds[n].summary)
	}
	b.WriteString("\nCommands that load reports take --seeds DIR (more reports: NAME.txt + NAME.yaml);\nask, search and eval also --store DIR (a persistent embedding cache).\n")
	io.WriteString(w, b.String())
}
