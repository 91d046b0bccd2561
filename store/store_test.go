package store_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"math"
	"os"
	"slices"
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

// coll is a collection of docs embedded by model with embed.
func coll(name, model string, embed store.EmbedFunc, docs []store.Doc) store.Collection {
	return store.Collection{Name: name, Model: model, Embed: embed, Docs: docs}
}

// index indexes one collection, failing the test on an error.
func index(t *testing.T, s *store.Store, cols ...store.Collection) {
	t.Helper()
	if err := s.Index(context.Background(), cols); err != nil {
		t.Fatalf("Index: %v", err)
	}
}

func open(t *testing.T, opts store.Options) *store.Store {
	t.Helper()
	s, err := store.Open(opts)
	if err != nil {
		t.Fatalf("Open(%+v): %v", opts, err)
	}
	return s
}

func TestIndexErrors(t *testing.T) {
	c := &counter{}
	s := open(t, store.Options{})
	ds := docs(3, "x")
	for _, tc := range []struct {
		name string
		cols []store.Collection
		want string
	}{
		{"no name", []store.Collection{coll("", "m", c.Embed, ds)}, "needs a name"},
		{"no model", []store.Collection{coll("r", "", c.Embed, ds)}, "needs a name, a model"},
		{"no embed", []store.Collection{coll("r", "m", nil, ds)}, "embedding function"},
		{"twice", []store.Collection{coll("r", "m", c.Embed, ds), coll("r", "m", c.Embed, ds)}, "two collections"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := s.Index(context.Background(), tc.cols)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Index: %v, want an error mentioning %q", err, tc.want)
			}
		})
	}
	if s.Count() != 0 || len(s.Collections()) != 0 {
		t.Errorf("after failed Index calls: Count %d, collections %v", s.Count(), s.Collections())
	}
}

func TestQuery(t *testing.T) {
	ctx := context.Background()
	c := &counter{}
	s := open(t, store.Options{})
	// An empty store answers nothing, and does not error.
	if hits, err := s.Query(ctx, "x", 3, ""); err != nil || hits != nil {
		t.Errorf("empty store Query = %v, %v; want nil, nil", hits, err)
	}
	if _, err := s.Query(ctx, "x", 3, "nope"); err == nil || !strings.Contains(err.Error(), "nope") {
		t.Errorf("Query of an unknown collection: %v", err)
	}
	ds := docs(5, "q")
	index(t, s, coll("r", "m", c.Embed, ds))
	if s.Count() != len(ds) {
		t.Fatalf("Count %d, want %d", s.Count(), len(ds))
	}
	tests := []struct{ n, want int }{{1, 1}, {3, 3}, {5, 5}, {6, 5}, {1000, 5}, {0, 0}, {-1, 0}}
	for _, tc := range tests {
		for _, scope := range []string{"r", ""} {
			hits, err := s.Query(ctx, ds[2].Text, tc.n, scope)
			if err != nil {
				t.Errorf("Query(n=%d): %v", tc.n, err)
				continue
			}
			if len(hits) != tc.want {
				t.Errorf("Query(n=%d, %q): %d hits, want %d", tc.n, scope, len(hits), tc.want)
			}
			if tc.n <= 0 && hits != nil {
				t.Errorf("Query(n=%d) = %v, want nil", tc.n, hits)
			}
			for i := 1; i < len(hits); i++ {
				if hits[i].Similarity > hits[i-1].Similarity {
					t.Errorf("Query(n=%d): hit %d similarity %v above hit %d %v", tc.n, i, hits[i].Similarity, i-1, hits[i-1].Similarity)
				}
			}
			if len(hits) > 0 && (hits[0].ID != ds[2].ID || hits[0].Collection != "r" || hits[0].Similarity < 0.999) {
				t.Errorf("Query(n=%d) with a document's own text: best %+v, want %s at similarity 1", tc.n, hits[0], ds[2].ID)
			}
		}
	}
	ids, err := s.Nearest(ctx, ds[4].Text, 10, "r")
	if err != nil || len(ids) != 5 || ids[0] != ds[4].ID {
		t.Errorf("Nearest = %v, %v; want 5 ids starting with %s", ids, err, ds[4].ID)
	}
	if ids, err := s.Nearest(ctx, "x", 0, ""); err != nil || len(ids) != 0 {
		t.Errorf("Nearest(n=0) = %v, %v", ids, err)
	}
	// AppendNearest keeps what dst held, scoped or not.
	for _, scope := range []string{"r", ""} {
		got, err := s.AppendNearest(ctx, []string{"before"}, ds[4].Text, 10, scope)
		if err != nil || !slices.Equal(got, append([]string{"before"}, ids...)) {
			t.Errorf("AppendNearest(%q) = %v, %v; want before, then %v", scope, got, err, ids)
		}
	}
	if got, err := s.AppendNearest(ctx, []string{"before"}, "x", 3, "nope"); err == nil || !slices.Equal(got, []string{"before"}) {
		t.Errorf("AppendNearest of an unknown scope = %v, %v; want dst and an error", got, err)
	}
	if st := s.Stats(); st.Embedded != 5 || st.Cached != 0 {
		t.Errorf("Stats = %+v without a directory, want 5 embedded", st)
	}
}

