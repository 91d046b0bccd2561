package store_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"math"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/reportbot/reportbot/store"
)

// counter is an embedding function that counts its calls: a deterministic
// unit vector from the text's hash, so equal texts get equal vectors.
type counter struct {
	calls                 atomic.Int64
	mu                    sync.Mutex
	texts                 []string
	inFlight, maxInFlight atomic.Int64
}

func (c *counter) Embed(_ context.Context, text string) ([]float32, error) {
	c.calls.Add(1)
	n := c.inFlight.Add(1)
	defer c.inFlight.Add(-1)
	for {
		m := c.maxInFlight.Load()
		if n <= m || c.maxInFlight.CompareAndSwap(m, n) {
			break
		}
	}
	c.mu.Lock()
	c.texts = append(c.texts, text)
	c.mu.Unlock()
	return hashVec(text), nil
}

func hashVec(text string) []float32 {
	sum := sha256.Sum256([]byte(text))
	v := make([]float32, 16)
	var norm float64
	for i := range v {
		x := float64(int(sum[i])-128) + 0.5
		v[i] = float32(x)
		norm += x * x
	}
	for i := range v {
		v[i] = float32(float64(v[i]) / math.Sqrt(norm))
	}
	return v
}

func docs(n int, prefix string) []store.Doc {
	out := make([]store.Doc, n)
	for i := range out {
		out[i] = store.Doc{ID: fmt.Sprintf("r/p%d/0", i+1), Text: fmt.Sprintf("%s passage number %d", prefix, i+1)}
	}
	return out
}

func open(t *testing.T, opts store.Options) *store.Store {
	t.Helper()
	s, err := store.Open(opts)
	if err != nil {
		t.Fatalf("Open(%+v): %v", opts, err)
	}
	return s
}

func TestOpenErrors(t *testing.T) {
	c := &counter{}
	tests := []struct {
		name string
		opts store.Options
		want string
	}{
		{"no embed", store.Options{Model: "m"}, "embedding function"},
		{"no model", store.Options{Embed: c.Embed}, "model"},
		{"nothing", store.Options{}, "store: open"},
		{"no embed with dir", store.Options{Model: "m", Dir: t.TempDir()}, "embedding function"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := store.Open(tc.opts)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Open: %v, want an error mentioning %q", err, tc.want)
			}
			if s != nil {
				t.Error("Open returned a store with an error")
			}
		})
	}
	s := open(t, store.Options{Model: "m", Embed: c.Embed})
	if s.Model() != "m" || s.Count() != 0 {
		t.Errorf("new store: Model %q, Count %d", s.Model(), s.Count())
	}
}

func TestQuery(t *testing.T) {
	ctx := context.Background()
	c := &counter{}
	s := open(t, store.Options{Model: "m", Embed: c.Embed})
	// An empty store answers nothing, and does not error.
	if hits, err := s.Query(ctx, "x", 3); err != nil || hits != nil {
		t.Errorf("empty store Query = %v, %v; want nil, nil", hits, err)
	}
	ds := docs(5, "q")
	if err := s.Index(ctx, ds); err != nil {
		t.Fatal(err)
	}
	if s.Count() != len(ds) {
		t.Fatalf("Count %d, want %d", s.Count(), len(ds))
	}
	tests := []struct{ n, want int }{{1, 1}, {3, 3}, {5, 5}, {6, 5}, {1000, 5}, {0, 0}, {-1, 0}}
	for _, tc := range tests {
		hits, err := s.Query(ctx, ds[2].Text, tc.n)
		if err != nil {
			t.Errorf("Query(n=%d): %v", tc.n, err)
			continue
		}
		if len(hits) != tc.want {
			t.Errorf("Query(n=%d): %d hits, want %d", tc.n, len(hits), tc.want)
		}
		if tc.n <= 0 && hits != nil {
			t.Errorf("Query(n=%d) = %v, want nil", tc.n, hits)
		}
		for i := 1; i < len(hits); i++ {
			if hits[i].Similarity > hits[i-1].Similarity {
				t.Errorf("Query(n=%d): hit %d similarity %v above hit %d %v", tc.n, i, hits[i].Similarity, i-1, hits[i-1].Similarity)
			}
		}
		if len(hits) > 0 && (hits[0].ID != ds[2].ID || hits[0].Similarity < 0.999) {
			t.Errorf("Query(n=%d) with a document's own text: best %+v, want %s at similarity 1", tc.n, hits[0], ds[2].ID)
		}
	}
	ids, err := s.Nearest(ctx, ds[4].Text, 10)
	if err != nil || len(ids) != 5 || ids[0] != ds[4].ID {
		t.Errorf("Nearest = %v, %v; want 5 ids starting with %s", ids, err, ds[4].ID)
	}
	if ids, err := s.Nearest(ctx, "x", 0); err != nil || len(ids) != 0 {
		t.Errorf("Nearest(n=0) = %v, %v", ids, err)
	}
	if st := s.Stats(); st.Embedded != 5 || st.Cached != 0 {
		t.Errorf("Stats = %+v without a cache, want 5 embedded", st)
	}
}

