package rag

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A claim may restate a report sentence word for word but for one name
// in its middle: "益海嘉里被评为国家级智能工厂对吗" where ¶12 says 益海嘉里被评
// 为国家级绿色工厂, 国家大型企业数字化转型试点城市 for 国家中小企业…. The
// words on both sides of the slot anchor it in both (swapCorrection reads
// only the subject and object slots, where a paraphrase differs less
// often). Here a reworded verb (被评为 for 成功创建) or a synonym (GDP for
// 地区生产总值) differs as well, so the slot must hold no verb, no figure
// and no synonym, and the claim's wording must be written nowhere.

// maxMiddleGap is the longest slot read, characters: a name, not a clause.
const maxMiddleGap = 6

// middleAnchor is how many characters the two anchors must hold together.
const middleAnchor = 4

// middleEdge is how many characters of each anchor, at least, the
// claim's wording keeps when it is looked for in the report and shown:
// the slot and its nearest words.
const middleEdge = 2

// middleSwap is one slot: the claim's words and the clause's, between the
// same anchors; [cs,ce) is the clause's in clause runes.
type middleSwap struct {
	claimed, phrase string
	cs, ce          int
}

// middleSwapCorrection corrects a claim that names one thing between two
// runs of words the best-matching cited clause shares with it, where the
// clause names another.
func (ix *Index) middleSwapCorrection(read string, texts []Citation, rep *Report) (Part, bool) {
	q := claimCore(read)
	at, span, ok := bestClause(q, texts)
	if !ok {
		return Part{}, false
	}
	c := texts[at]
	clause := []rune(c.Quote)[span.Start:span.End]
	runs := sharedRuns(q, clause)
	if 3*runsLen(runs) < len(q) {
		return Part{}, false // another statement, not this one restated
	}
	least := runsLen(runs)
	for i := 0; i+1 < len(runs); i++ {
		if !holdsWords(q, runs[i]) || !holdsWords(q, runs[i+1]) {
			continue // 三大 of 第三大油田 and “三大储库”: a count, not the same words
		}
		m, ok := ix.middleSlot(q, clause, runs[i], runs[i+1])
		if !ok || askersSlot(m.claimed) || ix.writesNear(rep, m.phrase, q, least) {
			continue
		}
		return citedCorrection(c, at, span.Start+m.cs, span.Start+m.ce, m.claimed, ""), true
	}
	if m, ok := ix.leadSlot(q, clause, runs[0]); ok && !askersSlot(m.claimed) && !ix.reportWrites(rep, m.phrase) {
		return citedCorrection(c, at, span.Start+m.cs, span.Start+m.ce, m.claimed, ""), true
	}
	return Part{}, false
}

// leadSlot reads the slot before the first shared run r: the name the
// claim opens with and the one the clause writes right before r, from
// its start or its last mark: the subject the clause says r of
// (中储粮粮食物流产业园 for 京粮粮食物流产业园). A name the report writes
// elsewhere, even in the same sentence, is still swapped when this clause
// says r of another; so the claim's whole statement, name and r, must
// be written nowhere (phrase).
func (ix *Index) leadSlot(q, c []rune, r shared) (middleSwap, bool) {
	if r.q == 0 || r.n < middleAnchor || wordCharsBesideFigures(q[r.q:r.q+r.n]) < middleAnchor {
		return middleSwap{}, false
	}
	k := ix.wordOverhang(q[:r.q+r.n], r.q) // 中储粮|粮食: the name's last character is shared
	c0 := r.c
	for c0 > 0 && !isClauseMark(c[c0-1]) {
		c0--
	}
	c0 += ix.leadingVerb(c[c0:r.c]) // 实现臻德化工: the clause's predicate opens it
	claimed, said := string(q[:r.q+k]), string(c[c0:r.c+k])
	if !ix.differentNames(claimed, said, c) || ix.describesName(claimed, said) || !ix.leadNames(claimed, said) {
		return middleSwap{}, false
	}
	right := k
	if k == 0 {
		right = ix.headNounWords(q[r.q : r.q+r.n]) // 辽河石油|职业技术学院
	}
	return middleSwap{claimed: string(q[:r.q+right]), phrase: string(q[:r.q+r.n]), cs: c0, ce: r.c + right}, true
}

