// Package store keeps passage embeddings in chromem-go: one collection per
// report, so a question about one report searches only that report's
// passages. The database is in memory, or, with a directory, persistent:
// a restart then reuses the vectors of every passage whose text and
// embedding model are unchanged, and embeds only the others.
//
// chromem-go is built from third_party/chromem-go (see its REPORTBOT.md):
// upstream v0.7.0 with a small patch that queries a collection of a few
// hundred documents on the calling goroutine and orders ties by ID.
package store

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/philippgille/chromem-go"
)

// EmbedFunc computes one embedding. Vectors need not be unit length (they
// are normalised for cosine similarity) but must not be all zeros.
type EmbedFunc = chromem.EmbeddingFunc

// EmbedIntoFunc writes text's embedding into dst, which is all zeros and
// as long as the collection's vectors (Collection.Dim).
type EmbedIntoFunc func(ctx context.Context, text string, dst []float32) error

// Doc is a text to embed under an ID chosen by the caller, with metadata
// kept beside its vector (report, paragraph, period, section…).
type Doc struct {
	ID       string
	Text     string
	Metadata map[string]string
	// Vector, if set, is the document's embedding by the collection's
	// model, computed by the caller: it is used as it is.
	Vector []float32
}

// Collection is one report's documents and the embedding they are
// searched by.
type Collection struct {
	// Name is what queries scope by: the report's id.
	Name string
	// Model names the embedding; vectors are never reused across models.
	Model string
	// Embed embeds queries, and documents unless EmbedDocs is set.
	Embed EmbedFunc
	// EmbedDocs, if set, embeds the documents: the same vectors as Embed,
	// made faster for many texts at once.
	EmbedDocs EmbedFunc
	// EmbedInto, if set with Dim, embeds queries instead of Embed, into
	// reused memory: for an embedding with few non-zero dimensions, which
	// the query cache then keeps sparse, a query allocates no vector.
	EmbedInto EmbedIntoFunc
	Dim       int
	Docs      []Doc
}

// Hit is one nearest neighbour.
type Hit struct {
	ID         string
	Collection string
	Similarity float32
}

// Options configure Open.
type Options struct {
	// Dir holds the persistent database; "" keeps it in memory only.
	Dir string
	// Concurrency bounds parallel Embed calls (default 4).
	Concurrency int
	// Progress, if set, receives a progress bar while embedding more than a
	// few texts (it is worth it only for remote models).
	Progress io.Writer
	// Family, with Dir, is the name prefix of a family of models that
	// replace one another (the local embedding's name changes with the
	// lexicon and the report: "local-hash-v1-" + fingerprint): a report's
	// collection of one member is replaced by the next, not kept beside it.
	Family string
	// QueryCache is how many query embeddings are remembered (default
	// 1024; negative: none). Questions repeat, and a remote model's
	// embedding costs a round trip.
	QueryCache int
}

// Store answers vector queries over the collections given to Index.
type Store struct {
	opts   Options
	db     *chromem.DB
	embeds *queryCache

	mu    sync.RWMutex // guards cols, order and stats: Index may run while Query does
	cols  map[string]*collection
	order []string // collection names in the order indexed
	stats Stats
}

// collection is a chromem-go collection with the caller's document IDs:
// chromem-go IDs are the documents' positions, zero-padded, so that its
// order of equal similarities (by ID) is the caller's order.
type collection struct {
	c         *chromem.Collection
	model     string
	embed     EmbedFunc
	embedInto EmbedIntoFunc
	ids       []string
	// queries holds *[]float32 of the collection's dimension, all zeros,
	// for EmbedInto.
	queries sync.Pool
}

// Stats says how Index got its vectors.
type Stats struct {
	Embedded int // computed now
	Given    int // computed by the caller (Doc.Vector)
	Cached   int // found in the persistent database
	Replaced int // collections of an older model or text replaced
}

var unsafeName = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

// Open creates a store; with Dir set it opens (or creates) the database
// there, reading every collection it holds.
func Open(opts Options) (*Store, error) {
	if opts.Concurrency <= 0 {
		opts.Concurrency = 4
	}
	if opts.QueryCache == 0 {
		opts.QueryCache = 1024
	}
	s := &Store{opts: opts, cols: map[string]*collection{}, embeds: newQueryCache(opts.QueryCache)}
	if opts.Dir == "" {
		s.db = chromem.NewDB()
		return s, nil
	}
	db, err := chromem.NewPersistentDB(opts.Dir, false)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", opts.Dir, err)
	}
	s.db = db
	return s, nil
}

