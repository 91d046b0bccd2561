package rag

import "strings"

// A statement typed to a bot on the report with no mark at all
// ("盘锦职业技术学院去年恢复招生了", "锦城石化要做优沥青…基地") is a claim
// to check as much as the same words closed by a question mark: left
// unchecked, the quotes that say it of another name read as if they
// confirmed it.

// unmarkedClaimCorrections are the claim corrections of d read as closed
// by a question mark, when it is an unmarked statement (unmarkedClaim) as
// read and as typed; none otherwise.
func (e *Engine) unmarkedClaimCorrections(d *Draft) []Part {
	if !e.ix.unmarkedClaim(d.Read) || !e.ix.unmarkedClaim(d.Query.Text) {
		return nil
	}
	marked := *d
	marked.Read = strings.TrimSpace(d.Read) + "？"
	marked.norm = Normalize(marked.Read)
	marked.claim = 0
	return e.claimCorrections(&marked)
}

// unmarkedAsks close a question or a request typed with no mark: 呢, a
// tag (么, 啊), or 一下 (概括一下).
var unmarkedAsks = []string{"呢", "么", "啊", "呀", "一下"}

// unmarkedQuestionWords make an unmarked clause a question anywhere in
// it: 还是 offers the choice of an alternative question (今年是开工还是在建),
// and 那 is the everyday slip for 哪 (是那两个地方); read as claims, their
// first choice or their noun was "corrected".
var unmarkedQuestionWords = []string{"还是", "那"}

// unmarkedClaim: t is one clause with no mark closing it that asks
// nothing — no question word, no yes-or-no ending or A-not-A (提没提,
// 建不建), no request — and opens with the subject it says something of,
// as a bare claim with a question mark would (bareClaim). Opening with a
// year or a verb (今年新增县级企业技术中心, 建设大通道), it is a topic
// typed as keywords, no claim.
func (ix *Index) unmarkedClaim(t string) bool {
	t = strings.TrimSpace(t)
	norm := Normalize(t)
	if t == "" || strings.ContainsAny(t, "，,；;。？?！!") || asksSomething(norm) || asksYesOrNo(norm) || holdsANotA(norm) || endsWithAny(norm, unmarkedAsks) || containsAny(norm, unmarkedQuestionWords) {
		return false
	}
	if startsWithAny(norm, startYearWords) || ix.opensWithVerb([]rune(norm)) {
		return false
	}
	return ix.bareClaim(t + "？")
}
