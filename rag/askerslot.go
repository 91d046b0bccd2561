package rag

import "strings"

// A swap correction says the report names one thing where the claim
// names another. Words of the asker's own question are never such a
// name: a whether-cue (营收目标是不是超过 in 营收目标是不是超过2000亿元)
// asks whether the claim holds, and the asker's 我 (以后我的贷款利率会)
// speaks of the asker, whom no report sentence names. A slot holding
// either has lined up the question's frame with the report's words.

// askersSlot reports whether a claim's slot stated holds a whether-cue
// (whetherCues) or the asker's 我 outside the report's own voice (我市,
// 我们: ownVoice).
func askersSlot(stated string) bool {
	if containsAny(stated, whetherCues) {
		return true
	}
	for _, w := range ownVoice {
		stated = strings.ReplaceAll(stated, w, "")
	}
	return strings.Contains(stated, "我")
}
