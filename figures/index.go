package figures

import (
	"cmp"
	"math"
	"math/bits"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/rag"
)

// Index holds the figures of some reports for lookup by what they measure.
// The figures of each report are contiguous and scored with that report's
// statistics, so a search confined to one report reads only its figures
// and finds what it would with that report alone.
type Index struct {
	figs   []Figure
	expand func(norm string) []string
	// grams[offs[i]:offs[i+1]] are figure i's distinct indicator bigrams,
	// as ids, and total[i] the sum of their idf in the figure's report:
	// computed once, so a search only looks up the question's.
	grams []int32
	offs  []int32
	total []float64
	// grams[wholeAt[i]:offs[i+1]] are the bigrams only figure i's whole
	// (Figure.Whole) has: they add to a match of its own, never make one.
	wholeAt []int32
	// gramID numbers the bigrams; holding[id] lists the figures whose
	// indicator has that bigram, in order, once per occurrence, so a search
	// scores only figures sharing a bigram with the question, and a
	// report's part of the list counts the bigram's occurrences there.
	gramID  map[string]int32
	holding [][]int32
	// reports are the figures of each report, by id, and all all of them.
	reports map[string]*span
	all     *span
}

// span is a run of figures [lo,hi): one report's, or every report's.
type span struct {
	lo, hi int32
	// years are the distinct years the figures are about, in order, with
	// the kind of the first figure of each.
	years []yearKind
}

type yearKind struct {
	year string
	kind Kind
}

// NewIndex extracts the figures of reports. expand, if not nil, returns
// report terms for a normalized question (rag.DefaultLexicon().Expand fits);
// the package's own short list of synonyms (GDP → 地区生产总值…) is always
// applied as well.
func NewIndex(reports []*rag.Report, expand func(norm string) []string) *Index {
	ix := &Index{expand: expand, gramID: map[string]int32{}, reports: map[string]*span{}, offs: []int32{0}}
	extracted := make([][]Figure, len(reports))
	parallel(len(reports), func(i int) { extracted[i] = Extract(reports[i]) })
	for i, r := range reports {
		sp := &span{lo: int32(len(ix.figs))}
		ix.add(extracted[i])
		extracted[i] = nil
		sp.hi = int32(len(ix.figs))
		sp.years = yearsOf(ix.figs[sp.lo:sp.hi])
		ix.reports[r.Meta.ID] = sp
	}
	ix.all = &span{lo: 0, hi: int32(len(ix.figs)), years: yearsOf(ix.figs)}
	return ix
}

// genericWords say "all kinds of": left out of an indicator's bigrams,
// they no longer outweigh its words (引进各类人才 is matched as 引进人才).
var genericWords = strings.NewReplacer("各类", "", "各种", "", "各项", "", "各级", "")

// add indexes one report's figures, weighing bigrams by their idf among
// them: log(1 + figures / occurrences).
func (ix *Index) add(figs []Figure) {
	base := int32(len(ix.figs))
	df := map[int32]int{}
	lists := map[int32][][]string{} // of the figures whose indicator lists names
	for _, f := range figs {
		seen := map[int32]bool{}
		norm := rag.Normalize(f.Indicator)
		if l := rag.ListedNames(norm); l != nil {
			lists[int32(len(ix.figs))] = l
		}
		hold := func(g string) {
			id, ok := ix.gramID[g]
			if !ok {
				id = int32(len(ix.holding))
				ix.gramID[g] = id
				ix.holding = append(ix.holding, nil)
			}
			df[id]++
			// Once per occurrence: a span's part of the list counts them.
			ix.holding[id] = append(ix.holding[id], int32(len(ix.figs)))
			if !seen[id] {
				seen[id] = true
				ix.grams = append(ix.grams, id)
			}
		}
		for _, g := range bigrams(genericWords.Replace(norm)) {
			hold(g)
		}
		ix.wholeAt = append(ix.wholeAt, int32(len(ix.grams)))
		for _, g := range bigrams(genericWords.Replace(rag.Normalize(f.Whole))) {
			// Not held: the whole's words neither find the part nor weigh
			// on any bigram's rarity.
			if id, ok := ix.gramID[g]; ok && !seen[id] {
				seen[id] = true
				ix.grams = append(ix.grams, id)
			}
		}
		ix.figs = append(ix.figs, f)
		ix.offs = append(ix.offs, int32(len(ix.grams)))
	}
	n := float64(len(figs))
	for i := base; i < int32(len(ix.figs)); i++ {
		weight := func(id int32) float64 { return math.Log(1 + n/float64(df[id])) }
		ix.total = append(ix.total, ix.indicatorWeight(i, lists[i], weight))
	}
}

