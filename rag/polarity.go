package rag

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// A claim may deny what the report says was done ("去年没种树吧" where ¶11
// says 植树造林17.4万株) or assert what it says did not happen ("去年有重
// 特大事故吧" where ¶14 says 全年未发生重特大事故). The quoted clause that
// holds what the claim is about then says the opposite: a figure or a
// word of completion against a denial, a negation against an assertion.
// A denied move (没增长吧) is the figures check's.

// denials deny that something happened or will (没种树, 不买公交车, 都没
// 打通); so does a verb of the dictionary that opens with one (没完成 is
// cut 没完/成). Words that only open with one deny nothing: 不动产,
// 不断, 差不多, 未来.
var denials = []string{"没", "没有", "不", "未", "没能", "并未", "尚未", "从未"}

// notDenials are verbs that open with a negation and deny nothing.
var notDenials = []string{"不断", "不再", "不得不", "不是", "未来"}

// assertions say something happened or is there: 有人员伤亡, 发生了网络
// 安全事件, 零就业家庭还有.
var assertions = []string{"有", "还有", "发生", "出现", "存在"}

// askingForms ask rather than claim: 是不是, 有没有.
var askingForms = []string{"是不是", "有没有", "对不对", "是否", "会不会", "能不能", "还是"}

// moveVerbs claim a move, which figures check, or a change for better or
// worse (没变好), which a level does not answer.
var moveVerbs = []string{"增长", "下降", "提高", "上升", "减少", "增加", "降低", "回落", "上涨", "下滑", "变", "好转", "改善", "恶化"}

// claimAdverbs before a denial are part of what it says: 都没打通.
var claimAdverbs = []string{"都", "还", "并", "也"}

// claimedPolarity is where in norm, a normalized claim, it denies (neg)
// or asserts that something happened, and what it says from there on
// (没种树, 有重特大事故, 都没打通); ok is false when it does neither, asks,
// or claims a figure (不到6%) or a move (没增长).
func (ix *Index) claimedPolarity(norm string) (at int, said string, neg, ok bool) {
	core := string(claimCore(norm))
	if containsAny(core, askingForms) || ix.dict == nil {
		return 0, "", false, false
	}
	start, prev, found := 0, "", false
	for _, w := range ix.dict.Segment(core, nil) {
		if found = ix.denies(w) || slices.Contains(assertions, w); found {
			neg = ix.denies(w)
			if slices.Contains(claimAdverbs, prev) {
				start -= len(prev)
			}
			break
		}
		start, prev = start+len(w), w
	}
	if !found {
		return 0, "", false, false
	}
	said = core[start:]
	if hasDigit(said) && (neg || !countsOnlyThings(said)) || containsAny(said, moveVerbs) || comparedSide.MatchString(said) {
		return 0, "", false, false // 不比全省低 denies a side, which sideCorrection reads
	}
	if !strings.Contains(norm, said) {
		said = deniedClause(norm, said)
	}
	return strings.Index(norm, said), said, neg, said != "" && strings.Contains(norm, said)
}

// countsOnlyThings reports whether every number of said counts things
// with a measure word (发生了3起, 还有100户). WHY: an asserted count of
// what the report says never happened or is none (全年未发生网络安全事件,
// 零就业家庭保持动态为零) asserts it all the same; a rate or an amount
// (不到6%, 2000亿元) is a figure, the figures check's.
func countsOnlyThings(said string) bool {
	for _, m := range countFigure.FindAllString(said, -1) {
		if u := countUnit(m); u == "万" || u == "亿" {
			return false
		}
	}
	return !hasDigit(countFigure.ReplaceAllString(said, ""))
}

// deniedClause is the part of said, a claim's words from its denial on
// with its clause marks dropped, up to the clause mark that ends it in
// norm: 还没挂牌 of 还没挂牌，还在走程序, the clause after saying more of
// the same, not what was denied. "" when said does not open a clause of norm.
func deniedClause(norm, said string) string {
	rs := []rune(said)
	for n := len(rs) - 1; n >= 2; n-- {
		head := string(rs[:n])
		if i := strings.Index(norm, head); i >= 0 {
			if r, _ := utf8.DecodeRuneInString(norm[i+len(head):]); isClauseMark(r) {
				return head
			}
		}
	}
	return ""
}