// chromemName is the collection holding a report's vectors of a model (or
// of a family of models). The readable part may collide ("a/b", "a_b");
// the hash of the exact names keeps them apart.
func chromemName(report, family string) string {
	return "r-" + unsafeName.ReplaceAllString(report, "_") + "-" + textKey(report + "\x00" + family)[:8]
}

// docID is the chromem-go ID of a collection's i-th document.
func docID(i int) string { return fmt.Sprintf("%06d", i) }

// Index embeds the collections' documents (reusing the persistent
// database's vectors of unchanged texts) and makes them what Query
// searches, all or none: when one fails, Query still searches what it did
// before. Collections indexed before under the same name are replaced.
func (s *Store) Index(ctx context.Context, cols []Collection) error {
	built := make([]*collection, len(cols))
	seen := map[string]bool{}
	given := true // every vector given: nothing to ask an embedding service
	for _, c := range cols {
		if c.Name == "" || c.Model == "" || c.Embed == nil {
			return fmt.Errorf("store: index: collection %q needs a name, a model and an embedding function", c.Name)
		}
		if seen[c.Name] {
			return fmt.Errorf("store: index: two collections named %q", c.Name)
		}
		seen[c.Name] = true
		for _, d := range c.Docs {
			given = given && len(d.Vector) > 0
		}
	}
	// Collections are indexed side by side when that costs only CPU; one
	// at a time when they are embedded (Concurrency bounds the calls).
	workers := 1
	if given {
		workers = runtime.GOMAXPROCS(0)
	}
	errs := make([]error, len(cols))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(workers, len(cols)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				built[i], errs[i] = s.index(ctx, cols[i])
			}
		}()
	}
	for i := range cols {
		next <- i
	}
	close(next)
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, c := range cols {
		if _, ok := s.cols[c.Name]; !ok {
			s.order = append(s.order, c.Name)
		}
		s.cols[c.Name] = built[i]
	}
	return nil
}

func (s *Store) index(ctx context.Context, c Collection) (*collection, error) {
	prefix, name := s.collectionName(c)
	col := newCollection(c)
	if old := s.db.GetCollection(name, c.Embed); s.opts.Dir != "" && old != nil && old.Count() == len(c.Docs) {
		col.c = old // the same texts, embedded by the same model
		s.count(func(st *Stats) { st.Cached += len(c.Docs) })
		return col, nil
	}
	vecs, err := s.givenVectors(c)
	if err != nil {
		return nil, err
	}
	if err := s.replaceOld(ctx, c, prefix, vecs); err != nil {
		return nil, err
	}
	embed := c.EmbedDocs
	if embed == nil {
		embed = c.Embed
	}
	if err := s.embedAll(ctx, c, embed, vecs); err != nil {
		return nil, err
	}
	if col.c, err = s.db.CreateCollection(name, map[string]string{"report": c.Name, "model": c.Model}, c.Embed); err != nil {
		return nil, fmt.Errorf("store: create collection of %s: %w", c.Name, err)
	}
	if len(c.Docs) == 0 {
		return col, nil
	}
	if err := s.addDocs(ctx, col, c, vecs); err != nil {
		return nil, err
	}
	return col, nil
}

// collectionName names c's chromem-go collection. The name holds what the
// vectors depend on: the model and the texts; prefix is the part naming
// the report and the model family, shared by its older versions.
func (s *Store) collectionName(c Collection) (prefix, name string) {
	family := c.Model
	if s.opts.Family != "" && strings.HasPrefix(c.Model, s.opts.Family) {
		family = s.opts.Family
	}
	prefix = chromemName(c.Name, family) + "-"
	name = prefix + "memory"
	if s.opts.Dir != "" {
		name = prefix + textKey(c.Model + "\x00" + docsKey(c.Docs))[:12]
	}
	return prefix, name
}

func newCollection(c Collection) *collection {
	col := &collection{model: c.Model, embed: c.Embed, ids: make([]string, len(c.Docs))}
	if c.EmbedInto != nil && c.Dim > 0 {
		dim := c.Dim
		col.embedInto = c.EmbedInto
		col.queries.New = func() any { v := make([]float32, dim); return &v }
	}
	for i, d := range c.Docs {
		col.ids[i] = d.ID
	}
	return col
}

// givenVectors returns c's documents' vectors, nil for those to embed,
// each given one checked.
func (s *Store) givenVectors(c Collection) ([][]float32, error) {
	vecs := make([][]float32, len(c.Docs))
	given := 0
	for i, d := range c.Docs {
		if len(d.Vector) > 0 {
			if err := checkVector(d.Vector); err != nil {
				return nil, fmt.Errorf("store: %s: %w", d.ID, err)
			}
			vecs[i] = d.Vector
			given++
		}
	}
	s.count(func(st *Stats) { st.Given += given })
	return vecs, nil
}

