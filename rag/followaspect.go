package rag

import "strings"

// figureAspects are what a follow-up may ask of the last figure's topic
// alone ("增速呢", "排名呢" after 去年进出口总额多少): its change or its
// rank, longest first.
var figureAspects = []string{"增长率", "增速", "增幅", "涨幅", "增长", "排名", "名次"}

// aspectAsked is the aspect of the last figure a follow-up asks and
// nothing else, "" when it asks none or the last turn asked no figure.
func aspectAsked(norm string, prev *turn) string {
	if prev.Intent != "figure" && prev.Intent != "comparison" {
		return ""
	}
	w := strings.TrimSuffix(trimQuestionMarks(norm), "呢")
	for _, o := range followOpeners {
		w = strings.TrimPrefix(w, o)
	}
	for _, a := range figureAspects {
		if w == a || w == "那"+a {
			return a
		}
	}
	return ""
}

// aspectOf is the aspect a topic ends with (固定资产投资增长), "" if none:
// a follow-up asking another aspect replaces it.
func aspectOf(topic string) string {
	for _, a := range figureAspects {
		if strings.HasSuffix(topic, a) {
			return a
		}
	}
	return ""
}
