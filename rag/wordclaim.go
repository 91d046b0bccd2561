package rag

import (
	"regexp"
	"strings"
	"unicode"
)

// A claim may state a word of order, time or rank the report states
// otherwise of the same thing: 首次 where it says 连续6年, 即将走出最低谷
// where it says 已经, 第二 where it says 榜首, 第一 where it says 前列 (a
// vaguer rank confirms no precise one). The report's word of the same
// kind is found where its clause says most of what the claim says
// around it; when that word does not agree with the claim's, and no
// clause of the report puts an agreeing one as well there, the claim is
// corrected with it.

// wordKind is a kind of word a claim may state: the pattern that finds
// its words, whether one after a claim's word may end it (keep), and
// whether a claimed word agrees with one the report says.
type wordKind struct {
	re    *regexp.Regexp
	keep  func(prev, next rune, claim bool) bool
	agree func(claimed, said string) bool
}

const cnDigits = `[0-9一二三四五六七八九十两]+`

// wordKinds: the order of a time (首次, 连续6年, 蝉联), how near a change
// is (已经, 即将), a place in a ranking (第二, 榜首, 前列, 前三, 30强: N强
// is the first N, as 前N is).
var wordKinds = []wordKind{
	{re: regexp.MustCompile(`首次|第一次|第` + cnDigits + `次|连续` + cnDigits + `[年次届轮]|再次|再度|又一次|蝉联`), keep: anyNext, agree: sameOrder},
	{re: regexp.MustCompile(`已经|即将|将要|就要|快要`), keep: anyNext, agree: sameTense},
	{re: regexp.MustCompile(`第` + cnDigits + `[名位]?|榜首|首位|前列|前茅|第一方阵|前` + cnDigits + `[名位强]?|` + cnDigits + `强`), keep: endsRank, agree: rankAgrees},
}

func anyNext(rune, rune, bool) bool { return true }

// scopeKind is the level or scope a thing is named at (国家重点龙头企业,
// 全省品牌冠亚军): 省级 where the report says 国家, 全国 where it says 全省,
// is another thing. Only claims read it; a clause before a comma naming a
// scope (全省，) is a topic more often than a premise (statedBeforeComma).
var scopeKind = wordKind{re: regexp.MustCompile(`全国|国家级|国家|全省|省级|全市|市级|县级`), keep: scopesThing, agree: sameScope}

// scopesThing: a scope right before a rank (全国第一, 全省前列) is the
// ranking's, which the rank checks correct whole (全省第一，不是全国第一);
// a report's scope after 在 (在全省国开区中) is where a thing is ranked,
// not the level it is named at.
func scopesThing(prev, next rune, claim bool) bool {
	return !strings.ContainsRune("第前榜首", next) && (claim || prev != '在')
}

// mediaKind is the platform or programme a thing was shown on (荣登抖音…榜,
// 在央视《新闻联播》刊播): one platform's list or one programme's airing is
// not another's, so 小红书 where the report says 抖音 is another thing.
// Outlets that hold programmes (央视) or are listed together as one
// (人民日报、新华社) are left out: a claim naming one of them is not
// contradicted by its neighbour.
// A programme's title marks go with it, so a correction reads 《新闻联播》.
var mediaKind = wordKind{re: regexp.MustCompile(`抖音|快手|小红书|微博|哔哩哔哩|B站|今日头条|《?(?:新闻联播|焦点访谈|朝闻天下|新闻30分|东方时空|晚间新闻)》?`), keep: anyNext, agree: sameMedia}

func sameMedia(claimed, said string) bool {
	return strings.Trim(claimed, "《》") == strings.Trim(said, "《》")
}

// yearRoleKind is what a plan names a year as (决胜之年, 收官之年, 谋篇布
// 局之年): one role of the same plan in the same slot is not another, so
// 攻坚之年 where the report says 三年行动决胜之年 is another year's.
// 谋篇布局 is the one role of four characters the report writes: read as
// two, 十五五规划的起步之年 was corrected to 布局之年, no word of the report.
var yearRoleKind = wordKind{re: regexp.MustCompile(`(?:谋篇布局|\p{Han}{2})之年`), keep: anyNext, agree: func(c, s string) bool { return c == s }}

// claimKinds are the kinds of word a claim is checked for, in order.
var claimKinds = append(wordKinds[:len(wordKinds):len(wordKinds)], scopeKind, mediaKind, yearRoleKind)

// scopeLevel groups the words of one level: 全国, 国家级 and 国家 all say
// the nation's.
func scopeLevel(w string) string {
	switch w {
	case "全国", "国家级", "国家":
		return "国"
	case "全省", "省级":
		return "省"
	case "全市", "市级":
		return "市"
	}
	return w
}

func sameScope(claimed, said string) bool { return scopeLevel(claimed) == scopeLevel(said) }

