// Package cli implements the reportbot command line: it parses arguments,
// wires the packages together and prints results.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime/debug"
	"strings"
)

// Env is what a command may touch of the outside world.
type Env struct {
	Getenv func(string) string
	Stdout io.Writer
	Stderr io.Writer
	// BuildInfo is debug.ReadBuildInfo when nil; tests pass their own.
	BuildInfo func() (*debug.BuildInfo, bool)
}

func (e Env) getenv(k string) string {
	if e.Getenv == nil {
		return ""
	}
	return e.Getenv(k)
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

// action runs a command once its flags are parsed; args are the
// positional arguments.
type action func(ctx context.Context, env Env, args []string) error

// command is one subcommand. setup declares its flags on fs and returns
// what runs with them, so that help can list the flags without running.
type command struct {
	name    string
	args    string      // positional arguments in the synopsis: "QUESTION", "[QUERY]"
	argHelp [][2]string // each positional argument and what it is
	summary string      // one line, for the command list
	about   string      // what help COMMAND says besides the flags
	setup   func(fs *flag.FlagSet, env Env) action
}

// commands in the order help lists them.
func commands() []command {
	return []command{
		askCommand(), searchCommand(), paraCommand(), figuresCommand(),
		evalCommand(), serveCommand(), feedbackCommand(), versionCommand(),
	}
}

func findCommand(name string) (command, bool) {
	for _, c := range commands() {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// Run executes the command line args (without the program name).
func Run(ctx context.Context, args []string, env Env) error {
	if len(args) == 0 {
		printUsage(env.Stderr, env)
		return usagef("no command given")
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		return help(env, args[1:])
	}
	c, ok := findCommand(args[0])
	if !ok {
		return usagef("unknown command %q; reportbot help lists the commands", args[0])
	}
	fs := newFlagSet(c.name)
	act := c.setup(fs, env)
	pos, err := parseArgs(fs, args[1:])
	if errors.Is(err, flag.ErrHelp) {
		printCommandUsage(env.Stdout, c, fs)
		return nil
	}
	if err != nil {
		return usagef("%s: %v (reportbot help %s lists its flags)", c.name, err, c.name)
	}
	return act(ctx, env, pos)
}

// help prints the command list, or with a command name that command's
// usage.
func help(env Env, args []string) error {
	switch len(args) {
	case 0:
		printUsage(env.Stdout, env)
		return nil
	case 1:
		c, ok := findCommand(args[0])
		if !ok {
			return usagef("help: unknown command %q; reportbot help lists the commands", args[0])
		}
		fs := newFlagSet(c.name)
		c.setup(fs, env)
		printCommandUsage(env.Stdout, c, fs)
		return nil
	}
	return usagef("help: give at most one command, e.g. reportbot help ask")
}

func newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	// Run reports flag errors itself, once, as usage errors.
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parseArgs parses flags anywhere on the line, before or after the
// positional arguments, which it returns in order: `ask "今年GDP目标" --json`
// is the question with --json, never a question ending in "--json". After
// "--" every argument is positional (a question that starts with "-").
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// flagName is how help writes a flag: -k, --json.
func flagName(f *flag.Flag) string {
	if len(f.Name) == 1 {
		return "-" + f.Name
	}
	return "--" + f.Name
}

// flagWithArg is "--report ID", or "--json" for a boolean flag.
func flagWithArg(f *flag.Flag) string {
	arg, _ := flag.UnquoteUsage(f)
	if arg == "" {
		return flagName(f)
	}
	return flagName(f) + " " + arg
}

// synopsis is the command with every flag and its arguments:
// "reportbot para [--json] [--report ID] [--seeds DIR] N".
func synopsis(c command, fs *flag.FlagSet) string {
	var b strings.Builder
	b.WriteString("reportbot " + c.name)
	fs.VisitAll(func(f *flag.Flag) { b.WriteString(" [" + flagWithArg(f) + "]") })
	if c.args != "" {
		b.WriteString(" " + c.args)
	}
	return b.String()
}

// Synopses returns each command's synopsis, for documentation checks.
func Synopses() map[string]string {
	out := map[string]string{}
	for _, c := range commands() {
		fs := newFlagSet(c.name)
		c.setup(fs, Env{})
		out[c.name] = synopsis(c, fs)
	}
	return out
}

func printUsage(w io.Writer, env Env) {
	var b strings.Builder
	b.WriteString("reportbot answers questions about government work reports, citing paragraphs (¶N).\n\nCommands:\n")
	for _, c := range commands() {
		fs := newFlagSet(c.name)
		c.setup(fs, env)
		fmt.Fprintf(&b, "  %-9s %s\n            %s\n", c.name, c.summary, synopsis(c, fs))
	}
	b.WriteString("  help      reportbot help COMMAND: a command's arguments and each of its flags\n")
	b.WriteString("\nFlags may come before or after the arguments; after --, everything is an argument.\n")
	io.WriteString(w, b.String())
}

func printCommandUsage(w io.Writer, c command, fs *flag.FlagSet) {
	var b strings.Builder
	fmt.Fprintf(&b, "Usage: reportbot %s [flags]", c.name)
	if c.args != "" {
		b.WriteString(" " + c.args)
	}
	fmt.Fprintf(&b, "\n\n%s\n", c.summary)
	if c.about != "" {
		fmt.Fprintf(&b, "\n%s\n", c.about)
	}
	if len(c.argHelp) > 0 {
		b.WriteString("\nArguments:\n")
		for _, a := range c.argHelp {
			writeItem(&b, a[0], a[1], 10)
		}
	}
	b.WriteString("\nFlags (before or after the arguments):\n")
	fs.VisitAll(func(f *flag.Flag) {
		_, text := flag.UnquoteUsage(f)
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
			text += fmt.Sprintf(" (default %s)", f.DefValue)
		}
		writeItem(&b, flagWithArg(f), text, 16)
	})
	io.WriteString(w, b.String())
}

// writeItem writes "  NAME  text" with text wrapped to 80 columns under
// itself.
func writeItem(b *strings.Builder, name, text string, nameCols int) {
	pad := strings.Repeat(" ", 2+nameCols+1)
	body := strings.TrimPrefix(indented(text, pad, defaultColumns, 0), pad)
	fmt.Fprintf(b, "  %-*s %s\n", nameCols, name, body)
}
