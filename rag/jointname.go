package rag

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// A figure's name may join two things it counts together: 粮油加工及生物
// 科技产业营业收入310亿元, 新建和改造城市公园20处, 维修新建农村公路182.3公里.
// The first is the name's head, the main kind (石化及精细化工产业 is the
// petrochemical industry, and 石化产业营收 is answered by it); the one after
// is added to it. A question that names only the added one (生物科技产业营收,
// 新建农村公路) asks a part the report does not give on its own: the total
// stated as its answer would be confidently wrong.

// nameJoiners join the two things of a combined name.
var nameJoiners = []string{"及", "和", "与"}

// workVerbs are kinds of work on a thing that a name sets side by side
// with no joiner (维修新建农村公路, 新增优化城乡公交线路: 优化 reworks an old
// route, no new one); not 更新 or 建设, which with 改造 make
// one verb (更新改造, 建设改造).
var workVerbs = []string{"新建", "新增", "改造", "维修", "替代", "改建", "修复", "翻新", "优化"}

// workVerbPairs are the pairs of two different workVerbs, in workVerbs'
// order: made once for splitJointName, fusedWorkFigure and workPairsIn,
// which each looped over them.
var workVerbPairs = func() (out [][2]string) {
	for _, a := range workVerbs {
		for _, b := range workVerbs {
			if a != b {
				out = append(out, [2]string{a, b})
			}
		}
	}
	return out
}()

// groundAddedPart declines an answer whose headline figure is given for
// a combined name when a Chinese figure question names the added part and
// nothing of the head; the total is shown, labelled, as related text.
func (e *Engine) groundAddedPart(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || d.Intent.List || !d.Intent.Figure || hasCorrection(ans) ||
		!asksInChinese(d.norm) || containsAny(d.norm, wholeCues) {
		return
	}
	head, ok := headlinePart(ans)
	if !ok || head.Type != PartFigure {
		return
	}
	name := Normalize(head.Figure.Indicator)
	// The name as the report writes it, right before its figure: not one
	// pieced together from a clause (通用泊位及华锦阿美项目8个配套泊位).
	if !strings.Contains(Normalize(ans.Citations[head.Citations[0]].Quote), name+Normalize(head.Figure.Value)) {
		return
	}
	first, added := splitJointName(name)
	if added == "" && sumsListed(head.Figure.Unit) {
		first, added = splitAt(name, "、") // the first thing listed and the rest
	}
	if added == "" {
		return
	}
	each := asksEachPart(d.norm, first, added) || twoKindsOfWork(first, added) && singlesOutOneKind(d.norm, first, added)
	if !each && (twoKindsOfWork(first, added) || !e.asksAddedPart(d, first, added) && !e.asksHeadPart(d, name, first, added)) {
		return
	}
	label := head.Figure.Indicator + "：" + head.Figure.Value
	ans.relatedOnly(GroundNoSuchFigure,
		fmt.Sprintf("报告只给出合在一起的数字（%s），没有单列所问的一项。相关内容：", label),
		fmt.Sprintf("The report gives only a combined figure (%s), not one for the part asked. Related text:", label))
}

// twoKindsOfWork: the name sets two kinds of work on one thing side by
// side (新建和改造城市公园, 维修新建农村公路, 新增及替代北斗应用终端). A question
// of one kind (新建城市公园) is answered by the total, whose headline writes
// both kinds; only the split between them (新建几处，改造几处) is not given.
func twoKindsOfWork(first, added string) bool {
	return slices.Contains(workVerbs, first) && startsWithAny(added, workVerbs)
}

// singlesOutOneKind: the question sets one kind of work, with 的, before
// the thing a two-kinds name counts (新建的城市公园, 新开的城乡公交线路 of
// 新增优化城乡公交线路) and names no second kind: 的 makes the
// kind pick those things out from the rest, which the total does not do.
// Without 的 (新建城市公园多少处) the kind is read as the total's own.
func singlesOutOneKind(norm, first, added string) bool {
	noun := added
	for _, v := range workVerbs {
		noun = strings.TrimPrefix(noun, v)
	}
	second := strings.TrimSuffix(added, noun)
	if strings.Contains(norm, first) && strings.Contains(norm, second) {
		return false
	}
	for _, w := range claimedWorkWords {
		i := strings.Index(norm, w+"的")
		// A kind joined to another before it (新修和翻新的) names both.
		if i >= 0 && !endsWithAny(norm[:i], append([]string{"、"}, nameJoiners...)) && namesHead(norm[i+len(w+"的"):], noun) {
			return true
		}
	}
	return false
}

// asksAddedPart: the question names the added part and nothing of the
// head (生物科技产业营收 of 粮油加工及生物科技产业营业收入).
func (e *Engine) asksAddedPart(d *Draft, first, added string) bool {
	// The head is looked for outside the added part, which may share
	// characters with it (改水 of 盐改水、旱改水).
	part := firstRunes(added, 2)
	return strings.Contains(d.norm, part) && !namesHead(strings.Replace(d.norm, part, "", 1), first)
}

// partQuestionWords ask a count or amount of the thing named before them.
var partQuestionWords = []string{"几", "多少"}

