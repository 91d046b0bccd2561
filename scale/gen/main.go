// Command gen writes synthetic reports derived from the seed into a
// directory, for loading with --seeds, and questions naming their places:
//
//	go run ./scale/gen -n 999 -out /tmp/reports
//	go run ./scale/gen -n 999 -questions /tmp/questions.txt -count 4096
//
// They are test data (see package scale); never commit them.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/reportbot/reportbot/scale"
)

func main() {
	n := flag.Int("n", 100, "number of reports")
	out := flag.String("out", "", "directory to write NAME.txt and NAME.yaml into")
	questions := flag.String("questions", "", "write to `FILE` questions naming the reports' places (loadtest/questions.txt, each prefixed with a place)")
	count := flag.Int("count", 4096, "number of questions")
	flag.Parse()
	if *out == "" && *questions == "" || *n < 1 || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: gen -n N [-out DIR] [-questions FILE [-count K]]")
		os.Exit(2)
	}
	if err := run(*n, *out, *questions, *count); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(n int, out, questions string, count int) error {
	if out != "" {
		if err := scale.Write(out, n); err != nil {
			return err
		}
	}
	if questions == "" {
		return nil
	}
	raw, err := os.ReadFile("loadtest/questions.txt")
	if err != nil {
		return fmt.Errorf("run from the repository root: %w", err)
	}
	var base []string
	for _, l := range strings.Split(string(raw), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			base = append(base, l)
		}
	}
	qs, err := scale.Questions(n, base, count)
	if err != nil {
		return err
	}
	return os.WriteFile(questions, []byte(strings.Join(qs, "\n")+"\n"), 0o644)
}
