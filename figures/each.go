package figures

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/rag"
)

// A question may ask one figure of each of several things it lists:
// "去年GDP和社零分别增长多少", "今年固投、进出口目标各多少". Matched as a
// whole, the things' words pull toward whichever indicator names most of
// them, and the others go unanswered (or another's figure heads the
// answer); each is looked up on its own instead, in the period asked.

// eachActions are steps taken, not things: "央地合作项目谋划、签约、实施
// 各多少个" lists stages of one thing, each a figure of that thing.
var eachActions = []string{"谋划", "签约", "实施", "开工", "新开工", "竣工", "建设", "建成", "投产", "新增", "完成",
	"推进", "改造", "新建", "续建", "引进", "培育", "增长", "下降", "提高"}

// eachFiller are words inside a listed thing that name nothing of it:
// "海洋牧场这几块面积目标" is 海洋牧场面积 (the period reads 目标).
var eachFiller = strings.NewReplacer("这几块", "", "这几项", "", "这几个", "", "这两项", "", "这两个", "", "这些", "",
	"预期目标", "", "目标", "", "预期", "")

// eachEnds close the list and say each thing is asked ("分别增长多少").
var eachEnds = []string{"分别", "各自", "各是", "各为", "各多少", "各增长", "各有"}

// eachAskWords ask each thing's change when no word of eachEnds closes
// the list ("去年固投和进出口增速"). A bare 多少 does not: "新建和改造城市
// 公园多少处" and "人大建议和政协提案多少件" may ask one figure of both.
var eachAskWords = []string{"增速", "增幅"}

// eachItems are the things a question lists before the words that ask
// of each, and the words between the list and the question word that
// every thing shares (增长 of 分别增长多少); nil when it lists fewer than
// two things that each name one.
func eachItems(question string) (items []string, shared string) {
	rs := []rune(question)
	end := rag.FirstIndexOfAny(question, eachEnds)
	if end < 0 {
		end = rag.FirstIndexOfAny(question, eachAskWords)
	}
	if end < 0 {
		return nil, ""
	}
	end = len([]rune(question[:end]))
	lo := clauseStart(rs, end)
	for _, sp := range splitRunes(rs, lo, end, listSeparators) {
		it := trimAskTail(strings.Trim(withoutPeriods(eachFiller.Replace(strings.TrimSpace(string(rs[sp.lo:sp.hi])))), "的 "))
		// A name with digits (PM2.5, 5G工厂) names a thing all the same.
		named := namesThing(it) || strings.ContainsFunc(it, isLatin)
		if len([]rune(it)) < 2 || !named || slices.Contains(eachActions, it) {
			return nil, ""
		}
		items = append(items, it)
	}
	if len(items) < 2 {
		return nil, ""
	}
	return items, sharedMeasure(rs[end:nextMark(rs, end)])
}

// sharedMeasure is what a list's closing words say of every thing, less
// the words that ask: "分别增长多少" → "增长".
func sharedMeasure(rs []rune) string {
	s := string(rs)
	for _, w := range append(slices.Clone(eachEnds), "多少", "几", "是", "为", "呢", "吗", "了", "各") {
		s = strings.ReplaceAll(s, w, " ")
	}
	return strings.Join(strings.Fields(s), "")
}

// eachAsked are the figures of every thing a question lists, one of each
// (two, a result and a target, when it names no period); nil when it
// lists fewer than two, the report gives a figure for fewer than all of
// them, or the list is one indicator's name ("新建和改造城市公园").
func (st *Stepper) eachAsked(d *rag.Draft, scope string) []Figure {
	items, shared := eachItems(d.Read)
	sp := st.idx.scope(scope)
	if items == nil || sp == nil || shared != "" && !changeWord(shared) && !targetWord(shared) {
		return nil // "分别比全省高多少": a measure each figure is not
	}
	kind := normKind(d.Norm(), sp)
	// Of any period: 石化及精细化工产业营业收入 is one indicator though
	// 2024 gives none of it.
	whole := st.idx.search(Query{Text: strings.Join(items, "和"), Report: scope})
	if namesWholeList(whole, items) {
		return nil
	}
	unit, _ := unitAsked(d.Norm())
	fits := func(it string, f *Figure) bool {
		// "…分别有多少家" asks counts, "…满意率多少" a rate: a figure in
		// another measure is not the thing's.
		rate := strings.HasSuffix(it, "率") || strings.HasSuffix(it, "比例") || strings.HasSuffix(it, "占比")
		return (unit == "" || askedUnitFits(unit, f.Unit)) && (!rate || isPercent(f.Unit))
	}
	kinds := []Kind{kind}
	if kind == "" {
		kinds = []Kind{KindResult, KindTarget}
	}
	var out []Figure
	head := sharedHead(items)
	for i, it := range items {
		if head != "" && i < len(items)-1 && len([]rune(it)) == 2 {
			it += head // 城镇和农村居民收入: 城镇居民收入, not 城镇 alone
		}
		n := len(out)
		ownName := st.writtenAsIndicator(rag.Normalize(it), scope)
		for _, k := range kinds {
			if f := st.eachFigure(d, it, shared, k, scope, ownName); f != nil && fits(it, f) && !containsFigure(out, f) {
				out = append(out, *f)
			}
		}
		if len(out) == n {
			return nil // one thing the report gives no figure of: not each
		}
	}
	for _, f := range out[1:] {
		if !oneMeasure(out[0].Unit, f.Unit) && !literalAll(items, out) {
			// One measure asked of each (营收规模要突破多少): a rate beside
			// an amount says the words were read as two things wrongly.
			return nil
		}
	}
	return out
}

