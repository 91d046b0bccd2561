package rag

import (
	"context"
	"fmt"
	"github.com/reportbot/reportbot/places"
	"github.com/reportbot/reportbot/words"
	"regexp"
	"strings"
	"sync/atomic"
	"unicode/utf8"
)

// Vectors is the vector leg of retrieval: passage IDs nearest to a text,
// best first. store.Store satisfies it; nil leaves retrieval lexical only.
type Vectors interface {
	Nearest(ctx context.Context, text string, n int) ([]string, error)
}

// Index holds the ingested reports and the lexical index over their passages.
type Index struct {
	reports  []*Report
	byID     map[string]*Report
	passages []*Passage
	byPID    map[string]int
	// paraOrd[doc] numbers passage doc's paragraph across all reports, in
	// report order; paragraphs is how many there are.
	paraOrd    []int
	paragraphs int
	tok        Tokenizer
	lex        *Lexicon
	places     []string // the reports' own place names (placeWords)
	rd         *reader  // folds questions into the reports' words
	gaz        *places.Gazetteer
	dict       *words.Dict             // cuts questions into words
	homes      map[string]places.Place // each report's own place, by id
	bm25       *BM25
	corpus     *corpusText            // normalized text of all quotable paragraphs, for term look-ups
	corpusOf   map[string]*corpusText // the same per report, for questions scoped to one
	// reviewsTargets marks the reports whose review of last year states
	// last year's targets beside the results ("目标6%，实际3.5%").
	reviewsTargets map[string]bool
	clauses        map[*Paragraph][]normClause
	grams          map[*Paragraph]clauseGrams // the clauses by rune pair, for scoring
	withPath       map[*Paragraph]string      // normalized text and section path, for coverage
	pathPairs      map[*Paragraph]pairSet     // the rune pairs of withPath
	// sentences and fullSentences of each quotable paragraph, cut once.
	sentences, fullSentences map[*Paragraph][]Span
}

// normClause is a clause of a paragraph with its normalized text, computed
// once at index time: answer extraction scores many clause windows per
// question, and normalizing them each time was most of the cost of Ask.
type normClause struct {
	span  Span
	norm  string
	digit bool // holds a digit: a figure question prefers such clauses
}

// NewIndex indexes reports for lexical retrieval with the default
// tokenizer: Han bigrams without unigrams, which measured better (README).
func NewIndex(reports []*Report, lex *Lexicon) (*Index, error) {
	return NewIndexWith(reports, lex, Tokenizer{})
}

// statedTarget finds a target figure stated in a review: "目标为6%".
var statedTarget = regexp.MustCompile(`目标[^，。；]{0,12}[0-9０-９]`)

// NewIndexWith is NewIndex with a chosen tokenizer, for evaluation.
func NewIndexWith(reports []*Report, lex *Lexicon, tok Tokenizer) (*Index, error) {
	if len(reports) == 0 {
		return nil, fmt.Errorf("index: no reports")
	}
	ownPlaces := placeWords(reports)
	tok.Stop = latinStops(ownPlaces)
	ix := &Index{places: ownPlaces, reports: reports, byID: map[string]*Report{}, byPID: map[string]int{}, clauses: map[*Paragraph][]normClause{}, grams: map[*Paragraph]clauseGrams{}, pathPairs: map[*Paragraph]pairSet{}, withPath: map[*Paragraph]string{}, sentences: map[*Paragraph][]Span{}, fullSentences: map[*Paragraph][]Span{}, tok: tok, lex: lex}
	var docs [][]string
	var all strings.Builder
	ix.corpusOf = map[string]*corpusText{}
	ix.reviewsTargets = map[string]bool{}
	for _, r := range reports {
		var own strings.Builder
		if _, dup := ix.byID[r.Meta.ID]; dup {
			return nil, fmt.Errorf("index: two reports with id %q", r.Meta.ID)
		}
		ix.byID[r.Meta.ID] = r
		for i := range r.Passages {
			p := &r.Passages[i]
			ix.byPID[p.ID] = len(ix.passages)
			ix.passages = append(ix.passages, p)
			ix.paraOrd = append(ix.paraOrd, ix.paragraphs+p.Para-1)
			docs = append(docs, ix.tok.Tokens(Normalize(ix.indexText(p))))
		}
		for i := range r.Paragraphs {
			p := &r.Paragraphs[i]
			if p.Quotable() {
				ix.withPath[p] = Normalize(p.Text + p.Path())
				ix.pathPairs[p] = newPairSet(ix.withPath[p])
				ix.sentences[p], ix.fullSentences[p] = Sentences(p.Text), FullSentences(p.Text)
				for _, c := range Clauses(p.Text) {
					norm := Normalize(p.Text[c.byteStart:c.byteEnd])
					ix.clauses[p] = append(ix.clauses[p], normClause{c, norm, holdsNumber(norm)})
				}
				ix.grams[p] = newClauseGrams(ix.clauses[p])
				own.WriteString(Normalize(r.Paragraphs[i].Text))
				own.WriteByte('\n')
				if p.Period.Kind == PeriodResult && statedTarget.MatchString(p.Text) {
					ix.reviewsTargets[r.Meta.ID] = true
				}
			}
		}
		ix.corpusOf[r.Meta.ID] = newCorpusText(own.String())
		ix.paragraphs += len(r.Paragraphs)
		all.WriteString(own.String())
	}
	ix.bm25 = NewBM25(docs)
	ix.corpus = newCorpusText(all.String())
	rd, err := newReader(ix.corpus, lex)
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	ix.rd = rd
	if ix.gaz, err = places.Load(); err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	if ix.dict, err = words.Load(); err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	ix.homes = homes(ix.gaz, reports)
	return ix, nil
}

