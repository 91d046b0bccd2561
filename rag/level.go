package rag

import "strings"

// levelCorrectionWords are the words of a level correction, by language: a rate's,
// an amount's, and the change the report gives beside it. The web page
// holds the same (web/lang.go level_*).
var levelCorrectionWords = map[string][3]string{
	"zh": {"{i}为{v}（这是达到的水平，不是增幅{c}）", "{i}为{v}（这是总量，不是增量{c}）", "；报告给出的变化是{m}"},
	"en": {"{i} stood at {v} (a level, not a rise{c})", "{i} stood at {v} (a total, not an increase{c})", "; the change it gives is {m}"},
}

// levelValue is what a level correction says the report wrote: the
// figure as the level its indicator stands at, that it is no change, and
// the change the report gives of it, if any ("进出口总额为147亿元（这是总量，
// 不是增量；报告给出的变化是增长39.7%）").
func levelValue(p Part, lang string) string {
	w, ok := levelCorrectionWords[lang]
	if !ok {
		w = levelCorrectionWords["zh"]
	}
	f, tmpl := p.Figure, w[1]
	if f.Unit == "%" {
		tmpl = w[0]
	}
	change := ""
	if p.Change != nil {
		change = strings.ReplaceAll(w[2], "{m}", p.Change.Moved(lang))
	}
	return strings.NewReplacer("{i}", f.Indicator, "{v}", f.Value, "{c}", change).Replace(tmpl)
}
