package cli

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/reportbot/reportbot/eval"
)

func evalCmd(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet("eval", env)
	var ef engineFlags
	ef.register(fs)
	asJSON := fs.Bool("json", false, "print scores as JSON")
	file := fs.String("file", "", "question set `FILE` (default: the built-in tuning set)")
	heldout := fs.Bool("heldout", false, "score the built-in held-out set (never used for tuning)")
	fresh := fs.Bool("fresh", false, "score the built-in fresh held-out set (written blind on 2026-11-27)")
	verbose := fs.Bool("v", false, "list the questions that missed")
	ablate := fs.String("ablate", "", "measure without a part: `vectors` or `lexicon`, or add `+unigrams` (comma-separated)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	qs, err := eval.DefaultQuestions()
	sets := 0
	for _, on := range []bool{*heldout, *fresh, *file != ""} {
		if on {
			sets++
		}
	}
	if sets > 1 {
		return usagef("eval: --heldout, --fresh and --file each name a question set: pick one")
	}
	if *heldout {
		qs, err = eval.HeldoutQuestions()
	}
	if *fresh {
		qs, err = eval.FreshQuestions()
	}
	if *file != "" {
		raw, rerr := os.ReadFile(*file)
		if rerr != nil {
			return fmt.Errorf("eval: %w", rerr)
		}
		qs, err = eval.ParseQuestions(raw)
	}
	if err != nil {
		return err
	}
	opts := EngineOptions{SeedsDir: ef.seedsDir, StoreDir: ef.storeDir, Progress: env.Stderr}
	for _, part := range strings.Split(*ablate, ",") {
		switch strings.TrimSpace(part) {
		case "":
		case "vectors":
			opts.NoVectors = true
		case "+unigrams":
			opts.Unigrams = true
		case "lexicon":
			opts.NoLexicon = true
		default:
			return usagef("eval: --ablate takes vectors, lexicon or +unigrams, not %q", part)
		}
	}
	eng, err := BuildAnswerer(ctx, opts)
	if err != nil {
		return err
	}
	s, err := eval.Run(ctx, eng, qs)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(env.Stdout, s)
	}
	s.WriteTable(env.Stdout)
	if *verbose {
		for _, f := range s.Failures {
			fmt.Fprintf(env.Stdout, "- %s: %s\n", f.ID, f.Reason)
		}
	}
	return nil
}