// leadNames: claimed and said may each be a name: not a subject and its
// verb (金帛滩登上 for 荣登), not a kind (企业, 区县); and the claimed one
// no place (大洼 of 大洼海洋牧场 may be where 盛源's is) or quality
// (headNameWords).
func (ix *Index) leadNames(claimed, said string) bool {
	if ix.scopeOrPlace(claimed) {
		return false // 辽滨 for 盘锦港: a place holding the clause's name, no other name
	}
	for _, w := range []string{claimed, said} {
		if !ix.endsNounish([]rune(w)) || ix.commonNoun(w) {
			return false
		}
	}
	return ix.headNameWords([]rune(claimed))
}

// wordOverhang is how many characters past at the word of s holding
// position at runs on: 1 when 中储粮 ends at 粮 of the run 粮粮食.
func (ix *Index) wordOverhang(s []rune, at int) int {
	if ix.dict == nil {
		return 0
	}
	n := 0
	for _, w := range ix.dict.Segment(string(s), nil) {
		end := n + runeLen(w)
		if n < at && end > at {
			return end - at
		}
		n = end
	}
	return 0
}

// headNounWords is how many characters the nouns opening rs hold, whole
// words up to maxMiddleGap: the head noun a name is shown with.
func (ix *Index) headNounWords(rs []rune) int {
	if ix.dict == nil {
		return 0
	}
	n := 0
	for _, w := range ix.dict.Segment(string(rs), nil) {
		if !slices.Contains(nounPOS, ix.posOf(w)) || n+runeLen(w) > maxMiddleGap {
			break
		}
		n += runeLen(w)
	}
	return n
}

// holdsWords reports whether shared run r of claim q holds middleEdge
// characters of words besides a figure's numerals: an anchor, where 三大
// of 第三大油田 and of “三大储库” is only a count both write.
func holdsWords(q []rune, r shared) bool {
	return wordCharsBesideFigures(q[r.q:r.q+r.n]) >= middleEdge
}

// wordCharsBesideFigures counts the Chinese characters of rs that are
// not a figure's numerals: an anchor of 20万吨/年润滑油加氢异构装置 holds
// a thing's words; one of 5.4% holds only the figure an indicator opens.
func wordCharsBesideFigures(rs []rune) int {
	n := 0
	for _, r := range rs {
		if isHan(r) && !isChineseNumeral(r) {
			n++
		}
	}
	return n
}

// bestClause is the cited clause that shares the most with claim q.
func bestClause(q []rune, texts []Citation) (at int, span Span, ok bool) {
	best := 0
	for i, c := range texts {
		text := []rune(c.Quote)
		for _, sp := range Clauses(c.Quote) {
			if n := runsLen(sharedRuns(q, text[sp.Start:sp.End])); n > best {
				best, at, span, ok = n, i, sp, true
			}
		}
	}
	return at, span, ok
}

