package rag

import "strings"

// askingText is what a question asks when it opens with the asker's
// circumstance: "出门坐公交太不方便了，今年公交会有什么变化", "年轻人都往外
// 走，盘锦怎么留人才". A clause that asks nothing, beside one that asks,
// says why one asks, not what; its everyday words (太不方便, 往外走) are
// no topic the report fails to cover. It returns the asking clauses,
// joined, when every missing word lies only in clauses that ask nothing;
// ok is false otherwise (one clause, none asking, or a missing word asked).
func askingText(norm string, missing []string) (string, bool) {
	var asking, setting []string
	for rest := norm; rest != ""; {
		at := clauseBreak(rest, 0)
		clause := rest
		if at < 0 {
			rest = ""
		} else {
			clause, rest = rest[:at], strings.TrimLeft(rest[at:], ",，。.!！;；啊呀 ")
		}
		switch {
		case strings.TrimSpace(clause) == "":
		case asksIn(clause):
			asking = append(asking, clause)
		default:
			setting = append(setting, clause)
		}
	}
	if len(asking) == 0 || len(setting) == 0 {
		return "", false
	}
	text := strings.Join(asking, " ")
	for _, w := range missing {
		if strings.Contains(text, w) {
			return "", false
		}
	}
	return text, true
}
