package rag

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A claim may name the wrong one of a kind: the company for what the
// report says another did ("红海滩晋升国家4A级景区了吧" where ¶8 says
// 金帛滩海洋乐园晋升国家4A级旅游景区), the district, partner city or
// country, the event (市十运会 for 市九运会), or the stage a project
// reached (开工 where it says 竣工投产). The report's clause then says the
// same thing in the same words — a run of at least minPredicate
// characters the two share, its predicate — and names another in the
// claim's slot: before the words shared (the subject) or after them (the
// object). Words between two predicate runs are left alone: there a
// paraphrase (红海滩景区 for 红海滩国家风景廊道) differs as often as a
// wrong name.

// minPredicate is how many characters in a row a claim and a clause must
// share to say the same thing: shorter runs (项目, 举办) join any two.
const minPredicate = 3

// minShared is the shortest run that aligns a claim with a clause; one
// character is shared by any two names (红海滩, 金帛滩).
const minShared = 2

// shared is a run of characters a claim and a clause share: q[q:q+n] is
// c[c:c+n].
type shared struct{ q, c, n int }

// runsLen is how many characters the shared runs hold.
func runsLen(runs []shared) int {
	n := 0
	for _, r := range runs {
		n += r.n
	}
	return n
}

// sharedRuns aligns q and c by their longest shared run, then the
// longest on either side of it, down to minShared characters: in order
// in both.
func sharedRuns(q, c []rune) []shared {
	var out []shared
	var walk func(q0, q1, c0, c1 int)
	walk = func(q0, q1, c0, c1 int) {
		s, ok := longestShared(q, c, q0, q1, c0, c1)
		if !ok {
			return
		}
		walk(q0, s.q, c0, s.c)
		out = append(out, s)
		walk(s.q+s.n, q1, s.c+s.n, c1)
	}
	walk(0, len(q), 0, len(c))
	return out
}

// longestShared is the longest run of q[q0:q1] in c[c0:c1].
func longestShared(q, c []rune, q0, q1, c0, c1 int) (shared, bool) {
	if q1 <= q0 || c1 <= c0 {
		return shared{}, false
	}
	var best shared
	prev, cur := make([]int, c1-c0+1), make([]int, c1-c0+1)
	for i := q0; i < q1; i++ {
		for j := c0; j < c1; j++ {
			k := j - c0 + 1
			cur[k] = 0
			if sameRune(q[i], c[j]) && !isClauseMark(q[i]) {
				cur[k] = prev[k-1] + 1
			}
			if cur[k] > best.n {
				best = shared{i - cur[k] + 1, j - cur[k] + 1, cur[k]}
			}
		}
		prev, cur = cur, prev
	}
	return best, best.n >= minShared
}

// sameRune compares a question's character with a report's: full-width
// forms and case folded.
func sameRune(a, b rune) bool { return a == b || foldWidth(a) == foldWidth(b) }

func foldWidth(r rune) rune {
	switch {
	case r >= 0x3000 && r <= 0x9FFF:
		return r // CJK: no case, no width to fold; most of what is compared
	case fullWidthASCII(r):
		r -= 0xFEE0
	}
	return unicode.ToLower(r)
}

// isFolded reports whether every rune of s is its own foldWidth.
func isFolded(s string) bool {
	for _, r := range s {
		if foldWidth(r) != r {
			return false
		}
	}
	return true
}

// foldedPair is runes a and b as a folded text holds them where another
// holds them by sameRune.
func foldedPair(a, b rune) [2]rune { return [2]rune{foldWidth(a), foldWidth(b)} }

// slotPair is a claim's words and a clause's in one slot: q[q0:q1] and
// c[c0:c1]. lead is the length of a run both share right before it,
// which may begin the name (巴黎 in 巴黎奥运会, 巴黎残奥会); next indexes
// the run right after it (-1 at the end), which may end the name (石化
// in 辽河石化, 锦城石化); pred indexes the predicate run on its side.
type slotPair struct{ q0, q1, c0, c1, lead, next, pred int }

// slots are where a claim and a clause, sharing a predicate run, may name
// different things: the words before the first predicate run and after
// the last, cut at the shorter runs they share there (完成 in 完成盘山、
// 大洼农村供水保障工程). Only pairs with words on both sides.
func slots(q, c []rune, runs []shared) []slotPair {
	first, last := -1, -1
	for i, r := range runs {
		if isPredicate(r) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return nil
	}
	out := gaps(runs, 0, first, 0, 0, runs[first].q, runs[first].c, first)
	end := runs[last]
	return append(out, gaps(runs, last+1, len(runs), end.q+end.n, end.c+end.n, len(q), len(c), last)...)
}

// gaps are the pairs of words between runs[from:to] and the run or end
// after them, from (q0, c0) to (q1, c1), that hold words on both sides;
// pred is their predicate run.
func gaps(runs []shared, from, to, q0, c0, q1, c1, pred int) []slotPair {
	var out []slotPair
	lead := 0
	for i := from; ; i++ {
		w, next := shared{q1, c1, 0}, -1 // the end
		if i < len(runs) && (i < to || runs[i].q == q1 && runs[i].c == c1) {
			w, next = runs[i], i
		}
		if w.q > q0 && w.c > c0 {
			out = append(out, slotPair{q0, w.q, c0, w.c, lead, next, pred})
		}
		if i >= to {
			return out
		}
		q0, c0, lead = w.q+w.n, w.c+w.n, w.n
	}
}