// asksEachPart: the question asks the head and the added part each on its
// own — both named apart, a count asked between them (城市公园新建了几处，
// 改造了几处), or the whole named and then one part again (新建和改造城市
// 公园里新建了几处). The combined total answers neither part: it is the
// split the question wants, which the report does not give.
func asksEachPart(norm, first, added string) bool {
	part := firstRunes(added, 2)
	f, a := strings.Index(norm, first), strings.Index(norm, part)
	if f < 0 || a < 0 {
		return false
	}
	if a > f && a-f-len(first) <= len("和") {
		// The whole named (新建和改造, 新建改造): a part named again after it.
		rest := norm[a+len(part):]
		return strings.Contains(rest, first) || strings.Contains(rest, part)
	}
	lo, hi := min(f, a), max(f, a)
	return containsAny(norm[lo:hi], partQuestionWords)
}

// countingVerbs ask a year's count of anything (今年新增多少): a question
// writes them for "how many", not to choose one kind of work of a name.
var countingVerbs = []string{"新增"}

// countsAfterNoun: a counting verb that heads a name is the question's
// "how many" (北斗终端要新增几个), unless the name fuses it with a second
// kind of work, no joiner between (新增优化城乡公交线路: 优化 reworks an old
// route, neither verb the main one), and the question writes it right
// before the name's thing (新增城乡公交线路): then it picks one of the two.
// Joined by 及 (新增及替代) the head is the main kind, as 石化 is of 石化及
// 精细化工, and 新增 before the thing is still answered by the total.
func countsAfterNoun(norm, name, first, added string) bool {
	if !strings.Contains(name, first+added) {
		return true
	}
	noun := added
	for _, v := range workVerbs {
		noun = strings.TrimPrefix(noun, v)
	}
	return !strings.Contains(norm, first+firstRunes(noun, 2))
}

// asksHeadPart: the question names the head whole and nothing of the added
// part (新建城市公园 of 新建和改造城市公园, 维修农村公路 of 维修新建农村公路,
// 粮油加工营收 of 粮油加工及生物科技产业营业收入): the total counts the
// added part too, so it is not the head's. Not when the added part is a
// sort of the head (精细化工 of 石化, one lexicon concept): then the head
// names the whole kind. Not a claim of the figure ("粮油加工营收310亿元"),
// which the quote, name and all, answers. Not the head followed by 等
// (在人民日报等媒体), which names it as an example of all the name lists.
func (e *Engine) asksHeadPart(d *Draft, name, first, added string) bool {
	if !strings.Contains(d.norm, first) || strings.Contains(d.norm, first+"等") || strings.Contains(d.norm, firstRunes(added, 2)) ||
		slices.Contains(countingVerbs, first) && countsAfterNoun(d.norm, name, first, added) || statedNumberAt(d.norm) >= 0 {
		return false
	}
	rs := []rune(added)
	for n := 2; n <= len(rs); n++ {
		if e.ix.lex.sameConcept(first, string(rs[:n])) {
			return false
		}
	}
	return true
}

// splitJointName parts a combined name into its head and the part added
// after it, at a joiner or between two kinds of work; "" when name joins
// nothing. Each side has two characters at least (惠及居民 joins nothing).
func splitJointName(name string) (first, added string) {
	for _, j := range nameJoiners {
		if first, added = splitAt(name, j); first != "" {
			return first, added
		}
	}
	for _, p := range workVerbPairs {
		if i := strings.Index(name, p[0]+p[1]); i >= 0 {
			return name[:i+len(p[0])], name[i+len(p[0]):]
		}
	}
	return "", ""
}

// unsummedUnits measure each thing of a list, not their sum: a rate,
// rank, class, concentration or time (重点建设用地安全利用率、受污染耕地
// 安全利用率100%, 固定资产投资、进出口总额增速全省第一).
var unsummedUnits = []string{"%", "个百分点", "倍", "位次", "吨级", "千伏", "微克/立方米", "分钟", "天", "年", "周年"}

// sumsListed: a figure in unit counts or measures the things a name lists
// with 、 together (盐改水、旱改水项目新增耕地4400亩), so it is the list's
// total and no one thing's.
func sumsListed(unit string) bool {
	return unit != "" && !slices.Contains(unsummedUnits, unit)
}

// splitAt splits name at its first joiner j when both sides are words of
// two characters or more; "", "" otherwise.
func splitAt(name, j string) (first, added string) {
	i := strings.Index(name, j)
	if i < 0 {
		return "", ""
	}
	first, added = name[:i], name[i+len(j):]
	if utf8.RuneCountInString(first) < 2 || utf8.RuneCountInString(added) < 2 {
		return "", ""
	}
	return first, added
}

// namesHead: norm names something of head — two of its characters side
// by side (加工 of 粮油加工), or all of them in order a character or two
// apart, as a longer name abbreviates to it (石油化工 for 石化).
func namesHead(norm, head string) bool {
	if sharesRun(norm, head, 2) {
		return true
	}
	rs, q := []rune(head), []rune(norm)
	for start := range q {
		at, k := start, 0
		for ; k < len(rs) && at < len(q) && at-start <= 3*len(rs); at++ {
			if q[at] == rs[k] {
				k++
			} else if k == 0 {
				break
			}
		}
		if k == len(rs) {
			return true
		}
	}
	return false
}
