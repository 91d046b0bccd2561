package figures

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/words"
)

// Kind says whether a figure reports a result, sets a target, or neither.
type Kind string

const (
	KindResult Kind = "result" // from the review part (rag.PeriodResult)
	KindTarget Kind = "target" // from the plan part (rag.PeriodPlan)
	KindOther  Kind = "other"  // front matter, closing words
)

// KindOf maps a paragraph's period to the kind of its figures.
func KindOf(p rag.Period) Kind { return Kind(p.FigureKind()) }

// otherKind is the other year's kind of figure: a result for a target and
// a target for a result; "" for any other kind.
func otherKind(k Kind) Kind {
	switch k {
	case KindResult:
		return KindTarget
	case KindTarget:
		return KindResult
	}
	return ""
}

// Figure is one figure of a report paragraph.
type Figure struct {
	Report    string
	Paragraph int
	// Start and End are rune offsets into the paragraph's Text of the figure
	// as written, qualifiers included ("5.5%左右", "超过55%", "300余场次").
	Start, End int
	Text       string // exactly the runes [Start,End) of the paragraph's Text
	Indicator  string // what it measures: "地区生产总值增长", "城镇新增就业"
	// Whole is the figure a 其中 part belongs to ("新签约注册项目300个，其中
	// 亿元以上项目80个": 新签约注册项目), "" for most: a question naming the
	// whole finds its part before another whole's (¶27's 其中亿元以上项目125个).
	Whole string
	// wholeSaid is what the whole's clause writes before its figure, its
	// verb too (全年实施500万元以上项目): Whole drops the verb.
	wholeSaid string
	Value     float64
	Max       float64 // upper end of a range ("1—2个"); equals Value otherwise
	Unit      string  // base unit after scaling: "%", "个百分点", "元", "亩", "人"…
	Qualifier string  // 左右, 以上, 超过, 不少于, 以内, 余, 近, 约…
	Direction int     // -1 for a decline (下降18.6%), +1 for 增长…; Value stays as written
	// Reached: the report writes it as the level something reached
	// (提升至45%, 达到70家), not as a change.
	Reached bool
	Kind    Kind
	Period  rag.Period
	// list is the figure's place in a list of one thing's figures (listMark).
	list listMark
	// after is what the report writes right after the figure in its
	// clause (1—2个具有核心竞争力的优势板块: 具有核心竞争力的优势板块): the noun
	// a count put before its noun counts, which Indicator does not hold.
	after string
}

// Amount is the figure's comparable value.
func (f Figure) Amount() Value {
	return Value{Number: f.Value, Max: f.Max, Unit: f.Unit, Qualifier: f.Qualifier, Direction: f.Direction}
}

// Extract returns the figures of every quotable paragraph of r, in order.
func Extract(r *rag.Report) []Figure {
	var out []Figure
	for i := range r.Paragraphs {
		p := &r.Paragraphs[i]
		if !p.Quotable() {
			continue
		}
		out = append(out, ExtractParagraph(p)...)
	}
	return out
}

// ExtractParagraph returns the figures of one paragraph.
func ExtractParagraph(p *rag.Paragraph) []Figure {
	rs := []rune(p.Text)
	all := scan(rs, modeReport)
	ms := slices.DeleteFunc(slices.Clone(all), func(m mention) bool { return sizeClass(rs, m) })
	if len(ms) == 0 {
		return rankFigures(p, nil)
	}
	f := fold(rs)
	inds := indicators(f, ms)
	classActions(f, all, ms, inds)
	wholes, said := wholesOf(f, ms, inds)
	out := make([]Figure, len(ms))
	for k, m := range ms {
		out[k] = Figure{
			Report: p.Report, Paragraph: p.N,
			Start: m.start, End: m.end, Text: string(rs[m.start:m.end]),
			Indicator: inds[k], Whole: wholes[k], wholeSaid: said[k],
			Value: m.val.Number, Max: m.val.Max, Unit: m.val.Unit,
			Qualifier: m.val.Qualifier, Direction: m.val.Direction,
			Reached: endsWithAny(strings.TrimSpace(string(f[:m.start])), reachWords),
			Kind:    KindOf(p.Period), Period: p.Period,
			after: string(rs[m.end:nextMark(rs, m.end)]),
		}
	}
	peopleCounted(rs, out)
	markLists(rs, out)
	ranks := rankFigures(p, out)
	if len(ranks) == 0 {
		return out
	}
	out = append(out, ranks...)
	slices.SortStableFunc(out, func(a, b Figure) int { return cmp.Compare(a.Start, b.Start) })
	return out
}