// middleSlot reads the slot between runs l and r: the claim's words and
// the clause's, when they are two different short names. The claim's
// wording is the slot with the nearest words of each anchor (edgeWords).
func (ix *Index) middleSlot(q, c []rune, l, r shared) (middleSwap, bool) {
	if l.n+r.n < middleAnchor {
		return middleSwap{}, false
	}
	q0, q1 := l.q+l.n, r.q
	c0, c1 := l.c+l.n, r.c
	for q0 < q1 && strings.ContainsRune(slotFillers, q[q0]) {
		q0++
	}
	for c1 > c0 && isClauseMark(c[c1-1]) { // 异戊胶乳、填补
		c1--
	}
	wideClaimed, wideSaid := string(q[q0:q1]), string(c[c0:c1])
	for q0 < q1 && c0 < c1 && sameRune(q[q0], c[c0]) {
		q0, c0 = q0+1, c0+1
	}
	for q1 > q0 && c1 > c0 && sameRune(q[q1-1], c[c1-1]) {
		q1, c1 = q1-1, c1-1
	}
	claimed, said := string(q[q0:q1]), string(c[c0:c1])
	if endsInNumeral(claimed) || endsInNumeral(said) {
		// 东北新发地二|期 for 华锦三|期: a number differs as well as a name,
		// read before the names run on (二期) and hide it.
		return middleSwap{}, false
	}
	if kq, kc := ix.wordOverhang(q[:r.q+r.n], q1), ix.wordOverhang(c[:r.c+r.n], c1); kq > 0 && kq == kc {
		// The right anchor opens inside a word of both (业 of 农业 and
		// 制造业): the names run on to that word's end.
		claimed, said = string(q[q0:q1+kq]), string(c[c0:c1+kc])
	}
	if !ix.slotNamesDiffer(claimed, said, c) && !(wideClaimed != claimed && ix.opensWithNoun(q[r.q:r.q+r.n]) && ix.slotNamesDiffer(wideClaimed, wideSaid, c)) {
		// 抗冲击 for 抗应力发白 before 聚丙烯: a shared character (抗) cut
		// off leaves words the dictionary misreads (应力 a verb); before a
		// head noun the whole slot is a name's qualifier.
		return middleSwap{}, false
	}
	left, right := ix.edgeWords(q[l.q:l.q+l.n], true), ix.edgeWords(q[r.q:r.q+r.n], false)
	if openListAfter(c, r.c) || openListAfter(c, r.c+right) || endsInNumeral(claimed) || endsInNumeral(said) {
		// The list may be open after the name's own last words too:
		// 《统计|法》等法律法规.
		return middleSwap{}, false
	}
	if hasDigit(string(q[l.q:r.q+r.n])) || hasDigit(string(c[l.c:r.c+r.n])) {
		return middleSwap{}, false // 目标5.4% for 增长5.4%: a figure's words, the figures check's
	}
	phrase := string(q[l.q+l.n-left : r.q+right])
	return middleSwap{claimed: phrase, phrase: phrase, cs: l.c + l.n - left, ce: r.c + right}, true
}

// slotNamesDiffer: a slot's claimed words and the clause's are two names
// (two places or levels of one contrast set, or different short names),
// not a descriptor of the clause's name.
func (ix *Index) slotNamesDiffer(claimed, said string, clause []rune) bool {
	return (contrastingChars(claimed, said) || ix.differentNames(claimed, said, clause)) && !ix.describesName(claimed, said)
}

// opensWithNoun: the first word of rs is a noun (聚丙烯 of a right anchor).
func (ix *Index) opensWithNoun(rs []rune) bool {
	if ix.dict == nil {
		return false
	}
	words := ix.dict.Segment(string(rs), nil)
	return len(words) > 0 && slices.Contains(nounPOS, ix.posOf(words[0]))
}

// edgeWords is how many characters of anchor run rs, at its end (last)
// or its start, are its whole words nearest the slot, at least
// middleEdge: 国家级 of 被评为国家级, not 家级.
func (ix *Index) edgeWords(rs []rune, last bool) int {
	if ix.dict == nil {
		return min(middleEdge, len(rs))
	}
	words := ix.dict.Segment(string(rs), nil)
	n := 0
	for i := range words {
		w := words[i]
		if last {
			w = words[len(words)-1-i]
		}
		if n += runeLen(w); n >= middleEdge {
			break
		}
	}
	return min(n, len(rs))
}

// contrastSets hold characters that, one for another in the same words,
// name another place or level: 东沙河 is not 西沙河, 全国 is not 全省.
var contrastSets = []string{quarters, "国省市县区镇村", "大中小"}

