// Package store keeps passage embeddings: an exact in-memory
// nearest-neighbour scan (see matrix), and, when a directory is configured,
// a chromem-go persistent cache keyed by embedding model and text hash, so a
// restart re-embeds only passages whose text changed.
package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"

	"github.com/philippgille/chromem-go"
)

// Doc is a text to embed under an ID chosen by the caller.
type Doc struct {
	ID   string
	Text string
}

// Hit is one nearest neighbour.
type Hit struct {
	ID         string
	Similarity float32
}

// Options configure Open.
type Options struct {
	// Dir holds the persistent embedding cache; "" keeps nothing on disk.
	Dir string
	// Model names the embedding; cached vectors are never reused across models.
	Model string
	// Embed computes one embedding. Vectors need not be unit length (they
	// are normalised for cosine similarity) but must not be all zeros.
	Embed chromem.EmbeddingFunc
	// Concurrency bounds parallel Embed calls (default 4).
	Concurrency int
	// Progress, if set, receives a progress bar while embedding more than a
	// few texts (it is worth it only for remote models).
	Progress io.Writer
	// Supersedes, with Dir, is the name prefix of a family of models that
	// Model replaces: on Open the caches of the family's other members are
	// deleted. The local embedding's name changes with the lexicon and the
	// corpus ("local-hash-v1-" + fingerprint), and without this every
	// edit would leave its vectors on disk for good.
	Supersedes string
}

// Store answers vector queries over the documents given to Index.
type Store struct {
	opts  Options
	cache *chromem.Collection // nil without Dir

	mu    sync.RWMutex // guards live and stats: Index may run while Query does
	live  *matrix
	stats Stats
}

// Stats says how Index got its vectors, and what Open cleared.
type Stats struct {
	Embedded    int // computed now
	Cached      int // read from the persistent cache
	Pruned      int // caches of superseded models deleted by Open
	PruneFailed int // ones it could not delete
}

var unsafeName = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

// Open creates a store; with Dir set it opens (or creates) the cache there.
func Open(opts Options) (*Store, error) {
	if opts.Embed == nil {
		return nil, errors.New("store: open: no embedding function")
	}
	if opts.Model == "" {
		return nil, errors.New("store: open: no embedding model name")
	}
	if opts.Concurrency <= 0 {
		opts.Concurrency = 4
	}
	s := &Store{opts: opts}
	if opts.Dir != "" {
		db, err := chromem.NewPersistentDB(opts.Dir, false)
		if err != nil {
			return nil, fmt.Errorf("store: open %s: %w", opts.Dir, err)
		}
		name := cacheName(opts.Model)
		if opts.Supersedes != "" {
			s.prune(db, name)
		}
		s.cache, err = db.GetOrCreateCollection(name, map[string]string{"model": opts.Model}, opts.Embed)
		if err != nil {
			return nil, fmt.Errorf("store: open cache %s: %w", name, err)
		}
	}
	return s, nil
}

// cacheName is the collection holding model's vectors. The readable part
// may collide ("org/m" and "org_m"); the hash of the exact name keeps
// models apart.
func cacheName(model string) string {
	return "embeddings-" + unsafeName.ReplaceAllString(model, "_") + "-" + textKey(model)[:8]
}

// prune deletes the caches of the models opts.Supersedes names, except
// keep. Names are matched on their readable part, which for a prefix of
// safe characters ("local-hash-v1-") is the prefix itself. It is clean-up:
// a cache it cannot delete is counted, not fatal. (Processes sharing a
// directory with different lexicons prune each other's local caches; the
// local embedding takes milliseconds to redo.)
func (s *Store) prune(db *chromem.DB, keep string) {
	prefix := "embeddings-" + unsafeName.ReplaceAllString(s.opts.Supersedes, "_")
	for name := range db.ListCollections() {
		if name == keep || !strings.HasPrefix(name, prefix) {
			continue
		}
		if err := db.DeleteCollection(name); err != nil {
			s.stats.PruneFailed++
			continue
		}
		s.stats.Pruned++
	}
}