// A query scoped to a collection sees only its documents; unscoped, the
// collections' best are merged by similarity.
func TestQueryScope(t *testing.T) {
	ctx := context.Background()
	c := &counter{}
	s := open(t, store.Options{})
	a := []store.Doc{{ID: "a/1", Text: "apples"}, {ID: "a/2", Text: "pears"}}
	b := []store.Doc{{ID: "b/1", Text: "pears"}, {ID: "b/2", Text: "plums"}, {ID: "b/3", Text: "figs"}}
	index(t, s, coll("a", "m", c.Embed, a), coll("b", "m", c.Embed, b))
	if got := s.Collections(); len(got) != 2 || got[0] != "a" || got[1] != "b" {
		t.Errorf("Collections = %v", got)
	}
	for _, scope := range []string{"a", "b"} {
		hits, err := s.Query(ctx, "pears", 10, scope)
		if err != nil {
			t.Fatal(err)
		}
		if want := map[string]int{"a": 2, "b": 3}[scope]; len(hits) != want {
			t.Errorf("scope %s: %d hits, want %d", scope, len(hits), want)
		}
		for _, h := range hits {
			if h.Collection != scope || !strings.HasPrefix(h.ID, scope+"/") {
				t.Errorf("scope %s: hit %+v from elsewhere", scope, h)
			}
		}
	}
	hits, err := s.Query(ctx, "pears", 3, "")
	if err != nil {
		t.Fatal(err)
	}
	// Both "pears" at similarity 1, in collection order, then one more.
	if len(hits) != 3 || hits[0].ID != "a/2" || hits[1].ID != "b/1" || hits[2].Similarity >= hits[1].Similarity {
		t.Errorf("unscoped: %+v", hits)
	}
}

// A question is embedded once per model however often it is asked.
func TestQueryEmbeddingsAreCached(t *testing.T) {
	ctx := context.Background()
	for _, size := range []int{0, -1} {
		docsEmbed, queryEmbed := &counter{}, &counter{}
		s := open(t, store.Options{QueryCache: size})
		col := coll("r", "m", queryEmbed.Embed, docs(4, "c"))
		col.EmbedDocs = docsEmbed.Embed
		index(t, s, col)
		if docsEmbed.calls.Load() != 4 || queryEmbed.calls.Load() != 0 {
			t.Fatalf("documents embedded with EmbedDocs %d times, Embed %d times; want 4 and 0", docsEmbed.calls.Load(), queryEmbed.calls.Load())
		}
		for range 3 {
			if _, err := s.Query(ctx, "question", 2, "r"); err != nil {
				t.Fatal(err)
			}
		}
		want := int64(1)
		if size < 0 {
			want = 3
		}
		if got := queryEmbed.calls.Load(); got != want {
			t.Errorf("QueryCache %d: the same question embedded %d times, want %d", size, got, want)
		}
	}
}