// quarters are the points of the compass a place's name may open with.
const quarters = "东西南北"

// contrastingChars: claimed and said are one character each, two of one
// contrast set.
func contrastingChars(claimed, said string) bool {
	a, b := []rune(claimed), []rune(said)
	if len(a) != 1 || len(b) != 1 || a[0] == b[0] {
		return false
	}
	for _, set := range contrastSets {
		if strings.ContainsRune(set, a[0]) && strings.ContainsRune(set, b[0]) {
			return true
		}
	}
	return false
}

// slotFillers open a claim's slot without naming anything: the aspect
// (研发了抗冲击聚丙烯), an identity's 的是 (提速建设的是顺丰速运产业园).
const slotFillers = "了的是"

// differentNames: claimed and said are each a short name of two or more
// characters with no figure and no mark, neither led by a verb (评为 for
// 创建, 增长 for 目标: a reworded predicate) or a function word; neither
// holds the other, the clause does not say the claimed one, and the
// lexicon does not read them as one thing.
func (ix *Index) differentNames(claimed, said string, clause []rune) bool {
	for _, w := range []string{claimed, said} {
		if n := runeLen(w); n < 2 || n > maxMiddleGap || hasDigit(w) || strings.ContainsFunc(w, isClauseMark) || ix.functionLed(w) {
			return false
		}
	}
	if ix.verbLed(claimed) || ix.verbLed(said) || ix.verbEnded(claimed) || ix.predicateForNoun(claimed, said, clause) {
		return false
	}
	if slices.Contains(goalAsked, claimed) {
		return false // 今年目标分别是 for 面积分别达到: the question frames the figures as goals
	}
	if strings.Contains(claimed, said) || strings.Contains(said, claimed) || containsFoldRunes(clause, []rune(claimed)) || ix.wordsMoved(claimed, clause) {
		return false
	}
	if ix.scopeOrPlace(claimed) && ix.scopeOrPlace(said) {
		return false // 全国 for 国家级, 辽宁 for 全省: places are the place checks'
	}
	return !ix.sameConcept(claimed, said) && !ix.sameConcept(said, claimed)
}

// governmentLevels name a level of government, a scope as 全国 and 全省 do.
var governmentLevels = []string{"国家", "国家级", "省级", "市级", "县级", "区级"}

// scopeOrPlace reports whether w names a scope or a place: one scope has
// several words (全国, 国家级; 全省, 辽宁), which a slot compares as names.
func (ix *Index) scopeOrPlace(w string) bool {
	return slices.Contains(governmentLevels, w) || ix.placeWord(w) || ix.reportPlace(w)
}

// areaSuffixes close the names of a report's own areas: 辽滨 is written
// as 辽滨经开区, a place the register does not hold.
var areaSuffixes = []string{"经开区", "开发区", "新区", "园区", "区", "县", "镇", "港"}

// reportPlace reports whether some report writes w as an area's name:
// w and a suffix that ends there, not the first character of a word
// (农业区域品牌 writes no area 农业区).
func (ix *Index) reportPlace(w string) bool {
	return slices.ContainsFunc(areaSuffixes, func(s string) bool { return ix.writesArea(w + s) })
}

// suffixWords are the words an area's one-character suffix opens, with
// the characters that follow it there: 区域, 区块, 县域, 县级, 港口.
var suffixWords = map[rune]string{'区': "域块间分别", '县': "域级", '港': "口", '镇': "街"}

// writesArea: a quotable clause of any report holds name not followed by
// a character that makes its last one the start of a word (suffixWords).
func (ix *Index) writesArea(name string) bool {
	norm := Normalize(name)
	rs := []rune(norm)
	after := suffixWords[rs[len(rs)-1]]
	return ix.anyQuotableClause(nil, func(c string) bool { return writesWhole(c, norm, after) })
}

