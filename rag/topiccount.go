package rag

import (
	"slices"
	"strings"
)

// topicHead is the index of the noun a count is asked of when the
// question writes it first and the verb of coming into being after it
// (外资企业去年新增几家: 企业, where the asked head is the verb 新增), with
// only time or scope words between; h itself otherwise. WHY: the head
// checks read the noun, and a verb head left the kind asked unchecked.
func topicHead(qnorm string, asked []askedTerm, h int) int {
	if h < 1 || !slices.Contains(headBoundaryWords, asked[h].term) {
		return h
	}
	t := asked[h-1]
	if t.missing || t.at < 0 || t.at+len(t.term) > asked[h].at {
		return h
	}
	if countAskedOfHead.MatchString(afterTopic(qnorm[t.at+len(t.term):])) {
		return h - 1
	}
	return h
}

// afterTopic is rest with the time, scope and coming-into-being words
// that lead it cut off (去年新增了几家: 几家).
func afterTopic(rest string) string {
	for {
		cut := strings.TrimPrefix(rest, "了")
		for _, w := range headBoundaryWords {
			if w != "有" {
				cut = strings.TrimPrefix(cut, w)
			}
		}
		if cut == rest {
			return rest
		}
		rest = cut
	}
}