// peopleNouns are words for people that the report counts with no
// measure word between: 18万农村居民, 5万名 is written with one.
var peopleNouns = []string{"居民", "群众", "农民", "村民", "市民", "职工", "学生", "儿童", "老人", "人口", "游客", "患者"}

// peopleCounted gives a count written with no measure word, right before
// a word for people (让18万农村居民饮用水…), the unit 人: it counts
// people, and "有多少人" is asked of it as of 3万余人.
func peopleCounted(rs []rune, out []Figure) {
	for k := range out {
		f := &out[k]
		if f.Unit != "" || f.End >= len(rs) {
			continue
		}
		ind := []rune(f.Indicator)
		after := string(rs[f.End:min(len(rs), f.End+len(ind))])
		if after == f.Indicator && endsWithAny(f.Indicator, peopleNouns) {
			f.Unit = "人"
		}
	}
}

// sizeClass reports whether m is the size that picks a class of the
// thing written right after it ("全年实施500万元以上项目600个": the
// projects of 500万元 and more) — no figure of its own, and never what a
// count of those things is corrected by.
func sizeClass(rs []rune, m mention) bool {
	return m.val.Qualifier == "以上" && m.val.Unit == "元" && m.end < len(rs) && unicode.Is(unicode.Han, rs[m.end])
}

// classActions gives a figure whose things a size class picks the step
// written before the class (实施500万元以上项目 600个): the step is what
// tells them from the other projects of the paragraph, which the search
// would otherwise prefer for "实施项目多少个".
func classActions(f []rune, all, ms []mention, inds []string) {
	for _, c := range all {
		if !sizeClass(f, c) {
			continue
		}
		class := string(f[c.start:c.end])
		for k, m := range ms {
			if m.start < c.end || !strings.HasPrefix(inds[k], class) {
				continue
			}
			before := string(f[:c.start])
			for _, a := range eachActions {
				if strings.HasSuffix(before, a) {
					inds[k] = a + inds[k]
					break
				}
			}
			break
		}
	}
}

// reachWords, right before a figure, make it a level reached: 提升至45%,
// 增至15.7%, 达到70家.
var reachWords = []string{"至", "达到", "达"}

const (
	clauseEndRunes   = "。！？；;，,：:!?"
	sentenceEndRunes = "。！？；;!?"
)

func isRate(unit string) bool { return unit == "%" || unit == "个百分点" || unit == "倍" }

// indicators names what each figure measures from the words before it in
// its clause, with list and 分别 constructions resolved.
func indicators(f []rune, ms []mention) []string {
	out := make([]string, len(ms))
	marks := spanClauses(f)
	done := make([]bool, len(ms))
	for k := range ms {
		if done[k] {
			continue
		}
		cs := marks.starts[ms[k].start]
		if fb := marks.fenbie[ms[k].start]; fb >= cs && fb+2 <= ms[k].start && pairRespectively(f, ms, out, done, k, cs, fb) {
			continue
		}
		out[k] = balanceQuotes(indicatorBefore(f, ms, out, k, cs, marks.sentences[ms[k].start]))
	}
	shareCountedThing(ms, out)
	return out
}

// clauseSpans holds, for each rune position i, where the clause and the
// sentence holding rune i start, and the last 分别 starting before i, or -1.
// One pass each keeps long texts linear.
type clauseSpans struct {
	starts, sentences, fenbie []int
}

func spanClauses(f []rune) clauseSpans {
	m := clauseSpans{
		starts:    make([]int, len(f)+1),
		sentences: make([]int, len(f)+1),
		fenbie:    make([]int, len(f)+1),
	}
	cs, ss, fb := 0, 0, -1
	for i := 0; i <= len(f); i++ {
		m.starts[i], m.sentences[i], m.fenbie[i] = cs, ss, fb
		if i < len(f) {
			if strings.ContainsRune(clauseEndRunes, f[i]) {
				cs = i + 1
			}
			if strings.ContainsRune(sentenceEndRunes, f[i]) {
				ss = i + 1
			}
			if i > 0 && f[i-1] == '分' && f[i] == '别' {
				fb = i - 1
			}
		}
	}
	return m
}