func TestIndexEmpty(t *testing.T) {
	c := &counter{}
	s := open(t, store.Options{Model: "m", Embed: c.Embed, Dir: t.TempDir()})
	if err := s.Index(context.Background(), nil); err != nil {
		t.Errorf("Index(nil): %v", err)
	}
	if s.Count() != 0 || c.calls.Load() != 0 {
		t.Errorf("Index(nil): Count %d, %d embed calls", s.Count(), c.calls.Load())
	}
}

func TestPersistentCache(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	ds := docs(30, "cache")

	c1 := &counter{}
	s1 := open(t, store.Options{Dir: dir, Model: "model-a", Embed: c1.Embed})
	if err := s1.Index(ctx, ds); err != nil {
		t.Fatal(err)
	}
	if got := c1.calls.Load(); got != int64(len(ds)) {
		t.Errorf("first Index: %d embed calls, want %d", got, len(ds))
	}
	if st := s1.Stats(); st.Embedded != len(ds) || st.Cached != 0 {
		t.Errorf("first Index: Stats %+v, want %d embedded", st, len(ds))
	}

	// Reopen: nothing to embed.
	c2 := &counter{}
	s2 := open(t, store.Options{Dir: dir, Model: "model-a", Embed: c2.Embed})
	if err := s2.Index(ctx, ds); err != nil {
		t.Fatal(err)
	}
	if got := c2.calls.Load(); got != 0 {
		t.Errorf("second Index of the same docs: %d embed calls, want 0", got)
	}
	if st := s2.Stats(); st.Cached != len(ds) || st.Embedded != 0 {
		t.Errorf("second Index: Stats %+v, want %d cached", st, len(ds))
	}
	if s2.Count() != len(ds) {
		t.Errorf("second store Count %d, want %d", s2.Count(), len(ds))
	}
	hits, err := s2.Query(ctx, ds[7].Text, 1)
	if err != nil || len(hits) != 1 || hits[0].ID != ds[7].ID || hits[0].Similarity < 0.999 {
		t.Errorf("cached vectors: Query = %v, %v; want %s at similarity 1", hits, err, ds[7].ID)
	}

	// One changed text: exactly that one is embedded again.
	changed := append([]store.Doc(nil), ds...)
	changed[3].Text += " (amended)"
	c3 := &counter{}
	s3 := open(t, store.Options{Dir: dir, Model: "model-a", Embed: c3.Embed})
	if err := s3.Index(ctx, changed); err != nil {
		t.Fatal(err)
	}
	if got := c3.calls.Load(); got != 1 || len(c3.texts) != 1 || c3.texts[0] != changed[3].Text {
		t.Errorf("changed text: %d embed calls on %q, want 1 on %q", got, c3.texts, changed[3].Text)
	}
	if st := s3.Stats(); st.Cached != len(ds)-1 || st.Embedded != 1 {
		t.Errorf("changed text: Stats %+v, want %d cached and 1 embedded", st, len(ds)-1)
	}

	// The same ID under a new text is found by its new text.
	hits, err = s3.Query(ctx, changed[3].Text, 1)
	if err != nil || len(hits) != 1 || hits[0].ID != changed[3].ID || hits[0].Similarity < 0.999 {
		t.Errorf("changed text: Query = %v, %v", hits, err)
	}

	// Another model never reuses the cache.
	c4 := &counter{}
	s4 := open(t, store.Options{Dir: dir, Model: "model-b", Embed: c4.Embed})
	if err := s4.Index(ctx, ds); err != nil {
		t.Fatal(err)
	}
	if got := c4.calls.Load(); got != int64(len(ds)) {
		t.Errorf("different model: %d embed calls, want %d", got, len(ds))
	}
	if st := s4.Stats(); st.Cached != 0 {
		t.Errorf("different model: Stats %+v, want nothing cached", st)
	}
	// …and the first model's cache is still intact.
	c5 := &counter{}
	s5 := open(t, store.Options{Dir: dir, Model: "model-a", Embed: c5.Embed})
	if err := s5.Index(ctx, ds); err != nil {
		t.Fatal(err)
	}
	if got := c5.calls.Load(); got != 0 {
		t.Errorf("model-a after model-b: %d embed calls, want 0", got)
	}
}

