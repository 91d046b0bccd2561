package rag

import (
	"strings"
	"unicode/utf8"
)

// dropOtherStageFigures drops a headline figure whose sentence lacks the
// stage the question names after its thing ("央地合作项目推进实施几个")
// when a quote of the answer writes that stage right before a number
// (…新签约19个、推进实施6个): 滚动实施央地合作项目10个以上 counts the same
// projects at another stage, not the one asked.
func (e *Engine) dropOtherStageFigures(d *Draft) {
	ans := d.Answer
	stage := askedStageRun(d.norm, d.asked)
	if stage == "" || d.Intent.Lang == "en" || !quotesStageNumber(ans, d.asked, stage) {
		return
	}
	ans.keepParts(func(p Part) bool {
		return p.Type != PartFigure || len(p.Citations) == 0 || strings.Contains(e.figureSentence(ans, p), stage)
	})
}

// askedStageRun is the run of Chinese characters a question writes between
// its last asked word and its count word (几, 多少): "推进实施" of
// "央地合作项目推进实施几个". Empty when there is none, or it is one
// character or more than four.
func askedStageRun(norm string, asked []askedTerm) string {
	at := max(strings.LastIndex(norm, "几"), strings.LastIndex(norm, "多少"))
	if at <= 0 {
		return ""
	}
	run := lastHanRun(norm[:at])
	end := -1
	for _, t := range asked {
		if j := strings.LastIndex(run, t.term); j >= 0 {
			end = max(end, j+len(t.term))
		}
	}
	if end < 0 {
		return ""
	}
	stage := run[end:]
	if n := utf8.RuneCountInString(stage); n < 2 || n > 4 {
		return ""
	}
	return stage
}

// quotesStageNumber reports whether a quote of ans holding all that was
// asked writes stage right before a number ("推进实施6个").
func quotesStageNumber(ans *Answer, asked []askedTerm, stage string) bool {
	for _, p := range ans.Parts {
		if p.Type != PartQuote {
			continue
		}
		q := Normalize(p.Text)
		if coveredShare(asked, q) < 1 {
			continue
		}
		for from := 0; ; {
			j := strings.Index(q[from:], stage)
			if j < 0 {
				break
			}
			from += j + len(stage)
			if from < len(q) && q[from] >= '0' && q[from] <= '9' {
				return true
			}
		}
	}
	return false
}
