// Command reportbot answers questions about government work reports and
// cites the paragraphs it drew on.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/reportbot/reportbot/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "reportbot:", err)
	}
	os.Exit(exitCode(err))
}

func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	return cli.Run(ctx, args, cli.Env{Getenv: getenv, Stdout: stdout, Stderr: stderr})
}

// exitCode is 0 for success, 2 for a usage error, 1 for any other error.
func exitCode(err error) int {
	switch {
	case err == nil:
		return 0
	case cli.IsUsage(err):
		return 2
	}
	return 1
}
