package rag

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// cueSlip is the character a four-character phrase the engine asks by
// (总体思路, 总体要求: areaAimCues) has where the question typed one of its
// sound: "总体丝路" asks the 总体思路. The typed pair is a word of its own
// (丝路, the Silk Road), which the reports never write, so the question
// was declined as asking of it. Four characters, as a phrase of the
// reports must be to mend a slip (fixSlips): fewer made words of
// characters read wrong.
func (rd *reader) cueSlip(rs []rune, i int) (rune, bool) {
	for _, cue := range slipCues {
		for k, want := range cue {
			a := i - k
			if want == rs[i] || a < 0 || a+len(cue) > len(rs) {
				continue
			}
			if slices.Equal(rs[a:i], cue[:k]) && slices.Equal(rs[i+1:a+len(cue)], cue[k+1:]) && rd.soundsAlike(rs[i], want) {
				return want, true
			}
		}
	}
	return 0, false
}

// slipCues are the four-character phrases of areaAimCues, and the
// report's own end and opening asked by name (报告结尾, 报告开头: closingCue,
// openingCue), whose cue word the reports never write: "报告结为号召…"
// types 结尾 by sound and was declined as asking of 号召.
var slipCues = func() [][]rune {
	out := [][]rune{[]rune("报告结尾"), []rune("报告开头")}
	for _, c := range areaAimCues {
		if utf8.RuneCountInString(c) == 4 {
			out = append(out, []rune(c))
		}
	}
	return out
}()

// whoSlip reads a question that ends in 是 and a character of the sound of
// 谁 or 啥, and asks by no question word, as asking who or what: "盘锦市长是
// 水" asks 是谁, typed by sound. Declared as written, 水 was the topic and the
// question declined. A question word elsewhere, or the reports writing the
// pair (是水), leaves it as typed.
func (rd *reader) whoSlip(text string, sc *scope) string {
	core := strings.TrimRightFunc(text, isTalkPunct)
	for _, p := range []string{"呀", "啊", "呢"} {
		core = strings.TrimSuffix(core, p)
	}
	last, n := utf8.DecodeLastRuneInString(core)
	if n == 0 || !isHan(last) || !strings.HasSuffix(core[:len(core)-n], "是") || containsAny(core, questionWords) || strings.ContainsAny(core, "吗嘛") {
		return text
	}
	if sc.text.Contains("是" + string(last)) {
		return text
	}
	for _, w := range []rune{'谁', '啥'} {
		if rd.soundsAlike(last, w) {
			return core[:len(core)-n] + string(w) + text[len(core):]
		}
	}
	return text
}
