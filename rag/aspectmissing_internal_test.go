package rag

import "testing"

// An aspect (规定, 政策) asked of a thing no report writes is asked of
// that thing alone, noun or not (养狗), whatever says where the asker lives
// (城里, 城区) and whichever rules (管理规定); a thing the reports write
// (物业, 企业), or an everyday word of theirs (上学), is asked too.
func TestAsksAspectOfMissing(t *testing.T) {
	ix := seedIndex(t)
	for q, want := range map[string]bool{
		"城里养狗有啥管理规定":    true,
		"城区养狗今年有啥新管理规定": true,
		"中考政策": true,
		"今年小区物业管理有啥新规定":   false, // 物业: the report's 物业服务
		"今年企业管理有啥新规定":     false,
		"孩子上学有啥新政策":       false, // 上学: the lexicon's 教育
		"养狗管理规定和公交车有啥新政策": false, // 公交车 is asked too
	} {
		a := ix.analyze(Normalize(q), nil)
		if got := asksAspectOfMissing(ix.askedTerms(a)); got != want {
			t.Errorf("asksAspectOfMissing(%q) = %v, want %v (asked %+v)", q, got, want, ix.askedTerms(a))
		}
	}
}
