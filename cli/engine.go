package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strconv"
	"time"

	"github.com/reportbot/reportbot/figures"
	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/seeds"
	"github.com/reportbot/reportbot/store"
)

// engineFlags are the flags every command that loads reports accepts.
type engineFlags struct {
	seedsDir string
	storeDir string
}

func (f *engineFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.seedsDir, "seeds", "", "also load the reports in `DIR` (NAME.txt with NAME.yaml metadata)")
	fs.StringVar(&f.storeDir, "store", "", "keep the passages' vectors in a persistent chromem-go database in `DIR` (default: in memory)")
}

// loadReports returns the embedded reports plus those in dir.
func loadReports(dir string) ([]*rag.Report, error) {
	reports, err := rag.LoadFS(seeds.FS)
	if err != nil {
		return nil, err
	}
	if dir != "" {
		more, err := rag.LoadFS(os.DirFS(dir))
		if err != nil {
			return nil, fmt.Errorf("--seeds %s: %w", dir, err)
		}
		for _, m := range more {
			for _, r := range reports {
				if m.Meta.ID == r.Meta.ID {
					return nil, fmt.Errorf("--seeds %s: report id %q is the embedded report's: give it another id in its .yaml", dir, m.Meta.ID)
				}
			}
		}
		reports = append(reports, more...)
	}
	return reports, nil
}

// EngineOptions says how to build the engine.
type EngineOptions struct {
	SeedsDir string
	StoreDir string
	// Embed and EmbedModel switch the vector leg to a remote embedding
	// model; nil uses the local embedding.
	Embed      func(ctx context.Context, text string) ([]float32, error)
	EmbedModel string
	Progress   io.Writer
	// AnswerConcurrency bounds the uncached answers computed at once
	// (figures.Concurrency); 0 for its default.
	AnswerConcurrency int
	// EmbedRetry is how long after a degraded start (Embed could not
	// index the reports) the remote embedding is tried again, doubling
	// up to ten times this (5 minutes for the default); 0 for 30 s. The retries stop with BuildEngine's
	// context.
	EmbedRetry time.Duration
	// Log gets degraded-start warnings; nil discards them.
	Log *slog.Logger
	// Ablations, for measuring what each part is worth (eval --ablate).
	NoVectors bool
	Unigrams  bool // add Han unigrams to the BM25 terms
	NoLexicon bool
}

// Engine is the extractive engine and the figures index it answers with.
type Engine struct {
	*rag.Engine
	Figures *figures.Index
	// Degraded says what the engine runs without (the remote embedding
	// after a degraded start); "" when nothing.
	Degraded func() string
}

// BuildEngine loads the reports, builds both retrieval legs and the
// figures index, and puts the figures step in the engine's pipeline.
func BuildEngine(ctx context.Context, o EngineOptions) (*Engine, error) {
	reports, err := loadReports(o.SeedsDir)
	if err != nil {
		return nil, err
	}
	lex := rag.DefaultLexicon()
	if o.NoLexicon {
		lex = nil
	}
	var expand func(string) []string
	if lex != nil {
		expand = lex.Expand
	}
	// The figures are indexed while the passages are: neither needs the
	// other, and each has a step that runs on one CPU.
	figsDone := make(chan *figures.Index, 1)
	go func() { figsDone <- figures.NewIndex(reports, expand) }()
	ix, err := rag.NewIndexOptions(reports, lex, rag.IndexOptions{Tokenizer: rag.Tokenizer{Unigrams: o.Unigrams}, LocalVectors: !o.NoVectors && o.Embed == nil})
	figs := <-figsDone
	if err != nil {
		return nil, err
	}
	step := figures.NewStepper(figs).Step
	notDegraded := func() string { return "" }
	if o.NoVectors {
		return &Engine{Engine: rag.NewEngine(ix, nil, step), Figures: figs, Degraded: notDegraded}, nil
	}
	vec, err := openVectors(ctx, o, ix)
	if err == nil {
		return &Engine{Engine: rag.NewEngine(ix, vec, step), Figures: figs, Degraded: notDegraded}, nil
	}
	if o.Embed == nil {
		return nil, err
	}
	// Degraded start: the embeddings endpoint is down. Serve with the
	// local embedding and switch when the endpoint answers again, rather
	// than take the offline answers down with it.
	local := o
	local.Embed, local.EmbedModel = nil, ""
	lvec, lerr := openVectors(ctx, local, ix)
	if lerr != nil {
		return nil, errors.Join(err, lerr)
	}
	log := o.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	retry := o.EmbedRetry
	if retry <= 0 {
		retry = defaultEmbedRetry
	}
	remote := func(ctx context.Context) (rag.Vectors, error) { return openVectors(ctx, o, ix) }
	fv := degradedVectors(ctx, lvec, o.EmbedModel, err, remote, retry, log)
	return &Engine{Engine: rag.NewEngine(ix, fv, step), Figures: figs, Degraded: fv.Degraded}, nil
}

// openVectors builds the vector leg: chromem-go, one collection per
// report, with each report's local embedding, or the remote model when one
// is configured; in memory, or persistent in StoreDir.
func openVectors(ctx context.Context, o EngineOptions, ix *rag.Index) (*store.Store, error) {
	progress, family := o.Progress, ""
	if o.Embed == nil {
		progress = nil // the local embedding takes milliseconds: no bar
		// Its name changes with the lexicon and the report: a report's
		// collection of an older name is replaced, not kept beside.
		family = rag.LocalEmbeddingModel + "-"
	}
	st, err := store.Open(store.Options{Dir: o.StoreDir, Progress: progress, Family: family})
	if err != nil {
		return nil, err
	}
	var cols []store.Collection
	for _, c := range ix.Collections() {
		col := store.Collection{Name: c.Report, Model: o.EmbedModel, Embed: o.Embed}
		local := o.Embed == nil
		if local {
			col.Model, col.Embed = c.Local.Model(), c.Local.Embed
			col.EmbedInto, col.Dim = c.Local.EmbedInto, c.Local.Dim()
		}
		for _, d := range c.Docs {
			doc := store.Doc{ID: d.ID, Text: d.Text, Metadata: map[string]string{
				"report": c.Report, "paragraph": strconv.Itoa(d.Paragraph), "period": d.Period.String(), "section": d.Section,
			}}
			if local {
				doc.Vector = d.Vector // made while indexing
			}
			col.Docs = append(col.Docs, doc)
		}
		cols = append(cols, col)
	}
	if err := st.Index(ctx, cols); err != nil {
		return nil, err
	}
	return st, nil
}

// BuildAnswerer is BuildEngine as the front ends use it: answers cached,
// and at most AnswerConcurrency computed at once.
func BuildAnswerer(ctx context.Context, o EngineOptions) (*rag.CachedAnswerer, error) {
	eng, err := BuildEngine(ctx, o)
	if err != nil {
		return nil, err
	}
	return serving(eng.Engine, o.AnswerConcurrency), nil
}

// serving wraps the engine in the answer cache and the concurrency limit:
// cached answers never wait for a slot.
func serving(eng *rag.Engine, concurrency int) *rag.CachedAnswerer {
	return rag.Cached(rag.Limited(eng, concurrency), rag.AnswerCacheSize)
}