// pairRespectively handles 甲、乙、丙分别增长X%、Y%、Z%: it pairs the list
// items before the 分别 at fb with the figures listed from ms[k] on, and
// reports whether it could.
func pairRespectively(f []rune, ms []mention, out []string, done []bool, k, cs, fb int) bool {
	group := []int{k}
	for n := k + 1; n < len(ms) && ms[n].start == ms[n-1].end+1 && strings.ContainsRune("、和及与", f[ms[n-1].end]); n++ {
		group = append(group, n)
	}
	if len(group) < 2 {
		return false
	}
	var items []string
	head := f[cs:fb]
	sep := '、'
	if lastRune(head, '、') < 0 {
		sep = '和' // 城镇和农村居民收入分别增长
	}
	if strings.TrimSpace(string(head)) == "" && k >= len(group) {
		// 甲46820元、乙21350元，分别增长4.8%和6.3%: the subjects
		// are the figures before.
		for g := range group {
			items = append(items, trimGrowth(out[k-len(group)+g]))
		}
	} else {
		for _, it := range lastItems(head, sep, len(group)) {
			items = append(items, cleanIndicator(it, ""))
		}
		shareHead(items)
	}
	if len(items) != len(group) {
		return false
	}
	verb := strings.TrimSpace(string(f[fb+2 : ms[k].start]))
	for g, n := range group {
		ind := items[g]
		if isRate(ms[n].val.Unit) {
			if _, ok := directionWord(verb); ok {
				ind += verb
			}
		}
		out[n] = ind
		done[n] = true
	}
	return true
}

// segmentBefore returns the words from the clause start cs, or from the
// previous figure in the clause, up to figure k, and whether there was such
// a previous figure. After a figure, a 、 starts the next item of a figure
// list ("增长8.3%、高于全省2.8个百分点"); otherwise 、 lists things inside
// the indicator (供水、供热等老旧管网).
func segmentBefore(f []rune, ms []mention, k, cs int) (seg []rune, prevInClause bool) {
	s0 := cs
	prevInClause = k > 0 && ms[k-1].end > cs
	if prevInClause {
		s0 = ms[k-1].end
	}
	seg = f[s0:ms[k].start]
	if prevInClause || len(seg) > 0 && seg[len(seg)-1] == '、' {
		// …地下工程全部完工、32套主装置: a new item of a list.
		if i := lastRune(seg, '、'); i >= 0 {
			seg = seg[i+1:]
		}
	}
	return seg, prevInClause
}

// firstConjunction is the index in rs of its first 及 that joins two
// things, -1 when none.
func firstConjunction(rs []rune) int {
	for i, r := range rs {
		if r == '及' && joinsThings(rs, i) {
			return i
		}
	}
	return -1
}

// joinsThings: rs[i], a 及, joins two things: 及其 (and its), 及时 (in
// time) and the verbs that end in it (惠及, 涉及, 普及) are words of their
// own.
func joinsThings(rs []rune, i int) bool {
	if i == 0 || strings.ContainsRune(verbsBeforeJi, rs[i-1]) {
		return false
	}
	return i+1 >= len(rs) || rs[i+1] != '其' && rs[i+1] != '时'
}

// verbsBeforeJi are the characters that make a word with a 及 after them:
// 惠及, 涉及, 普及, 以及, 提及, 危及, 波及, 遍及, 不及, 埃及.
const verbsBeforeJi = "惠涉普以提危波遍不埃触顾论推殃累企"

