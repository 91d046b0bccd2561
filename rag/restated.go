package rag

import "strings"

// An asker may say a claim again after asking it ("…泊位今年建成吗？我听说今年
// 建成"): the later sentence, past its hearsay opener, holds nothing the
// earlier one does not, so it adds nothing to the question. Read whole,
// the two run together and the hearsay stands amid the claim's words; the
// question is read without it.

// minRestated is the fewest characters a sentence said again holds: a
// bare 是 or 对 is an answer to the asker's own question, not the claim.
const minRestated = 2

// withoutRestated is read without each later sentence whose words, past a
// hearsay opener (claimOpeners) and the words closing a claim, an earlier
// sentence holds as they stand; read itself when there is none.
func withoutRestated(read string) string {
	spans := FullSentences(read)
	if len(spans) < 2 {
		return read
	}
	sents := make([]string, len(spans))
	for i, sp := range spans {
		sents[i] = read[sp.byteStart:sp.byteEnd]
	}
	kept := []string{sents[0]}
	for _, s := range sents[1:] {
		body := strings.TrimRight(Normalize(s), "？?！!。 ")
		for _, o := range claimOpeners {
			body = strings.TrimPrefix(body, o)
		}
		body = TrimClaimTail(body)
		if runeLen(body) >= minRestated && strings.Contains(Normalize(strings.Join(kept, "")), body) {
			continue
		}
		kept = append(kept, s)
	}
	return strings.Join(kept, "")
}