// denies: w, a word of a claim, is a denial.
func (ix *Index) denies(w string) bool {
	if slices.Contains(denials, w) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return strings.ContainsRune("没不未", r) && ix.isVerb(w) && !slices.Contains(notDenials, w)
}

// tagClause is a last clause that asks whether the claim is right
// without saying anything: 我没记错吧, 没错吧, 这是真的吗.
var tagClause = regexp.MustCompile(`[，,\s]?(?:我|你)?(?:没|没有|不)?(?:记|说|看|听|搞)?(?:错|措)了?[吧吗呢啊呀]*[？?！!。.]*$|[，,\s]?(?:这|那)?是?(?:真的|对的)[吧吗呢啊呀]*[？?！!。.]*$`)

// dropTag is a claim without its tag clause.
func dropTag(s string) string { return tagClause.ReplaceAllString(s, "") }

// completions are the words of a denial that a thing was finished (没完
// 成, 没全办完), whose thing the claim names before the denial.
var completions = []string{"完", "实现", "达到", "达标", "到位", "落实", "兑现", "做到"}

// doneWords say a thing was done, as a figure does.
var doneWords = []string{"完成", "办复", "办结", "实现", "建成", "全部", "全面", "按时"}

// denyBefore are the words that, right before what a claim is about,
// deny it in a report's clause: 零反馈, 人员不伤亡, 未发生网络安全事件.
// Only right before it: 零碳园区, 不动产登记 and 无人机产业 deny nothing
// of 园区, 登记 or 产业.
var denyBefore = regexp.MustCompile(`(?:零|无|不|未|没|没有|未发生|未出现|没有发生|没有出现|不发生|不出现|无一|杜绝)了?$`)

// negatedNear reports whether item, a normalized list item, denies one of
// the terms, or their report words, right before it (denyBefore).
func negatedNear(item string, terms []askedTerm) bool {
	for _, t := range terms {
		for _, w := range t.spellings() {
			for from := 0; ; {
				i := strings.Index(item[from:], w)
				if i < 0 {
					break
				}
				if denyBefore.MatchString(item[:from+i]) {
					return true
				}
				from += i + len(w)
			}
		}
	}
	return false
}

// polarityCorrection corrects a claim that denies what a quoted clause
// says was done, or asserts what it says did not happen: the first
// clause holding what the claim is about (its asked words after the
// denial, or all of them), which says the opposite. The correction gives
// the clause, or, against an assertion, the list item that denies it.
func (d *Draft) polarityCorrection() (Part, bool) {
	at, said, neg, ok := d.ix.claimedPolarity(d.norm)
	if !ok {
		return Part{}, false
	}
	if neg && d.ix.spokenDoneDenied(said) {
		// 还没开, 还没盖好: no asked word says the stage denied.
		return d.spokenDoneCorrection(string(claimCore(d.norm[:at])), said, "")
	}
	// Only the terms of the denied clause: 程序 of 还在走程序 after it is no
	// part of what 还没挂牌 denies.
	event := slices.DeleteFunc(termsFrom(d.asked, at), func(t askedTerm) bool { return t.at >= at+len(said) })
	if len(event) == 0 && (!neg || containsAny(said, completions)) {
		// 保交楼任务没完成, 零就业家庭还有不少: the thing is named before.
		event = d.asked
	}
	if len(event) == 0 {
		return Part{}, false // 没问题吧, 没毛病吧: it denies nothing asked
	}
	nouns := d.ix.nounsOf(said)
	subject := string(claimCore(d.norm[:at]))
	for i, c := range d.Answer.Citations {
		text := []rune(c.Quote)
		for _, sp := range Clauses(c.Quote) {
			s, e := sp.Start, sp.End
			norm := Normalize(string(text[s:e]))
			if neg && startedPast(norm, subject, said, c) {
				// 还没开工 where the review has it 主体工程完工.
				s, e = trimClause(text, s, e)
				return citedCorrection(c, i, s, e, said, ""), true
			}
			if !d.ix.coversEvent(event, norm) || !nouns.heldBy(norm) || neg && d.ix.finishedPartOnly(norm, subject, said) ||
				neg && !namesThingOf(subject, norm) {
				continue
			}
			s, e, denies := deniedItem(text, s, e, event)
			if denies == neg || neg && !assertsDone(norm) && !deniedPlan(said, c) && !doneAsNamed(norm, subject, said, c) {
				return Part{}, false // the clause says what the claim says, or neither
			}
			if neg {
				s, e = trimClause(text, sp.Start, sp.End)
			}
			return citedCorrection(c, i, s, e, said, ""), true
		}
	}
	return Part{}, false
}

