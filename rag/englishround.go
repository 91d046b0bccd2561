package rag

import (
	"regexp"
	"strings"
)

// An English claim may put a thing in another batch or phase than the
// report's ("listed in the first batch of national typical cases" where
// ¶12 says 第二批): the Chinese round checks read 第一批 in a claim's
// characters, which an English claim does not write, so the wrong round
// stood unchallenged beside quotes that never named it.

// englishRound is an English ordinal of a batch or a phase.
var englishRound = regexp.MustCompile(`\b(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th)\s+(batch|phase)\b`)

// englishOrdinals are the numbers of englishRound's ordinals.
var englishOrdinals = map[string]int{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
	"fourth": 4, "4th": 4, "fifth": 5, "5th": 5}

// englishRoundKinds are the Chinese kinds (roundOrdinal.kind) of
// englishRound's nouns.
var englishRoundKinds = map[string]string{"batch": "批", "phase": "期"}

// englishRoundClaimed is the round an English yes-or-no claim (q lowered)
// states and its words; not ok when it states none or asks instead. A
// statement with a question mark claims too ("Panjin was named in the
// second batch …?"), unless its clause asks for something.
func englishRoundClaimed(q string) (roundOrdinal, string, bool) {
	at := englishRound.FindStringSubmatchIndex(q)
	if at == nil {
		return roundOrdinal{}, "", false
	}
	statedAsked := strings.HasSuffix(strings.TrimSpace(q), "?") && englishClaimed(q, at[0])
	if !englishYesNo.MatchString(q) && !englishTag.MatchString(q) && !statedAsked {
		return roundOrdinal{}, "", false
	}
	return roundOrdinal{englishOrdinals[q[at[2]:at[3]]], englishRoundKinds[q[at[4]:at[5]]]}, q[at[0]:at[1]], true
}

// englishRoundCorrection corrects an English claim of a thing's round
// where, of the report's clauses naming a round of that kind, the one
// writing most of the claim's asked terms names another round, and none
// writing as many names the one claimed: its ordinal quoted. An English
// claim's terms seldom all meet in one clause (restoration for 恢复), so
// the nearest clause stands for the thing, alone at its best.
func (e *Engine) englishRoundCorrection(d *Draft) ([]Part, bool) {
	claimed, said, ok := englishRoundClaimed(strings.ToLower(d.Read))
	if !ok {
		return nil, false
	}
	terms := contrastTerms(d.asked, said)
	var best []roundClause
	e.ix.anyReport(d.Scope, func(r *Report) bool {
		for i := range r.Paragraphs {
			p := &r.Paragraphs[i]
			if !p.Quotable() || d.Intent.Period != PeriodNone && p.Period.Kind != d.Intent.Period {
				continue
			}
			for _, cl := range e.ix.para(p).clauses {
				rs := []rune(cl.norm)
				if len(rs) != cl.span.End-cl.span.Start {
					continue
				}
				s, end, n := roundIn(string(rs), claimed.kind)
				held := heldTerms(terms, string(rs))
				if n == 0 || held == 0 {
					continue
				}
				rc := roundClause{p, cl.span, s, end, n, held}
				switch {
				case len(best) == 0 || held > best[0].held:
					best = []roundClause{rc}
				case held == best[0].held:
					best = append(best, rc)
				}
			}
		}
		return false
	})
	if len(best) != 1 || best[0].n == claimed.n {
		return nil, false // the report says the round claimed, or which clause is meant is not known
	}
	b := best[0]
	cite := citationFor(b.p, trimSpan(b.p.Text, b.span))
	part := citedCorrection(cite, 0, b.s, b.end, said, "")
	return correctionCiting(d.Answer, part, cite), true
}

// roundClause is a report clause naming a round: the round's rune span
// and number, and how much of a claim's asked terms the clause writes.
type roundClause struct {
	p         *Paragraph
	span      Span
	s, end, n int
	held      int
}

// roundIn is the first ordinal of kind in clause text: its rune span
// and number; n is 0 when the clause names none.
func roundIn(text, kind string) (s, e, n int) {
	for _, m := range batchOrdinal.FindAllStringIndex(text, -1) {
		r := roundOrdinals(text[m[0]:m[1]])
		if len(r) == 1 && r[0].kind == kind {
			return runeLen(text[:m[0]]), runeLen(text[:m[1]]), r[0].n
		}
	}
	return 0, 0, 0
}
