package rag

import (
	"strings"
	"unicode"
)

// A claim may cite a law or a regulation by a title the report does not
// write: 《预算法》 where the clause it restates says 组织学习《统计法》,
// 《盘锦市非机动车停放管理条例》 for 《盘锦市机动车停放管理条例（修订）》.
// The book-title marks align the two; the title the report writes is the
// correction. A title the report writes anywhere, or a short form of the
// clause's (《机动车停放管理条例》), is not corrected. A clause that names
// its title as one of several (《统计法》等法律法规) may have meant the
// claim's among the others: its correction says what the report names
// and that it does not name the claim's (NotNamed), not that it was left
// out.

// titleSpan is a book title's words, between 《 and 》, at [s, e).
type titleSpan struct{ s, e int }

// bookTitles are the titles in 《》 of rs, without their marks.
func bookTitles(rs []rune) []titleSpan {
	var out []titleSpan
	open := -1
	for i, r := range rs {
		switch {
		case r == '《':
			open = i + 1
		case r == '》' && open >= 0:
			if i > open {
				out = append(out, titleSpan{open, i})
			}
			open = -1
		}
	}
	return out
}

// titleCorrection corrects a claim whose 《title》 the report writes
// nowhere, where the cited clause most like the claim names another title.
func (ix *Index) titleCorrection(read string, texts []Citation, rep *Report) (Part, bool) {
	if !claimCued(strings.TrimSpace(read)) && !strings.Contains(read, "的是《") {
		// A question asks of a title; a claim states one, as does 学习的是《预算法》？
		return Part{}, false
	}
	rs := []rune(read)
	claimed := bookTitles(rs)
	if len(claimed) != 1 {
		return Part{}, false // two titles are compared or listed, not claimed
	}
	title := rs[claimed[0].s:claimed[0].e]
	if ix.saysPhrase(string(title), rep) {
		return Part{}, false
	}
	at, sp, runs := mostAlikeClause(claimCore(read), texts)
	if len(runs) == 0 {
		return Part{}, false
	}
	c := texts[at]
	text := []rune(c.Quote)
	said := bookTitles(text[sp.Start:sp.End])
	if len(said) != 1 {
		return Part{}, false
	}
	s, e := sp.Start+said[0].s, sp.Start+said[0].e
	name := text[s:e]
	switch {
	case runesInOrder(title, name) || strings.HasSuffix(string(title), string(name)):
		return Part{}, false // a short or a full form of the clause's title (《中华人民共和国统计法》)
	case e+1 < len(text) && text[e+1] == '等':
		// 《统计法》等法律法规: others may be meant, so the list is the
		// report's words and the claim's title is only not named.
		p := citedCorrection(c, at, s-1, listEnd(text, e+1), "《"+string(title)+"》", "")
		p.NotNamed = true
		return p, true
	}
	return citedCorrection(c, at, s-1, e+1, "《"+string(title)+"》", ""), true
}

// listEnd is where the words naming an open list's kind end, from its 等
// at i: the Han characters up to the clause's next mark (等法律法规).
func listEnd(text []rune, i int) int {
	for i < len(text) && unicode.Is(unicode.Han, text[i]) {
		i++
	}
	return i
}