// Without Dir nothing persists: a second store embeds everything again.
func TestNoDirNoCache(t *testing.T) {
	ctx := context.Background()
	ds := docs(4, "mem")
	for i := 0; i < 2; i++ {
		c := &counter{}
		s := open(t, store.Options{Model: "m", Embed: c.Embed})
		if err := s.Index(ctx, ds); err != nil {
			t.Fatal(err)
		}
		if c.calls.Load() != int64(len(ds)) {
			t.Errorf("store %d: %d calls, want %d", i, c.calls.Load(), len(ds))
		}
	}
}

// Model names that differ only in characters unsafe for a directory name
// must still not share a cache.
func TestModelNamesDoNotCollide(t *testing.T) {
	ctx := context.Background()
	for _, pair := range [][2]string{{"org/model", "org_model"}, {"bge-m3:latest", "bge-m3 latest"}} {
		dir := t.TempDir()
		ds := docs(3, "collide")
		c1, c2 := &counter{}, &counter{}
		s1 := open(t, store.Options{Dir: dir, Model: pair[0], Embed: c1.Embed})
		if err := s1.Index(ctx, ds); err != nil {
			t.Fatal(err)
		}
		s2 := open(t, store.Options{Dir: dir, Model: pair[1], Embed: c2.Embed})
		if err := s2.Index(ctx, ds); err != nil {
			t.Fatal(err)
		}
		if c2.calls.Load() != int64(len(ds)) || s2.Stats().Cached != 0 {
			t.Errorf("model %q reused %d vectors cached for model %q (%d embed calls, want %d)", pair[1], s2.Stats().Cached, pair[0], c2.calls.Load(), len(ds))
		}
	}
}

var errBoom = errors.New("boom")

func TestEmbedFailure(t *testing.T) {
	ctx := context.Background()
	ds := docs(40, "fail")
	bad := ds[17].Text
	tests := []struct {
		name  string
		embed func(context.Context, string) ([]float32, error)
		want  error
	}{
		{"error", func(_ context.Context, text string) ([]float32, error) {
			if text == bad {
				return nil, errBoom
			}
			return hashVec(text), nil
		}, errBoom},
		{"empty vector", func(_ context.Context, text string) ([]float32, error) {
			if text == bad {
				return []float32{}, nil
			}
			return hashVec(text), nil
		}, nil},
	}
	for _, tc := range tests {
		for _, dir := range []string{"", t.TempDir()} {
			t.Run(fmt.Sprintf("%s/dir=%v", tc.name, dir != ""), func(t *testing.T) {
				s := open(t, store.Options{Dir: dir, Model: "m", Embed: tc.embed, Concurrency: 3})
				err := s.Index(ctx, ds)
				if err == nil {
					t.Fatal("Index: no error from a failing embedding")
				}
				if !strings.Contains(err.Error(), ds[17].ID) {
					t.Errorf("Index error %q does not name the document %s", err, ds[17].ID)
				}
				if tc.want != nil && !errors.Is(err, tc.want) {
					t.Errorf("Index error %v does not wrap %v", err, tc.want)
				}
				if s.Count() != 0 {
					t.Errorf("after a failed Index, Count %d, want 0", s.Count())
				}
			})
		}
	}
}

