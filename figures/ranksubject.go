package figures

import "strings"

// A place claimed of a thing by its name alone ("辽滨经开区升到第20位了")
// names too little of the ranking (辽滨经开区连续跻身全国化工园区30强) for
// the search's coverage, yet the report ranks that thing once: that
// ranking is the one claimed, and a wrong place is corrected with it.

// minRankSubject is how many characters of a ranking's opening name a
// claim must repeat to name its thing: 红海滩, 辽滨经开区.
const minRankSubject = 3

// rankFillers may stand between the thing named and its place without
// naming another ranking: the move and its time.
var rankFillers = []string{"已经", "现在", "目前", "去年", "今年", "排名", "排在", "排到", "排", "升到", "升至", "跃升到", "跃升至", "进到",
	"位列", "位居", "名列", "登上", "荣登", "上了", "的", "了", "在", "是", "也"}

// rankOfSubject is the ranking of kind in report whose opening name
// (minRankSubject characters at least) stated rank m's clause opens
// with, when it is the only ranking of that name and every other word
// before the place is a filler or the ranking's own: nil otherwise.
func (ix *Index) rankOfSubject(rs []rune, m Mention, kind Kind, report string) []scored {
	clause := string(rs[clauseStart(rs, m.Start):m.Start])
	var hit *Figure
	for i := range ix.figs {
		f := &ix.figs[i]
		if f.Unit != UnitRank || report != "" && f.Report != report || kind != "" && f.Kind != kind {
			continue
		}
		end, n := subjectIn(clause, f.Indicator)
		if n < minRankSubject || !onlyRankWords(clause[end:], f.Indicator+f.Text) {
			continue
		}
		if hit != nil {
			return nil // two rankings of the name: which one is not known
		}
		hit = f
	}
	if hit == nil {
		return nil
	}
	return []scored{{fig: hit, coverage: premiseMinCoverage}}
}

// subjectIn finds the longest opening of indicator in clause: the byte
// offset in clause where it ends (the caller reads on from there, so it
// need not measure the opening again) and its length in runes.
func subjectIn(clause, indicator string) (end, n int) {
	rs := []rune(indicator)
	for k := len(rs); k >= minRankSubject; k-- {
		open := string(rs[:k])
		if i := strings.Index(clause, open); i >= 0 {
			return i + len(open), k
		}
	}
	return -1, 0
}

// onlyRankWords reports whether rest, the claim's words between the
// thing and its place, holds only fillers and words of the ranking's
// own text: "升到" of 升至第21位, "登上抖音" of 荣登抖音…第7名, not 全省制造
// 业区域品牌 of another ranking.
func onlyRankWords(rest, ranking string) bool {
	for _, w := range rankFillers {
		rest = strings.ReplaceAll(rest, w, " ")
	}
	for _, piece := range strings.Fields(rest) {
		if !strings.Contains(ranking, piece) {
			return false
		}
	}
	return true
}