// Index embeds docs (reusing cached vectors for unchanged texts) and makes
// them the documents that Query searches.
func (s *Store) Index(ctx context.Context, docs []Doc) error {
	vecs := make([][]float32, len(docs))
	var todo []int
	for i, d := range docs {
		if s.cache != nil {
			if got, err := s.cache.GetByID(ctx, textKey(d.Text)); err == nil && len(got.Embedding) > 0 {
				vecs[i] = got.Embedding
				s.mu.Lock()
				s.stats.Cached++
				s.mu.Unlock()
				continue
			}
		}
		todo = append(todo, i)
	}
	if err := s.embedAll(ctx, docs, todo, vecs); err != nil {
		return err
	}
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.ID
	}
	// A fresh matrix, so Index replaces what an earlier call indexed.
	live, err := newMatrix(ids, vecs)
	if err != nil {
		return fmt.Errorf("store: index: %w", err)
	}
	s.mu.Lock()
	s.live = live
	s.mu.Unlock()
	return nil
}

func (s *Store) embedAll(ctx context.Context, docs []Doc, todo []int, vecs [][]float32) error {
	if len(todo) == 0 {
		return nil
	}
	bar := newProgress(s.opts.Progress, len(todo))
	work := make(chan int)
	errs := make(chan error, s.opts.Concurrency)
	var wg sync.WaitGroup
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	for w := 0; w < s.opts.Concurrency; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				v, err := s.opts.Embed(ctx, docs[i].Text)
				if err == nil && len(v) == 0 {
					err = errors.New("empty embedding")
				}
				if err != nil {
					errs <- fmt.Errorf("store: embed %s: %w", docs[i].ID, err)
					cancel()
					return
				}
				vecs[i] = v
				if s.cache != nil {
					doc := chromem.Document{ID: textKey(docs[i].Text), Embedding: v, Content: docs[i].Text}
					if err := s.cache.AddDocument(ctx, doc); err != nil {
						errs <- fmt.Errorf("store: cache %s: %w", docs[i].ID, err)
						cancel()
						return
					}
				}
				bar.step()
			}
		}()
	}
send:
	for _, i := range todo {
		select {
		case work <- i:
		case <-ctx.Done():
			break send
		}
	}
	close(work)
	wg.Wait()
	bar.done()
	select {
	case err := <-errs:
		return err
	default:
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("store: index: %w", err)
	}
	s.mu.Lock()
	s.stats.Embedded += len(todo)
	s.mu.Unlock()
	return nil
}

// Query returns up to n documents nearest to text, most similar first.
func (s *Store) Query(ctx context.Context, text string, n int) ([]Hit, error) {
	s.mu.RLock()
	live := s.live
	s.mu.RUnlock()
	if live == nil || n <= 0 || len(live.ids) == 0 {
		return nil, nil
	}
	q, err := s.opts.Embed(ctx, text)
	if err != nil {
		return nil, fmt.Errorf("store: query: embed: %w", err)
	}
	hits, err := live.nearest(q, n)
	if err != nil {
		return nil, fmt.Errorf("store: query: %w", err)
	}
	return hits, nil
}

// Count is the number of indexed documents.
func (s *Store) Count() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.live == nil {
		return 0
	}
	return len(s.live.ids)
}

// Stats reports how many vectors Index computed and how many it reused.
func (s *Store) Stats() Stats {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.stats
}

// Model is the embedding model's name.
func (s *Store) Model() string { return s.opts.Model }

// textKey identifies a text's embedding within one model's cache.
func textKey(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:16])
}

// Nearest returns the IDs of up to n documents nearest to text, best first.
func (s *Store) Nearest(ctx context.Context, text string, n int) ([]string, error) {
	hits, err := s.Query(ctx, text, n)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	return ids, nil
}