// namesThingOf reports whether clause norm shares a run of minThing
// characters with subject, the thing a denial is said of, or the subject
// is too short to name one (今年不搞…: what is denied names it). Only the
// denied stage was read before: 辽河口国家公园还没建成吧 was "corrected" by
// 广田清洁智慧供热项目建成投运, another thing's.
func namesThingOf(subject, norm string) bool {
	q, c := []rune(subject), []rune(norm)
	if len(q) < minThing {
		return true
	}
	sh, ok := longestShared(q, c, 0, len(q), 0, len(c))
	return ok && sh.n >= minThing
}

// coversEvent: norm, a clause, holds every term of what a claim is about,
// as written or, for a word of the lexicon (种树), in its report terms
// (植树造林); 消费券 is no such word, and 消费 does not hold it.
func (ix *Index) coversEvent(terms []askedTerm, norm string) bool {
	for _, t := range terms {
		if !ContainsTerm(norm, t.term) && !(ix.lex != nil && ix.lex.isChineseMember(t.term) && containsAnyTerm(norm, t.syn)) {
			return false
		}
	}
	return true
}

// saidNouns are the nouns of what a claim says, each with the report
// terms the lexicon gives it; generic nouns (问题) left out.
type saidNouns []saidNoun

type saidNoun struct {
	word  string
	terms []string
}

// nounsOf reads the nouns of said once, for every clause compared.
func (ix *Index) nounsOf(said string) saidNouns {
	var out saidNouns
	for _, w := range ix.dict.Segment(said, nil) {
		if pos, ok := ix.dict.POS(w); !ok || !strings.HasPrefix(pos, "n") && pos != "j" || genericTerms[w] {
			continue
		}
		out = append(out, saidNoun{w, ix.lex.reportTermsOf(w)})
	}
	return out
}

// heldBy: norm, a clause, holds each noun of what the claim says, as
// written or through the lexicon; a claim's 消费券 (cut 消费/券) is not what
// a clause's 社会消费品零售总额 holds, though the question was read to ask 消费.
func (ns saidNouns) heldBy(norm string) bool {
	for _, n := range ns {
		if !strings.Contains(norm, n.word) && !containsAnyTerm(norm, n.terms) {
			return false
		}
	}
	return true
}

// assertsDone: a clause says a thing was done: a figure, or a word of
// completion (按时完成, 全部办复).
func assertsDone(norm string) bool { return hasDigit(norm) || containsAny(norm, doneWords) }

// planDenials deny that a thing will be done (不搞, 不再推进, 不用再过紧日
// 子), where 没 and 未 deny that it was.
var planDenials = []string{"不", "还不", "也不", "都不", "并不"}

// deniedPlan: said denies that a thing will be done, and c is a clause of
// the plan: the plan holding the thing, not denied, says it will be, with
// no figure or word of completion, which only a thing done needs.
func deniedPlan(said string, c Citation) bool {
	return c.Period.Kind == PeriodPlan && startsWithAny(said, planDenials)
}

// deniedItem is the list item of text[s:e] (cut at 、) that denies one
// of the terms (实现了人员不伤亡), and whether there is one.
func deniedItem(text []rune, s, e int, terms []askedTerm) (int, int, bool) {
	start := s
	for i := s; i <= e; i++ {
		if i < e && text[i] != '、' {
			continue
		}
		if a, b := trimClause(text, start, i); a < b && negatedNear(Normalize(string(text[a:b])), terms) {
			return a, b, true
		}
		start = i + 1
	}
	return s, e, false
}

// trimClause is text[s:e] without the marks that end it.
func trimClause(text []rune, s, e int) (int, int) {
	for e > s && (isClauseMark(text[e-1]) || strings.ContainsRune("”’」）)", text[e-1])) {
		e--
	}
	return s, e
}