// writesWhole: text holds name at some place not followed by one of the
// characters of after.
func writesWhole(text, name, after string) bool {
	for i := range wordPositions(text, name) {
		end := i + len(name)
		if next, _ := utf8.DecodeRuneInString(text[end:]); end == len(text) || !strings.ContainsRune(after, next) {
			return true
		}
	}
	return false
}

// wordsMoved: a word of two or more characters in the claimed slot is
// written elsewhere in the clause: the claim reorders the clause's own
// words (绿色货运配送示范城市 for 绿色货运配送城市示范工程), it names
// nothing else.
func (ix *Index) wordsMoved(claimed string, clause []rune) bool {
	if ix.dict == nil {
		return false
	}
	for _, w := range ix.dict.Segment(claimed, nil) {
		if runeLen(w) >= 2 && containsFoldRunes(clause, []rune(w)) {
			return true
		}
	}
	return false
}

// movedPredicate: the one word of stated that said, the clause's words in
// its slot, lacks is the word the clause opens with (盘锦要和无锡深化
// where it says 深化盘锦、无锡两市): the question moved the clause's
// predicate after its objects and names nothing else. A name the clause
// writes elsewhere (海兴科技 of 多屏科技获评) is still another subject's.
func (ix *Index) movedPredicate(stated, said string, clause []rune) bool {
	if ix.dict == nil {
		return false
	}
	var moved []string
	for _, w := range ix.dict.Segment(stated, nil) {
		if !strings.Contains(said, w) {
			moved = append(moved, w)
		}
	}
	return len(moved) == 1 && runeLen(moved[0]) >= 2 && strings.HasPrefix(string(clause), moved[0])
}

// slotFunctionWords lead a clause's words, never a name: the passive,
// the object marker, adverbs of time and degree.
const slotFunctionWords = "被把将在已是不没都也还又再就才要会能可更最很"

// functionLed: w's first character is a function word, or its first
// word is the lone 有 of an asker's "有…吗" (兴隆台区有创建…的任务吗):
// it asks whether there is one, where 有机 or 有效 open words of their own.
func (ix *Index) functionLed(w string) bool {
	if strings.ContainsRune(slotFunctionWords, []rune(w)[0]) {
		return true
	}
	return ix.dict != nil && strings.HasPrefix(w, "有") && ix.dict.Segment(w, nil)[0] == "有"
}

// verbLed: w's first word is a verb, an adjective or an adverb of two or
// more characters (率先 for 第一个: the manner reworded); a verb used as a
// noun (冲击) names a thing.
func (ix *Index) verbLed(w string) bool {
	if ix.dict == nil {
		return true
	}
	words := ix.dict.Segment(w, nil)
	if len(words) == 0 || runeLen(words[0]) < 2 {
		return false
	}
	pos := ix.posOf(words[0])
	return pos != "vn" && ix.verbLike(words[0]) || pos == "d"
}

// verbEnded: w's last word is a one-character verb (孩子做 for 儿童提供:
// the slot runs into a spoken predicate, a question reworded, not one
// name for another; two-character ones end names too, 顺丰速运).
func (ix *Index) verbEnded(w string) bool {
	if ix.dict == nil {
		return true
	}
	words := ix.dict.Segment(w, nil)
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	return runeLen(last) == 1 && ix.isVerb(last)
}

// predicateForNoun: said is a noun and a verb where claimed is one noun
// (孩子 for 儿童提供 before 康复): the clause's slot runs into its
// predicate, which the question left out; no name stands for another. A
// title's words (《盘锦市机动车停放管理条例》) name one thing, verb or not.
func (ix *Index) predicateForNoun(claimed, said string, clause []rune) bool {
	if ix.dict == nil || titledIn(string(clause), said) {
		return false
	}
	cw, sw := ix.dict.Segment(claimed, nil), ix.dict.Segment(said, nil)
	if len(cw) != 1 || len(sw) != 2 {
		return false // 顺丰速运 for 极兔速递: a name of two words, each with its verb
	}
	pos, known := ix.dict.POS(cw[0])
	return ix.isVerb(sw[1]) && known && strings.HasPrefix(pos, "n") && ix.nounish(sw[0])
}

