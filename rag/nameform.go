package rag

import (
	"regexp"
	"strings"
)

// slotAsked is a name asked by its set form: 叫什么之年, 要有什么之为 — a
// 什么 or 啥 right before the 之 head of a four-character formula (决胜之年,
// 收官之年), which the name fills in. Only a 之 head: after 叫什么工程 or
// 是什么行动 the name is a thing's own, which a quote holding 工程 need
// not give.
var slotAsked = regexp.MustCompile(`(?:什么|啥)(之\p{Han})`)

// fillsSlotAsked reports whether quotes, the answer's quoted text, fill a
// name the question asks by its form: "把今年叫什么之年" is answered by
// 决胜之年, which names one year and counts nothing, so no "the report gives
// the number, not the names" applies. The head must follow a name in the
// quote, not open it.
func fillsSlotAsked(norm, quotes string) bool {
	for _, m := range slotAsked.FindAllStringSubmatch(norm, -1) {
		if i := strings.Index(quotes, m[1]); i > 0 {
			return true
		}
	}
	return false
}