// indicatorBefore names what figure k measures from the words before it in
// the clause starting at cs, reaching for the words after it or the
// previous figure's subject where those words do not say. sentence is where
// figure k's sentence starts.
func indicatorBefore(f []rune, ms []mention, out []string, k, cs, sentence int) string {
	seg, prevInClause := segmentBefore(f, ms, k, cs)
	unit := ms[k].val.Unit
	raw := strings.TrimSpace(string(seg))
	ind := cleanIndicator(seg, unit)
	if subj := totalsSubject(seg, unit); subj != "" {
		ind = subj
	}
	next, rest := followingPhrase(f, ms[k].end)
	switch {
	case strings.HasSuffix(raw, "等"):
		// 伊科思…、辽河双台子储气库群一期等175个项目竣工投产
		if next != "" {
			ind = next + rest
		}
		if genericCounted[next] && rest == "" {
			// 海兴科技等7个项目纳入省制造业数字化转型典型场景: not any 7
			// 项目, the 项目 of what the clause says of them.
			ind = next + clauseHead(f, ms[k].end+len([]rune(next)), 12)
		}
	case endsWithAny(raw, []string{"和", "及", "与", "的"}) && next != "":
		// 11个重点行业领域和17个新兴领域; 市政府承办的126件人大代表建议
		if strings.HasSuffix(raw, "的") {
			ind = strings.TrimSuffix(raw, "的") + "的" + next
			ind = cleanIndicator([]rune(ind), unit)
		} else {
			ind = next
		}
	case ind == "" && !isRate(unit) && next != "":
		ind = next // 为223名残疾儿童; 4个国考断面、5个省考断面
	case ind == "" || startsWithAny(ind, comparisonStarts):
		// 实际到位内资451.5亿元、增长20.2%: the subject is the previous figure's.
		if prevInClause || k > 0 && ind != "" && ms[k-1].start >= sentence {
			// …2856.3亿元，同比增长6.1%: the sentence's previous figure.
			ind = trimGrowth(out[k-1]) + ind
		}
		if ind == "" {
			ind = next
		}
	case prevInClause && len([]rune(ind)) <= 2 && ms[k-1].end == ms[k].start-len(seg) && len(seg) > 0 && f[ms[k-1].end] != '、':
		// 500万元以上项目600个
		ind = string(f[ms[k-1].start:ms[k-1].end]) + ind
	case isClassifier(unit) && len([]rune(next)) >= 2:
		// 高标准办好15件民生实事: a count names what it counts after it.
		ind += next
	case specUnits[unit] || len([]rune(ind)) <= 2:
		// 10万吨级通用泊位, 辽滨500千伏输变电工程, 盘锦6个“土特产”,
		// 华锦阿美项目3.57平方公里配套产业园: the size of the thing after it
		ind += next
	}
	return ind
}

// shareCountedThing handles "首批8类84家示范单位": two figures in a row count
// one thing, each in its own measure word; the thing is named after the last.
func shareCountedThing(ms []mention, out []string) {
	for k := len(ms) - 2; k >= 0; k-- {
		if ms[k].end == ms[k+1].start && out[k+1] != "" {
			out[k] = out[k+1]
		}
	}
}

// wholesOf names, for each figure that a 其中 opens ("引进各类人才超万人、
// 其中高层次人才31人"), the indicator of the sentence's figure before it,
// and the words its clause writes before that figure, verb kept (全年实施
// 500万元以上项目, 全年新签约注册项目): what tells two wholes' parts of one
// name apart.
func wholesOf(f []rune, ms []mention, inds []string) (wholes, said []string) {
	wholes, said = make([]string, len(ms)), make([]string, len(ms))
	for k := 1; k < len(ms); k++ {
		seg := strings.TrimSpace(string(f[ms[k-1].end:ms[k].start]))
		seg = strings.TrimLeft(seg, "、，,；;")
		if strings.HasPrefix(seg, "其中") && !strings.ContainsAny(seg, sentenceEndRunes) {
			wholes[k] = trimGrowth(inds[k-1])
			cs := ms[k-1].start
			for cs > 0 && !strings.ContainsRune(clauseEndRunes, f[cs-1]) {
				cs--
			}
			said[k] = string(f[cs:ms[k-1].start])
		}
	}
	return wholes, said
}

// sharedMeasures are nouns that, ending the last item of a 分别 list, end
// every item (稻蟹共生、…、海洋牧场面积: each one's 面积).
var sharedMeasures = []string{"面积", "产值", "总额", "规模"}

// shareHead gives the items of a 分别 list the head the last one holds:
// 刑事、治安警情 are 刑事警情 and 治安警情, 粳稻、大豆全产业链产值 the
// 产值 of each. A two-rune item before a longer last one is a qualifier
// of the last one's head.
func shareHead(items []string) {
	last := []rune(items[len(items)-1])
	for i, it := range items[:len(items)-1] {
		r := []rune(it)
		switch {
		case len(r) == 2 && len(last) >= 4:
			items[i] = it + string(last[2:])
		default:
			for _, m := range sharedMeasures {
				if strings.HasSuffix(string(last), m) && !strings.HasSuffix(it, m) {
					items[i] = it + m
					break
				}
			}
		}
	}
}

// specUnits describe a thing rather than count it: the noun after the
// figure is part of what it measures.
var specUnits = map[string]bool{"吨级": true, "吨/年": true, "千伏": true, "平方公里": true}

func endsWithAny(s string, ws []string) bool {
	for _, w := range ws {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// balanceQuotes closes or opens a quotation cut in half by the clause.
func balanceQuotes(s string) string {
	open := strings.Count(s, "“")
	closing := strings.Count(s, "”")
	switch {
	case closing > open && (open == 0 || strings.Index(s, "”") < strings.Index(s, "“")):
		return "“" + s
	case open > closing:
		return s + "”"
	}
	return s
}

var comparisonStarts = []string{"同比", "比上年", "高于", "低于", "增长", "下降", "提高", "降低", "增加", "减少", "为", "占", "比", "较", "同比"}

var leadingFillers = []string{"特别是", "其中", "全年", "全市", "预计", "力争", "推动", "实现", "完成", "累计", "我市",
	"合计", "此外", "首批", "加快推进", "加快", "推进", "支持", "争取", "实施", "开展", "确保", "也是", "是", "并", "及", "和", "与", "让", "为", "共", "约", "等"}

// adverbs among leadingFillers are always dropped.
var adverbs = map[string]bool{"特别是": true, "其中": true, "全年": true, "全市": true, "预计": true, "力争": true,
	"累计": true, "我市": true, "合计": true, "此外": true, "首批": true}

func isFiller(s string) bool {
	for _, w := range leadingFillers {
		if s == w {
			return true
		}
	}
	return false
}

var trailingVerbs = []string{"提高到", "提升到", "增加到", "增长到", "上升到", "下降到", "降低到", "减少到", "降低至", "连续", "提高至", "提升至", "上升至", "下降至", "压缩至", "减少至", "增至", "降至", "稳定在", "保持在",
	"控制在", "均达到", "达到", "分别", "均", "合计", "累计", "总计", "完成", "实现", "达", "为", "是", "至", "到", "在", "让", "共", "有", "了", "等", "超"}

// cleanIndicator trims fillers and verbs around the words before a figure.
// A growth verb (增长, 下降…) stays when the figure is a rate.
func cleanIndicator(seg []rune, unit string) string {
	s := stripYears(string(seg))
	s = strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) || strings.ContainsRune("“”‘’「」（）()《》", r)
	})
	for changed := true; changed && s != ""; {
		changed = false
		for _, w := range leadingFillers {
			// Adverbs go; a verb goes unless only another filler would be
			// left: 推进实施6个 keeps 推进实施.
			if strings.HasPrefix(s, w) && len(s) > len(w) && (adverbs[w] || !isFiller(s[len(w):])) {
				s, changed = strings.TrimPrefix(s, w), true
			}
		}
		for _, w := range trailingVerbs {
			if strings.HasSuffix(s, w) {
				s, changed = strings.TrimSuffix(s, w), true
			}
		}
		if !isRate(unit) {
			for _, w := range append(append([]string{}, upWords...), downWords...) {
				if strings.HasSuffix(s, w) && len(s) > len(w) {
					s, changed = strings.TrimSuffix(s, w), true
				}
			}
		}
		s = strings.TrimFunc(s, func(r rune) bool {
			return unicode.IsSpace(r) || unicode.IsPunct(r) || strings.ContainsRune("“”‘’「」（）()《》", r)
		})
	}
	if len([]rune(s)) > 24 {
		rs := []rune(s)
		s = string(rs[len(rs)-24:])
	}
	return s
}

func trimGrowth(s string) string {
	for _, w := range append(append([]string{}, upWords...), downWords...) {
		if strings.HasSuffix(s, w) && len(s) > len(w) {
			s = strings.TrimSuffix(s, w)
			break
		}
	}
	for _, w := range []string{"同比", "比上年"} {
		if strings.HasSuffix(s, w) && len(s) > len(w) {
			s = strings.TrimSuffix(s, w)
		}
	}
	return s
}

// stripYears removes "2023年" and the like from an indicator.
func stripYears(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		if i+4 < len(rs) && isDigit(rs[i]) && isDigit(rs[i+1]) && isDigit(rs[i+2]) && isDigit(rs[i+3]) && rs[i+4] == '年' &&
			(i == 0 || !isDigit(rs[i-1])) {
			i += 4
			continue
		}
		b.WriteRune(rs[i])
	}
	return b.String()
}

// followStops end the noun phrase after a figure: "272个新建项目开工建设".
var followStops = []string{"开工", "加快", "竣工", "投入", "提供", "奔赴", "向险", "积极", "纳入", "引领", "饮用", "具有",
	"按时", "全部", "实现", "得到", "成功", "建成", "如期", "陆续", "入选", "获评", "进入", "参加", "配合", "及时",
	"日夜", "冲锋", "达到", "完成", "完工", "启动", "建设", "办复", "刊播", "刊发", "降低", "增长", "下降", "提高", "任务", "的", "和", "与", "等",
	// An amount of what was counted is not what the count counts:
	// "8户市属国企负债总额降低11.1%" counts 市属国企.
	"负债", "总额", "余额", "总量", "产值", "营业收入", "营收", "利润"}

// followingPhrase reads the words right after a figure: the noun up to a
// verb ("272个新建项目开工建设" → 新建项目), and the short rest of the
// clause when it ends within a few runes (→ 开工建设).
func followingPhrase(f []rune, from int) (noun, rest string) {
	var rs []rune
	k := from
	for ; k < len(f) && len(rs) < 12; k++ {
		r := f[k]
		if !unicode.Is(unicode.Han, r) && r != '“' && r != '”' {
			break
		}
		rs = append(rs, r)
	}
	s := string(rs)
	cut := len(s)
	for _, w := range followStops {
		if i := strings.Index(s, w); i >= 0 && i < cut {
			cut = i
		}
	}
	if i := firstConjunction(rs); i >= 0 && len(string(rs[:i])) < cut {
		// 10万吨级通用泊位及华锦阿美项目…: the size is of the first thing.
		cut = len(string(rs[:i]))
	}
	noun = s[:cut]
	tail := []rune(s[cut:])
	if len(tail) > 0 && len(tail) <= 6 && (k == len(f) || strings.ContainsRune(clauseEndRunes+"、", f[k])) {
		rest = string(tail)
	}
	return balanceQuotes(noun), rest
}

// genericCounted are nouns too general to name what a count counts alone.
var genericCounted = map[string]bool{"项目": true, "企业": true, "单位": true, "家": true}

// clauseHead is up to n runes of f from i, to the clause's end.
func clauseHead(f []rune, i, n int) string {
	j := i
	for j < len(f) && j-i < n && !strings.ContainsRune(clauseEndRunes+"、", f[j]) {
		j++
	}
	return string(f[i:j])
}

func startsWithAny(s string, ws []string) bool {
	for _, w := range ws {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

func lastRune(rs []rune, r rune) int {
	for i := len(rs) - 1; i >= 0; i-- {
		if rs[i] == r {
			return i
		}
	}
	return -1
}

// lastItems returns the last n items of the sep-separated list rs, or
// fewer when the list is shorter. It reads from the end only.
func lastItems(rs []rune, sep rune, n int) [][]rune {
	if w := 64 * n; len(rs) > w {
		rs = rs[len(rs)-w:] // indicators are cut to 24 runes anyway
	}
	out := make([][]rune, 0, n)
	end := len(rs)
	for i := len(rs) - 1; i >= -1 && len(out) < n; i-- {
		if i == -1 || rs[i] == sep {
			out = append(out, rs[i+1:end])
			end = i
		}
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

// totalWords open a list's last item that totals what the clause names
// before it: "甲和乙品牌价值包揽全省冠亚军、合计突破千亿元".
var totalWords = []string{"合计", "共计", "总计", "总共", "一共"}

// totalsSubject is what a figure totals when its item of the clause is a
// word of the sum and a verb alone ("、合计突破"): the clause's subject,
// its words up to their first verb (盘锦大米和盘锦河蟹品牌价值, not
// 包揽全省农业区域品牌冠亚军, which is said of them, not added). "" when
// the figure's item names something of its own, or no verb is found.
func totalsSubject(seg []rune, unit string) string {
	i := lastRune(seg, '、')
	if i <= 0 {
		return ""
	}
	item := strings.TrimSpace(string(seg[i+1:]))
	if !startsWithAny(item, totalWords) || cleanIndicator([]rune(item), unit) != "" {
		return ""
	}
	dict, err := words.Load()
	if err != nil {
		return ""
	}
	ws := dict.Segment(string(seg[:i]), nil)
	at := 0
	for n, w := range ws {
		if pos, _ := dict.POS(w); n > 0 && pos == "v" {
			return cleanIndicator([]rune(string(seg[:i])[:at]), unit)
		}
		at += len(w)
	}
	return ""
}