// indexText is what retrieval matches a passage by: its text with the
// paragraph's lead phrase and the passage's topic, which name what it is about.
func (ix *Index) indexText(p *Passage) string {
	return ix.paragraphOf(p).Lead + "\n" + p.Topic + "\n" + p.Text
}

// paragraphOf is the paragraph passage p was cut from.
func (ix *Index) paragraphOf(p *Passage) *Paragraph {
	return &ix.byID[p.Report].Paragraphs[p.Para-1]
}

// Document is a passage as given to the vector store.
type Document struct {
	ID   string
	Text string
}

// Documents lists every passage for the vector store.
func (ix *Index) Documents() []Document {
	out := make([]Document, len(ix.passages))
	for i, p := range ix.passages {
		out[i] = Document{ID: p.ID, Text: ix.indexText(p)}
	}
	return out
}

// BM25 exposes corpus statistics (for the local embedder).
func (ix *Index) BM25() *BM25 { return ix.bm25 }

// Reports lists the indexed reports.
func (ix *Index) Reports() []*Report { return ix.reports }

// Report returns the report with id; "" means the only report.
func (ix *Index) Report(id string) (*Report, error) {
	if id == "" && len(ix.reports) == 1 {
		return ix.reports[0], nil
	}
	r, ok := ix.byID[id]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrUnknownReport, id)
	}
	return r, nil
}

// Engine answers questions from an Index, with an optional vector leg.
type Engine struct {
	ix          *Index
	vec         Vectors
	steps       []Step
	vecFailures atomic.Int64
}

var _ Answerer = (*Engine)(nil)

// NewEngine combines the lexical index and the vector leg (may be nil);
// steps run, in order, on every answer the engine composes.
func NewEngine(ix *Index, vec Vectors, steps ...Step) *Engine {
	return &Engine{ix: ix, vec: vec, steps: steps}
}

// Index returns the engine's index.
func (e *Engine) Index() *Index { return e.ix }

// Report returns the report with id; "" means the only report.
func (e *Engine) Report(id string) (*Report, error) { return e.ix.Report(id) }

// Reports lists the loaded reports.
func (e *Engine) Reports() []*Report { return e.ix.Reports() }

// checkQuestion refuses questions no one could answer.
func checkQuestion(q string) (string, error) {
	q = strings.ToValidUTF8(q, "")
	q = strings.TrimSpace(q)
	if q == "" {
		return "", ErrEmptyQuestion
	}
	if utf8.RuneCountInString(q) > MaxQuestionRunes {
		return "", fmt.Errorf("%w: over %d characters", ErrQuestionTooLong, MaxQuestionRunes)
	}
	return q, nil
}

// VectorFailures counts searches that went on without the vector leg
// because it failed (a remote embedding endpoint down).
func (e *Engine) VectorFailures() int64 { return e.vecFailures.Load() }

// Intent reads q the way Ask does, without answering it.
func (e *Engine) Intent(q Query) Intent {
	rep, _ := e.scope(q.Report)
	return e.ix.analyze(e.ix.rd.read(strings.TrimSpace(strings.ToValidUTF8(q.Text, ""))), rep).intent()
}
