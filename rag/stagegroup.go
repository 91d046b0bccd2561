package rag

import (
	"slices"
	"strings"
	"unicode"
)

// A report may sort the year's projects into groups by stage in one
// sentence: "A、B等272个新建项目开工建设，C、D等230个续建项目加快实施，E、F等
// 175个项目竣工投产". Each listed thing is in one group: a claim giving a
// thing the word of another group of that sentence (辽河双台子储气库群一期
// 去年开工建设, 襄平新材料是续建项目) puts it in the wrong one, though the
// ladder reads 竣工投产 as past 开工. It is corrected from the thing's own
// group.

// stageGroup is a clause of a sorted sentence listing things under a
// count and a label: items are runes [0, at) of clause rs, at its last 等,
// the count and label runes [at+1, len(rs)); words are the label's kind
// (新建, 续建: before its 项目) and its stage words.
type stageGroup struct {
	p     *Paragraph
	c     normClause
	rs    []rune
	at    int
	words []string
}

// groupOf reads clause c of paragraph p as a group: its last 等 followed
// by a count (272个, 12项) and a label naming a stage or a kind.
func groupOf(p *Paragraph, c normClause) (stageGroup, bool) {
	rs := []rune(c.norm)
	at := lastRune(rs, '等')
	if at < 0 || len(rs) != c.span.End-c.span.Start {
		return stageGroup{}, false
	}
	i := at + 1
	for i < len(rs) && unicode.IsDigit(rs[i]) {
		i++
	}
	if i == at+1 || i >= len(rs) || !strings.ContainsRune("个项", rs[i]) {
		return stageGroup{}, false
	}
	label := strings.TrimRight(string(rs[i+1:]), "，,；;。")
	var words []string
	if k := strings.Index(label, "项目"); k > 0 {
		words = append(words, label[:k])
	}
	for _, m := range stagesIn([]rune(label)) {
		words = append(words, m.word)
	}
	if len(words) == 0 {
		return stageGroup{}, false
	}
	return stageGroup{p, c, rs, at, words}, true
}

// sortedSentences are the groups of each sentence of rep's quotable
// paragraphs that sorts things into two groups or more.
func (ix *Index) sortedSentences(rep *Report) [][]stageGroup {
	var out [][]stageGroup
	ix.anyReport(rep, func(r *Report) bool {
		for i := range r.Paragraphs {
			p := &r.Paragraphs[i]
			if !p.Quotable() {
				continue
			}
			var sent []stageGroup
			for _, c := range ix.para(p).clauses {
				if g, ok := groupOf(p, c); ok {
					sent = append(sent, g)
				}
				if strings.ContainsRune("。；;！？", c.last) {
					if len(sent) >= 2 {
						out = append(out, sent)
					}
					sent = nil
				}
			}
			if len(sent) >= 2 {
				out = append(out, sent)
			}
		}
		return false
	})
	return out
}

// claimedGroupWord is where claim q states word of a group's label: a
// kind written before 项目 (续建项目), with its 项目, which names no thing;
// else a stage word of q, not denied.
func claimedGroupWord(q []rune, word string) (stageMention, bool) {
	if at := strings.Index(string(q), word+"项目"); at >= 0 {
		s := runeLen(string(q)[:at])
		return stageMention{stageWord{word: word}, s, s + runeLen(word) + 2}, true
	}
	for _, m := range stagesIn(q) {
		if m.word == word && !stageDenied(q, m.start) {
			return m, true
		}
	}
	return stageMention{}, false
}

// groupCorrection corrects claim read that gives a thing listed in a
// group of a sorted sentence the word of another group of that sentence,
// not its own, from the thing's group: its count and label. A claim
// dated last year (去年) is held to the review's sentences, this year's
// (今年) to the plan's. It cites the group's clause.
func (ix *Index) groupCorrection(read string, rep *Report) (Part, Citation, bool) {
	if ix.dict == nil {
		return Part{}, Citation{}, false
	}
	q := []rune(Normalize(string(claimCore(read))))
	period := groupYear(Normalize(read))
	for _, sent := range ix.sortedSentences(rep) {
		if period != PeriodNone && sent[0].p.Period.Kind != period {
			continue
		}
		for gi, g := range sent {
			for _, w := range otherGroupsWords(sent, gi) {
				m, ok := claimedGroupWord(q, w)
				if !ok || !ix.listsThing(q, m, g, sent) {
					continue
				}
				cite := citationFor(g.p, trimSpan(g.p.Text, g.c.span))
				end := runeLen(strings.TrimRight(g.c.norm, "，,；;。"))
				return citedCorrection(cite, 0, g.at+1, end, string(q[m.start:m.end]), ""), cite, true
			}
		}
	}
	return Part{}, Citation{}, false
}

// otherGroupsWords are the words of the groups of sent but the gi-th
// that the gi-th's label does not hold.
func otherGroupsWords(sent []stageGroup, gi int) []string {
	var out []string
	for j, o := range sent {
		for _, w := range o.words {
			if j != gi && !slices.Contains(sent[gi].words, w) && !slices.ContainsFunc(sent[gi].words, func(own string) bool {
				return strings.Contains(own, w) || strings.Contains(w, own)
			}) {
				out = append(out, w)
			}
		}
	}
	return out
}

// listsThing: the items of group g, and of no other group of sent, name
// claim q's thing, its words but m.
func (ix *Index) listsThing(q []rune, m stageMention, g stageGroup, sent []stageGroup) bool {
	thing := ix.thingWords(q, m)
	if !namesOwnThing(thing) {
		return false
	}
	named := func(o stageGroup) bool {
		_, _, ok := thingIn(q, o.rs[:o.at], thing)
		return ok
	}
	return named(g) && !slices.ContainsFunc(sent, func(o stageGroup) bool { return o.c.span != g.c.span && named(o) })
}

// groupYear is the period a claim's year words put it in: 去年 the
// review's, 今年 the plan's, PeriodNone when it names neither or both.
func groupYear(t string) PeriodKind {
	last, this := containsAny(t, []string{"去年", "上年"}), containsAny(t, []string{"今年", "年内", "年底"})
	switch {
	case last && !this:
		return PeriodResult
	case this && !last:
		return PeriodPlan
	}
	return PeriodNone
}
