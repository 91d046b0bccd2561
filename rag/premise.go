package rag

import (
	"slices"
	"strings"
)

// A question may state what it takes for granted before what it asks:
// "华锦阿美项目去年已经建成投产了，现在产能怎么样" takes the project to be
// running, "汇福粮油被评为省级龙头企业后有什么新项目" the firm to be a
// province's. Such a premise, when the report says otherwise, is
// corrected as the same words stated on their own would be; left alone,
// the answer reads as if it confirmed it.

// premiseMarks end a premise before what is asked: a clause ending in 了
// (建成投产了，) or a time after it (…后有什么). Other clauses before a
// question are as often a topic or a scope ("今年港口，"), no claim.
var premiseMarks = []string{"了，", "了,", "后，", "后,", "之后", "以后", "后"}

// eventCues make a premise ending in 后 an event that took place (评为…后,
// 建成了…后), not a condition: "华锦阿美项目建成后产能多少" asks of the
// plant once built and claims nothing.
var eventCues = []string{"了", "已", "被", "评上", "评为", "获", "认定", "入选", "成为", "晋升"}

// minPremise is how many characters a premise says at least: a 后 after
// fewer is a word's (最后, 然后), no premise's end.
const minPremise = 4

// premiseClause is the claim a question states before what it asks: ""
// when it states none, asks nothing after it, or its premise asks or is
// cued as a claim itself (the claim checks read those whole).
func premiseClause(read string) string {
	t := strings.TrimSpace(read)
	for _, mark := range premiseMarks {
		at := strings.LastIndex(t, mark)
		if at <= 0 {
			continue
		}
		premise, asked := t[:at], t[at+len(mark):]
		premise = strings.TrimPrefix(premise, "既然")
		if strings.ContainsAny(premise, "，,；;") || !premiseStates(premise) {
			return ""
		}
		if strings.Contains(mark, "后") && !containsAny(premise, eventCues) {
			return ""
		}
		if containsAny(Normalize(asked), questionWords) {
			return premise
		}
	}
	if statesStageDone(t) {
		return t // the whole statement is the premise
	}
	if g := guessedCount(t); g != "" {
		return g // 去年几轮强降雨，五轮吗: the guess in the count's place
	}
	return statedBeforeComma(t)
}

// premiseStates reports whether a clause before what is asked states
// something of the report's to check: long enough, no claim or question of
// its own (the claim checks read those whole), not the asker's own
// ("我们厂评上省级绿色工厂后": their firm, not the report's 益海嘉里), and
// no supposition or wish (要是…全省第一, 想冲全省第一).
func premiseStates(premise string) bool {
	return runeLen(premise) >= minPremise && !claimCued(premise) && !containsAny(Normalize(premise), questionWords) &&
		!(opensWithSelf(premise) && !containsAny(premise, hearsay)) && !startsWithAny(premise, supposing)
}

// supposing open a clause that supposes or wishes rather than states.
var supposing = []string{"如果", "要是", "假如", "假设", "万一", "若是", "倘若", "想", "争取", "力争", "希望"}

// statedBeforeComma is the clause before a question's only comma when it
// states a place in a ranking, an order, how near a change is or a stage
// already reached ("进出口总额增速去年全省第二，第一是哪个市"): a topic or
// a scope before a comma ("今年港口，") states none of these.
func statedBeforeComma(t string) string {
	at := strings.IndexAny(t, "，,")
	if at <= 0 || strings.ContainsAny(t[at+1:], "，,；;") {
		return ""
	}
	premise, asked := t[:at], t[at+1:]
	if !premiseStates(premise) || !asksSomething(Normalize(asked)) {
		return ""
	}
	q := claimCore(premise)
	for _, k := range wordKinds {
		if len(wordsOf(k, q, true)) > 0 {
			return premise
		}
	}
	if statesStageDone(premise) || deniesStage(premise) {
		return premise // 32套主装置已经全部建成，进度多少; 没通过国家验收，咋回事
	}
	return ""
}