// titledIn: the first w of clause stands inside a title's marks 《》.
func titledIn(clause, w string) bool {
	i := strings.Index(clause, w)
	return i >= 0 && strings.Count(clause[:i], "《") > strings.Count(clause[:i], "》")
}

// openListAfter: the clause's item ends right before 等, its closing
// marks aside (组织学习《统计法》等法律法规): the list is open, and a claimed
// item beside it may be in it.
func openListAfter(c []rune, end int) bool {
	for end < len(c) && strings.ContainsRune("》」”）)", c[end]) {
		end++
	}
	return end < len(c) && c[end] == '等'
}

// endsInNumeral: the slot stops at a Chinese numeral, cut from its
// counter (东北新发地二|期 for 华锦三|期): a number differs as well as a
// name, two things, for the figures check and retrieval, not one swap.
func endsInNumeral(w string) bool {
	r := []rune(w)
	return len(r) > 0 && isChineseNumeral(r[len(r)-1])
}

// describesName: the claimed slot is led by a descriptor (大型, pos b)
// where the clause names one thing (极兔): 大型速递产业园 may describe 极兔
// 速递产业园; it names no other. Two descriptors (大型 for 中小) differ.
func (ix *Index) describesName(claimed, said string) bool {
	if ix.dict == nil {
		return false
	}
	cw, sw := ix.dict.Segment(claimed, nil), ix.dict.Segment(said, nil)
	if len(cw) == 0 || len(sw) == 0 || ix.posOf(cw[0]) != "b" {
		return false
	}
	pos := ix.posOf(sw[0])
	return pos != "b" && pos != "j"
}

// writesNear: a quotable clause of rep (every report's when nil) holds
// phrase and shares with claim q at least least characters, as much as
// the clause compared: one that says the claim's wording of something
// else (全省农业区域品牌 of 盘锦大米和盘锦河蟹, where 辽滨经开区's clause says
// 制造业) does not make the claim the report's.
func (ix *Index) writesNear(rep *Report, phrase string, q []rune, least int) bool {
	norm := []rune(Normalize(phrase))
	return ix.anyQuotableClause(rep, func(c string) bool {
		rs := []rune(c)
		return containsFoldRunes(rs, norm) && runsLen(sharedRuns(q, rs)) >= least
	})
}

// reportWrites: a quotable clause of rep (every report's when nil) holds
// phrase.
func (ix *Index) reportWrites(rep *Report, phrase string) bool {
	norm := []rune(Normalize(phrase))
	return ix.anyQuotableClause(rep, func(c string) bool { return containsFoldRunes([]rune(c), norm) })
}

// anyQuotableClause reports whether ok holds for the normalized text of
// some clause of a quotable paragraph of rep (every report's when nil).
func (ix *Index) anyQuotableClause(rep *Report, ok func(norm string) bool) bool {
	return ix.walkQuotableClauses(rep, func(_ *Paragraph, c normClause) bool { return ok(c.norm) })
}

// walkQuotableClauses visits each clause of a quotable paragraph of rep
// (every report's when nil), with its paragraph, in report order until
// visit returns true, and reports whether it did: the walk the clause
// searches share, whether they stop at the first or gather every one.
func (ix *Index) walkQuotableClauses(rep *Report, visit func(p *Paragraph, c normClause) bool) bool {
	return ix.anyReport(rep, func(r *Report) bool {
		for i := range r.Paragraphs {
			if p := &r.Paragraphs[i]; p.Quotable() && slices.ContainsFunc(ix.para(p).clauses, func(c normClause) bool { return visit(p, c) }) {
				return true
			}
		}
		return false
	})
}