// replaceOld deletes the collections sharing c's prefix, reusing their
// vectors for the texts that did not change.
func (s *Store) replaceOld(ctx context.Context, c Collection, prefix string, vecs [][]float32) error {
	for oldName, old := range s.db.ListCollections() {
		if !strings.HasPrefix(oldName, prefix) {
			continue
		}
		// An older version of this report, or of the family's model.
		s.reuse(ctx, old, c, vecs)
		if err := s.db.DeleteCollection(oldName); err != nil {
			return fmt.Errorf("store: replace collection of %s: %w", c.Name, err)
		}
		s.count(func(st *Stats) { st.Replaced++ })
	}
	return nil
}

// addDocs adds c's documents, with their vectors, to col.
func (s *Store) addDocs(ctx context.Context, col *collection, c Collection, vecs [][]float32) error {
	docs := make([]chromem.Document, len(c.Docs))
	for i, d := range c.Docs {
		m := make(map[string]string, len(d.Metadata)+2)
		for k, v := range d.Metadata {
			m[k] = v
		}
		m["id"], m["text"], m["model"] = d.ID, textKey(d.Text), c.Model
		docs[i] = chromem.Document{ID: docID(i), Metadata: m, Embedding: vecs[i]}
	}
	// The embeddings are given: chromem-go only normalises (and, with a
	// directory, writes) them. In memory, one by one: AddDocuments starts a
	// goroutine a document.
	if s.opts.Dir != "" {
		if err := col.c.AddDocuments(ctx, docs, s.opts.Concurrency); err != nil {
			return fmt.Errorf("store: add %s: %w", c.Name, err)
		}
		return nil
	}
	for _, d := range docs {
		if err := col.c.AddDocument(ctx, d); err != nil {
			return fmt.Errorf("store: add %s: %w", c.Name, err)
		}
	}
	return nil
}

// reuse fills vecs with the old collection's vectors of the texts it holds
// unchanged, embedded by the same model.
func (s *Store) reuse(ctx context.Context, old *chromem.Collection, c Collection, vecs [][]float32) {
	byText := map[string][]float32{}
	missing := 0
	for _, v := range vecs {
		if v == nil {
			missing++
		}
	}
	if missing == 0 {
		return
	}
	for i := range old.Count() {
		d, err := old.GetByID(ctx, docID(i))
		if err == nil && len(d.Embedding) > 0 && d.Metadata["model"] == c.Model {
			byText[d.Metadata["text"]] = d.Embedding
		}
	}
	n := 0
	for i, d := range c.Docs {
		if v, ok := byText[textKey(d.Text)]; ok && vecs[i] == nil {
			vecs[i] = v
			n++
		}
	}
	s.count(func(st *Stats) { st.Cached += n })
}