// eachFigure is the figure of one listed thing in a period: the best of
// its search that the thing's words name (namesLiterally, namesByWords),
// not another kind of it; nil when none.
// A thing the report writes whole as an indicator (ownName) is not named
// through the lexicon's topic words.
func (st *Stepper) eachFigure(d *rag.Draft, item, shared string, kind Kind, scope string, ownName bool) *Figure {
	found := st.idx.search(Query{Text: item + shared, Kind: kind, Report: scope})
	norm := rag.Normalize(item)
	var named []scored
	for _, c := range found {
		if c.fig.Kind != kind || d.OtherKindOf(item, c.fig.Indicator) {
			continue
		}
		if namesLiterally(norm, c.fig.Indicator) || st.namesByWords(norm, c.fig.Indicator, !ownName) {
			named = append(named, c)
		}
	}
	if changeWord(shared) {
		// "分别增长多少": a change answers, not a level (进出口总额147亿元).
		named = slices.DeleteFunc(named, func(c scored) bool { return !isChange(*c.fig) })
	}
	if len(named) == 0 {
		return nil
	}
	return namedFirst(named, norm)[0].fig
}

// literalAll reports whether every figure's indicator writes its listed
// thing whole (新签约注册项目, 实际到位内资): then the things are what
// they say, whatever each is measured in.
func literalAll(items []string, figs []Figure) bool {
	for _, f := range figs {
		if !slices.ContainsFunc(items, func(it string) bool { return namesLiterally(rag.Normalize(it), f.Indicator) }) {
			return false
		}
	}
	return true
}

// changeWord reports whether words shared by a list ask how each moved.
func changeWord(shared string) bool {
	return containsAnyOf(shared, "增长", "增速", "增幅", "下降", "降幅", "提高", "涨")
}

// oneMeasure reports whether two units measure alike for a list asked of
// one measure: compatible units, two rates, two currencies.
func oneMeasure(a, b string) bool {
	return UnitsCompatible(a, b) || isPercent(a) && isPercent(b) || isMoney(a) && isMoney(b)
}

// askTails are words between a thing and the question word that name
// nothing of it: "营业收入是多少", "满意率达到多少".
var askTails = []string{"达到", "一共", "大约", "是", "为", "有", "达", "要", "约", "共", "的"}

// trimAskTail is it without the askTails it ends with.
func trimAskTail(it string) string {
	for changed := true; changed; {
		changed = false
		for _, w := range askTails {
			if t, ok := strings.CutSuffix(it, w); ok && t != "" {
				it, changed = t, true
			}
		}
	}
	return it
}

// withoutPeriods is it without the period words in it, wherever they
// stand ("精细化工产业去年营业收入").
func withoutPeriods(it string) string {
	for _, w := range choicePeriods {
		it = strings.ReplaceAll(it, w, "")
	}
	return trimPeriodWords(it)
}

// sharedHead is the head a list of two-character modifiers shares with
// its last thing, written once at its end: 居民收入 of "城镇和农村居民收入",
// 警情 of "刑事和治安警情"; "" when the first thing is no such modifier or
// the head would be one character (进出口 after 固投 has none).
func sharedHead(items []string) string {
	first, last := []rune(items[0]), []rune(items[len(items)-1])
	if len(first) != 2 || !rag.AllHan(first) || len(last) < 4 {
		return ""
	}
	return string(last[2:])
}

// targetWord reports whether words shared by a list name the target asked
// ("分别目标多少"), which the period already reads.
func targetWord(shared string) bool {
	return strings.Trim(shared, "目标预期计划要到达") == ""
}

// eachMayAnswer reports whether an answer may be replaced by the listed
// things' figures: found, or declined only for want of one figure — not
// for another place or period, which stands for every thing listed.
func eachMayAnswer(ans *rag.Answer) bool {
	if ans.Found || ans.Understood == nil {
		return ans.Found
	}
	g := ans.Understood.Grounding
	return g == "" || g == rag.GroundNoSuchFigure || g == rag.GroundNotAnswered
}

// namesByWords reports whether a listed thing's words name an indicator
// it only partly writes: a report term the lexicon gives for it is in the
// indicator (GDP: 地区生产总值; asked only when expand), or each two characters of it are (苇田养殖
// of 苇田鱼虾蟹立体生态养殖面积) — 居民收入 names no 营业收入增长.
func (st *Stepper) namesByWords(item, indicator string, expand bool) bool {
	ind := rag.Normalize(indicator)
	if expand && st.idx.expand != nil {
		for _, t := range st.idx.expand(item) {
			if t != "" && strings.Contains(ind, rag.Normalize(t)) {
				return true
			}
		}
	}
	rs := []rune(item)
	if len(rs) < 2 || !rag.AllHan(rs) {
		return false
	}
	for i := 0; i < len(rs); i += 2 {
		if !strings.Contains(ind, string(rs[i:min(i+2, len(rs))])) {
			return false
		}
	}
	return true
}

// writtenAsIndicator reports whether the report writes a listed thing
// whole in some indicator, of any period. WHY: such a thing names itself;
// a topic word the lexicon links to part of it (科技 of 科技型中小企业 →
// 研发) names another thing, not this one's figure in the other period.
func (st *Stepper) writtenAsIndicator(norm, scope string) bool {
	for _, c := range st.idx.search(Query{Text: norm, Report: scope}) {
		if namesLiterally(norm, c.fig.Indicator) {
			return true
		}
	}
	return false
}
