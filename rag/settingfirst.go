package rag

import "regexp"

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
// dropped; not ok when q has no setting after a subject.
func settingFirst(q []rune) ([]rune, bool) {
	m := settingAfterSubject.FindStringSubmatch(string(q))
	if m == nil {
		return nil, false
	}
	return []rune(m[2] + m[1] + m[3]), true
}