func TestIndexEmpty(t *testing.T) {
	c := &counter{}
	s := open(t, store.Options{Dir: t.TempDir()})
	index(t, s)
	index(t, s, coll("empty", "m", c.Embed, nil))
	if s.Count() != 0 || c.calls.Load() != 0 {
		t.Errorf("Index of nothing: Count %d, %d embed calls", s.Count(), c.calls.Load())
	}
	if hits, err := s.Query(context.Background(), "x", 3, "empty"); err != nil || hits != nil {
		t.Errorf("Query of an empty collection = %v, %v", hits, err)
	}
}

func TestPersistentCache(t *testing.T) {
	dir := t.TempDir()
	ds := docs(30, "cache")
	other := docs(5, "other")
	run := func(model string, docs []store.Doc) (*store.Store, *counter) {
		t.Helper()
		c := &counter{}
		s := open(t, store.Options{Dir: dir})
		index(t, s, coll("r", model, c.Embed, docs), coll("o", model, c.Embed, other))
		return s, c
	}
	s1, c1 := run("model-a", ds)
	if got := c1.calls.Load(); got != int64(len(ds)+len(other)) {
		t.Errorf("first Index: %d embed calls, want %d", got, len(ds)+len(other))
	}

	// Reopen: nothing to embed.
	s2, c2 := run("model-a", ds)
	if got := c2.calls.Load(); got != 0 {
		t.Errorf("second Index of the same docs: %d embed calls, want 0", got)
	}
	if st := s2.Stats(); st.Cached != len(ds)+len(other) || st.Embedded != 0 {
		t.Errorf("second Index: Stats %+v", st)
	}
	hits, err := s2.Query(context.Background(), ds[7].Text, 1, "r")
	if err != nil || len(hits) != 1 || hits[0].ID != ds[7].ID || hits[0].Similarity < 0.999 {
		t.Errorf("cached vectors: Query = %v, %v; want %s at similarity 1", hits, err, ds[7].ID)
	}
	_ = s1

	// One changed text: exactly that one is embedded again, and the
	// other collection is untouched.
	changed := append([]store.Doc(nil), ds...)
	changed[3].Text += " (amended)"
	s3, c3 := run("model-a", changed)
	if got := c3.calls.Load(); got != 1 || len(c3.texts) != 1 || c3.texts[0] != changed[3].Text {
		t.Errorf("changed text: %d embed calls on %q, want 1 on %q", got, c3.texts, changed[3].Text)
	}
	if st := s3.Stats(); st.Cached != len(ds)-1+len(other) || st.Embedded != 1 || st.Replaced != 1 {
		t.Errorf("changed text: Stats %+v, want %d cached, 1 embedded, 1 replaced", st, len(ds)-1+len(other))
	}
	hits, err = s3.Query(context.Background(), changed[3].Text, 1, "r")
	if err != nil || len(hits) != 1 || hits[0].ID != changed[3].ID || hits[0].Similarity < 0.999 {
		t.Errorf("changed text: Query = %v, %v", hits, err)
	}

	// Another model never reuses the vectors…
	s4, c4 := run("model-b", ds)
	if got := c4.calls.Load(); got != int64(len(ds)+len(other)) || s4.Stats().Cached != 0 {
		t.Errorf("different model: %d embed calls, Stats %+v", got, s4.Stats())
	}
	// …and the first model's are still there.
	if _, c5 := run("model-a", changed); c5.calls.Load() != 0 {
		t.Errorf("model-a after model-b: %d embed calls, want 0", c5.calls.Load())
	}
}

// Without Dir nothing persists: a second store embeds everything again.
func TestNoDirNoCache(t *testing.T) {
	ds := docs(4, "mem")
	for i := 0; i < 2; i++ {
		c := &counter{}
		index(t, open(t, store.Options{}), coll("r", "m", c.Embed, ds))
		if c.calls.Load() != int64(len(ds)) {
			t.Errorf("store %d: %d calls, want %d", i, c.calls.Load(), len(ds))
		}
	}
}

