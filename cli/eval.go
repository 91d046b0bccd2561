package cli

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/reportbot/reportbot/eval"
)

func evalCommand() command {
	return command{
		name:    "eval",
		summary: "score retrieval and answers on a question set",
		about:   "Scores the built-in tuning set unless --heldout, --fresh or --file names another.",
		setup: func(fs *flag.FlagSet, env Env) action {
			var ef engineFlags
			ef.register(fs)
			var o evalArgs
			fs.BoolVar(&o.asJSON, "json", false, "print scores as JSON")
			fs.StringVar(&o.file, "file", "", "score the question set in `FILE` (eval/testdata/*.yaml)")
			fs.BoolVar(&o.heldout, "heldout", false, "score the built-in held-out set (never used for tuning)")
			fs.BoolVar(&o.fresh, "fresh", false, "score the built-in fresh held-out set (written blind on 2026-11-27)")
			fs.BoolVar(&o.verbose, "v", false, "list the questions that missed")
			fs.StringVar(&o.ablate, "ablate", "", "measure without a part: `PART` is vectors or lexicon, or +unigrams to add them (comma-separated)")
			return func(ctx context.Context, env Env, args []string) error {
				if len(args) > 0 {
					return usagef("eval: unexpected argument %q", args[0])
				}
				o.engine = ef
				return runEval(ctx, env, o)
			}
		},
	}
}

type evalArgs struct {
	engine                          engineFlags
	file, ablate                    string
	asJSON, heldout, fresh, verbose bool
}

func runEval(ctx context.Context, env Env, o evalArgs) error {
	sets := 0
	for _, on := range []bool{o.heldout, o.fresh, o.file != ""} {
		if on {
			sets++
		}
	}
	if sets > 1 {
		return usagef("eval: --heldout, --fresh and --file each name a question set: pick one")
	}
	opts := EngineOptions{SeedsDir: o.engine.seedsDir, StoreDir: o.engine.storeDir, Progress: env.Stderr}
	for _, part := range strings.Split(o.ablate, ",") {
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
	qs, err := evalQuestions(o)
	if err != nil {
		return err
	}
	if err := checkSeedsDir(opts.SeedsDir); err != nil {
		return err
	}
	eng, err := BuildAnswerer(ctx, opts)
	if err != nil {
		return err
	}
	s, err := eval.Run(ctx, eng, qs)
	if err != nil {
		return err
	}
	if o.asJSON {
		return writeJSON(env.Stdout, s)
	}
	s.WriteTable(env.Stdout)
	if o.verbose {
		for _, f := range s.Failures {
			fmt.Fprintf(env.Stdout, "- %s: %s\n", f.ID, f.Reason)
		}
	}
	return nil
}

// evalQuestions reads the question set the flags name.
func evalQuestions(o evalArgs) ([]eval.Question, error) {
	switch {
	case o.heldout:
		return eval.HeldoutQuestions()
	case o.fresh:
		return eval.FreshQuestions()
	case o.file != "":
		raw, err := os.ReadFile(o.file)
		if err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		qs, err := eval.ParseQuestions(raw)
		if err != nil {
			return nil, fmt.Errorf("eval: %s: %w", o.file, err)
		}
		return qs, nil
	}
	return eval.DefaultQuestions()
}
