package rag

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wholePlaceCorrection answers a claim that gives the city's own figure
// to a part of it ("大洼区去年城镇新增就业2.04万人，是吧"): the report
// gives that figure, as stated, for the whole city and none for the part,
// so the answer declines, correcting the place beside the quote: the
// report does not answer the part, but a bare refusal would hide whose
// figure the claim gave. Only a quote of what was asked that names no place of its own
// and holds the stated number with its unit counts: a figure another
// district is given (兴隆台区…20处) is not the whole city's.
func (e *Engine) wholePlaceCorrection(d *Draft, s *PlaceSlot) bool {
	ans := d.Answer
	if s.Relation != PlaceInside || !e.ix.statesClaim(d.Read) {
		return false
	}
	for _, p := range ans.Parts {
		if p.Type != PartQuote || len(p.Citations) != 1 {
			continue
		}
		c := ans.Citations[p.Citations[0]]
		text := Normalize(c.Quote)
		if coveredShare(d.asked, text) == 0 || e.ix.stripPlaces(text) != text {
			continue
		}
		asked, at, value, ok := statedValueIn(d.norm, c.Quote)
		if !ok {
			continue
		}
		before := string([]rune(c.Quote)[:at])
		if para := e.ix.citedParagraph(c); para != nil && bodyNamedBefore(string([]rune(para.Text)[:min(c.Start+at, utf8.RuneCountInString(para.Text))])) {
			continue // 华锦阿美项目…，工程总体进度超过55%: the project's progress
		}
		before = afterLastAny(before, "，,；;。")
		claim := string([]rune(d.norm)[:asked])
		if !e.namesOnlyIndicator(claim, before, s) {
			// in a run of figures (固定资产投资增长20%以上、进出口总额增长39.7%)
			// the figure's own indicator is the one the report's reading gives it
			headline := headlineIndicatorAt(ans.Figures, c, c.Start+at)
			if headline == "" || !e.namesOnlyIndicator(claim, headline, s) {
				continue // the figure is a company's, a project's or a port's (中蓝电子…15.7%), not the city's
			}
			before = headline
		}
		fig := AnswerFigure{Indicator: strings.TrimSpace(before), Value: value, Kind: c.Period.FigureKind(),
			Period: c.Period, Report: c.Report, Paragraph: c.Paragraph, Start: c.Start + at, End: c.Start + at + len([]rune(value))}
		name := s.nameIn(ans.Lang)
		stated := name + "的"
		if ans.Lang == "en" {
			stated = name + "'s"
		}
		// The report answers nothing of the part: a decline, with the
		// city's figure labelled as the whole city's, as related text.
		notice := "报告没有给出" + name + "的这项数字。相关内容："
		if ans.Lang == "en" {
			notice = "The report gives no such figure for " + name + ". Related text:"
		}
		ans.Found, ans.Figures, ans.Citations = false, nil, []Citation{c}
		ans.Understood.Grounding = GroundOtherPlace
		ans.Parts = []Part{{Type: PartCorrection, Stated: stated, Figure: &fig, WholePlace: e.homeOf(d.Scope, ans.Lang == "en"), Citations: []int{0}},
			TextPart(RoleNotice, notice), {Type: PartQuote, Text: c.Quote, Citations: []int{0}}}
		return true
	}
	return false
}

// bodyWords name a body a figure may be of rather than the city's: a
// project, a company, a port, a park.
var bodyWords = []string{"项目", "集团", "公司", "港", "园区", "产业园", "基地", "医院", "学院"}

// bodyNamedBefore reports whether a figure's clause speaks of a body its
// sentence names: the clause right before names one, or the figure's own
// opens with a word referring back to it (华锦阿美项目…，各关键节点均按时
// 完成，工程总体进度超过55%). A body named clauses earlier and not referred
// to (…旱改水项目新增耕地4400亩，…，粮食产量110万吨左右) is not the subject.
func bodyNamedBefore(before string) bool {
	if k := strings.LastIndexAny(before, "。；;"); k >= 0 {
		before = before[k:]
	}
	head, own, ok := cutAtLastComma(before)
	if !ok {
		return false
	}
	if containsAny(head, bodyWords) && slices.ContainsFunc(bodyBackReferences, func(w string) bool { return strings.HasPrefix(own, w) }) {
		return true // 工程总体进度 opens with the 工程 the sentence named
	}
	prev := head
	if j := strings.LastIndexAny(prev, "，,"); j >= 0 {
		prev = prev[j:]
	}
	return containsAny(prev, bodyWords)
}

// bodyBackReferences open a clause speaking of a body its sentence named.
var bodyBackReferences = []string{"工程", "项目", "企业", "园区", "该", "其"}

