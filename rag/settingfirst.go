package rag

import (
	"regexp"
	"strings"
)

// Chinese puts a setting (在巴黎奥运会上, 在会议中) either after the
// subject or before it: "盘锦健儿在巴黎奥运会上争金夺银" says what ¶17
// writes as 巴黎残奥会上盘锦健儿争金夺银. The shared runs of a claim and a
// clause are read in order, so a setting the claim puts after its subject
// lines up with nothing where the clause opens with it; read with the
// setting first, the claim names its event in the clause's slot.

// settingAfterSubject is a claim's subject, its setting 在…上/中 (the
// setting's words without 在) and the rest.
var settingAfterSubject = regexp.MustCompile(`^(\p{Han}{2,8}?)在(\p{Han}{2,10}?[上中])(\p{Han}{2,}.*)$`)

// settingFirst is claim q with its setting before its subject, 在
// dropped, and the setting; not ok when q has no setting after a subject.
func settingFirst(q []rune) (moved []rune, setting string, ok bool) {
	m := settingAfterSubject.FindStringSubmatch(string(q))
	if m == nil {
		return nil, "", false
	}
	return []rune(m[2] + m[1] + m[3]), m[2], true
}

// swapsSetting reports whether swap correction p, found with the claim
// read setting first, corrects the claim's setting by the clause's own:
// the name swapped is the setting's (巴黎奥运 of 巴黎奥运会上) and the
// clause writes the rest of the setting right after its name (巴黎残奥
// 会上). WHY: read setting first, the claim's setting also lines up with
// words that are none (志愿者在马拉松上默默奉献 with 市九运会期间广大 of
// 红马赛、市九运会期间广大志愿者默默奉献), and a marathon is no 九运会.
func swapsSetting(p Part, setting string, texts []Citation) bool {
	i := strings.Index(setting, p.Stated)
	if p.Stated == "" || i < 0 || p.Figure == nil || len(p.Citations) == 0 {
		return false
	}
	c := texts[p.Citations[0]]
	quote := []rune(c.Quote)
	e := p.Figure.End - c.Start
	if e < 0 || e > len(quote) {
		return false
	}
	tail := setting[i+len(p.Stated):]
	return tail != "" && strings.HasPrefix(string(quote[e:]), tail)
}