func TestIndexCancel(t *testing.T) {
	ds := docs(200, "cancel")
	t.Run("cancelled while embedding", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		var calls atomic.Int64
		embed := func(_ context.Context, text string) ([]float32, error) {
			if calls.Add(1) == 3 {
				cancel()
			}
			return hashVec(text), nil
		}
		s := open(t, store.Options{Model: "m", Embed: embed, Concurrency: 2})
		err := s.Index(ctx, ds)
		if !errors.Is(err, context.Canceled) {
			t.Errorf("Index after cancel: %v, want context.Canceled", err)
		}
		if n := calls.Load(); n >= int64(len(ds)) {
			t.Errorf("cancel did not stop Index: %d of %d embedded", n, len(ds))
		}
		if s.Count() != 0 {
			t.Errorf("cancelled Index left %d documents", s.Count())
		}
	})
	t.Run("cancelled before", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		embed := func(ctx context.Context, text string) ([]float32, error) {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			return hashVec(text), nil
		}
		s := open(t, store.Options{Model: "m", Embed: embed})
		if err := s.Index(ctx, ds); !errors.Is(err, context.Canceled) {
			t.Errorf("Index with a cancelled context: %v, want context.Canceled", err)
		}
	})
}

func TestConcurrencyBound(t *testing.T) {
	for _, n := range []int{1, 3} {
		c := &counter{}
		s := open(t, store.Options{Model: "m", Embed: c.Embed, Concurrency: n})
		if err := s.Index(context.Background(), docs(50, "conc")); err != nil {
			t.Fatal(err)
		}
		if m := c.maxInFlight.Load(); m > int64(n) {
			t.Errorf("Concurrency %d: %d embed calls at once", n, m)
		}
	}
}

func TestProgress(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name   string
		n      int
		cached int // docs already in the cache
		bar    bool
	}{
		{"19 docs: no bar", 19, 0, false},
		{"20 docs: bar", 20, 0, true},
		{"100 docs: bar", 100, 0, true},
		{"25 docs, 10 cached: 15 to embed, no bar", 25, 10, false},
		{"45 docs, 20 cached: 25 to embed, bar", 45, 20, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			ds := docs(tc.n, "progress")
			if tc.cached > 0 {
				c := &counter{}
				if err := open(t, store.Options{Dir: dir, Model: "m", Embed: c.Embed}).Index(ctx, ds[:tc.cached]); err != nil {
					t.Fatal(err)
				}
			}
			var buf bytes.Buffer
			c := &counter{}
			s := open(t, store.Options{Dir: dir, Model: "m", Embed: c.Embed, Progress: &buf})
			if err := s.Index(ctx, ds); err != nil {
				t.Fatal(err)
			}
			todo := tc.n - tc.cached
			out := buf.String()
			if !tc.bar {
				if out != "" {
					t.Errorf("%d to embed: progress output %q, want none", todo, out)
				}
				return
			}
			if want := fmt.Sprintf("%d/%d", todo, todo); !strings.Contains(out, "embedding") || !strings.Contains(out, want) || !strings.HasSuffix(out, "\n") {
				t.Errorf("%d to embed: progress output %q, want a bar reaching %s and a final newline", todo, out, want)
			}
		})
	}
	// Progress nil is fine with many docs.
	c := &counter{}
	if err := open(t, store.Options{Model: "m", Embed: c.Embed}).Index(ctx, docs(30, "nil")); err != nil {
		t.Error(err)
	}
}

