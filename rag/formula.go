package rag

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A report sets its slogans and numbered formulas in quotation marks
// (做好金融“五篇大文章”, 兜牢基层“三保”底线, 坚持和发展新时代“枫桥经验”) and
// seldom spells them out. Asked what one is, the sentence that only names
// it is no answer; one that lists its items next to it is (建设储气储碳储能
// “三大储库”, 推动事故起数、死亡人数和较大事故起数“三个下降”).

// formulaWhat asks what the term just before it is, closing the question:
// "是什么", "指哪三篇", "是什么意思" — after at most a few words that do not
// turn to something of the term's (三保底线是什么, not 无废城市的成效是什么).
// A measure word after 哪几 may take the members' noun (是哪几个产业), as
// 包括哪些产业 does: the same members, named by their kind. Any other one
// character after 哪几 is a measure word of its own (哪几点, 哪几样, 哪几家):
// without it "“两个确立”是哪几点" read 几点 as a time of day.
var formulaWhat = regexp.MustCompile(`^[^的,，;；?？]{0,12}?(?:是什么|是啥|指什么|指啥|是指什么|是指啥|指的是什么|指的是啥|什么意思|啥意思|具体指什么|具体是什么|包括哪些\p{Han}{0,2}|包括什么|包含哪些|是哪些|都?有哪些|(?:是|都是)?指哪些\p{Han}{0,2}|分别是什么|分别是啥|(?:都)?是哪几(?:[个项类种大条]\p{Han}{0,2}|\p{Han})?|都是哪些|(?:是|指)?哪[0-9一二三四五六七八九十两]+\p{Han}?)(?:呢|啊|呀)?[?？。!！]*$`)

// formulaWhich: the question asks the items by name (哪五篇, 哪几个, 包括哪些).
var formulaWhich = regexp.MustCompile(`哪[0-9一二三四五六七八九十两几]|哪些|包括|包含`)

// whatIsBefore asks what the term after it is: 什么是“枫桥经验”.
var whatIsBefore = regexp.MustCompile(`(?:什么|啥)(?:是|叫)$`)

// quotedTerm is a term a quote sets in quotation marks.
var quotedTerm = regexp.MustCompile(`“([^“”]{2,12})”`)

// formulaAsked is the quoted term of the quotes given that the question
// norm asks what it is, and whether it asks the items by name; "" when it
// asks none.
func formulaAsked(norm, given string) (term string, which bool) {
	for _, m := range quotedTerm.FindAllStringSubmatch(given, -1) {
		t := m[1]
		i := strings.Index(norm, t)
		if i < 0 {
			continue
		}
		if rest := norm[i+len(t):]; formulaWhat.MatchString(strings.TrimLeft(rest, "”\"")) {
			return t, formulaWhich.MatchString(rest)
		}
		if whatIsBefore.MatchString(strings.TrimRight(norm[:i], "“\"")) {
			return t, false
		}
	}
	return countedTermAsked(norm, given)
}

// countedName is a group named by a count in Chinese numerals, as a
// name is (辽西五市, 四类): the report may write it unquoted. 一 names no
// group of members and sits inside everyday words (进一步, 统一大市场).
var countedName = regexp.MustCompile(`[二三四五六七八九十两]\p{Han}`)

// countedTermAsked is a group named by a count that the quotes given write
// unquoted and the question asks the members of (辽西五市指哪些城市), as
// formulaAsked reads a quoted one: the name widened leftwards, up to four
// characters, as far as the question writes it too.
func countedTermAsked(norm, given string) (term string, which bool) {
	for _, loc := range countedName.FindAllStringIndex(given, -1) {
		start := loc[0]
		for n := 0; n < 4; n++ {
			r, size := utf8.DecodeLastRuneInString(given[:start])
			if size == 0 || !unicode.Is(unicode.Han, r) || !strings.Contains(norm, given[start-size:loc[1]]) {
				break
			}
			start -= size
		}
		if start == loc[0] && countClassifier.MatchString(given[loc[0]:]) {
			start, loc[1] = loc[0], countNameEnd(norm, given, loc[0])
		}
		t := given[start:loc[1]]
		i := strings.Index(norm, t)
		if i < 0 || start == loc[0] && utf8.RuneCountInString(t) < 4 {
			continue // a bare count (五市) names no group of its own
		}
		if rest := norm[i+len(t):]; formulaWhat.MatchString(rest) {
			return t, formulaWhich.MatchString(rest)
		}
	}
	return "", false
}

// spellsOut reports whether a quote given spells out the term where it
// names it: a colon, a bracket or 即/包括 after it, or items before it in
// its clause — as many as it counts, set apart by 、 or sharing a
// character (储气储碳储能“三大储库”).
func spellsOut(given, term string) bool {
	for _, clause := range quoteClauses(given) {
		// Quoted, or bare as countedTermAsked finds it.
		quoted := "“" + term + "”"
		i := strings.Index(clause, quoted)
		if i < 0 {
			quoted = term
			i = strings.Index(clause, quoted)
		}
		if i < 0 {
			continue
		}
		if spelledAfter.MatchString(clause[i+len(quoted):]) {
			return true
		}
		n, before := formulaCount(term), clause[:i]
		if n > 1 && (listedItems(before) == n || sharedPieces(lastHanRun(before), n)) {
			return true
		}
	}
	return false
}

// spelledAfter opens what spells out a term just named.
var spelledAfter = regexp.MustCompile(`^(?:[:：(（]|即|包括|是指|分别)`)