// headlineIndicatorAt is the indicator of the figure read in c's paragraph
// at offset start, "" when none is or when it is too short to name a
// subject of its own: 普惠率 of 新增普惠性幼儿园学位520个、普惠率达到90.6%
// is the rate of what the item before it names.
func headlineIndicatorAt(figures []AnswerFigure, c Citation, start int) string {
	for _, f := range figures {
		if f.Report == c.Report && f.Paragraph == c.Paragraph && f.Start == start &&
			utf8.RuneCountInString(f.Indicator) >= minSubjectIndicator {
			return f.Indicator
		}
	}
	return ""
}

// minSubjectIndicator is the shortest indicator that names its own subject
// (进出口总额增长); a shorter one (普惠率, 增速, 占比) is an attribute of one.
const minSubjectIndicator = 4

// statedValueIn finds in quote a number norm states, with the unit after
// it as both write it ("2.04万人", "110万吨左右"): its rune offsets in norm
// and in quote, and the value. A bare number, a one-digit count (7条 says
// too little; a rate as 4% says enough) or a year is no match, nor a
// number inside a longer one (5 in 15.5%).
func statedValueIn(norm, quote string) (asked, at int, value string, ok bool) {
	q, t := []rune(norm), []rune(quote)
	for i := 0; i < len(q); i++ {
		if !unicode.IsDigit(q[i]) || i > 0 && isNumberRune(q[i-1]) {
			continue
		}
		for j := 0; j < len(t); j++ {
			if t[j] != q[i] || j > 0 && isNumberRune(t[j-1]) {
				continue
			}
			n := 0
			for i+n < len(q) && j+n < len(t) && q[i+n] == t[j+n] && !strings.ContainsRune("，,。；;？?！!、", q[i+n]) {
				n++
			}
			v := q[i : i+n]
			digits := strings.IndexFunc(string(v), func(r rune) bool { return !isNumberRune(r) })
			if digits < 0 || j+n < len(t) && isNumberRune(t[j+n]) {
				continue // no unit, or cut inside a longer number
			}
			if unit := v[len([]rune(string(v)[:digits])):]; digits < 2 && unit[0] != '%' || unit[0] == '年' || unit[0] == '月' || unit[0] == '日' {
				continue
			}
			return i, j, string(v), true
		}
	}
	return 0, 0, "", false
}

// claimFillers are the words a claim may put between the place and its
// number besides the indicator: the year, a copula.
var claimFillers = strings.NewReplacer("去年", "", "今年", "", "上年", "", "全年", "", "一共", "", "总共", "", "是", "", "有", "", "了", "", "的", "")

// claimYear is a year a claim names (2024年), of any report.
var claimYear = regexp.MustCompile(`(?:19|20)[0-9]{2}年`)

// namesOnlyIndicator reports whether the claim's words before its number
// (claim) name nothing but the place and the words the report writes right
// before the figure (城镇新增就业, 新增就业 for 城镇新增就业): a claim naming a company or
// a project (大洼区中蓝电子市场占有率15.7%, 大洼区盘锦港集装箱吞吐量…) speaks of
// that subject, and the report's figure for it is no figure of the city.
func (e *Engine) namesOnlyIndicator(claim, indicator string, s *PlaceSlot) bool {
	before := strings.ReplaceAll(claim, s.Name, "")
	if short := e.placeShort(s); short != "" {
		before = strings.ReplaceAll(before, short, "")
	}
	asked := claimFillers.Replace(claimYear.ReplaceAllString(strings.TrimSpace(before), ""))
	written := Normalize(indicator)
	if utf8.RuneCountInString(asked) < 2 {
		return false
	}
	if strings.Contains(written, asked) {
		return utf8.RuneCountInString(written)-utf8.RuneCountInString(asked) <= maxOmittedQualifier
	}
	return e.ix.lex != nil && e.ix.lex.namesSame(asked, written)
}

// namesSame reports whether asked says what written does in the lexicon's
// words (gdp增长 for 地区生产总值增长, 社零增长 for 社会消费品零售总额增长):
// each of its words is a member of a concept written names, and what is
// left of it, written writes.
func (lx *Lexicon) namesSame(asked, written string) bool {
	have := lx.Concepts(written)
	var rest strings.Builder
	named := false
	for i := 0; i < len(asked); {
		if w := leadingLatinWord(asked[i:]); w != "" {
			ids := lx.byWord[w]
			if !slices.ContainsFunc(ids, func(id int) bool { return slices.Contains(have, id) }) {
				return false
			}
			named = true
			i += len(w)
			continue
		}
		longest := memberRef{concept: -1}
		for _, m := range lx.byFirst[[]rune(asked[i:])[0]] {
			if len(m.word) > len(longest.word) && strings.HasPrefix(asked[i:], m.word) {
				longest = m
			}
		}
		if longest.concept < 0 {
			_, size := utf8.DecodeRuneInString(asked[i:])
			rest.WriteString(asked[i : i+size])
			i += size
			continue
		}
		if !slices.Contains(have, longest.concept) || lx.writesOnlyPartOf(written, longest) {
			return false
		}
		named = true
		i += len(longest.word)
	}
	return named && strings.Contains(written, rest.String())
}

