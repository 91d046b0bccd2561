package rag

import (
	"regexp"
	"strings"
)

// rankScopes name the field a ranking is among: a city third in the
// province is not third in the country.
var rankScopes = []struct {
	name  string
	words []string
}{
	{"country", []string{"全国", "国内", "national", "nationwide", "in china", "the country"}},
	{"province", []string{"全省", "省内", "辽宁", "provincial", "province", "liaoning"}},
	{"northeast", []string{"东北", "northeast"}},
	{"world", []string{"全球", "世界", "global", "world"}},
}

// rankScope is the field the last ranking word of norm names; "" when
// it names none.
func rankScope(norm string) string {
	scope, at := "", -1
	for _, s := range rankScopes {
		for _, w := range s.words {
			if i := strings.LastIndex(norm, w); i > at {
				scope, at = s.name, i
			}
		}
	}
	return scope
}

// otherRankScope reports whether a clause's ranking is among another
// field than asked, the question's rankScope: "全省第二" does not answer
// "在全国排第几".
func otherRankScope(asked, window string) bool {
	if asked == "" {
		return false
	}
	w := rankScope(window)
	return w != "" && w != asked
}

// placeInRanking finds a place in a ranking: 第二, 第21位, 30强, 前10, or
// the words the report ranks in (位居全省前列, 蝉联榜首, 包揽冠亚军).
var placeInRanking = regexp.MustCompile(`第[一二三四五六七八九十0-9]|[0-9]+强|前[0-9一二三四五六七八九十]|top ?[0-9]|[0-9](?:st|nd|rd|th)\b|` + rankWords)

// rankWords are places in a ranking written in words.
const rankWords = `前列|榜首|冠亚军|冠军|首位|前茅`

var rankWordRe = regexp.MustCompile(rankWords)

// ranksPlace reports whether a clause gives a place in a ranking.
func ranksPlace(norm string) bool { return placeInRanking.MatchString(norm) }

// rankMoveAsked asks by how many places a rank moved: "排名比上一年上升了
// 几位", "排名上升了多少" (the ranking named before the move, no 位 needed),
// "How many places did it climb". A place (升至第21位) does not
// tell it; only a move does (上升3位).
var rankMoveAsked = regexp.MustCompile(`(?:上升|提升|前进|进步|提高|下降|后退|下滑|前移|后移)了?(?:几|多少)(?:位|名|个位次)|(?:排名|名次|位次)(?:上升|提升|前进|进步|提高|下降|后退|下滑|前移|后移)了?(?:几|多少)|\b(?:climb|climbed|rise|rose|move|moved|jump|jumped|drop|dropped|fall|fell|slip|slipped)\b[a-z ]{0,24}\b(?:places|spots|positions)\b|\bhow many (?:places|spots|positions)\b[a-z' -]{0,80}\b(?:climb|climbed|rise|rose|move|moved|jump|jumped|drop|dropped|fall|fell|slip|slipped|go up|went up)\b`)

// rankMoved finds a move in a ranking: 上升3位, 前进5个位次.
var rankMoved = regexp.MustCompile(`(?:上升|提升|前进|进步|提高|下降|后退|下滑|前移|后移|跃升)[0-9一二三四五六七八九十]+(?:位|名|个位次)`)

// asksRankMove reports whether a normalized question asks by how many
// places a rank moved.
func asksRankMove(norm string) bool {
	return (strings.ContainsAny(norm, "位名") || strings.Contains(norm, "place") || strings.Contains(norm, "spot") || strings.Contains(norm, "position")) &&
		rankMoveAsked.MatchString(norm)
}

// rankedSubject is what a ranking clause says it ranks: its words before
// the ranking (企业活跃度 of 企业活跃度位居全省前列), "" when it names
// nothing of its own and so ranks what the sentence said before it
// (增速均全省第一, 、全省第二).
func rankedSubject(clause string) string {
	// 全市 opening a clause is the city's own scope (全市森林覆盖率全省第一
	// ranks 森林覆盖率), no field it ranks among.
	clause = strings.TrimPrefix(clause, "全市")
	loc := rankOpening.FindStringIndex(clause)
	if loc == nil {
		return ""
	}
	subject := strings.TrimSpace(clause[:loc[0]])
	for _, w := range rankBackWords {
		if strings.HasSuffix(subject, w) {
			return ""
		}
	}
	if !startsHan(subject) || len([]rune(subject)) < 3 {
		return ""
	}
	return subject
}

// rankUnfit reports whether a clause, in its window, cannot answer a rank
// asked (among askedScope, of the terms asked): an amount, a rank among
// others, or a rank of a subject of its own (企业活跃度位居全省前列 ranks
// 企业活跃度, not the 新登记经营主体 before it).
func rankUnfit(clause, window, askedScope string, asked []askedTerm) bool {
	return !ranksPlace(clause) || otherRankScope(askedScope, window) || ranksOtherSubject(clause, asked)
}

// ranksOtherSubject reports whether a ranking clause names a subject of
// its own that holds none of what was asked.
func ranksOtherSubject(clause string, asked []askedTerm) bool {
	subject := rankedSubject(clause)
	return subject != "" && coveredShare(asked, subject) == 0
}

// rankOpening opens a ranking: the verb or the field it is among.
var rankOpening = regexp.MustCompile(`位居|位列|排名|排在|居(?:全|第|首|前)|全省|全国|全市|省内|国内`)

// rankBackWords end a ranking clause's subject that points back to the
// indicator before it (增速均, 总量占比): the clause ranks that, not a
// subject of its own. At the end only: 人均 and 平均 name a subject.
var rankBackWords = []string{"增速", "增幅", "总量", "占比", "均", "分别", "其中", "进度"}

// rankGrowthWords name a figure's growth; rankSizeWords its size. A
// question naming one asks the rank of that measure of the indicator.
var (
	rankGrowthWords = []string{"增速", "增幅", "增长"}
	rankSizeWords   = []string{"规模", "总量"}
)

// ranksOtherMeasure reports whether a ranking clause, in its window, ranks
// another measure of the indicator than the question asks: a rank is the
// measure's it follows. 增速均全省第一 ranks growth, not the size asked
// (进出口总额规模全省第几); 实际利用外资7.5亿美元、全省第二 ranks the amount,
// not the growth asked (实际利用外资增速全省第几).
func ranksOtherMeasure(norm, clause, window string) bool {
	growth, size := containsAny(norm, rankGrowthWords), containsAny(norm, rankSizeWords)
	switch {
	case growth && !size:
		return !containsAny(window, rankGrowthWords)
	case size && !growth:
		return containsAny(clause, rankGrowthWords)
	}
	return false
}