// claimTail closes a claim without saying anything: particles, 对吗,
// 是不是, 没错吧, marks.
var claimTail = regexp.MustCompile(`(?:[了的吧吗嘛呗呢啊呀哈]|对不对|是不是|对不|不是|是吗|对吗|对吧|是吧|没错|真的)*[？?！!。.～~\s]*$`)

// TrimClaimTail is s without the particles, tags and marks that close a
// claim without saying anything: "进口额对吧？" → "进口额".
func TrimClaimTail(s string) string { return claimTail.ReplaceAllString(s, "") }

// claimOpen opens a claim with where the asker has it from: hearsay, the
// report, or a part of it (民生部分说, 第8段提到) — a pointer, never a name
// the report's clause could name otherwise.
var claimOpen = regexp.MustCompile(`^(?:我听说|听说|据说|我?(?:看|听|在)?到?(?:新闻|报纸|电视|网上|媒体)(?:上|里|中)?(?:说|讲|报道|提到)(?:了|的|到)?|报告(?:里|中|里面|上)?(?:说|提到|讲|写|指出)(?:了|的|到)?|` +
	`(?:报告)?(?:\p{Han}{1,6}(?:部分|那部分|这部分|一节|那一节|章节|板块)|第[0-9一二三四五六七八九十]+(?:段|部分|节))(?:里|中|里面)?(?:说|提到|讲|写)(?:了|的|到)?)[，,：:]?`)

// yearWords name a year: the period, not what the claim says of it.
var yearWords = regexp.MustCompile(`(?:19|20)\d\d年?|去年|今年|明年|上年|本年|全年`)

// claimCore is what a claim says: its words without where the asker has
// it from, the year, the particles or the tag clause that close it
// (dropTag) and its marks.
func claimCore(text string) []rune {
	text = claimOpen.ReplaceAllString(dropTag(strings.TrimSpace(text)), "")
	text = TrimClaimTail(text)
	text = cleftTime.ReplaceAllString(text, "$1")
	text = yearWords.ReplaceAllString(text, "")
	return []rune(strings.Map(func(r rune) rune {
		if isClauseMark(r) && r != '、' {
			return -1
		}
		return r
	}, text))
}

// cleftTime is the 是 of 是…的 before a time (是今年才启动的): it puts the
// time in focus and is no word of the claim.
var cleftTime = regexp.MustCompile(`是((?:今年|去年|上年|明年|年内)[才刚])`)

// sizeWords ask how big, long or far, as 多少 asks how many.
var sizeWords = regexp.MustCompile(`多[大长高久远快重宽深]`)

// statesClaim reports whether text states a claim to be checked and asks
// nothing: in so many words (…吧, …对吗, 听说…, 是不是…), or with a bare
// question mark after a clause that says something of its subject
// (bareClaim).
func (ix *Index) statesClaim(text string) bool {
	t := strings.TrimSpace(text)
	norm := Normalize(t)
	return (claimCued(t) || ix.bareClaim(t) || statesTitle(t)) && !asksSomething(norm)
}

// bareClaim: t is one unbroken statement closed by a bare question mark
// that says something of its subject — a verb, a figure or a rank
// ("30万吨级原油码头今年开工？", "今年中试项目新增10个以上？",
// "辽滨经开区制造业区域品牌全省第二？"). Keywords typed apart
// ("华锦阿美配套产业园 面积？") or a subject and a noun ("…总基调？") are
// a question missing its question word, and their words are no claim.
func (ix *Index) bareClaim(t string) bool {
	body, ok := strings.CutSuffix(t, "？")
	if !ok {
		body, ok = strings.CutSuffix(t, "?")
	}
	if !ok || ix.dict == nil || strings.ContainsAny(body, "？? \t\u3000") {
		return false
	}
	words := ix.dict.Segment(body, nil)
	// A rank in words is said with 第 or as a top N (前十, 十强) that ends
	// its word (not 前三季度): both claim a place, as a figure does.
	return hasDigit(body) || strings.Contains(body, "第") || len(wordsOf(wordKinds[2], []rune(body), true)) > 0 || slices.ContainsFunc(words, ix.isVerb) || ix.actsAsVerb(words) || endsAtPlace(ix, words) || claimsStage(body)
}

// claimsStage: t states a stage a thing reached (今年投产, 升级为国家高新区),
// which says something of its subject whatever part of speech the
// dictionary gives the stage word (投产 is a verbal noun there).
func claimsStage(t string) bool {
	_, ok := claimedStage([]rune(Normalize(t)))
	return ok
}

// endsAtPlace: a statement's last word is a place after words of its own
// ("盘锦鹏鹞生物柴油首航美国？"): it says where its subject went, whatever
// the dictionary makes of the verb (首航, an abbreviation).
func endsAtPlace(ix *Index, words []string) bool {
	return len(words) >= 3 && ix.posOf(words[len(words)-1]) == "ns" && ix.placeWord(words[len(words)-1])
}

// claimCued reports whether t, trimmed, holds a claim's cue: …吧, …对吗,
// 听说…, 据说…, 是不是.
func claimCued(t string) bool {
	return endsClaim(t) || startsWithAny(t, claimOpeners) || strings.Contains(t, "是不是")
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }
