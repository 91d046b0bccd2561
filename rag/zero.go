package rag

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// A count question may be answered by a clause that says the count is
// none: "去年重特大事故发生了几起" by 全年未发生重特大事故, "抗洪有多少人伤亡"
// by 人员不伤亡, "去年有几个国考断面没达标" by 4个国考断面…水质全部达标. The
// clause is the answer (none), quoted; the totals beside it (4个国考断面)
// are no count of failures, and the clause holding no number is no
// reason to refuse.

// deniedDone finds a question's denial that things were done (没达标,
// 未办复, 没有按时完成), the done word its first group, or a word that
// says they were late (延误), its second.
var deniedDone = regexp.MustCompile(`(?:没有|没能|尚未|没|未|不)(?:按时|如期|全部|全)?(完成|达标|办复|办结|完工|交付|落实|到位|兑现|建成|整改|销号)|(延误|延期|逾期|拖期|超期|滞后)`)

// deniedDoneEnglish is deniedDone in English, each form with the done
// word of the report it denies ("" for lateness).
var deniedDoneEnglish = []struct {
	re   *regexp.Regexp
	done string
}{
	{regexp.MustCompile(`\b(?:not|n't|fail(?:ed)? to) (?:meet|reach|pass)(?: the)? (?:standards?|targets?)\b|\bsubstandard\b|\bbelow standard\b`), "达标"},
	{regexp.MustCompile(`\b(?:not|n't) (?:been )?(?:completed|finished|done)\b|\b(?:unfinished|uncompleted|incomplete)\b`), "完成"},
	{regexp.MustCompile(`\b(?:not|n't) (?:been )?(?:handled|answered|replied to|dealt with)\b`), "办复"},
	{regexp.MustCompile(`\b(?:delayed|behind schedule|late)\b`), ""},
}

// deniedDoneIn is a question's denial that things were done, as
// deniedDone finds it: the denial, then the done word denied.
func deniedDoneIn(norm string) []string {
	if m := deniedDone.FindStringSubmatch(norm); m != nil {
		return []string{m[0], m[1] + m[2]}
	}
	for _, f := range deniedDoneEnglish {
		if m := f.re.FindString(norm); m != "" {
			return []string{m, f.done}
		}
	}
	return nil
}

// allDone is a clause that ends saying all its things were done: 水质全部
// 达标, 全部办复, 任务按时完成, 各关键节点均按时完成. Not 超额完成年度任务:
// the done word must close the clause.
var allDone = regexp.MustCompile(`(?:全部|均|都|全|按时|如期|全面|圆满)(?:已经|已)?(?:按时|如期)?(完成|达标|办复|办结|完工|交付|落实|到位|兑现|建成|整改|销号)$`)

// lateness are the words of deniedDone that say things were late, which
// 按时完成 answers; "" is English's.
var lateness = map[string]bool{"": true, "延误": true, "延期": true, "逾期": true, "拖期": true, "超期": true, "滞后": true}

// zeroAfter says the thing before it is none: 零就业家庭保持动态为零.
var zeroAfter = regexp.MustCompile(`^(?:保持)?(?:动态)?(?:为|清|归)零`)

// groundZero answers a count question with the clause that says there
// are none, in place of the totals it was answered with or a refusal.
func (e *Engine) groundZero(d *Draft) {
	ans := d.Answer
	if d.Lookup || d.Derived || d.Matched || hasCorrection(ans) || d.Intent.List || d.Intent.Summary || !countAsked.MatchString(d.norm) && !asksAmountByNoun(d.norm) ||
		d.Intent.Lang != "en" && d.ClaimShaped() {
		return
	}
	denied := deniedDoneIn(d.norm)
	if denied == nil && ans.Found {
		return // a count asked of something that happened: the figure answers
	}
	seen := map[Citation]bool{}
	for _, c := range append(slices.Clone(ans.Citations), d.retrieved...) {
		if seen[c] {
			continue // d.retrieved repeats the first answer's citations
		}
		seen[c] = true
		if cit, ok := e.zeroClause(d, c, denied); ok {
			e.zeroAnswer(d, cit)
			return
		}
	}
}

// zeroClause is the clause, of the sentences citation c lies in, that
// says what d asks of is none: all done, where a denial of doing it is
// asked (denied); else denied right before it (未发生重特大事故) or zeroed
// after it (动态为零).
func (e *Engine) zeroClause(d *Draft, c Citation, denied []string) (Citation, bool) {
	r, ok := e.ix.byID[c.Report]
	if !ok || c.Paragraph < 1 || c.Paragraph > len(r.Paragraphs) {
		return Citation{}, false
	}
	para := &r.Paragraphs[c.Paragraph-1]
	if denied == nil && !e.paragraphOfAsked(d, para) {
		return Citation{}, false
	}
	cl := e.ix.para(para).clauses
	first, last := sentencesAround(cl, c.Start, c.End)
	for i := first; i <= last && i >= 0; i++ {
		sp := trimSpan(para.Text, cl[i].span)
		clause := strings.TrimRight(Normalize(para.Text[sp.byteStart:sp.byteEnd]), "。！？；!?;")
		if turnedAway(d, clause) {
			continue
		}
		if denied != nil && e.allDoneOf(d, denied, clause, Normalize(para.Lead+para.Text[sentenceStart(cl, i):sp.byteEnd])) ||
			denied == nil && e.deniesAsked(d, clause) {
			return citationFor(para, sp), true
		}
	}
	return Citation{}, false
}

