package rag

import (
	"context"
	"strings"
)

// One message may state two or three claims, each closed by its own
// question mark ("盘锦对口援助的是新疆和田吧？对口帮扶是锦州凌海？"). Read
// whole, the words of one claim sit in the slots of the other, so a clause
// naming another thing in one claim's slot is matched by none of them;
// each claim is checked as if said alone, as the asker put it.

// claimsApart are text's claims, each ending at a question mark, when it
// holds two to maxClauses of them and nothing else; nil otherwise.
func (ix *Index) claimsApart(text string) []string {
	var out []string
	for rest := strings.TrimSpace(text); rest != ""; {
		at := strings.IndexAny(rest, "？?")
		if at < 0 {
			return nil // words after the last claim: not claims alone
		}
		size := len("？")
		if rest[at] == '?' {
			size = 1
		}
		c := strings.TrimSpace(rest[:at+size])
		if !ix.statesClaim(c) {
			return nil
		}
		out = append(out, c)
		rest = strings.TrimSpace(rest[at+size:])
	}
	if len(out) < 2 || len(out) > maxClauses {
		return nil
	}
	return out
}

// answerEachClaim is ans, the answer to text read whole, unless text is
// claims apart (claimsApart), one said alone is corrected, and none said
// alone is declined: then each claim's answer, joined. A correction of the
// whole is no reason to keep it: one claim's words fill the other's slot
// there too (对口援助的是西藏？对口帮扶的是锦州义县吧 was "corrected" to
// 锦州义县, the partner of the other claim).
func (e *Engine) answerEachClaim(ctx context.Context, q Query, text string, rep *Report, ans *Answer) (*Answer, error) {
	if questionLang(Normalize(text)) == "en" {
		return ans, nil
	}
	claims := e.ix.claimsApart(text)
	if claims == nil {
		return ans, nil
	}
	var subs []*Answer
	corrected := false
	for _, c := range claims {
		a, err := e.askIn(ctx, q, c, rep, askOptions{})
		if err != nil || !a.Found {
			return ans, err
		}
		subs = append(subs, a)
		corrected = corrected || hasCorrection(a)
	}
	if !corrected {
		return ans, nil
	}
	return joinClauses(text, subs, e.multi()), nil
}
