package rag

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// servingAfterName reads what follows a name in a clause: its kind word
// (项目, 工程), a count or size (8个, 3.57平方公里) and a word or two, then a
// word that makes the phrase a thing or person serving the name —
// 配套 (supporting: 华锦阿美项目8个配套泊位), 参建 (taking part in building:
// 华锦阿美项目参建人员), 专用 (dedicated: 华锦阿美铁路专用线). In a Chinese noun
// phrase the last noun is the head, so such a clause tells of the berths,
// the workers or the line, not of the named project. The thing with its
// own parts (原油码头及其配套设施, withOwnParts) is the thing still.
var servingAfterName = regexp.MustCompile(`^(?:项目|工程)?[0-9.]*(?:个|条|座|家|平方公里|万平方米|公顷|亩)?\p{Han}{0,2}?(?:配套|参建|专用)`)

// servingWords are the words servingAfterName ends on; a question that
// says one (华锦阿美配套泊位) asks about the serving thing itself.
var servingWords = []string{"配套", "参建", "专用"}

// servedMentionShare is what a quote is worth beside one saying the name
// itself: it answers only when nothing else names the thing.
const servedMentionShare = 0.35

// onlyServesAsked reports whether the asked names a quote holds are each
// written only as the modifier of a thing serving them (see
// servingAfterName): "华锦阿美项目进展怎么样" is answered by 推动华锦阿美项目
// 机械竣工, not by 烈日下华锦阿美项目参建人员挥汗如雨 nor by the project's
// berths. Only names of three or more characters are read: a shorter
// asked word (项目) is no name.
func onlyServesAsked(asked []askedTerm, norm, quote string) bool {
	if containsAny(norm, servingWords) {
		return false
	}
	served := false
	for _, t := range asked {
		if t.part || utf8.RuneCountInString(t.term) < 3 || genericTerms[t.term] {
			continue
		}
		for at := 0; ; {
			i := strings.Index(quote[at:], t.term)
			if i < 0 {
				break
			}
			at += i + len(t.term)
			if !servingAfterName.MatchString(quote[at:]) || startsWithAny(quote[at:], withOwnParts) {
				return false
			}
			served = true
		}
	}
	return served
}