// numerals are the counts a formula opens with.
var numerals = map[rune]int{'一': 1, '两': 2, '二': 2, '双': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9, '十': 10}

// formulaCount is the number a term opens with (五篇大文章: 5, 双减: 2); 0
// for none, or for a code of digits (“3442”), which counts no items.
func formulaCount(term string) int {
	r, _ := utf8.DecodeRuneInString(term)
	return numerals[r]
}

// listedItems is how many items a clause lists up to its end, set apart by
// 、 (和, 及, 与 before the last): "推动事故起数、死亡人数和较大事故起数" lists
// 3. 0 without a 、 ("坚持和发展" lists nothing), or where the list is of
// other quoted terms (捍卫“两个确立”、坚决做到“两个维护”).
func listedItems(before string) int {
	if i := strings.LastIndex(before, "”"); i >= 0 {
		before = before[i+len("”"):]
	}
	if !strings.Contains(before, "、") || strings.HasPrefix(before, "、") {
		return 0
	}
	last := before[strings.LastIndex(before, "、"):]
	n := strings.Count(before, "、") + 1
	if strings.ContainsAny(last, "和及与") {
		n++
	}
	return n
}

// sharedPieces reports whether run ends in n pieces of equal length, two
// or three characters, that share their first or last character: 储气储碳
// 储能 for three.
func sharedPieces(run string, n int) bool {
	rs := []rune(run)
	for k := 2; k <= 3; k++ {
		if len(rs) < n*k {
			continue
		}
		tail := rs[len(rs)-n*k:]
		first, last := true, true
		for p := k; p < len(tail); p += k {
			first = first && tail[p] == tail[0]
			last = last && tail[p+k-1] == tail[k-1]
		}
		if first || last {
			return true
		}
	}
	return false
}

// groundFormula declines an answer to what a quoted term is, or which its
// items are, whose quotes (given, answerQuotes) only name it: they are offered as related text.
// Items asked of a count (五篇大文章, 哪6个) get the count's decline.
func groundFormula(ans *Answer, norm, given, term string, which bool) {
	switch {
	case spellsOut(given, term):
	case which && (formulaCount(term) > 0 || whichCounted.MatchString(norm) || statedCounts.MatchString(norm)):
		declineNamesOnly(ans)
	case which:
		ans.relatedOnly(GroundNotAnswered, "报告只提到“"+term+"”，没有列出具体是哪些。相关内容：", "The report names “"+term+"” but does not list what it comprises. Related text:")
	default:
		ans.relatedOnly(GroundNotAnswered, "报告只提到“"+term+"”，没有说明具体指什么。相关内容：", "The report names “"+term+"” but does not say what it means. Related text:")
	}
}

// countClassifier opens a group named by its count before the noun (四项分流
// 措施): numeral, classifier, then the name.
var countClassifier = regexp.MustCompile(`^[二三四五六七八九十两][项类条种件]\p{Han}`)

// countNameEnd is where a count-first group name ends in given: as far as
// the question writes it too, up to eight characters.
func countNameEnd(norm, given string, start int) int {
	end := start
	for n := 0; n < 8; n++ {
		_, size := utf8.DecodeRuneInString(given[end:])
		r, _ := utf8.DecodeRuneInString(given[end:])
		if size == 0 || !unicode.Is(unicode.Han, r) || !strings.Contains(norm, given[start:end+size]) {
			break
		}
		end += size
	}
	return end
}

// pointsBack is a demonstrative closing the text before a quoted term
// (这艘“工业航母”, 这一“金字招牌”, 该“样板”): the term renames what the
// sentence has just said, so that sentence says what it is.
var pointsBack = regexp.MustCompile(`(?:这|该|此)[一个艘座张条项块位种家]?$`)

// antecedentSentence is a sentence of a cited paragraph that names the
// quoted term after a demonstrative pointing back to a clause before it in
// the same sentence ("华锦阿美项目…工程总体进度超过55%，这艘“工业航母”的
// 轮廓日渐清晰"): asked what the term is, that sentence is the answer, not
// "the report does not say". ok is false when no cited sentence does so.
func (e *Engine) antecedentSentence(ans *Answer, term string) (p *Paragraph, sp Span, ok bool) {
	quoted := "“" + term + "”"
	for _, c := range ans.Citations {
		para := e.ix.citedParagraph(c)
		if para == nil {
			continue
		}
		for _, s := range Sentences(para.Text) {
			if namesBack(para.Text[s.byteStart:s.byteEnd], quoted) {
				return para, s, true
			}
		}
	}
	return nil, Span{}, false
}

// namesBack reports whether sentence names quoted right after a
// demonstrative that follows a clause of its own: 这 opening a sentence
// points to one before it, which the sentence does not hold.
func namesBack(sentence, quoted string) bool {
	i := strings.Index(sentence, quoted)
	if i < 0 {
		return false
	}
	loc := pointsBack.FindStringIndex(sentence[:i])
	return loc != nil && strings.HasSuffix(strings.TrimSpace(sentence[:loc[0]]), "，")
}

// answerByAntecedent makes the answer the sentence antecedentSentence
// finds for term; false, leaving ans as it was, when there is none.
func (e *Engine) answerByAntecedent(ans *Answer, term string) bool {
	p, sp, ok := e.antecedentSentence(ans, term)
	if !ok {
		return false
	}
	ans.quoteOnly(citationFor(p, trimSpan(p.Text, sp)))
	return true
}
