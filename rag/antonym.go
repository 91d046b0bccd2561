package rag

import "strings"

// An appraisal may be claimed the other way round from the report's:
// 项目储备很充足 where the report's problems say 项目储备不足. The claim's
// subject, the characters right before its appraisal, must stand right
// before the opposite appraisal in a cited clause: no looser reading.

// opposites pairs an appraisal a claim may state with the report's
// opposite word for it.
var opposites = [][2]string{
	{"充足", "不足"}, {"充裕", "不足"}, {"充分", "不足"}, {"很强", "不强"}, {"较强", "较弱"},
	{"强劲", "偏弱"}, {"很快", "不快"}, {"较快", "不快"},
}

// appraisalDegree are degree words between a subject and its appraisal
// (项目储备很充足): the subject ends before them.
var appraisalDegree = []string{"非常", "十分", "比较", "特别", "挺", "很", "都", "还", "也"}

// minAppraised is the fewest characters of a subject: 储备 alone is any
// reserve.
const minAppraised = 4

// oppositeCorrection corrects claim q's appraisal where a cited clause
// says the opposite of the same subject.
func oppositeCorrection(q string, texts []Citation) (Part, bool) {
	rs := []rune(q)
	for _, pair := range opposites {
		i := strings.Index(q, pair[0])
		if i < 0 {
			continue
		}
		at := runeLen(q[:i])
		if at > 0 && containsAny(string(rs[max(0, at-1):at]), []string{"不", "没", "欠"}) {
			continue // 不充分 says the report's way already
		}
		subj := string(rs[:at])
		for changed := true; changed; {
			changed = false
			for _, d := range appraisalDegree {
				if strings.HasSuffix(subj, d) {
					subj, changed = strings.TrimSuffix(subj, d), true
				}
			}
		}
		srs := []rune(subj)
		if len(srs) < minAppraised {
			continue
		}
		said := string(srs[len(srs)-minAppraised:]) + pair[1]
		for ci, c := range texts {
			norm := Normalize(c.Quote)
			j := strings.Index(norm, said)
			if j < 0 || runeLen(norm) != runeLen(c.Quote) {
				continue // normalizing changed the length: offsets would not hold
			}
			s := runeLen(norm[:j])
			return citedCorrection(c, ci, s, s+runeLen(said), string(srs[len(srs)-minAppraised:])+pair[0], ""), true
		}
	}
	return Part{}, false
}
