package rag

import (
	"regexp"
	"strings"
)

// A claim may say a rule the report keeps is eased this year: "过紧日子可以
// 适当放宽了", "不用再过紧日子了". Where this year's plan still writes the
// rule (养成过紧日子的习惯和自觉) with no word of easing it, the plan is the
// correction: the report does not ease what it says to keep doing.

// easedRule is a clause saying a rule is no longer needed (不用再X) or may
// be eased (X可以适当放宽): X, the rule, in one group or the other. A
// question's closing particle (不用再过紧日子了吧, …了吗) still ends the
// clause: without it the rule would read 过紧日子了吧 and match no plan.
var easedRule = regexp.MustCompile(`(?:不用|不必|无需|无须|不需要)再?(\p{Han}{3,8}?)了?[吧吗嘛呢啊]?$|(\p{Han}{3,8}?)(?:的?要求)?(?:可以|能|可)(?:适当|适度|稍微|有所)?(?:放宽|放松|取消)`)

// easingWords in the report's clause say it eases the rule itself.
var easingWords = []string{"放宽", "放松", "取消", "宽松", "不再", "停止"}

// minRule is the fewest characters of a rule read: 紧日子 alone is a
// saying, 过紧日子 the rule.
const minRule = 3

// easedCorrection corrects a claim that a rule is eased this year with the
// plan's clause that keeps it: the rule's longest tail of minRule or more
// characters that a plan clause writes with no easing word.
func (ix *Index) easedCorrection(read string, rep *Report) (Part, Citation, bool) {
	t := yearWords.ReplaceAllString(claimOpen.ReplaceAllString(Normalize(strings.TrimSpace(read)), ""), "")
	rs := []rune(t)
	for _, sp := range Clauses(t) {
		clause := strings.TrimRight(string(rs[sp.Start:sp.End]), "，,。？?！!；; ")
		m := easedRule.FindStringSubmatchIndex(clause)
		if m == nil {
			continue
		}
		var rule string
		if m[2] >= 0 {
			rule = clause[m[2]:m[3]]
		} else {
			rule = clause[m[4]:m[5]]
		}
		stated := strings.TrimRight(clause[m[0]:m[1]], "吧吗嘛呢啊")
		if p, c, ok := ix.keptRule([]rune(rule), stated, rep); ok {
			return p, c, true
		}
	}
	return Part{}, Citation{}, false
}

// keptRule finds the plan clause that writes rule's longest tail of minRule
// or more characters with no easing word: the correction of stated.
func (ix *Index) keptRule(rule []rune, stated string, rep *Report) (Part, Citation, bool) {
	for n := len(rule); n >= minRule; n-- {
		tail := string(rule[len(rule)-n:])
		for _, r := range ix.reportsIn(rep) {
			for i := range r.Paragraphs {
				p := &r.Paragraphs[i]
				if !p.Quotable() || p.Period.Kind != PeriodPlan {
					continue
				}
				for _, c := range ix.para(p).clauses {
					if !strings.Contains(c.norm, tail) || containsAny(c.norm, easingWords) {
						continue
					}
					cite := citationFor(p, trimSpan(p.Text, c.span))
					return citedCorrection(cite, 0, 0, runeLen(cite.Quote), stated, ""), cite, true
				}
			}
		}
	}
	return Part{}, Citation{}, false
}
