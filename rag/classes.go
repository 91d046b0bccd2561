package rag

import "strings"

// groundClasses keeps a question that names a class of things — a level
// (国家级企业技术中心), a size (5000万元以上项目) — from being answered with
// another class's figure or text: a figure or quote that gives, beside the
// same words, another value of that class and not the one asked is no
// answer. When nothing else answers, the report gives no such figure and
// those quotes are related text. Claims are groundClaims' to correct.
func (e *Engine) groundClasses(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || hasCorrection(ans) || d.ClaimShaped() {
		return
	}
	q := []rune(d.Read)
	asked := make([][]runeMatch, len(classes)) // the question's matches of each class
	for k, re := range classes {
		asked[k] = findAllRunes(re, q)
	}
	other := map[int]bool{}  // parts of another class than asked
	answering, whole := 0, 0 // whole: parts counting all sizes of a size asked
	for i, p := range ans.Parts {
		if p.Type != PartQuote && p.Type != PartFigure {
			continue
		}
		answering++
		for k, re := range classes {
			if len(asked[k]) == 0 {
				continue
			}
			if _, ok, says := compareClass(partText(p), q, asked[k], re); ok && !says {
				other[i] = true
			}
		}
		if d.Intent.Figure && wholeOfSize(q, asked[sizeClass], partText(p)) {
			whole++
		}
	}
	if whole > 0 && whole == answering {
		// "亿元以上新签约项目多少个": 新签约注册项目260个 names no size,
		// so counts them all, not the class asked.
		ans.relatedOnly(GroundNoSuchFigure, "报告没有给出这项数字。相关内容：", "The report gives no figure for this. Related text:")
		return
	}
	switch {
	case len(other) == 0:
	case len(other) == answering && d.Intent.Figure:
		ans.relatedOnly(GroundNoSuchFigure, "报告没有给出这项数字。相关内容：", "The report gives no figure for this. Related text:")
	case len(other) == answering:
		ans.notAnsweredDirectly()
	default:
		i := -1
		ans.keepParts(func(Part) bool { i++; return !other[i] }) // renumbers the citations kept
		ans.figuresFromParts()
	}
}

// partText is the words a quote or figure part gives: a quote's text, a
// figure's indicator with its value.
func partText(p Part) []rune {
	if p.Type == PartFigure && p.Figure != nil {
		return []rune(p.Figure.Indicator + p.Figure.Value)
	}
	return []rune(p.Text)
}

// anchoredToAny reports whether text's match tm stands beside the same
// words as one of the question's matches.
func anchoredToAny(text []rune, tm runeMatch, q []rune, asked []runeMatch) bool {
	b, a := anchors(text, tm.start, tm.end)
	for _, m := range asked {
		before, after := anchors(q, m.start, m.end)
		if sameAnchor(before, b, true) || sameAnchor(after, a, false) || statedBefore(statedOf(before), a) || totalOfNamed(q, m, text, tm) {
			return true
		}
	}
	return false
}

// statedBefore: the report's words after its value (强降 of 八轮强降雨)
// stand in what the question said the value is of.
func statedBefore(stated, reportAfter string) bool {
	return len([]rune(reportAfter)) >= claimAnchor && strings.Contains(stated, reportAfter)
}

// statedOf is what a question's words before its value say the value is
// of when a linking verb joins them ("强降雨有五轮", "龙头企业是国家级"):
// the report writes that thing after the value (八轮强降雨), so it is
// read against the report's words after. "" when no linking verb ends them.
func statedOf(before string) string {
	if s, ok := cutAnySuffix(before, []string{"共有", "有", "是", "共"}); ok {
		return s
	}
	return ""
}

// allSaidWords stand between a thing and the linking verb that gives how
// many of it there are (实施方案一共是15个, 总共有): they say the count is
// all of it, and part the thing from its count.
var allSaidWords = []string{"一共", "总共", "共计", "合计", "总计"}

// totalOfNamed: the question says how many of a thing there are in all
// (实施方案一共是15个) and the report writes its count of that thing
// before it (12个实施方案). The thing the question names, its last
// totalNamedMin or more characters, opens the report's words after its
// count: the two counts are of one thing, its name read whole rather than
// in the few characters anchors holds.
func totalOfNamed(q []rune, m runeMatch, text []rune, tm runeMatch) bool {
	stated := clauseBefore(q, m.start)
	stated, _ = cutAnySuffix(stated, []string{"有", "是", "为"})
	stated, ok := cutAnySuffix(stated, allSaidWords)
	if !ok {
		return false
	}
	after := clauseAfter(text, tm.end, maxTotalNamed)
	ss := []rune(stated)
	for n := totalNamedMin; n <= len(ss) && n <= runeLen(after); n++ {
		if strings.HasPrefix(after, string(ss[len(ss)-n:])) {
			return true
		}
	}
	return false
}

// cutAnySuffix is s without the first of ws it ends with, and whether
// there was one.
func cutAnySuffix(s string, ws []string) (string, bool) {
	for _, w := range ws {
		if rest, ok := strings.CutSuffix(s, w); ok {
			return rest, true
		}
	}
	return s, false
}

// totalNamedMin and maxTotalNamed bound the name totalOfNamed reads: a
// word of three characters or more (强降雨, 实施方案), within a clause.
const (
	totalNamedMin = 3
	maxTotalNamed = 12
)

// sameClause reports whether rune offsets i and j of text lie in one
// clause: no comma or stop between them (a list's 、 does not part them).
func sameClause(text []rune, i, j int) bool {
	for k := min(i, j); k < max(i, j); k++ {
		if clauseEndSet.has(text[k]) {
			return false
		}
	}
	return true
}

// wholeOfSize reports whether text counts, with no size, the things a
// question asks of one size of money (亿元以上新签约项目 beside
// 新签约注册项目260个): text shares words with what follows the size in
// the question, within its clause. A count stated (引进人才超万人) is no
// size of money; another thing asked beside a size stated (…亿元以上产业链
// 项目39个，技改资金多少) shares none of its words.
func wholeOfSize(q []rune, ms []runeMatch, text []rune) bool {
	if len(findAllRunes(classes[sizeClass], text)) > 0 {
		return false
	}
	t := string(text)
	for _, m := range ms {
		if !strings.ContainsRune(string(q[m.start:min(m.end+1, len(q))]), '元') {
			continue
		}
		after := []rune(clauseAfter(q, m.end, maxClaimNoun))
		for i := 0; i+1 < len(after); i++ {
			if strings.Contains(t, string(after[i:i+2])) {
				return true
			}
		}
	}
	return false
}