// Index "makes docs the documents that Query searches": indexing a new set
// replaces the old one. (Regression test: Index used to add to the old set.)
func TestReindexReplaces(t *testing.T) {
	ctx := context.Background()
	c := &counter{}
	s := open(t, store.Options{Model: "m", Embed: c.Embed})
	a := docs(3, "first")
	b := []store.Doc{{ID: "other/p1/0", Text: "second one"}, {ID: "other/p2/0", Text: "second two"}}
	if err := s.Index(ctx, a); err != nil {
		t.Fatal(err)
	}
	if err := s.Index(ctx, b); err != nil {
		t.Fatal(err)
	}
	if s.Count() != len(b) {
		t.Errorf("after re-Index: Count %d, want %d", s.Count(), len(b))
	}
	ids, _ := s.Nearest(ctx, a[0].Text, 10)
	for _, id := range ids {
		if strings.HasPrefix(id, "r/") {
			t.Errorf("after re-Index: Nearest returns %s from the old set", id)
		}
	}
}

func TestOpenBadDir(t *testing.T) {
	file := t.TempDir() + "/file"
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	c := &counter{}
	if s, err := store.Open(store.Options{Dir: file, Model: "m", Embed: c.Embed}); err == nil {
		t.Errorf("Open with Dir a regular file: no error (store %v)", s != nil)
	} else if !strings.Contains(err.Error(), file) {
		t.Errorf("Open error %q does not name the directory", err)
	}
}

// Re-indexing while queries run (a reload of the reports) must not race.
func TestIndexWhileQuerying(t *testing.T) {
	ctx := context.Background()
	c := &counter{}
	s := open(t, store.Options{Model: "m", Embed: c.Embed})
	ds := docs(10, "live")
	if err := s.Index(ctx, ds); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; i < 50; i++ {
			if _, err := s.Query(ctx, ds[i%len(ds)].Text, 3); err != nil {
				t.Error(err)
				return
			}
			_ = s.Count()
			_ = s.Stats()
		}
	}()
	for i := 0; i < 5; i++ {
		if err := s.Index(ctx, ds); err != nil {
			t.Fatal(err)
		}
	}
	<-done
}

// A model that supersedes a family deletes the family's other caches on
// Open, and leaves every other model's alone.
func TestSupersededCachesArePruned(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	ds := docs(5, "prune")
	index := func(model, supersedes string) *store.Store {
		t.Helper()
		c := &counter{}
		s := open(t, store.Options{Dir: dir, Model: model, Embed: c.Embed, Supersedes: supersedes})
		if err := s.Index(ctx, ds); err != nil {
			t.Fatal(err)
		}
		return s
	}
	index("local-hash-v1-aaaa", "local-hash-v1-")
	index("text-embedding-3-small", "")
	if n := cacheDirs(t, dir); n != 2 {
		t.Fatalf("%d cache directories, want 2", n)
	}
	// The lexicon changed: a new fingerprint replaces the old one.
	s := index("local-hash-v1-bbbb", "local-hash-v1-")
	if st := s.Stats(); st.Pruned != 1 || st.Cached != 0 {
		t.Errorf("Stats %+v, want 1 pruned and nothing cached", st)
	}
	if n := cacheDirs(t, dir); n != 2 {
		t.Errorf("%d cache directories after pruning, want 2 (the new local one and the remote one)", n)
	}
	// Reopening the current model prunes nothing and reuses its vectors.
	s = index("local-hash-v1-bbbb", "local-hash-v1-")
	if st := s.Stats(); st.Pruned != 0 || st.Cached != len(ds) {
		t.Errorf("reopened: Stats %+v, want 0 pruned, %d cached", st, len(ds))
	}
	// The remote model's cache survived.
	s = index("text-embedding-3-small", "")
	if st := s.Stats(); st.Cached != len(ds) {
		t.Errorf("remote model after pruning: Stats %+v, want %d cached", st, len(ds))
	}
}

func cacheDirs(t *testing.T, dir string) int {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		if e.IsDir() {
			n++
		}
	}
	return n
}
