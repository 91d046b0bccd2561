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
		case asksIn(clause) || namesTopic(clause):
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

// topicMarks set a clause's words up as the topic asked about, not the
// asker's circumstance: "比特币挖矿的问题，今年企业怎么管", "关于学区房，…".
var topicMarks = struct{ ends, opens []string }{
	ends:  []string{"的问题", "问题", "的事", "的事情", "的情况", "方面", "这块", "这一块", "那块"},
	opens: []string{"关于", "说说", "问一下", "问下", "请问"},
}

// namesTopic reports whether clause names what is asked about.
func namesTopic(clause string) bool {
	c := strings.TrimSpace(clause)
	for _, w := range topicMarks.ends {
		if strings.HasSuffix(c, w) {
			return true
		}
	}
	for _, w := range topicMarks.opens {
		if strings.HasPrefix(c, w) {
			return true
		}
	}
	return false
}