// rankEnds may follow a claim's rank (全省第二吧, 第一的); in the report
// only what is no Han character (全省第三、): 第二批, 第一时间 rank nothing.
const rankEnds = "名位吧吗嘛的了呢啊呀对是没"

func endsRank(_, next rune, claim bool) bool {
	return !unicode.Is(unicode.Han, next) || claim && strings.ContainsRune(rankEnds, next)
}

// order is how many times a thing has happened by an order word: 首次
// 1, 连续6年 6, 再次 and 蝉联 two or more (atLeast).
func order(w string) (n float64, atLeast bool) {
	switch w {
	case "首次", "第一次":
		return 1, false
	case "再次", "再度", "又一次", "蝉联":
		return 2, true
	}
	d := strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(w, "第"), "连续"), string([]rune(w)[len([]rune(w))-1]))
	n, _ = contrastNumber(d)
	return n, false
}

func sameOrder(claimed, said string) bool {
	c, cMin := order(claimed)
	s, sMin := order(said)
	switch {
	case cMin && sMin:
		return true
	case cMin:
		return s >= c
	case sMin:
		return c >= s
	}
	return c == s
}

// tense is whether a word says a change has happened (已经) or is near.
func tense(w string) bool { return w == "已经" }

func sameTense(claimed, said string) bool { return tense(claimed) == tense(said) }

// rank reads a ranking word: a place (第二, 榜首 1), the first n (前三),
// or the front, unsaid how far (前列).
type rankValue struct {
	place, top float64
	vague      bool
}

func rankOf(w string) rankValue {
	if top, ok := strings.CutSuffix(w, "强"); ok && !strings.HasPrefix(w, "前") {
		n, _ := contrastNumber(top) // 30强: the first 30, a range, not the 30th place
		return rankValue{top: n}
	}
	w = strings.TrimRight(w, "名位强")
	switch w {
	case "榜首", "首位":
		return rankValue{place: 1}
	case "前列", "前茅", "第一方阵":
		return rankValue{vague: true}
	}
	if d, ok := strings.CutPrefix(w, "前"); ok {
		n, _ := contrastNumber(d)
		return rankValue{top: n}
	}
	n, _ := contrastNumber(strings.TrimPrefix(w, "第"))
	return rankValue{place: n}
}

// rankAgrees: the report's rank confirms the claim's — the same place;
// a place within a claimed first n or front; never a vaguer one than the
// claim's (前列 for 第一).
func rankAgrees(claimed, said string) bool {
	c, s := rankOf(claimed), rankOf(said)
	switch {
	case c.vague:
		return true
	case s.vague:
		return false
	case c.top > 0 && s.top > 0:
		return s.top <= c.top
	case c.top > 0:
		return s.place <= c.top
	case s.top > 0:
		return false
	}
	return c.place == s.place
}

// wordMatch is a word of a kind found in runes [start, end).
type wordMatch struct{ start, end int }

// wordsOf are the words of kind k in rs, each ended as k keeps.
func wordsOf(k wordKind, rs []rune, claim bool) []wordMatch {
	var out []wordMatch
	for _, m := range findAllRunes(k.re, rs) {
		prev, next := rune(0), rune(0)
		if m.start > 0 {
			prev = rs[m.start-1]
		}
		if m.end < len(rs) {
			next = rs[m.end]
		}
		if k.keep(prev, next, claim) {
			out = append(out, wordMatch{m.start, m.end})
		}
	}
	return out
}

// minWordAlign is how many characters beside a word a clause must say as
// the claim does for the two words to be of one thing.
const minWordAlign = 3

// wordAlign is how much clause c says as claim q does around their words
// cm and qm: the characters they share in runs before the words, and
// after, within the clause.
func wordAlign(q []rune, qm wordMatch, c []rune, cm wordMatch) int {
	qb, qa := clauseAround(q, qm)
	cb, ca := clauseAround(c, cm)
	return runsLen(sharedRuns(qb, cb)) + runsLen(sharedRuns(qa, ca))
}

// clauseAround are the runes of rs's clause before m and after it; a
// list's 、 does not end it (跻身全国化工园区30强、升至第21位), nor do the
// quotation marks round a word (火爆出“圈”、荣登抖音…第7名: 红海滩 is what
// is ranked).
func clauseAround(rs []rune, m wordMatch) (before, after []rune) {
	ends := func(r rune) bool { return !strings.ContainsRune("、“”「」", r) && isClauseMark(r) }
	b, a := m.start, m.end
	for b > 0 && !ends(rs[b-1]) {
		b--
	}
	for a < len(rs) && !ends(rs[a]) {
		a++
	}
	return rs[b:m.start], rs[m.end:a]
}

