package rag

import (
	"strings"
)

// A question whether a thing has reached a stage (辽滨500千伏输变电工程投运
// 了吗, 海上风电项目批下来了没有, 条例通过了吗) is answered yes only by a
// quote saying it reached that stage or went past it. A quote naming the
// thing at an earlier one (加快实施, 持续争取, 支持…申请, 提请…审议) says
// neither yes nor no: the report has not told where the thing stands now.
// Where the stage ladder corrects a claim the correction stands; this
// declines what it left found.

// spokenStages are the spoken words of a stage reached that the ladder
// leaves out, with their rung: 批下来 is 获批 said plainly. They are not
// ladder words: the ladder reads claims, and a question whether a thing
// was approved claims nothing to correct.
var spokenStages = []stageWord{{"批下来", rungDone, true}}

// writtenStage is claim text with its spoken stage (批下来) put as the
// report writes it (获批): a claim states a stage the ladder and the
// quotes' slots read in written words. Only a claim: a question whether
// it was approved claims nothing to correct.
func writtenStage(claim string) string {
	if asksYesOrNo(trimQuestionMarks(Normalize(claim))) {
		return claim // 批下来了没有 asks
	}
	return strings.ReplaceAll(claim, "批下来", "获批")
}

// whetherStageAsked is the rung and word of the furthest stage a
// whether-question asks was reached, of any of its questions (…通过了吗？
// 啥时候施行？ asks whether in its first); ok false when none asks one.
func whetherStageAsked(norm string) (stageMention, bool) {
	var best stageMention
	ok := false
	for _, q := range strings.FieldsFunc(norm, func(r rune) bool { return strings.ContainsRune("?？。!！", r) }) {
		q = strings.TrimSpace(q)
		if !asksYesOrNo(q) {
			continue
		}
		rs := []rune(q)
		m, found := claimedStage(rs)
		found = found && reachedAsked(rs, m)
		for _, w := range spokenStages {
			i := strings.Index(q, w.word)
			if i < 0 {
				continue
			}
			s := stageMention{w, runeLen(q[:i]), runeLen(q[:i]) + runeLen(w.word)}
			if !stageDenied(rs, s.start) && reachedAsked(rs, s) && (!found || w.rung > m.rung) {
				m, found = s, true
			}
		}
		if found && (!ok || m.rung > best.rung) {
			best, ok = m, true
		}
	}
	return best, ok
}

// toldStages are words a quote tells a stage by that no claim is read
// with: 晋升 (晋升国家4A级旅游景区) is a rank reached, the ladder's 晋升为.
var toldStages = []string{"晋升"}

// reachedAsked reports whether question q asks whether stage m has been
// reached: 了 after it (投运了吗), 已经 before it, or 没有 closing it
// (批下来没有). "今年能评上…不" asks of a plan, which a plan's quote
// answers without saying a stage.
func reachedAsked(q []rune, m stageMention) bool {
	after := string(q[m.end:])
	return strings.HasPrefix(after, "了") || containsAny(string(q[:m.start]), []string{"已经", "已"}) ||
		endsWithAny(after, []string{"没有", "没"})
}

// stageToldIn reports whether text (normalized quotes) says a stage at
// rung or further, of any thing: a quote that says so of its own things
// may say so of the one asked, and is left to read. A stage all but done
// (主体完工, 机械竣工) tells how near a thing asked done stands: the
// answer, if not yes.
func stageToldIn(text string, rung int) bool {
	if rung == rungDone && containsAny(text, toldStages) {
		return true
	}
	for _, m := range stagesIn([]rune(text)) {
		if m.rung >= min(rung, rungNearDone) {
			return true
		}
	}
	return false
}

// groundStageUntold declines a found answer to a whether-question of a
// stage reached (whetherStageAsked) whose quotes say no stage as far
// along: they name the thing, not where it stands. Stages short of begun
// (论证了吗) are left: a plan's quote may be all the answer there is.
func (e *Engine) groundStageUntold(d *Draft) {
	ans := d.Answer
	if !d.foundOpen() || d.Intent.Lang == "en" || d.Intent.Figure || d.Intent.List {
		return
	}
	asked, ok := whetherStageAsked(d.norm)
	if !ok || asked.rung < rungStarted || stageToldIn(answerQuotes(ans), asked.rung) {
		return
	}
	ans.relatedOnly(GroundNotAnswered, "报告没有写已经"+asked.word+"。相关内容：",
		"The report does not say this stage has been reached. Related text:")
}
