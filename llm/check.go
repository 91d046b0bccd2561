package llm

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/rag"
)

// FigureCheck checks the figures of one claim (its text without citation
// markers) against the paragraphs it cites and describes each problem; an
// empty result means the figures are backed. The core wires figures.Check
// in through an adapter; nil uses builtinFigureCheck.
type FigureCheck func(text string, cited []*rag.Paragraph) []string

var (
	// marker is the canonical citation marker.
	marker = regexp.MustCompile(`〔¶(\d{1,5})〕`)
	// markerVariant is what models write instead: [¶12], 【¶12】, (¶12),
	// 〔¶12, ¶13〕, 〔¶12–14〕 is not accepted (a range names paragraphs the
	// model may never have seen).
	markerVariant = regexp.MustCompile(`[〔\[【（(]\s*¶\s*(\d{1,5})((?:\s*[,，、;；]\s*¶?\s*\d{1,5})*)\s*[〕\]】）)]`)
	markerNumber  = regexp.MustCompile(`\d{1,5}`)
	numberToken   = regexp.MustCompile(`\d+(?:\.\d+)?`)
	digitComma    = regexp.MustCompile(`(\d),(\d{3})`)
	listPrefix    = regexp.MustCompile(`(?m)^\s*(?:[-*·•]\s*)?(?:\d{1,2}|[a-zA-Z])[\.、)）]\s*`)
	promptTags    = regexp.MustCompile(`(?i)</?\s*(?:passages?|question|standalone_question|history)\b`)
	notCovered    = []string{"报告未提及", "报告没有提及", "报告中没有", "报告未涉及", "报告没有涉及", "未在报告中", "does not cover", "doesn't cover", "does not mention", "not covered", "does not say"}
)

// canonicalMarkers rewrites marker variants as 〔¶N〕〔¶M〕.
func canonicalMarkers(s string) string {
	return markerVariant.ReplaceAllStringFunc(s, func(m string) string {
		var b strings.Builder
		for _, n := range markerNumber.FindAllString(m, -1) {
			fmt.Fprintf(&b, "〔¶%s〕", n)
		}
		return b.String()
	})
}

// checked is an answer after the checks.
type checked struct {
	text     string
	claims   []claim // the claims kept, with their citations
	problems []string
	cleaned  []string // what was removed without failing the answer
}

func (c *checked) ok() bool { return len(c.problems) == 0 }

// claim is a sentence of the answer with the paragraphs it cites.
type claim struct {
	raw   string // as written, with markers
	body  string // without markers
	cites []int
}

// checker holds what the checks compare an answer against.
type checker struct {
	allowed map[int]*rag.Paragraph
	figures FigureCheck
	free    map[string]bool // numbers any sentence may use: the report's years
	leak    *leakDetector
	sup     *supporter
	title   string // the report's title: part of every sentence's evidence
	multi   bool   // several reports are loaded: marks name theirs
	evs     map[string]*evidence
}

// evidenceFor is what a sentence citing paras may rest on; nil paras is
// every paragraph given (for sentences without a citation).
func (ck *checker) evidenceFor(cites []int) *evidence {
	key := fmt.Sprint(cites)
	if ev, ok := ck.evs[key]; ok {
		return ev
	}
	var paras []*rag.Paragraph
	if cites == nil {
		for _, p := range ck.allowed {
			paras = append(paras, p)
		}
	}
	for _, n := range cites {
		paras = append(paras, ck.allowed[n])
	}
	ev := ck.sup.evidence(ck.title, paras)
	if ck.evs == nil {
		ck.evs = map[string]*evidence{}
	}
	ck.evs[key] = ev
	return ev
}

// prepare is the model's text as the checks see it: invalid UTF-8, control
// and invisible format characters gone (they can hide text), Markdown
// emphasis dropped, citation markers canonical and only those of
// paragraphs given kept; removed markers are listed in bad.
func (ck *checker) prepare(text string) (out string, bad []string) {
	text = stripInvisible(text)
	text = strings.NewReplacer("**", "", "__", "").Replace(text)
	text = marker.ReplaceAllStringFunc(canonicalMarkers(text), func(m string) string {
		n, _ := strconv.Atoi(marker.FindStringSubmatch(m)[1])
		if _, ok := ck.allowed[n]; ok {
			return m
		}
		bad = append(bad, "¶"+strconv.Itoa(n))
		return ""
	})
	return text, bad
}