// Names that differ only in characters unsafe for a directory name must
// still not share vectors.
func TestNamesDoNotCollide(t *testing.T) {
	for _, pair := range [][2]string{{"org/model", "org_model"}, {"bge-m3:latest", "bge-m3 latest"}} {
		dir := t.TempDir()
		ds := docs(3, "collide")
		c1, c2 := &counter{}, &counter{}
		index(t, open(t, store.Options{Dir: dir}), coll("r", pair[0], c1.Embed, ds))
		s2 := open(t, store.Options{Dir: dir})
		index(t, s2, coll("r", pair[1], c2.Embed, ds))
		if c2.calls.Load() != int64(len(ds)) || s2.Stats().Cached != 0 {
			t.Errorf("model %q reused %d vectors of model %q", pair[1], s2.Stats().Cached, pair[0])
		}
	}
	// Report names, likewise.
	dir := t.TempDir()
	ds := docs(3, "collide")
	index(t, open(t, store.Options{Dir: dir}), coll("a/b", "m", (&counter{}).Embed, ds))
	s := open(t, store.Options{Dir: dir})
	index(t, s, coll("a_b", "m", (&counter{}).Embed, ds))
	if s.Stats().Cached != 0 || s.Stats().Replaced != 0 {
		t.Errorf("collection a_b took the place of a/b: Stats %+v", s.Stats())
	}
}

var errBoom = errors.New("boom")

