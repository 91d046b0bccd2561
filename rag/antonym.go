package rag

import (
	"slices"
	"strings"
)

// An appraisal may be claimed the other way round from the report's:
// 项目储备很充足 where the report's problems say 项目储备不足. The claim's
// whole subject, from its clause's start, must stand right before the
// opposite appraisal in a cited clause: 新兴产业转型步伐很快 is not
// corrected by 传统产业转型步伐不快, nor 企业干部 by 政府系统个别干部.

// appraisal is a way a claim may appraise its subject and the report's
// words for the other way.
type appraisal struct {
	claimed  []string
	opposite []string
	// needsDegree: a bare 强 or 快 is part of many words (加强, 加快);
	// only a degree word before it (很强, 较快) makes it an appraisal.
	needsDegree bool
}

var appraisals = []appraisal{
	{claimed: []string{"充足", "充裕", "充分"}, opposite: []string{"不足", "不充分", "不充足"}},
	{claimed: []string{"强劲"}, opposite: []string{"不强", "偏弱", "较弱"}},
	{claimed: []string{"强"}, opposite: []string{"不强", "偏弱", "较弱"}, needsDegree: true},
	{claimed: []string{"快"}, opposite: []string{"不快", "偏慢", "较慢"}, needsDegree: true},
	// An outcome set against what was expected: beyond it or short of it.
	{claimed: []string{"超预期", "超出预期", "好于预期", "高于预期"}, opposite: []string{"不及预期", "低于预期", "未达预期"}},
}

// appraisalDegree are degree words between a subject and its appraisal
// (项目储备也还算充足): the subject ends before them.
// A word saying the appraisal holds of all of them (全部, 全都) stands
// there too: 各项经济指标全部超预期 appraises 经济指标.
var appraisalDegree = []string{"非常", "十分", "比较", "特别", "相当", "还算", "算是", "全部", "全都", "挺", "很", "较", "蛮", "都", "还", "也", "算", "均"}

// claimLeads open a claim's clause without being its subject: a question's
// lead, or the present it speaks of (现在居民消费意愿很强), which says when
// the appraisal holds, not of whom.
// A quantifier over the subject (各项, 所有) says how many of it, not
// which: the report may appraise 个别经济指标 where the claim says 各项.
var claimLeads = []string{"是不是", "是否", "难道", "现在", "目前", "如今", "眼下", "当前", "各项", "所有"}

// minAppraised is the fewest characters of a subject: 储备 alone is any
// reserve.
const minAppraised = 4

// oppositeCorrection corrects claim q's appraisal where a cited clause
// says the opposite of the same whole subject. own are the names of the
// report's own place (盘锦): a claim naming it before its subject says
// whose, as the report's clause, speaking of its own city, leaves unsaid
// (盘锦项目储备很充足 for 项目储备不足).
func oppositeCorrection(q string, texts []Citation, own []string) (Part, bool) {
	rs := []rune(q)
	for _, a := range appraisals {
		for _, w := range a.claimed {
			for _, at := range runeIndexAll(q, w) {
				end := at + runeLen(w)
				subjEnd := trimDegree(rs, at)
				if a.needsDegree && subjEnd == at {
					continue
				}
				start := claimSubjectStart(rs, subjEnd)
				subj := trimOwnPlace(string(rs[start:subjEnd]), own)
				if runeLen(subj) < minAppraised {
					continue
				}
				if p, ok := reportOpposite(subj, string(rs[start:end]), string(rs[end:]), a.opposite, texts); ok {
					return p, true
				}
			}
		}
	}
	return Part{}, false
}

// ownCityVoice are the words a city's own report names itself by.
var ownCityVoice = []string{"我市", "本市", "全市"}

// trimOwnPlace is subj without a name of the report's own place opening
// it, when a subject is left after it.
func trimOwnPlace(subj string, own []string) string {
	for _, w := range append(slices.Clone(own), ownCityVoice...) {
		if rest, ok := strings.CutPrefix(subj, w); ok && rest != "" {
			return rest
		}
	}
	return subj
}

// trimDegree is where the subject before an appraisal at i of rs ends,
// before any degree words.
func trimDegree(rs []rune, i int) int {
	for changed := true; changed; {
		changed = false
		for _, d := range appraisalDegree {
			if n := runeLen(d); i >= n && string(rs[i-n:i]) == d {
				i, changed = i-n, true
			}
		}
	}
	return i
}

// claimSubjectStart is where the subject ending at i of claim rs starts:
// its clause's start, after where the asker has it from (报告说), a year
// and a lead (是不是).
func claimSubjectStart(rs []rune, i int) int {
	start := clauseStartAt(rs, i)
	s := string(rs[start:i])
	for before := ""; s != before; { // in any order: 今年是不是…, 报告说今年…
		before = s
		if loc := claimOpen.FindStringIndex(s); loc != nil {
			s = s[loc[1]:]
		}
		for _, lead := range claimLeads {
			s = strings.TrimPrefix(s, lead)
		}
		if loc := yearWords.FindStringIndex(s); loc != nil && loc[0] == 0 {
			s = s[loc[1]:]
		}
	}
	return i - runeLen(s)
}

// reportOpposite is the correction from the first cited clause whose
// subject ends with subj and is appraised by one of the opposite words.
// The quote runs from the clause's subject's start: 政府系统个别干部
// 执行力较弱 for a claimed 干部执行力较强 shows whose.
func reportOpposite(subj, stated, after string, opposite []string, texts []Citation) (Part, bool) {
	for ci, c := range texts {
		norm := normalizeRunes(c.Quote)
		text := string(norm)
		for _, o := range opposite {
			for _, j := range runeIndexAll(text, o) {
				s := clauseStartAt(norm, j)
				if strings.HasSuffix(string(norm[s:j]), subj) || doingAppraised(string(norm[s:j]), subj, after) {
					return citedCorrection(c, ci, s, j+runeLen(o), stated, ""), true
				}
			}
		}
	}
	return Part{}, false
}

// doingAppraised: the report's subject is the claim's and the doing the
// claim says after its appraisal (超预期完成了), named as a noun
// (经济指标完成情况不及预期): the report appraises how the same subject's
// doing went where the claim appraises the doing itself.
func doingAppraised(reportSubj, subj, after string) bool {
	i := strings.LastIndex(reportSubj, subj)
	if i < 0 {
		return false
	}
	doing := strings.TrimSuffix(reportSubj[i+len(subj):], "情况")
	return runeLen(doing) == doingRunes && strings.HasPrefix(after, doing)
}

// doingRunes is how many characters the doing doingAppraised reads holds,
// no more and no fewer: a verb of two (完成, 推进).
const doingRunes = 2

// normalizeRunes normalizes s a rune at a time, so that offsets into it
// are offsets into s: a rune whose normal form is not one rune (a
// full-width space, dropped) is kept as it is.
func normalizeRunes(s string) []rune {
	rs := []rune(s)
	for i, r := range rs {
		if n := []rune(Normalize(string(r))); len(n) == 1 {
			rs[i] = n[0]
		}
	}
	return rs
}

// runeIndexAll is the rune offsets of every occurrence of w in s.
func runeIndexAll(s, w string) []int {
	var out []int
	for b := 0; ; {
		i := strings.Index(s[b:], w)
		if i < 0 {
			return out
		}
		out = append(out, runeLen(s[:b+i]))
		b += i + len(w)
	}
}