// wordCorrection corrects a claim's word of order, time or rank that the
// cited clause saying most what the claim says around it states
// otherwise, when no clause of rep (every report's when nil) says it so
// as closely.
func (ix *Index) wordCorrection(read string, texts []Citation, rep *Report) (Part, bool) {
	q := claimCore(read)
	for _, k := range claimKinds {
		for _, qm := range wordsOf(k, q, true) {
			claimed := string(q[qm.start:qm.end])
			best, at, agrees := 0, -1, false
			var said wordMatch
			for i, c := range texts {
				text := []rune(c.Quote)
				for _, cm := range wordsOf(k, text, false) {
					n := wordAlign(q, qm, text, cm)
					ok := k.agree(claimed, string(text[cm.start:cm.end]))
					if n > best || n == best && (ok || !agrees && at >= 0 && preciser(k, string(text[cm.start:cm.end]), wordOf(texts[at].Quote, said))) {
						best, at, said, agrees = n, i, cm, ok
					}
				}
			}
			if at < 0 || agrees || best < minWordAlign || ix.saysWord(k, q, qm, best, rep) || subjectSays(k, q, qm, texts) {
				continue
			}
			c := texts[at]
			s := widenScope([]rune(c.Quote), said.start)
			return citedCorrection(c, at, s, said.end, string(q[widenScope(q, qm.start):qm.end]), ""), true
		}
	}
	return Part{}, false
}

// subjectSays reports whether a cited clause gives the claimed scope to
// the thing the claim names before it (汇福粮油被认定为…国家重点龙头企业
// for 汇福粮油是否被评为国家级…): the level is that thing's, though another
// clause (新增省级…龙头企业) shares more of the claim's other words.
func subjectSays(k wordKind, q []rune, qm wordMatch, texts []Citation) bool {
	if k.re != scopeKind.re {
		return false
	}
	claimed := string(q[qm.start:qm.end])
	for _, c := range texts {
		text := []rune(c.Quote)
		for _, cm := range wordsOf(k, text, false) {
			if k.agree(claimed, string(text[cm.start:cm.end])) && sameSubjectBefore(q, qm.start, text, cm.start) {
				return true
			}
		}
	}
	return false
}

// preciser reports whether the report's word w, of kind k, says more
// exactly than its word old, aligned as well with the claim: a place
// (第21位) over a top N (30强) for a claimed 前十, which both refute; the
// place is the report's answer, the band only bounds it.
func preciser(k wordKind, w, old string) bool {
	return k.re == wordKinds[2].re && rankOf(w).place > 0 && rankOf(old).place == 0
}

func wordOf(quote string, m wordMatch) string { return string([]rune(quote)[m.start:m.end]) }

// widenScope is start moved back over a rank's scope (rankScopes)
// written right before it, so that a correction reads 全省前列, not 前列.
func widenScope(rs []rune, start int) int {
	for _, sc := range rankScopes {
		for _, w := range sc.words {
			if n := runeLen(w); startsHan(w) && start >= n && string(rs[start-n:start]) == w {
				return start - n
			}
		}
	}
	return start
}

// saysWord reports whether a clause of rep says, around a word of kind
// k agreeing with the claim's, as much of what claim q says as align.
func (ix *Index) saysWord(k wordKind, q []rune, qm wordMatch, align int, rep *Report) bool {
	claimed := string(q[qm.start:qm.end])
	pairs, sure := claimPairs(clauseAround(q, qm))
	return ix.anyReport(rep, func(r *Report) bool {
		for i := range r.Paragraphs {
			p := &r.Paragraphs[i]
			if !p.Quotable() || sure && !holdsPairs(ix.para(p).pairs, pairs) || !k.re.MatchString(p.Text) {
				continue
			}
			text := []rune(p.Text)
			for _, cm := range wordsOf(k, text, false) {
				if k.agree(claimed, string(text[cm.start:cm.end])) && wordAlign(q, qm, text, cm) >= align {
					return true
				}
			}
		}
		return false
	})
}

// claimPairs are the pairs of CJK Unified Ideographs in texts, which a
// paragraph holds by sameRune only if its Normalize'd text holds them as
// they are; sure is false when texts hold another pair, which it might
// hold folded otherwise.
func claimPairs(texts ...[]rune) (pairs [][2]rune, sure bool) {
	han := func(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }
	for _, t := range texts {
		for i := 0; i+1 < len(t); i++ {
			if !han(t[i]) || !han(t[i+1]) {
				return nil, false
			}
			pairs = append(pairs, [2]rune{t[i], t[i+1]})
		}
	}
	return pairs, true
}

// holdsPairs: a wordAlign of minWordAlign (3) or more needs shared runs
// of two or more with three characters in all, so two of the claim's
// pairs at least; a paragraph whose pairs hold fewer aligns with it
// nowhere.
func holdsPairs(b pairBloom, pairs [][2]rune) bool {
	n := 0
	for _, p := range pairs {
		if b.mayHold(p) {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}
