package chromem

import (
	"cmp"
	"context"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
)

var supportedFilters = []string{"$contains", "$not_contains"}

type docSim struct {
	docID      string
	similarity float32
}

// docMaxHeap is a heap of docSims whose root ranks lowest (see worse).
//
// reportbot patch: sifted by addLocked itself rather than through
// container/heap, whose interface values allocated for every document.
type docMaxHeap []docSim

// worse reports whether a ranks below b.
//
// reportbot patch: equal similarities are ordered by document ID (the
// smaller first), so that a query's results do not depend on the order in
// which the document map happens to be iterated.
func worse(a, b docSim) bool {
	if a.similarity != b.similarity {
		return a.similarity < b.similarity
	}
	return a.docID > b.docID
}

// maxDocSims manages a max-heap of docSims with a fixed size, keeping the n highest
// similarities. It's safe for concurrent use, but not the result of values().
// In our benchmarks this was faster than sorting a slice of docSims at the end.
type maxDocSims struct {
	h    docMaxHeap
	lock sync.RWMutex
	size int
}

// newMaxDocSims creates a new nMaxDocs with a fixed size.
func newMaxDocSims(size int) *maxDocSims {
	return &maxDocSims{
		h:    make(docMaxHeap, 0, size),
		size: size,
	}
}

// add inserts a new docSim into the heap, keeping only the top n similarities.
func (d *maxDocSims) add(doc docSim) {
	d.lock.Lock()
	defer d.lock.Unlock()
	d.addLocked(doc)
}

// addLocked is add for a caller that holds the lock or is alone.
func (d *maxDocSims) addLocked(doc docSim) {
	h := d.h
	switch {
	case len(h) < d.size:
		h = append(h, doc)
		for i := len(h) - 1; i > 0; { // sift up
			p := (i - 1) / 2
			if !worse(h[i], h[p]) {
				break
			}
			h[i], h[p] = h[p], h[i]
			i = p
		}
	case len(h) > 0 && worse(h[0], doc):
		// Replace the lowest-ranked document, and sift it down.
		h[0] = doc
		for i := 0; ; {
			m := 2*i + 1
			if m >= len(h) {
				break
			}
			if r := m + 1; r < len(h) && worse(h[r], h[m]) {
				m = r
			}
			if !worse(h[m], h[i]) {
				break
			}
			h[i], h[m] = h[m], h[i]
			i = m
		}
	}
	d.h = h
}

// values returns the docSims in the heap, sorted by similarity (descending).
// The call itself is safe for concurrent use with add(), but the result isn't.
// Only work with the result after all calls to add() have finished.
func (d *maxDocSims) values() []docSim {
	d.lock.RLock()
	defer d.lock.RUnlock()
	slices.SortFunc(d.h, func(i, j docSim) int {
		if c := cmp.Compare(j.similarity, i.similarity); c != 0 {
			return c
		}
		return cmp.Compare(i.docID, j.docID) // reportbot patch: see worse
	})
	return d.h
}

// filterDocs filters a map of documents by metadata and content.
// It does this concurrently.
func filterDocs(docs map[string]*Document, where, whereDocument map[string]string) []*Document {
	// reportbot patch: a small collection, or a query without filters, is
	// filtered on the calling goroutine: handing a few hundred documents to
	// goroutines through a channel costs more than the filtering.
	if len(docs) < minConcurrentDocs || len(where) == 0 && len(whereDocument) == 0 {
		out := make([]*Document, 0, len(docs))
		for _, doc := range docs {
			if documentMatchesFilters(doc, where, whereDocument) {
				out = append(out, doc)
			}
		}
		if len(out) == 0 {
			return nil
		}
		return out
	}
	filteredDocs := make([]*Document, 0, len(docs))
	filteredDocsLock := sync.Mutex{}

	// Determine concurrency. Use number of docs or CPUs, whichever is smaller.
	numCPUs := runtime.NumCPU()
	numDocs := len(docs)
	concurrency := numCPUs
	if numDocs < numCPUs {
		concurrency = numDocs
	}

	docChan := make(chan *Document, concurrency*2)

	wg := sync.WaitGroup{}
	for i := 0; i < concurrency; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for doc := range docChan {
				if documentMatchesFilters(doc, where, whereDocument) {
					filteredDocsLock.Lock()
					filteredDocs = append(filteredDocs, doc)
					filteredDocsLock.Unlock()
				}
			}
		}()
	}

	for _, doc := range docs {
		docChan <- doc
	}
	close(docChan)

	wg.Wait()

	// With filteredDocs being initialized as potentially large slice, let's return
	// nil instead of the empty slice.
	if len(filteredDocs) == 0 {
		filteredDocs = nil
	}
	return filteredDocs
}

// documentMatchesFilters checks if a document matches the given filters.
// When calling this function, the whereDocument keys must already be validated!
func documentMatchesFilters(document *Document, where, whereDocument map[string]string) bool {
	// A document's metadata must have *all* the fields in the where clause.
	for k, v := range where {
		// TODO: Do we want to check for existence of the key? I.e. should
		// a where clause with empty string as value match a document's
		// metadata that doesn't have the key at all?
		if document.Metadata[k] != v {
			return false
		}
	}

	// A document must satisfy *all* filters, until we support the `$or` operator.
	for k, v := range whereDocument {
		switch k {
		case "$contains":
			if !strings.Contains(document.Content, v) {
				return false
			}
		case "$not_contains":
			if strings.Contains(document.Content, v) {
				return false
			}
		default:
			// No handling (error) required because we already validated the
			// operators. This simplifies the concurrency logic (no err var
			// and lock, no context to cancel).
		}
	}

	return true
}

// minConcurrentDocs is the number of documents from which filtering and
// scoring fan out to one goroutine per CPU.
//
// reportbot patch: upstream always fans out. Below a few thousand
// documents (one report's passages are a few hundred) the goroutines and
// the heap's lock cost more than the dot products they share out.
const minConcurrentDocs = 4096

// getMostSimilarDocs returns the n documents of docs most similar to
// queryVectors, most similar first.
//
// reportbot patch: buf, when its capacity holds n, is used for the top n
// instead of a new slice (QueryEmbeddingEach reuses it).
func getMostSimilarDocs(ctx context.Context, queryVectors, negativeVector []float32, negativeFilterThreshold float32, docs []*Document, n int, buf []docSim) ([]docSim, error) {
	var nMaxDocs *maxDocSims
	if cap(buf) >= n {
		nMaxDocs = &maxDocSims{h: buf[:0], size: n}
	} else {
		nMaxDocs = newMaxDocSims(n)
	}
	dot := dotProductFor(queryVectors)

	// reportbot patch: small collections are scored on the calling goroutine.
	if len(docs) < minConcurrentDocs {
		for _, doc := range docs {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			sim, err := dot(doc.Embedding)
			if err != nil {
				return nil, fmt.Errorf("couldn't calculate similarity for document '%s': %w", doc.ID, err)
			}
			if negativeFilterThreshold > 0 {
				nsim, err := dotProduct(negativeVector, doc.Embedding)
				if err != nil {
					return nil, fmt.Errorf("couldn't calculate negative similarity for document '%s': %w", doc.ID, err)
				}
				if nsim > negativeFilterThreshold {
					continue
				}
			}
			nMaxDocs.addLocked(docSim{docID: doc.ID, similarity: sim})
		}
		return nMaxDocs.values(), nil
	}

	// Determine concurrency. Use number of docs or CPUs, whichever is smaller.
	numCPUs := runtime.NumCPU()
	numDocs := len(docs)
	concurrency := numCPUs
	if numDocs < numCPUs {
		concurrency = numDocs
	}

	var sharedErr error
	sharedErrLock := sync.Mutex{}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	setSharedErr := func(err error) {
		sharedErrLock.Lock()
		defer sharedErrLock.Unlock()
		// Another goroutine might have already set the error.
		if sharedErr == nil {
			sharedErr = err
			// Cancel the operation for all other goroutines.
			cancel(sharedErr)
		}
	}

	wg := sync.WaitGroup{}
	// Instead of using a channel to pass documents into the goroutines, we just
	// split the slice into sub-slices and pass those to the goroutines.
	// This turned out to be faster in the query benchmarks.
	subSliceSize := len(docs) / concurrency // Can leave remainder, e.g. 10/3 = 3; leaves 1
	rem := len(docs) % concurrency
	for i := 0; i < concurrency; i++ {
		start := i * subSliceSize
		end := start + subSliceSize
		// Add remainder to last goroutine
		if i == concurrency-1 {
			end += rem
		}

		wg.Add(1)
		go func(subSlice []*Document) {
			defer wg.Done()
			for _, doc := range subSlice {
				// Stop work if another goroutine encountered an error.
				if ctx.Err() != nil {
					return
				}

				// As the vectors are normalized, the dot product is the cosine similarity.
				sim, err := dot(doc.Embedding)
				if err != nil {
					setSharedErr(fmt.Errorf("couldn't calculate similarity for document '%s': %w", doc.ID, err))
					return
				}

				if negativeFilterThreshold > 0 {
					nsim, err := dotProduct(negativeVector, doc.Embedding)
					if err != nil {
						setSharedErr(fmt.Errorf("couldn't calculate negative similarity for document '%s': %w", doc.ID, err))
						return
					}

					if nsim > negativeFilterThreshold {
						continue
					}
				}

				nMaxDocs.add(docSim{docID: doc.ID, similarity: sim})
			}
		}(docs[start:end])
	}

	wg.Wait()

	if sharedErr != nil {
		return nil, sharedErr
	}

	return nMaxDocs.values(), nil
}
