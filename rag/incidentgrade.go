package rag

import "regexp"

// Accidents and fires are graded 特别重大, 重大, 较大, 一般, from the worst
// down. The report says 全年未发生重特大事故: none of the two worst. That
// says nothing of a lesser grade — "去年发生过较大事故没有" is not answered
// by it, either way — unless a quote names the lesser grade itself.

// lesserIncident asks of a lesser grade of accident or fire: the grade and
// what is graded.
// 以上 may come without 及 (较大以上事故), and the kind may be written
// either way round (生产安全事故, 安全生产事故).
var lesserIncident = regexp.MustCompile(`(较大|一般)(?:及?以上)?(?:的)?(?:生产安全|安全生产|道路交通|安全|生产|交通|消防|火灾)?(事故|火灾)`)

// groundLesserIncident declines an answer to a question about a lesser
// grade of accident whose quotes grade none so: they are offered as
// related text.
func (e *Engine) groundLesserIncident(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || hasCorrection(ans) {
		return
	}
	m := lesserIncident.FindStringSubmatch(d.norm)
	if m == nil {
		return
	}
	if containsAny(answerQuotes(ans), []string{m[1] + m[2], m[1] + "及以上", m[1] + "以上"}) {
		return
	}
	ans.relatedOnly(GroundNotAnswered, "报告没有写"+m[1]+m[2]+"的情况。相关内容：", "The report says nothing of accidents of that grade. Related text:")
}