// stripInvisible drops invalid UTF-8, control characters other than line
// breaks and tabs, and format characters (zero-width, bidi controls).
func stripInvisible(s string) string {
	s = strings.ToValidUTF8(s, "")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r == '\r' || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029':
			return -1
		}
		return r
	}, s)
}

// check cleans and checks a generated answer.
func (ck *checker) check(text string) *checked {
	out := &checked{}
	text, bad := ck.prepare(text)
	text = strings.TrimSpace(text)
	if ck.leak.leaks(text) {
		out.problems = append(out.problems, "the answer repeats the instructions; answer the question from the passages instead")
		return out
	}
	if len(bad) > 0 {
		out.cleaned = append(out.cleaned, fmt.Sprintf("removed citations of paragraphs not given: %s", strings.Join(bad, ", ")))
	}
	var kept strings.Builder
	cited, keptWeight, droppedWeight := 0, 0, 0
	for _, c := range splitClaims(text) {
		j := ck.judge(c)
		switch j.action {
		case dropClaim:
			out.cleaned = append(out.cleaned, j.why)
			kept.WriteString(trailingBreaks(c.raw))
			droppedWeight += contentWeight(c.body)
			continue
		case failClaim:
			out.problems = append(out.problems, j.problems...)
		}
		kept.WriteString(c.raw)
		keptWeight += contentWeight(c.body)
		if len(c.cites) > 0 {
			cited++
			out.claims = append(out.claims, c)
		}
	}
	switch {
	case cited == 0:
		out.problems = append(out.problems, "no sentence cites a paragraph that supports it: put 〔¶N〕 after every claim, N from the passages, and say only what that paragraph says")
	case droppedWeight > 2*keptWeight:
		// Less than a third stands: the model is off the passages, and
		// what is left may mislead out of its context.
		out.problems = append(out.problems, "most of the answer is not supported by the paragraphs it cites: say only what the passages say")
	}
	out.text = tidy(kept.String())
	return out
}

// What the checks do with one sentence.
const (
	keepClaim = iota
	dropClaim // unsupported: left out, the rest of the answer stands
	failClaim // a wrong figure: the answer fails
)

// judgement is what the checks decided about one sentence.
type judgement struct {
	action   int
	why      string   // why it was dropped (for the log count)
	problems []string // why it failed (for the regeneration prompt)
}

// judge applies every sentence check to c: figures must be in the
// paragraphs it cites; a cited sentence must be supported by them; a
// sentence without a citation may carry no figure and must be a short
// lead-in the passages support. Streaming and the final check both use it.
func (ck *checker) judge(c claim) judgement {
	if strings.IndexFunc(c.body, isWordRune) < 0 && strings.IndexFunc(c.body, isSymbol) < 0 {
		return judgement{action: keepClaim} // punctuation, blank lines
	}
	body := strings.TrimSpace(c.body)
	if why := forbidden(body, ck.evidenceFor(c.cites), ck.allowed); why != "" {
		return judgement{action: dropClaim, why: "it contains " + why}
	}
	if len(c.cites) == 0 {
		if nums := ck.numbers(c.body); len(nums) > 0 {
			return judgement{action: failClaim, problems: []string{fmt.Sprintf("the sentence %q gives figures (%s) without citing a paragraph", clip(body, 60), strings.Join(nums, ", "))}}
		}
		if contentWeight(c.body) > maxUncitedWeight {
			return judgement{action: dropClaim, why: "uncited sentence"}
		}
		v := ck.sup.judge(body, ck.evidenceFor(nil), ck.allowed, ck.free)
		if !v.ok && !(v.units == 0 && v.reason == reasonNothing) {
			return judgement{action: dropClaim, why: "uncited sentence: " + v.reason}
		}
		return judgement{action: keepClaim}
	}
	paras := make([]*rag.Paragraph, 0, len(c.cites))
	for _, n := range c.cites {
		paras = append(paras, ck.allowed[n])
	}
	if probs := ck.checkFigures(c.body, paras); len(probs) > 0 {
		return judgement{action: failClaim, problems: probs}
	}
	if v := ck.sup.judge(body, ck.evidenceFor(c.cites), ck.allowed, ck.free); !v.ok {
		return judgement{action: dropClaim, why: "unsupported: " + v.reason}
	}
	return judgement{action: keepClaim}
}

// isSymbol reports emoji and other symbols: they carry meaning too.
func isSymbol(r rune) bool { return unicode.Is(unicode.So, r) }