// indicatorWeight is the summed weight of figure i's bigrams, a list of
// names in its indicator ("更新改造供水、供热、燃气、排水等老旧管网", lists)
// counted as its heaviest member: a question naming one of them, or none,
// covers the indicator as fully as one naming them all.
func (ix *Index) indicatorWeight(i int32, lists [][]string, weight func(int32) float64) float64 {
	total := 0.0
	if lists == nil {
		for _, id := range ix.grams[ix.offs[i]:ix.wholeAt[i]] {
			total += weight(id)
		}
		return total
	}
	inList := map[int32]bool{}
	for _, names := range lists {
		heaviest := 0.0
		for _, name := range names {
			w := 0.0
			for _, g := range bigrams(name) {
				if id, ok := ix.gramID[g]; ok && !inList[id] {
					inList[id] = true
					w += weight(id)
				}
			}
			heaviest = max(heaviest, w)
		}
		total += heaviest
	}
	for _, id := range ix.grams[ix.offs[i]:ix.wholeAt[i]] {
		if !inList[id] {
			total += weight(id)
		}
	}
	return total
}

func yearsOf(figs []Figure) []yearKind {
	var out []yearKind
	seen := map[int]bool{}
	for _, f := range figs {
		if y := f.Period.Year; y != 0 && !seen[y] {
			seen[y] = true
			out = append(out, yearKind{strconv.Itoa(y), f.Kind})
		}
	}
	return out
}