// writesOnlyPartOf: written names m's concept only by a shorter member m
// holds (收入 of 居民收入: 一般公共预算收入 is no 居民收入).
func (lx *Lexicon) writesOnlyPartOf(written string, m memberRef) bool {
	if strings.Contains(written, m.word) {
		return false
	}
	for _, w := range lx.concepts[m.concept].members {
		if len(w) < len(m.word) && strings.Contains(m.word, w) && strings.Contains(written, w) {
			return true
		}
	}
	return false
}

// maxOmittedQualifier is how much of the report's indicator a claim may
// leave out (城镇 of 城镇新增就业).
const maxOmittedQualifier = 2

// leadingLatinWord is the run of ASCII letters s starts with ("gdp").
func leadingLatinWord(s string) string {
	n := 0
	for n < len(s) && isASCIILetter(s[n]) {
		n++
	}
	return s[:n]
}

// insideClause declines a question about a part of the city (a district,
// a zone) with the clause c that names it and holds what was asked.
func (e *Engine) insideClause(ans *Answer, d *Draft, s *PlaceSlot, c Citation) {
	name := s.nameIn(ans.Lang)
	zh, en := "报告没有直接回答这个问题。报告提到"+name+"的是：", "The report does not answer this directly. Where it mentions "+name+":"
	if d.Intent.Figure && !d.Intent.Topic {
		zh, en = "报告没有给出"+name+"的这项数字。报告提到"+name+"的是：", "The report gives no such figure for "+name+". Where it mentions "+name+":"
	}
	ans.relatedOnly(GroundOtherPlace, zh, en)
	ans.addQuote(c)
}

// insideUnfound points a question about a part of the city that nothing
// retrieved answered ("盘锦高新区已经升格成国家高新区了") at the clause
// that names the part and holds what was asked, when one does: the
// report speaks of it (支持盘锦高新区争创国家高新区), which "没有单列"
// and the nearest sections hide. The answer stays declined.
func (e *Engine) insideUnfound(d *Draft) bool {
	s, ans := d.place, d.Answer
	if s == nil || ans.Found || d.Lookup || s.Relation != PlaceInside || s.part || s.short ||
		ans.Understood.Grounding != GroundOtherPlace || slices.ContainsFunc(ans.Parts, func(p Part) bool { return p.Type == PartQuote }) {
		return false
	}
	p, sp, ok := e.placeNamingClause(d, s, e.placeShort(s))
	if !ok {
		return false
	}
	ans.Parts, ans.Citations = nil, []Citation{}
	e.insideClause(ans, d, s, citationFor(p, trimSpan(p.Text, sp)))
	return true
}

// rankHeld finds a rank a text gives (第21位, 榜首, 前列, 30强) or its
// ranking as such (排名持续进位): what a question asking a place's 排名
// or 第几 wants of a quote naming it.
var rankHeld = regexp.MustCompile(`第[0-9一二三四五六七八九十]+|榜首|冠亚军|冠军|亚军|前列|[0-9一二三四五六七八九十]+强|首位|领先|排名|进位`)

// countOrdinal is 第几 asking which one of a count, not a rank: 第几段
// of the report, 第几轮 of an inspection, 第几批 of a list.
var countOrdinal = regexp.MustCompile(`第几(?:段|部分|章|节|轮|批|次|届|个|条|项|年|期)`)

// placeRankAsked reports whether norm asks a rank (排名, 第几) of what it
// names, not which one of a count (第几段).
func placeRankAsked(norm string) bool {
	return containsAny(norm, ordinalCues) && !countOrdinal.MatchString(norm)
}

// placeNamingClause is the first clause of d's report that names the place of s
// (or its short name) and holds a word of what was asked: what the report
// says of the place, which groundPlace and insideUnfound both quote.
func (e *Engine) placeNamingClause(d *Draft, s *PlaceSlot, short string) (*Paragraph, Span, bool) {
	holds := func(norm string) bool { return e.ix.namedIn(s, short, norm) && coveredShare(d.asked, norm) > 0 }
	return e.clauseHolding(d.Scope, holds, nil)
}