// docsKey identifies a collection's documents: their IDs and texts.
func docsKey(docs []Doc) string {
	h := sha256.New()
	for _, d := range docs {
		h.Write([]byte(d.ID))
		h.Write([]byte{0})
		h.Write([]byte(d.Text))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

func (s *Store) count(f func(*Stats)) {
	s.mu.Lock()
	f(&s.stats)
	s.mu.Unlock()
}

// embedAll embeds the documents of c that vecs lacks, Concurrency at a time.
func (s *Store) embedAll(ctx context.Context, c Collection, embed EmbedFunc, vecs [][]float32) error {
	var todo []int
	for i, v := range vecs {
		if v == nil {
			todo = append(todo, i)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	bar := newProgress(s.opts.Progress, len(todo))
	work := make(chan int)
	errs := make(chan error, s.opts.Concurrency)
	var wg sync.WaitGroup
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	for range min(s.opts.Concurrency, len(todo)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				v, err := embed(ctx, c.Docs[i].Text)
				if err == nil {
					err = checkVector(v)
				}
				if err != nil {
					errs <- fmt.Errorf("store: embed %s: %w", c.Docs[i].ID, err)
					cancel()
					return
				}
				vecs[i] = v
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
	s.count(func(st *Stats) { st.Embedded += len(todo) })
	return nil
}

var errBadVector = errors.New("zero or non-finite vector: cosine similarity is undefined")

// checkVector refuses what chromem-go would turn into NaN similarities.
func checkVector(v []float32) error {
	if len(v) == 0 {
		return errors.New("empty embedding")
	}
	var sum float64
	for _, x := range v {
		sum += float64(x) * float64(x)
	}
	if sum == 0 || sum != sum || sum > 1e300 {
		return errBadVector
	}
	return nil
}

// Query returns up to n documents nearest to text, most similar first,
// from the collection named scope, or from every collection when scope is
// "" (equal similarities in the order the collections were indexed).
func (s *Store) Query(ctx context.Context, text string, n int, scope string) ([]Hit, error) {
	cols, names, err := s.scoped(scope)
	if err != nil {
		return nil, err
	}
	var out []Hit
	for i, col := range cols {
		err := s.query(ctx, col, names[i], text, n, func(id string, sim float32) {
			out = append(out, Hit{ID: id, Collection: names[i], Similarity: sim})
		})
		if err != nil {
			return nil, err
		}
	}
	if len(cols) > 1 {
		// Stable: equal similarities keep collection, then document order.
		slices.SortStableFunc(out, func(a, b Hit) int { return cmp.Compare(b.Similarity, a.Similarity) })
		if len(out) > n {
			out = out[:n]
		}
	}
	return out, nil
}

// scoped returns the collection named scope, or every collection in the
// order they were indexed when scope is "", with their names.
func (s *Store) scoped(scope string) ([]*collection, []string, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if scope != "" {
		col, ok := s.cols[scope]
		if !ok {
			return nil, nil, fmt.Errorf("store: query: no collection %q", scope)
		}
		return []*collection{col}, []string{scope}, nil
	}
	cols := make([]*collection, 0, len(s.order))
	for _, name := range s.order {
		cols = append(cols, s.cols[name])
	}
	// order is only appended to: its first len(order) names stay as they are.
	return cols, s.order[:len(s.order):len(s.order)], nil
}

// query calls add with the caller's ID and the similarity of each of the
// n documents of col nearest to text, most similar first.
func (s *Store) query(ctx context.Context, col *collection, name, text string, n int, add func(id string, sim float32)) error {
	// chromem-go refuses more results than documents.
	n = min(n, col.c.Count())
	if n <= 0 {
		return nil
	}
	var q []float32
	var err error
	if col.embedInto != nil {
		buf := col.queries.Get().(*[]float32)
		defer func() {
			clear(*buf) // chromem-go is done with it
			col.queries.Put(buf)
		}()
		q = *buf
		err = s.embeds.getInto(ctx, col.model, col.embedInto, text, q)
	} else {
		q, err = s.embeds.get(ctx, col.model, col.embed, text)
	}
	if err != nil {
		return fmt.Errorf("store: query: embed: %w", err)
	}
	// Its IDs and similarities alone: chromem-go's Results copy each
	// document's fields (a twentieth of an answer's allocation).
	var bad string
	err = col.c.QueryEmbeddingEach(ctx, q, n, func(id string, sim float32) {
		k, err := strconv.Atoi(id)
		if err != nil || k < 0 || k >= len(col.ids) {
			if bad == "" {
				bad = id
			}
			return
		}
		add(col.ids[k], sim)
	})
	if err != nil {
		return fmt.Errorf("store: query %s: %w", name, err)
	}
	if bad != "" {
		return fmt.Errorf("store: query %s: unknown document %q", name, bad)
	}
	return nil
}

// Nearest returns the IDs of up to n documents nearest to text, best
// first, among those of the collection named scope ("" for all).
func (s *Store) Nearest(ctx context.Context, text string, n int, scope string) ([]string, error) {
	return s.AppendNearest(ctx, nil, text, n, scope)
}

// AppendNearest is Nearest appending the IDs to dst (returned as it was
// on an error), so a caller asking often may reuse its memory.
func (s *Store) AppendNearest(ctx context.Context, dst []string, text string, n int, scope string) ([]string, error) {
	cols, names, err := s.scoped(scope)
	if err != nil {
		return dst, err
	}
	if len(cols) == 1 {
		// One collection's hits are already in order: their IDs, without
		// Hits to copy them from.
		ids := slices.Grow(dst, max(0, min(n, cols[0].c.Count())))
		err := s.query(ctx, cols[0], names[0], text, n, func(id string, _ float32) { ids = append(ids, id) })
		if err != nil {
			return dst, err
		}
		return ids, nil
	}
	hits, err := s.Query(ctx, text, n, scope)
	if err != nil {
		return dst, err
	}
	for _, h := range hits {
		dst = append(dst, h.ID)
	}
	return dst, nil
}

// Count is the number of indexed documents.
func (s *Store) Count() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	n := 0
	for _, c := range s.cols {
		n += c.c.Count()
	}
	return n
}

// Collections lists the names of the indexed collections, in order.
func (s *Store) Collections() []string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return append([]string(nil), s.order...)
}

// Stats reports how many vectors Index computed and how many it reused.
func (s *Store) Stats() Stats {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.stats
}

// textKey identifies a text.
func textKey(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:16])
}