func (ck *checker) checkFigures(body string, paras []*rag.Paragraph) []string {
	if ck.figures != nil {
		return ck.figures(strings.TrimSpace(body), paras)
	}
	return builtinFigureCheck(strings.TrimSpace(body), paras, ck.free)
}

// numbers lists the figures of a sentence that need a source.
func (ck *checker) numbers(body string) []string {
	var out []string
	for _, n := range figureTokens(body) {
		if !ck.free[n] {
			out = append(out, n)
		}
	}
	return out
}

// figureTokens are the numbers in text after normalisation, list
// numbering ("1. ", "2、") left out.
func figureTokens(text string) []string {
	s := rag.Normalize(listPrefix.ReplaceAllString(text, ""))
	s = digitComma.ReplaceAllString(s, "$1$2")
	return numberToken.FindAllString(s, -1)
}

// builtinFigureCheck is the conservative check used when no FigureCheck is
// given: every number in the claim must occur as a number in the normalised
// text of one of the paragraphs it cites (free numbers, the report's own
// years, excepted).
func builtinFigureCheck(text string, cited []*rag.Paragraph, free map[string]bool) []string {
	have := map[string]bool{}
	for _, p := range cited {
		for _, n := range figureTokens(p.Text) {
			have[n] = true
		}
	}
	var probs []string
	for _, n := range figureTokens(text) {
		if free[n] || have[n] || have[strings.TrimSuffix(strings.TrimRight(n, "0"), ".")] && strings.Contains(n, ".") {
			continue
		}
		var ids []string
		for _, p := range cited {
			ids = append(ids, "¶"+strconv.Itoa(p.N))
		}
		probs = append(probs, fmt.Sprintf("the figure %s is not in the cited paragraph(s) %s", n, strings.Join(ids, ", ")))
	}
	return probs
}

// maxUncitedWeight is the longest sentence without a citation that is kept
// (a lead-in like "2025年主要目标如下：" or "In short:"); longer ones are
// claims and go.
const maxUncitedWeight = 24

// contentWeight counts Han characters and Latin words.
func contentWeight(s string) int {
	n := len(latinWords(s))
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			n++
		}
	}
	return n
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// splitClaims cuts text into sentences. Markers right after a sentence end
// ("…左右。〔¶23〕") belong to the sentence before them.
func splitClaims(text string) []claim {
	var out []claim
	rs := []rune(text)
	start := 0
	emit := func(end int) {
		if end <= start {
			return
		}
		raw := string(rs[start:end])
		c := claim{raw: raw, body: marker.ReplaceAllString(raw, "")}
		for _, m := range marker.FindAllStringSubmatch(raw, -1) {
			n, _ := strconv.Atoi(m[1])
			if !slices.Contains(c.cites, n) {
				c.cites = append(c.cites, n)
			}
		}
		out = append(out, c)
		start = end
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		end := false
		switch {
		case r == '\n':
			end = true
		case strings.ContainsRune("。！？；!?;", r):
			end = true
		case r == '.' && (i+1 == len(rs) || unicode.IsSpace(rs[i+1])):
			end = true
		}
		if !end {
			continue
		}
		j := i + 1
		for j < len(rs) {
			if strings.ContainsRune("”’」』）)\"'", rs[j]) {
				j++
				continue
			}
			if rest := string(rs[j:min(len(rs), j+10)]); r != '\n' && marker.MatchString(rest) && strings.HasPrefix(strings.TrimLeft(rest, " "), "〔") {
				loc := marker.FindStringIndex(rest)
				if strings.TrimSpace(rest[:loc[0]]) == "" {
					j += utf8.RuneCountInString(rest[:loc[1]])
					continue
				}
			}
			break
		}
		for j < len(rs) && rs[j] == '\n' {
			j++
		}
		emit(j)
		i = j - 1
	}
	emit(len(rs))
	return out
}

func trailingBreaks(s string) string {
	n := len(s) - len(strings.TrimRight(s, "\n"))
	return strings.Repeat("\n", min(n, 1))
}