func TestEmbedFailure(t *testing.T) {
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
		{"zero vector", func(_ context.Context, text string) ([]float32, error) {
			if text == bad {
				return make([]float32, 16), nil
			}
			return hashVec(text), nil
		}, nil},
	}
	for _, tc := range tests {
		for _, dir := range []string{"", t.TempDir()} {
			t.Run(fmt.Sprintf("%s/dir=%v", tc.name, dir != ""), func(t *testing.T) {
				s := open(t, store.Options{Dir: dir, Concurrency: 3})
				good := coll("good", "m", (&counter{}).Embed, docs(3, "good"))
				err := s.Index(context.Background(), []store.Collection{good, coll("r", "m", tc.embed, ds)})
				if err == nil {
					t.Fatal("Index: no error from a failing embedding")
				}
				if !strings.Contains(err.Error(), ds[17].ID) {
					t.Errorf("Index error %q does not name the document %s", err, ds[17].ID)
				}
				if tc.want != nil && !errors.Is(err, tc.want) {
					t.Errorf("Index error %v does not wrap %v", err, tc.want)
				}
				if s.Count() != 0 || len(s.Collections()) != 0 {
					t.Errorf("after a failed Index: Count %d, collections %v; want nothing half-indexed", s.Count(), s.Collections())
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
		s := open(t, store.Options{Concurrency: 2})
		err := s.Index(ctx, []store.Collection{coll("r", "m", embed, ds)})
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
		s := open(t, store.Options{})
		if err := s.Index(ctx, []store.Collection{coll("r", "m", embed, ds)}); !errors.Is(err, context.Canceled) {
			t.Errorf("Index with a cancelled context: %v, want context.Canceled", err)
		}
	})
}

func TestConcurrencyBound(t *testing.T) {
	for _, n := range []int{1, 3} {
		c := &counter{}
		index(t, open(t, store.Options{Concurrency: n}), coll("r", "m", c.Embed, docs(50, "conc")))
		if m := c.maxInFlight.Load(); m > int64(n) {
			t.Errorf("Concurrency %d: %d embed calls at once", n, m)
		}
	}
}

func TestProgress(t *testing.T) {
	tests := []struct {
		name   string
		n      int
		cached int // docs already in the database
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
				index(t, open(t, store.Options{Dir: dir}), coll("r", "m", (&counter{}).Embed, ds[:tc.cached]))
			}
			var buf bytes.Buffer
			index(t, open(t, store.Options{Dir: dir, Progress: &buf}), coll("r", "m", (&counter{}).Embed, ds))
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
}

// Indexing a collection again under its name replaces its documents.
func TestReindexReplaces(t *testing.T) {
	ctx := context.Background()
	c := &counter{}
	s := open(t, store.Options{})
	a := docs(3, "first")
	b := []store.Doc{{ID: "other/p1/0", Text: "second one"}, {ID: "other/p2/0", Text: "second two"}}
	index(t, s, coll("r", "m", c.Embed, a))
	index(t, s, coll("r", "m", c.Embed, b))
	if s.Count() != len(b) || len(s.Collections()) != 1 {
		t.Errorf("after re-Index: Count %d, collections %v; want %d in one", s.Count(), s.Collections(), len(b))
	}
	ids, _ := s.Nearest(ctx, a[0].Text, 10, "")
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
	if s, err := store.Open(store.Options{Dir: file}); err == nil {
		t.Errorf("Open with Dir a regular file: no error (store %v)", s != nil)
	} else if !strings.Contains(err.Error(), file) {
		t.Errorf("Open error %q does not name the directory", err)
	}
}

// Re-indexing while queries run (a reload of the reports) must not race.
func TestIndexWhileQuerying(t *testing.T) {
	ctx := context.Background()
	c := &counter{}
	s := open(t, store.Options{})
	ds := docs(10, "live")
	index(t, s, coll("r", "m", c.Embed, ds))
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; i < 50; i++ {
			if _, err := s.Query(ctx, ds[i%len(ds)].Text, 3, ""); err != nil {
				t.Error(err)
				return
			}
			_ = s.Count()
			_ = s.Stats()
		}
	}()
	for i := 0; i < 5; i++ {
		index(t, s, coll("r", "m", c.Embed, ds))
	}
	<-done
}

// A model of the family replaces the family's collection of a report in
// the database, and leaves every other model's alone.
func TestFamilyReplacesItsCollections(t *testing.T) {
	dir := t.TempDir()
	ds := docs(5, "family")
	run := func(model string) *store.Store {
		t.Helper()
		s := open(t, store.Options{Dir: dir, Family: "local-hash-v1-"})
		index(t, s, coll("r", model, (&counter{}).Embed, ds))
		return s
	}
	run("local-hash-v1-aaaa")
	run("text-embedding-3-small")
	if n := cacheDirs(t, dir); n != 2 {
		t.Fatalf("%d collection directories, want 2", n)
	}
	// The lexicon changed: a new fingerprint replaces the old one.
	s := run("local-hash-v1-bbbb")
	if st := s.Stats(); st.Replaced != 1 || st.Cached != 0 {
		t.Errorf("Stats %+v, want 1 replaced and nothing cached", st)
	}
	if n := cacheDirs(t, dir); n != 2 {
		t.Errorf("%d collection directories after replacing, want 2 (the new local one and the remote one)", n)
	}
	// Reopening the current model replaces nothing and reuses its vectors.
	if st := run("local-hash-v1-bbbb").Stats(); st.Replaced != 0 || st.Cached != len(ds) {
		t.Errorf("reopened: Stats %+v, want 0 replaced, %d cached", st, len(ds))
	}
	// The remote model's collection survived.
	if st := run("text-embedding-3-small").Stats(); st.Cached != len(ds) {
		t.Errorf("remote model after replacing: Stats %+v, want %d cached", st, len(ds))
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

// Vectors the caller gives are used as they are: nothing is embedded, a
// query finds each document by its vector; a zero vector is refused.
func TestGivenVectors(t *testing.T) {
	c := &counter{}
	ds := docs(6, "given")
	for i := range ds {
		ds[i].Vector = hashVec(ds[i].Text)
	}
	s := open(t, store.Options{})
	index(t, s, coll("r", "m", c.Embed, ds))
	if st := s.Stats(); st.Given != len(ds) || st.Embedded != 0 || c.calls.Load() != 0 {
		t.Errorf("Stats %+v, %d embed calls; want every vector given, none embedded", st, c.calls.Load())
	}
	hits, err := s.Query(context.Background(), ds[3].Text, 1, "r")
	if err != nil || len(hits) != 1 || hits[0].ID != ds[3].ID || hits[0].Similarity < 0.999 {
		t.Errorf("Query by a given vector's text: %v, %v", hits, err)
	}
	ds[2].Vector = make([]float32, 16)
	err = s.Index(context.Background(), []store.Collection{coll("z", "m", c.Embed, ds)})
	if err == nil || !strings.Contains(err.Error(), ds[2].ID) {
		t.Errorf("a zero vector given: %v, want an error naming %s", err, ds[2].ID)
	}
}

// In memory, indexing a collection again with as many documents of other
// texts replaces them (no name holds what the texts are).
func TestReindexSameCountInMemory(t *testing.T) {
	s := open(t, store.Options{})
	a, b := docs(3, "first"), docs(3, "second")
	index(t, s, coll("r", "m", (&counter{}).Embed, a))
	index(t, s, coll("r", "m", (&counter{}).Embed, b))
	hits, err := s.Query(context.Background(), b[1].Text, 1, "r")
	if err != nil || len(hits) != 1 || hits[0].Similarity < 0.999 {
		t.Errorf("after re-Index with new texts: %v, %v", hits, err)
	}
}

// sparseVec is a unit vector of 64 dimensions, five of them set from
// text's hash, as the local embedding sets few of its 768.
func sparseVec(text string) []float32 {
	sum := sha256.Sum256([]byte(text))
	v := make([]float32, 64)
	for i := range 5 {
		v[sum[i]%64] += float32(int(sum[5+i])-128) + 0.5
	}
	var norm float64
	for _, x := range v {
		norm += float64(x) * float64(x)
	}
	for i := range v {
		v[i] = float32(float64(v[i]) / math.Sqrt(norm))
	}
	return v
}

// TestEmbedIntoQueries checks that queries embedded into reused memory,
// and remembered sparsely or densely, find what queries embedded with
// Embed find: each text asked before and after others, so a buffer or a
// cached vector left with another query's dimensions would show.
func TestEmbedIntoQueries(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		vec  func(string) []float32
	}{{"sparse", sparseVec}, {"dense", hashVec}} {
		t.Run(tc.name, func(t *testing.T) {
			embed := func(_ context.Context, text string) ([]float32, error) { return tc.vec(text), nil }
			var into atomic.Int64
			embedInto := func(_ context.Context, text string, dst []float32) error {
				into.Add(1)
				for i, x := range dst {
					if x != 0 {
						return fmt.Errorf("dst[%d] = %v, not zero", i, x)
					}
				}
				copy(dst, tc.vec(text))
				return nil
			}
			ds := docs(40, "doc")
			for i := range ds {
				ds[i].Vector = tc.vec(ds[i].Text)
			}
			plain := open(t, store.Options{})
			index(t, plain, coll("r", "m", embed, ds))
			s := open(t, store.Options{})
			col := coll("r", "m", func(context.Context, string) ([]float32, error) {
				return nil, errors.New("Embed called for a query")
			}, ds)
			col.EmbedInto, col.Dim = embedInto, len(tc.vec(""))
			index(t, s, col)
			texts := []string{"a question", "another one", "a third", "a question", "a third", "another one"}
			for _, text := range texts {
				want, err := plain.Query(ctx, text, 7, "r")
				if err != nil {
					t.Fatal(err)
				}
				got, err := s.Query(ctx, text, 7, "r")
				if err != nil {
					t.Fatal(err)
				}
				if fmt.Sprint(got) != fmt.Sprint(want) {
					t.Errorf("%q: EmbedInto found %v, Embed %v", text, got, want)
				}
			}
			if n := into.Load(); n != 3 {
				t.Errorf("EmbedInto called %d times for 3 texts, want 3 (the rest cached)", n)
			}
		})
	}
}

func TestEmbedIntoErrors(t *testing.T) {
	ctx := context.Background()
	ds := docs(4, "doc")
	for i := range ds {
		ds[i].Vector = sparseVec(ds[i].Text)
	}
	for _, tc := range []struct {
		name string
		fn   store.EmbedIntoFunc
		want string
	}{
		{"failure", func(context.Context, string, []float32) error { return errors.New("model down") }, "model down"},
		{"zero vector", func(context.Context, string, []float32) error { return nil }, "embed"},
	} {
		s := open(t, store.Options{})
		col := coll("r", "m", func(_ context.Context, text string) ([]float32, error) { return sparseVec(text), nil }, ds)
		col.EmbedInto, col.Dim = tc.fn, 64
		index(t, s, col)
		for range 2 { // not remembered after failing
			if _, err := s.Query(ctx, "q", 2, "r"); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("%s: Query error %v, want one saying %q", tc.name, err, tc.want)
			}
		}
	}
}