// parallel calls f(0) … f(n-1) on as many goroutines as there are CPUs.
func parallel(n int, f func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(n, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// scope is the span of report id ("" for all; nil when unknown).
func (ix *Index) scope(id string) *span {
	if id == "" {
		return ix.all
	}
	return ix.reports[id]
}

// All returns every figure, in report and paragraph order.
func (ix *Index) All() []Figure { return append([]Figure(nil), ix.figs...) }

// Of returns the figures of report id, in paragraph order.
func (ix *Index) Of(id string) []Figure {
	sp := ix.scope(id)
	if sp == nil || id == "" {
		return nil
	}
	return append([]Figure(nil), ix.figs[sp.lo:sp.hi]...)
}

// InParagraph returns the figures of ¶n of a report, in text order.
func (ix *Index) InParagraph(report string, n int) []Figure {
	return slices.Clone(ix.inParagraph(report, n))
}

// inParagraph is InParagraph's figures in the index's own memory, for
// callers that only read them: copying them was 3% of what an answer
// allocated.
func (ix *Index) inParagraph(report string, n int) []Figure {
	sp := ix.scope(report)
	if sp == nil || report == "" {
		return nil
	}
	figs := ix.figs[sp.lo:sp.hi]
	i := sort.Search(len(figs), func(k int) bool { return figs[k].Paragraph >= n })
	j := i
	for j < len(figs) && figs[j].Paragraph == n {
		j++
	}
	if i == j {
		return nil
	}
	return figs[i:j:j]
}

// Query asks for figures by indicator.
type Query struct {
	Text   string   // question or indicator words, colloquial is fine
	Expand []string // extra report terms for the question, e.g. from rag's lexicon
	Kind   Kind     // "" for any
	Report string   // "" for any
	Limit  int      // 0 for no limit
	// Rank searches rankings (全省第一) only; otherwise they are left out,
	// as a ranking never answers how much.
	Rank bool
	// unit keeps only figures in a unit that answers this asked unit
	// (askedUnitFits); "" for any.
	unit string
	// grams are queryGramIDs of Text and Expand when a caller searching
	// the same words twice has read them already; nil: search reads them.
	grams map[int32]bool
	// norm is Normalize(Text) when the caller has it; "": made when needed.
	norm string
}

// normText is Normalize(q.Text).
func (q Query) normText() string {
	if q.norm != "" {
		return q.norm
	}
	return rag.Normalize(q.Text)
}

// Lookup returns the figures whose indicator best matches the words of
// query, best first.
func (ix *Index) Lookup(query string) []Figure { return ix.Search(Query{Text: query}) }

// Search is Lookup with filters and expansion terms.
func (ix *Index) Search(q Query) []Figure {
	var out []Figure
	for _, s := range ix.search(q) {
		out = append(out, *s.fig)
	}
	return out
}

type scored struct {
	fig      *Figure // in the index: never modified
	score    float64
	coverage float64 // share of the indicator's weight the question contains
}

// Lookup thresholds.
const (
	minMatched   = 1.5 // summed idf of the matched bigrams
	relativeKeep = 0.5 // keep figures scoring at least this share of the best
)

func (ix *Index) search(q Query) []scored {
	sp := ix.scope(q.Report)
	if sp == nil {
		return nil
	}
	inQuestion := q.grams
	if inQuestion == nil {
		inQuestion = ix.queryGramIDs(q)
	}
	if len(inQuestion) == 0 {
		return nil // no figure shares a bigram with the question
	}
	pref := normKind(q.normText(), sp)
	// Which of the span's figures share a bigram with the question: a bit
	// each, on the stack for a report's few thousand.
	var sharesBuf [64]uint64
	shares := sharesBuf[:]
	if words := (int(sp.hi-sp.lo) + 63) / 64; words > len(sharesBuf) {
		shares = make([]uint64, words)
	}
	n := 0 // how many share one: room for their scores at once
	for id := range inQuestion {
		for _, i := range ix.within(ix.holding[id], sp) {
			k := i - sp.lo
			if bit := uint64(1) << (k % 64); shares[k/64]&bit == 0 {
				shares[k/64] |= bit
				n++
			}
		}
	}
	all := make([]scored, 0, n)
	var idfs map[int32]float64 // of the question's bigrams in one report
	var idfsOf *span
	for w, word := range shares {
		// In figure order, as the list of flags was read.
		for ; word != 0; word &= word - 1 {
			i := sp.lo + int32(w*64+bits.TrailingZeros64(word))
			f := &ix.figs[i]
			if q.Kind != "" && f.Kind != q.Kind || (f.Unit == UnitRank) != q.Rank || q.unit != "" && !askedUnitFits(q.unit, f.Unit) {
				continue
			}
			rs := ix.reports[f.Report]
			if idfsOf != rs {
				idfs, idfsOf = ix.gramIDF(inQuestion, rs), rs
			}
			if s, ok := ix.scoreFigure(i, idfs, pref); ok {
				all = append(all, s)
			}
		}
	}
	return keepBest(all, q.Limit)
}

// scoreFigure scores figure i by the idf of the question's bigrams, idfs,
// its indicator holds, weighed by the share of the indicator they cover;
// the bigrams only its whole has add to the score, never make a match.
// pref is the kind the question prefers, if any. It reports false when too
// little of the question matches.
func (ix *Index) scoreFigure(i int32, idfs map[int32]float64, pref Kind) (scored, bool) {
	f := &ix.figs[i]
	total, matched, whole := ix.total[i], 0.0, 0.0
	for j, id := range ix.grams[ix.offs[i]:ix.offs[i+1]] {
		// idfs holds only the question's bigrams: one look-up, not two.
		if idf, ok := idfs[id]; ok && ix.offs[i]+int32(j) < ix.wholeAt[i] {
			matched += idf
		} else if ok {
			whole += idf
		}
	}
	if matched < minMatched || total == 0 {
		return scored{}, false
	}
	cov := min(1, matched/total) // naming two of a list's names
	score := (matched + whole) * math.Sqrt(cov)
	if pref != "" && f.Kind == pref {
		score *= 1.05 // 去年/今年 in the question: that period first
	}
	return scored{fig: f, score: score, coverage: cov}, true
}

// keepBest sorts the scored figures, best first, and keeps those scoring at
// least relativeKeep of the best, at most limit of them when limit > 0.
func keepBest(all []scored, limit int) []scored {
	slices.SortStableFunc(all, func(a, b scored) int { return cmp.Compare(b.score, a.score) })
	if len(all) == 0 {
		return nil
	}
	best := all[0].score
	keep := all[:0]
	for _, s := range all {
		if s.score >= relativeKeep*best {
			keep = append(keep, s)
		}
	}
	if limit > 0 && len(keep) > limit {
		keep = keep[:limit]
	}
	return keep
}

// within is the part of a sorted list of figures inside sp.
func (ix *Index) within(list []int32, sp *span) []int32 {
	if sp == ix.all {
		return list
	}
	i := sort.Search(len(list), func(k int) bool { return list[k] >= sp.lo })
	j := i + sort.Search(len(list)-i, func(k int) bool { return list[i+k] >= sp.hi })
	return list[i:j]
}

// gramIDF is the idf of bigrams in report rs: log(1 + figures / occurrences),
// occurrences counted as NewIndex counted them (a bigram twice in one
// indicator counts twice).
func (ix *Index) gramIDF(ids map[int32]bool, rs *span) map[int32]float64 {
	out := make(map[int32]float64, len(ids))
	n := float64(rs.hi - rs.lo)
	for id := range ids {
		if occ := len(ix.within(ix.holding[id], rs)); occ > 0 {
			out[id] = math.Log(1 + n/float64(occ))
		}
	}
	return out
}

func (ix *Index) queryGrams(q Query) []string {
	norm := q.normText()
	terms := []string{norm}
	terms = append(terms, q.Expand...)
	terms = append(terms, hintTerms(norm)...)
	if ix.expand != nil && q.Expand == nil {
		// The engine's reading of the question already expanded it.
		terms = append(terms, ix.expand(norm)...)
	}
	for i, t := range terms {
		terms[i] = rag.Normalize(t)
	}
	return terms
}

// queryGramIDs are the ids of the bigrams of queryGrams' texts that some
// figure's indicator has: the others score nothing. Read without making
// a string of each bigram.
func (ix *Index) queryGramIDs(q Query) map[int32]bool {
	out := map[int32]bool{}
	for _, t := range ix.queryGrams(q) {
		eachBigram(t, func(g []byte) {
			if id, ok := ix.gramID[string(g)]; ok {
				out[id] = true
			}
		})
	}
	return out
}

// eachBigram calls f with each of bigrams(norm), in a buffer f must not
// keep.
func eachBigram(norm string, f func(g []byte)) {
	var buf [64]byte
	word := buf[:0]
	var prev rune // the last Han character of the current run
	run := 0      // the run's length
	flushHan := func() {
		if run == 1 {
			f(utf8.AppendRune(buf[:0], prev))
		}
		run = 0
	}
	for _, r := range norm {
		switch {
		case unicode.Is(unicode.Han, r):
			if len(word) > 0 {
				f(word)
				word = buf[:0]
			}
			if run > 0 {
				f(utf8.AppendRune(utf8.AppendRune(buf[:0], prev), r))
			}
			prev = r
			run++
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			flushHan()
			word = append(word, byte(unicode.ToLower(r)))
		default:
			flushHan()
			if len(word) > 0 {
				f(word)
				word = buf[:0]
			}
		}
	}
	flushHan()
	if len(word) > 0 {
		f(word)
	}
}

// bigrams splits normalized text into Han character bigrams (a lone Han
// character stands for itself) and lower-case Latin/digit words.
func bigrams(norm string) []string {
	var out []string
	var han []rune
	var word []rune
	flushHan := func() {
		switch {
		case len(han) == 1:
			out = append(out, string(han))
		case len(han) > 1:
			for i := 0; i+1 < len(han); i++ {
				out = append(out, string(han[i:i+2]))
			}
		}
		han = han[:0]
	}
	flushWord := func() {
		if len(word) > 0 {
			out = append(out, string(word))
		}
		word = word[:0]
	}
	for _, r := range norm {
		switch {
		case unicode.Is(unicode.Han, r):
			flushWord()
			han = append(han, r)
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			flushHan()
			word = append(word, unicode.ToLower(r))
		default:
			flushHan()
			flushWord()
		}
	}
	flushHan()
	flushWord()
	return out
}

// hints are everyday names for the report's main indicators, for questions
// that do not use the report's words. Triggers are matched in normalized
// text (lower-case); Latin triggers as whole words.
var hints = []struct {
	triggers []string
	terms    []string
}{
	{[]string{"gdp", "经济增速", "经济增长", "国内生产总值", "生产总值", "经济总量"}, []string{"地区生产总值"}},
	{[]string{"财政收入", "税收", "fiscal revenue"}, []string{"一般公共预算收入"}},
	{[]string{"固投", "投资增速", "fixed asset", "fixed-asset"}, []string{"固定资产投资"}},
	{[]string{"社零", "零售", "消费品", "retail"}, []string{"社会消费品零售总额"}},
	{[]string{"外贸", "进出口", "出口", "进口", "foreign trade", "exports", "imports", "import-export", "import and export"}, []string{"进出口总额"}},
	{[]string{"就业", "工作岗位", "jobs", "employment"}, []string{"城镇新增就业"}},
	{[]string{"工业增加值", "工业增长", "industrial"}, []string{"规上工业增加值"}},
	{[]string{"外资", "fdi", "foreign investment", "foreign capital"}, []string{"实际利用外资"}},
	{[]string{"内资", "国内投资"}, []string{"实际到位内资"}},
	{[]string{"公交车", "公共汽车", "巴士", "bus", "buses"}, []string{"公交车辆"}},
	{[]string{"粮食", "grain"}, []string{"粮食产量"}},
	{[]string{"研发", "r&d"}, []string{"研发经费投入总量"}},
	{[]string{"签约项目", "招商项目"}, []string{"新签约注册项目"}},
	{[]string{"空气质量", "优良天数", "蓝天"}, []string{"空气质量优良天数比例"}},
	{[]string{"螃蟹"}, []string{"河蟹"}},
	{[]string{"幼儿园"}, []string{"普惠性幼儿园"}},
	{[]string{"旅游人数", "游客"}, []string{"旅客接待量"}},
	{[]string{"贷款"}, []string{"金融机构本外币贷款余额"}},
	{[]string{"债务率"}, []string{"整体债务率"}},
	// A count added, in the verb the report uses for it (增加普惠性托育学位).
	{[]string{"新增"}, []string{"增加"}},
}

func hintTerms(norm string) []string {
	var out []string
	for _, h := range hints {
		for _, t := range h.triggers {
			if rag.ContainsTerm(norm, t) {
				out = append(out, h.terms...)
				break
			}
		}
	}
	return out
}