// tidy trims the answer and collapses the blank lines removal leaves.
func tidy(s string) string {
	lines := strings.Split(s, "\n")
	var out []string
	blank := false
	for _, l := range lines {
		l = strings.TrimRight(l, " \t")
		if strings.TrimSpace(l) == "" {
			if !blank && len(out) > 0 {
				out = append(out, "")
			}
			blank = true
			continue
		}
		blank = false
		out = append(out, l)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

// saysNotCovered reports whether an answer says the report does not
// answer the question.
func saysNotCovered(text string) bool {
	n := rag.Normalize(text)
	for _, p := range notCovered {
		if strings.Contains(n, p) {
			return true
		}
	}
	return false
}

// bestQuote is the sentence of p with the most character bigrams in
// common with the claim (Dice coefficient, shared figures weigh extra).
func bestQuote(claimText string, p *rag.Paragraph) (rag.Citation, bool) {
	cb := bigrams(rag.Normalize(claimText))
	cnums := figureTokens(claimText)
	runes := []rune(p.Text)
	best, bestScore := rag.Span{}, math.Inf(-1)
	for _, s := range rag.Sentences(p.Text) {
		if s.End > len(runes) || s.Start >= s.End {
			continue
		}
		sent := string(runes[s.Start:s.End])
		sb := bigrams(rag.Normalize(sent))
		shared := 0
		for g := range cb {
			if sb[g] {
				shared++
			}
		}
		score := 0.0
		if len(cb)+len(sb) > 0 {
			score = 2 * float64(shared) / float64(len(cb)+len(sb))
		}
		if len(cnums) > 0 {
			have := map[string]bool{}
			for _, n := range figureTokens(sent) {
				have[n] = true
			}
			hit := 0
			for _, n := range cnums {
				if have[n] {
					hit++
				}
			}
			score += 0.5 * float64(hit) / float64(len(cnums))
		}
		if score > bestScore {
			best, bestScore = s, score
		}
	}
	if bestScore == math.Inf(-1) {
		return rag.Citation{}, false
	}
	start, end := best.Start, best.End
	for start < end && unicode.IsSpace(runes[start]) {
		start++
	}
	for end > start && unicode.IsSpace(runes[end-1]) {
		end--
	}
	if start == end {
		return rag.Citation{}, false
	}
	return rag.Citation{
		Report: p.Report, Paragraph: p.N, Section: p.Path(), Period: p.Period,
		Quote: string(runes[start:end]), Start: start, End: end,
	}, true
}

func bigrams(s string) map[string]bool {
	var rs []rune
	for _, r := range s {
		if isWordRune(r) || r == '%' || r == '.' {
			rs = append(rs, r)
		}
	}
	m := make(map[string]bool, len(rs))
	for i := 0; i+1 < len(rs); i++ {
		m[string(rs[i:i+2])] = true
	}
	return m
}

// leakDetector recognises answers that repeat the system prompt: runs of
// 10 Han characters, or 6 English words, taken from the prompts. Example
// phrases in 「」 that answers may legitimately use are left out.
type leakDetector struct {
	han   map[string]bool
	words map[string]bool
}

const (
	leakHan   = 10
	leakWords = 6
)

func newLeakDetector(prompts ...string) *leakDetector {
	d := &leakDetector{han: map[string]bool{}, words: map[string]bool{}}
	quoted := regexp.MustCompile(`「[^」]*」`)
	for _, p := range prompts {
		for _, seg := range quoted.Split(p, -1) {
			h := hanOnly(seg)
			for i := 0; i+leakHan <= len(h); i++ {
				d.han[string(h[i:i+leakHan])] = true
			}
			w := latinWords(seg)
			for i := 0; i+leakWords <= len(w); i++ {
				d.words[strings.Join(w[i:i+leakWords], " ")] = true
			}
		}
	}
	return d
}

// forget drops shingles that occur in legitimate text (the reports).
func (d *leakDetector) forget(text string) {
	h := hanOnly(text)
	for i := 0; i+leakHan <= len(h); i++ {
		delete(d.han, string(h[i:i+leakHan]))
	}
}

// leaks reports whether text repeats the prompt or its data tags.
func (d *leakDetector) leaks(text string) bool {
	if promptTags.MatchString(text) {
		return true
	}
	h := hanOnly(text)
	for i := 0; i+leakHan <= len(h); i++ {
		if d.han[string(h[i:i+leakHan])] {
			return true
		}
	}
	w := latinWords(text)
	for i := 0; i+leakWords <= len(w); i++ {
		if d.words[strings.Join(w[i:i+leakWords], " ")] {
			return true
		}
	}
	return false
}

func hanOnly(s string) []rune {
	var out []rune
	for _, r := range rag.Normalize(s) {
		if unicode.Is(unicode.Han, r) {
			out = append(out, r)
		}
	}
	return out
}

func latinWords(s string) []string {
	return strings.FieldsFunc(rag.Normalize(s), func(r rune) bool {
		return !(r < 0x80 && (unicode.IsLetter(r) || r == '\''))
	})
}