// deniesStage: t, one clause, denies its thing a stage (试点没通过国家验收,
// 项目还没开工): asked about after a comma (咋回事), the denial is taken for
// granted as a stage reached is, and checked as a denial stated on its own.
func deniesStage(t string) bool {
	if strings.ContainsAny(t, "，,；;。？?") {
		return false
	}
	q := []rune(Normalize(t))
	for _, m := range stagesIn(q) {
		if m.claim && stageDenied(q, m.start) {
			return true
		}
	}
	return false
}

// premisePolarity is the polarity check (polarityCorrection) of premise,
// the opening words of the question d: what it asks after them is no
// part of what the premise denies.
func (d *Draft) premisePolarity(premise string) (Part, bool) {
	norm := Normalize(premise)
	if !strings.HasPrefix(d.norm, norm) {
		return Part{}, false
	}
	pd := *d
	pd.norm = norm
	pd.asked = slices.DeleteFunc(slices.Clone(d.asked), func(t askedTerm) bool { return t.at >= len(norm) })
	return pd.polarityCorrection()
}

// premiseCorrection corrects a question's premise (premiseClause) by the
// checks of a claim's level, order, name and stage — not by a swapped
// word in a slot, which reads a premise about the asker ("娃该上幼儿园了")
// as a claim about the report's 普惠性幼儿园.
func (e *Engine) premiseCorrection(d *Draft) ([]Part, bool) {
	premise := premiseClause(d.Read)
	if premise == "" && d.stated != "" {
		// The opening clause read apart as context (金帛滩晋升5A景区后，)
		// states the premise all the same.
		premise = premiseClause(strings.TrimRight(d.stated, "，, ") + "，" + d.Read)
	}
	if premise == "" {
		return e.referredSwap(d)
	}
	ans := d.Answer
	if ps := contrastCorrections(ans, premise); len(ps) > 0 {
		return ps[:1], true
	}
	if p, ok := e.ix.wordCorrection(premise, ans.Citations, d.Scope); ok {
		return []Part{p}, true
	}
	if p, ok := e.ix.misnamedCorrection(premise, ans.Citations, d.Scope); ok {
		return []Part{p}, true
	}
	p, v := e.ix.stageCorrection(premise, ans.Citations, d.Scope)
	if v == stageCorrect {
		return []Part{p}, true
	}
	if p, c, ok := e.ix.begunBefore(premise, d.Scope); ok {
		return correctionQuoting(ans, p, c), true
	}
	if p, c, ok := e.ix.groupCorrection(premise, d.Scope); ok {
		return correctionQuoting(ans, p, c), true
	}
	if p, c, ok := e.ix.stageElsewhere(v, premise, d.Scope); ok {
		return correctionQuoting(ans, p, c), true
	}
	if p, ok := d.premisePolarity(premise); ok {
		return []Part{p}, true // 没通过国家验收，咋回事 where ¶12 says 通过国家验收
	}
	return nil, false
}

// anaphorAsks open an ask of the thing the clause before it states: "支持
// 华锦集团申请原油自主进口资质，这事进展如何" takes that clause as the
// report's, and asks how it goes on.
var anaphorAsks = []string{"这事", "这件事", "此事", "这个事", "这项工作", "这个项目", "该项目", "这项目"}

// referredPremise is the clause a question's ask refers back to
// (anaphorAsks) when it states something of the report's; "" otherwise.
func referredPremise(read string) string {
	t := strings.TrimSpace(read)
	premise, asked, ok := cutAtLastComma(t)
	if !ok || premise == "" {
		return ""
	}
	if strings.ContainsAny(premise, "，,；;？?") || !premiseStates(premise) || !startsWithAny(asked, anaphorAsks) || !asksSomething(Normalize(asked)) {
		return ""
	}
	return premise
}

// referredSwap corrects the name in the slot of a premise the ask refers
// back to (referredPremise) where a quoted clause saying the same names
// another: pointing at it, the asker took it as the report says it.
func (e *Engine) referredSwap(d *Draft) ([]Part, bool) {
	premise := referredPremise(d.Read)
	if premise == "" {
		return nil, false
	}
	if p, ok := e.ix.swapCorrection(premise, d.Answer.Citations, d.Scope); ok {
		return []Part{p}, true
	}
	return nil, false
}