// turnedAway: the question turns (，那) from what it sets out from to
// what it asks, and clause says nothing of the latter: 零就业家庭保持动态
// 为零 restates "零就业家庭动态为零，那失业人数是多少", and is no count of
// the unemployed asked after the turn.
func turnedAway(d *Draft, clause string) bool {
	return d.focus != nil && coveredShare(d.focus, clause) < figureGrounding
}

// paragraphOfAsked: the paragraph holds most of what was asked (抗洪 is
// said as 洪水来袭 there), before any clause of it denies an asked term.
func (e *Engine) paragraphOfAsked(d *Draft, para *Paragraph) bool {
	return len(d.asked) > 0 && coveredShare(d.asked, Normalize(para.Lead+para.Text)) >= figureGrounding
}

// sentencesAround are the first and last clauses of the sentences that
// runes [start,end) of the clauses' paragraph touch; -1, -1 when none.
func sentencesAround(cl []normClause, start, end int) (int, int) {
	first, last := -1, -1
	for i, k := range cl {
		if k.span.End <= start || k.span.Start >= end {
			continue
		}
		if first < 0 {
			first = i
		}
		last = i
	}
	if first < 0 {
		return -1, -1
	}
	first, _ = sentenceClauses(cl, first)
	_, to := sentenceClauses(cl, last)
	return first, to - 1
}

// sentenceClauses is the range of clause indices of cl[i]'s sentence.
func sentenceClauses(cl []normClause, i int) (from, to int) {
	from, to = i, i+1
	for from > 0 && !sentenceEndSet.has(cl[from-1].last) {
		from--
	}
	for to < len(cl) && !sentenceEndSet.has(cl[to-1].last) {
		to++
	}
	return from, to
}

// allDoneOf: clause says all the things asked of were done, the way the
// question denies (没达标: 全部达标; 延误: 按时完成), and its sentence up
// to it (window) holds what they are.
func (e *Engine) allDoneOf(d *Draft, denied []string, clause, window string) bool {
	m := allDone.FindStringSubmatch(clause)
	if m == nil {
		return false
	}
	if verb := denied[1]; lateness[verb] && !containsAny(m[0], []string{"按时", "如期"}) || !lateness[verb] && m[1] != verb {
		return false
	}
	things := slices.DeleteFunc(slices.Clone(d.asked), func(t askedTerm) bool {
		return strings.Contains(denied[0], t.term) || strings.Contains(t.term, m[1])
	})
	return len(things) > 0 && coveredShare(things, window) == 1
}

// deniesAsked: clause, a list item of which denies an asked term right
// before it (人员不伤亡) or zeroes it after it (动态为零), is of what was
// asked: what it denies is all asked, so 未发生重特大事故 does not answer
// "几起安全事故" (its paragraph is of what was asked: paragraphOfAsked).
func (e *Engine) deniesAsked(d *Draft, clause string) bool {
	for _, item := range strings.Split(clause, "、") {
		if slices.ContainsFunc(deniedIn(item, d.asked), func(said string) bool { return e.allAsked(d, said) }) {
			return true
		}
	}
	return false
}

// deniedIn are what item may say there is none of: from an asked term
// (or its report word) denied right before it to the item's end, or the
// item up to an asked term zeroed after it.
func deniedIn(item string, terms []askedTerm) []string {
	var out []string
	for _, t := range terms {
		for _, w := range t.spellings() {
			i := strings.Index(item, w)
			switch {
			case i < 0:
			case zeroAfter.MatchString(item[i+len(w):]):
				out = append(out, item[:i+len(w)])
			case denyBefore.MatchString(item[:i]):
				out = append(out, item[i:])
			}
		}
	}
	return out
}

// occurs are the verbs of happening a denial says nothing more with:
// 未发生网络安全事件 denies 网络安全事件 whether 发生 was asked or 出了.
var occurs = []string{"发生", "出现", "保持", "实现"}

// allAsked: said holds no number, and every word of it (two characters
// or more, not a verb of happening) is asked, or holds or is held by an
// asked term.
func (e *Engine) allAsked(d *Draft, said string) bool {
	if hasDigit(said) {
		return false // 零碳园区2个: a count, not none
	}
	for _, w := range e.ix.dict.Segment(said, nil) {
		if utf8.RuneCountInString(w) < 2 || slices.Contains(occurs, w) {
			continue
		}
		if !slices.ContainsFunc(d.asked, func(t askedTerm) bool {
			return strings.Contains(w, t.term) || strings.Contains(t.term, w) || slices.ContainsFunc(t.syn, func(s string) bool { return strings.Contains(w, s) })
		}) {
			return false
		}
	}
	return true
}

// zeroAnswer makes the clause cited by c the answer: there are none.
func (e *Engine) zeroAnswer(d *Draft, c Citation) {
	ans := d.Answer
	notice := "没有。报告写明："
	if ans.Lang == "en" {
		notice = "None, as the report says:"
	}
	ans.Found, ans.Figures, ans.Citations = true, nil, []Citation{}
	ans.Understood.Grounding, ans.Understood.Support = "", 0
	ans.Parts = []Part{TextPart(RoleNotice, notice)}
	ans.addQuote(c)
}
