package rag

import (
	"strings"
	"unicode/utf8"
)

// Reading a whether-question of a stage reached (京哈高速盘锦段通车了没):
// the thing asked and the stage it asks was reached.

// askedDoneEnds close a question whether a stage was reached (通车了没,
// 开工没有, 建好了吧), longest first.
var askedDoneEnds = []string{"了没有", "了吗", "了没", "了吧", "了嘛", "没有", "没"}

// spokenDone are spoken stages reached that the ladder states no claim
// with: a shop opened, a platform gone live, a permit granted, a work
// accepted (验收了吧 claims it passed), a building in use (启用, 开学), an
// airport open to flights.
var spokenDone = []string{"开业", "上线", "开跑", "批", "验收", "启用", "开学", "通航"}

// doneComplements close a verb as done: 修好, 换完, 验收过, 建起来, 拿到.
var doneComplements = []string{"好", "完", "过", "起来", "到"}

// stageAsides are words between a thing and its stage that belong to
// neither: 已经 and 早就 say when, 是不是 asks, 都 stresses.
var stageAsides = []string{"已经", "早就", "是不是", "已", "都", "那个"}

// vagueNouns name no thing (保交楼的活儿, 供暖这块): the thing asked is
// the words around them, which a quote may name without them.
var vagueNouns = []string{"活儿", "事儿", "事情", "这块", "那块"}

// dropVagueNouns drops vagueNouns, with a 的 before them, from thing.
func dropVagueNouns(thing string) string {
	for _, v := range vagueNouns {
		thing = strings.ReplaceAll(thing, "的"+v, "")
		thing = strings.ReplaceAll(thing, v, "")
	}
	return thing
}

// askedDone is a question's thing and the stage it asks was reached.
type askedDone struct {
	thing, stage string
	rung         int
}

// stageVerbs open, within a thing asked, the words that are the stage's
// rather than the thing's (兴隆台区通过…示范区 of 验收了没); stageGranters
// close a thing as the one who grants its stage (清洁取暖项目国家 of
// 验收过了吗), as 国家 amid a name (辽河口国家公园) does not.
var (
	stageVerbs    = []string{"通过"}
	stageGranters = []string{"国家", "省里", "市里"}
)

// doneSaid is the stage said reached of the thing, 已经 where the
// predicate opens (兴隆台区已经通过国家生态文明建设示范区验收), not
// inside it (…示范区已经验收).
func (a askedDone) doneSaid() string {
	for _, w := range stageVerbs {
		if at := strings.Index(a.thing, w); at > 0 {
			return a.thing[:at] + "已经" + a.thing[at:] + a.stage
		}
	}
	for _, w := range stageGranters {
		if head, ok := strings.CutSuffix(a.thing, w); ok && head != "" {
			return head + "已经" + w + a.stage
		}
	}
	return a.thing + "已经" + a.stage
}

// askedDoneStage reads a one-clause question whether a thing reached a
// stage, closed by askedDoneEnds with the stage right before (京哈高速盘锦段
// 通车了没): the thing is what comes before the stage, asides trimmed.
// Stages short of begun (论证了吗) are left: a plan's quote may be all the
// answer there is.
func (ix *Index) askedDoneStage(norm string) (askedDone, bool) {
	q := trimQuestionMarks(norm)
	if strings.ContainsAny(q, "？?，,。；;！!") || ix.dict == nil {
		return askedDone{}, false
	}
	body := ""
	for _, end := range askedDoneEnds {
		if b, ok := strings.CutSuffix(q, end); ok {
			body = b
			break
		}
	}
	stage, rung := ix.endingStage(body)
	if stage == "" || rung < rungStarted {
		return askedDone{}, false
	}
	thing := strings.TrimSuffix(body, stage)
	for trimmed := true; trimmed; {
		trimmed = false
		for _, a := range stageAsides {
			if t, ok := strings.CutSuffix(thing, a); ok {
				thing, trimmed = t, true
			}
		}
	}
	thing = dropVagueNouns(yearWords.ReplaceAllString(thing, "")) // 去年 says when, not what
	if containsAny(thing, denials) || containsAny(thing, []string{"啥", "什么", "哪"}) || utf8.RuneCountInString(thing) < minThing {
		return askedDone{}, false // 还没开工了吧 claims the other way
	}
	return askedDone{thing: thing, stage: stage, rung: rung}, true
}

// endingStage is the stage word body ends with and its rung: a ladder
// word a claim may state, a spoken stage, or a verb closed as done.
func (ix *Index) endingStage(body string) (string, int) {
	rs := []rune(body)
	for _, m := range stagesIn(rs) {
		if m.end == len(rs) && m.claim {
			return m.word, m.rung
		}
	}
	for _, w := range spokenDone {
		if strings.HasSuffix(body, w) {
			return w, rungDone
		}
	}
	words := ix.dict.Segment(body, nil)
	if len(words) < 2 {
		return "", 0
	}
	last := words[len(words)-1]
	for _, c := range doneComplements {
		switch {
		case last == c && AllHan([]rune(words[len(words)-2])):
			return words[len(words)-2] + last, rungDone
		case strings.HasSuffix(last, c) && utf8.RuneCountInString(last) > utf8.RuneCountInString(c):
			return last, rungDone
		}
	}
	return "", 0
}
