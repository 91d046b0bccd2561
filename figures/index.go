package figures

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"unicode"

	"github.com/reportbot/reportbot/rag"
)

// Index holds the figures of some reports for lookup by what they measure.
type Index struct {
	figs   []Figure
	grams  [][]string // indicator bigrams of each figure
	idf    map[string]float64
	expand func(norm string) []string
	// weighed[i] is figure i's distinct bigrams with their idf, and total[i]
	// their sum: computed once, so a search only looks up the question's.
	weighed [][]weighedGram
	total   []float64
	// holding[g] lists the figures whose indicator has bigram g, so a
	// search scores only figures sharing a bigram with the question.
	holding map[string][]int32
	// years are the distinct years the figures are about, in report
	// order, with the kind of the first figure of each.
	years []yearKind
}

type yearKind struct {
	year string
	kind Kind
}

type weighedGram struct {
	gram string
	idf  float64
}

// NewIndex extracts the figures of reports. expand, if not nil, returns
// report terms for a normalized question (rag.DefaultLexicon().Expand fits);
// the package's own short list of synonyms (GDP → 地区生产总值…) is always
// applied as well.
func NewIndex(reports []*rag.Report, expand func(norm string) []string) *Index {
	ix := &Index{idf: map[string]float64{}, expand: expand}
	df := map[string]int{}
	for _, r := range reports {
		for _, f := range Extract(r) {
			g := bigrams(rag.Normalize(f.Indicator))
			ix.figs = append(ix.figs, f)
			ix.grams = append(ix.grams, g)
			for _, t := range g {
				df[t]++
			}
		}
	}
	n := float64(len(ix.figs))
	for t, d := range df {
		ix.idf[t] = math.Log(1 + n/float64(d))
	}
	seenYear := map[int]bool{}
	for _, f := range ix.figs {
		if y := f.Period.Year; y != 0 && !seenYear[y] {
			seenYear[y] = true
			ix.years = append(ix.years, yearKind{strconv.Itoa(y), f.Kind})
		}
	}
	ix.weighed = make([][]weighedGram, len(ix.figs))
	ix.total = make([]float64, len(ix.figs))
	ix.holding = map[string][]int32{}
	for i, g := range ix.grams {
		seen := map[string]bool{}
		for _, t := range g {
			if !seen[t] {
				seen[t] = true
				ix.weighed[i] = append(ix.weighed[i], weighedGram{t, ix.idf[t]})
				ix.total[i] += ix.idf[t]
				ix.holding[t] = append(ix.holding[t], int32(i))
			}
		}
	}
	return ix
}

// All returns every figure, in report and paragraph order.
func (ix *Index) All() []Figure { return append([]Figure(nil), ix.figs...) }

// InParagraph returns the figures of ¶n of a report, in text order.
func (ix *Index) InParagraph(report string, n int) []Figure {
	var out []Figure
	for _, f := range ix.figs {
		if f.Report == report && f.Paragraph == n {
			out = append(out, f)
		}
	}
	return out
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
	qg := ix.queryGrams(q)
	if len(qg) == 0 {
		return nil
	}
	pref := questionKind(q.Text, ix)
	shares := make([]bool, len(ix.figs))
	for g := range qg {
		for _, i := range ix.holding[g] {
			shares[i] = true
		}
	}
	var all []scored
	for i := range ix.figs {
		f := &ix.figs[i]
		if !shares[i] || q.Kind != "" && f.Kind != q.Kind || q.Report != "" && f.Report != q.Report || (f.Unit == UnitRank) != q.Rank {
			continue
		}
		total, matched := ix.total[i], 0.0
		for _, g := range ix.weighed[i] {
			if qg[g.gram] {
				matched += g.idf
			}
		}
		if matched < minMatched || total == 0 {
			continue
		}
		cov := matched / total
		score := matched * math.Sqrt(cov)
		if pref != "" && f.Kind == pref {
			score *= 1.05 // 去年/今年 in the question: that period first
		}
		all = append(all, scored{fig: f, score: score, coverage: cov})
	}
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
	if q.Limit > 0 && len(keep) > q.Limit {
		keep = keep[:q.Limit]
	}
	return keep
}

func (ix *Index) queryGrams(q Query) map[string]bool {
	norm := rag.Normalize(q.Text)
	terms := []string{norm}
	terms = append(terms, q.Expand...)
	terms = append(terms, hintTerms(norm)...)
	if ix.expand != nil && q.Expand == nil {
		// The engine's reading of the question already expanded it.
		terms = append(terms, ix.expand(norm)...)
	}
	out := map[string]bool{}
	for _, t := range terms {
		for _, g := range bigrams(rag.Normalize(t)) {
			out[g] = true
		}
	}
	return out
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
	{[]string{"外贸", "进出口", "出口", "进口", "foreign trade", "exports", "imports"}, []string{"进出口总额"}},
	{[]string{"就业", "工作岗位", "jobs", "employment"}, []string{"城镇新增就业"}},
	{[]string{"工业增加值", "工业增长", "industrial"}, []string{"规上工业增加值"}},
	{[]string{"外资", "fdi", "foreign investment"}, []string{"实际利用外资"}},
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
