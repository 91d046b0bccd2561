package rag

import (
	"strings"
	"unicode/utf8"
)

// A report lists some things as a run of paragraphs that open alike (我们
// 要始终保持绝对忠诚的政治品格。… 我们要始终保持依法办事的思维理念。…): no
// heading announces them, so the structure does not list them. A question
// naming what they share ("哪几个“始终保持”", "五个始终保持是什么") asks
// for the run's opening sentences.

// minParallelRun is how many paragraphs opening alike make a list.
const minParallelRun = 3

// minParallelOpening is how many runes their first sentences must share.
const minParallelOpening = 4

// parallelList answers a question naming the shared opening of a run of
// paragraphs with the run's first sentences; false when the question
// names no such run, names one of its items (依法办事), asks a figure
// and no list, or no paragraph leads into the run.
func (e *Engine) parallelList(ans *Answer, a analysis, hits []Hit) bool {
	if a.figure && !a.list || a.both {
		return false // "几个“始终保持”分别是什么" asks which, not how many
	}
	for _, h := range hits[:min(len(hits), 3)] {
		run, opening := e.parallelRun(h.Paragraph)
		if len(run) < minParallelRun || !namesOpening(a.norm, opening) || namesAnItem(a.norm, run, opening) {
			continue
		}
		lead := e.leadIn(run[0])
		if lead == nil {
			continue
		}
		ans.Found = true
		ans.Parts = append(ans.Parts, introPart(a.lang))
		sents := FullSentences(lead.Text)
		ans.addQuote(citationFor(lead, trimSpan(lead.Text, sents[len(sents)-1])))
		for i, p := range run {
			c := citationFor(p, trimSpan(p.Text, FullSentences(p.Text)[0]))
			ans.Citations = append(ans.Citations, c)
			ans.Parts = append(ans.Parts, Part{Type: PartItem, Text: c.Quote, Number: i + 1, Citations: []int{len(ans.Citations) - 1}})
		}
		return true
	}
	return false
}

// leadIn is the body paragraph right before p, of its part, section and
// period, whose last sentence leads into the run p opens (全市政府系统要
// 以忠诚为魂…): the list's head; nil when there is none.
func (e *Engine) leadIn(p *Paragraph) *Paragraph {
	r := e.ix.byID[p.Report]
	if p.N < 2 {
		return nil
	}
	q := &r.Paragraphs[p.N-2]
	if q.Kind != ParaBody || q.Part != p.Part || q.Section != p.Section || q.Period != p.Period || !q.Quotable() || len(FullSentences(q.Text)) == 0 {
		return nil
	}
	return q
}

// parallelRun is the run of consecutive body paragraphs of p's section,
// p among them, whose first sentences share an opening of
// minParallelOpening runes or more, with that opening (normalized).
func (e *Engine) parallelRun(p *Paragraph) ([]*Paragraph, string) {
	r := e.ix.byID[p.Report]
	if r == nil || p.Kind != ParaBody {
		return nil, ""
	}
	alike := func(n int, opening string) (string, bool) {
		if n < 1 || n > len(r.Paragraphs) {
			return "", false
		}
		q := &r.Paragraphs[n-1]
		if q.Kind != ParaBody || q.Section != p.Section || q.Part != p.Part {
			return "", false
		}
		o := commonPrefix(opening, firstSentenceNorm(q))
		return o, utf8.RuneCountInString(o) >= minParallelOpening
	}
	opening := firstSentenceNorm(p)
	from, to := p.N, p.N
	for {
		o, ok := alike(from-1, opening)
		if !ok {
			break
		}
		opening, from = o, from-1
	}
	for {
		o, ok := alike(to+1, opening)
		if !ok {
			break
		}
		opening, to = o, to+1
	}
	if to == from {
		return nil, ""
	}
	run := make([]*Paragraph, 0, to-from+1)
	for n := from; n <= to; n++ {
		run = append(run, &r.Paragraphs[n-1])
	}
	return run, opening
}

// firstSentenceNorm is p's first sentence, trimmed and normalized; "" when
// it has none.
func firstSentenceNorm(p *Paragraph) string {
	s := FullSentences(p.Text)
	if len(s) == 0 {
		return ""
	}
	sp := trimSpan(p.Text, s[0])
	return Normalize(p.Text[sp.byteStart:sp.byteEnd])
}

// commonPrefix is the longest opening a and b share, whole runes.
func commonPrefix(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) {
		ra, n := utf8.DecodeRuneInString(a[i:])
		rb, _ := utf8.DecodeRuneInString(b[i:])
		if ra != rb {
			break
		}
		i += n
	}
	return a[:i]
}

// namesOpening reports whether the question writes the end of the shared
// opening, two Chinese characters or more (始终保持, 保持 of 我们要始终保持):
// its start (我们要, 我们要始终) is how any sentence may begin.
func namesOpening(norm, opening string) bool {
	for _, seg := range hanSegments(blankWords(norm, fillerWords)) {
		if w := longestIn(seg, opening); utf8.RuneCountInString(w) >= 2 && strings.HasSuffix(opening, w) {
			return true
		}
	}
	return false
}

// namesAnItem reports whether the question writes two characters of what
// one paragraph's first sentence says after the shared opening.
func namesAnItem(norm string, run []*Paragraph, opening string) bool {
	for _, p := range run {
		rest := strings.TrimPrefix(firstSentenceNorm(p), opening)
		for _, seg := range hanSegments(norm) {
			if w := longestIn(seg, rest); w != "" && !strings.Contains(opening, w) {
				return true
			}
		}
	}
	return false
}
