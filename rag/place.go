package rag

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/places"
)

// PlaceSlot is a place a question names and how it stands to the reports:
// "understood.place" in an answer's JSON.
type PlaceSlot struct {
	Name string `json:"name"`
	Kind string `json:"kind"`
	// Relation is own (a report's own place), inside (a district or port
	// of it), wider (its province, the country) or other.
	Relation string `json:"relation"`
	// Report is the report about the place, when one is loaded.
	Report string `json:"report,omitempty"`
	// mentioned: the place is named in the report's text, which may then
	// speak of it (a quote naming it can answer).
	mentioned bool
	english   string
	// names are the other names a report's metadata gives the place.
	names []string
	// short: read from the short name standing alone (大洼 for 大洼区),
	// which a claim may set before a thing the report names elsewhere
	// (大洼海洋牧场): no ground to swap the place the report writes.
	short bool
	// part: a part of the city that is no division of it (its port, a
	// scenic area, a bank), read for a figure question (partAsked): a
	// quote must name it and hold what was asked.
	part bool
}

// Place relations, worst last.
const (
	PlaceOwn    = "own"
	PlaceInside = "inside"
	PlaceWider  = "wider"
	PlaceOther  = "other"
)

var placeSeverity = map[string]int{PlaceOwn: 0, PlaceInside: 1, PlaceWider: 2, PlaceOther: 3}

// homes are the reports' own places, by report id.
func homes(g *places.Gazetteer, reports []*Report) map[string]places.Place {
	out := map[string]places.Place{}
	for _, r := range reports {
		if p, ok := g.ByName(Normalize(r.Meta.City)); ok && r.Meta.City != "" {
			out[r.Meta.ID] = p
		}
	}
	return out
}

// readPlace finds the place a question asks about that matters most: one
// the reports are not about, before their own. nil when it names none (a
// question without a place asks about the reports' own).
func (ix *Index) readPlace(norm string, rep *Report) *PlaceSlot {
	if ix.gaz == nil {
		return nil
	}
	var worst *PlaceSlot
	found := ix.gaz.Find(norm)
	for _, m := range found {
		if s := ix.askedPlaceSlot(norm, found, m, rep); s != nil && severer(s, worst) {
			worst = s
		}
	}
	for _, p := range ix.inner {
		if rep != nil && p.slot.Report != rep.Meta.ID || !p.namedIn(norm) {
			continue
		}
		if s := p.slot; severer(&s, worst) {
			worst = &s
		}
	}
	if s := ix.localShortPlace(norm, rep); s != nil && severer(s, worst) {
		worst = s // "大洼去年新增就业": 大洼区
	}
	if s := ix.localLatinPlace(norm, rep); s != nil && severer(s, worst) {
		worst = s // "What is planned for Dawa?": 大洼区
	}
	if worst == nil {
		// "胡家镇的稻蟹共生面积": a town the register does not list and the
		// report does not name is, at most, a part of its city.
		if t := unlistedTown(norm, ix.corpusFor(rep)); t != "" {
			worst = &PlaceSlot{Name: t, Kind: "town", Relation: PlaceInside}
		}
	}
	if worst == nil {
		// "中央今年财政收入目标", "national GDP target": the central
		// government's or the country's figure.
		worst = ix.centralAsked(norm, rep)
	}
	if worst == nil && asksWholeProvince(norm) {
		// "全省去年进出口增长多少", "省里的目标": the province of the report in scope.
		worst = ix.wholeProvince(rep)
	}
	if r := severalProvinces(norm); r != nil && (worst == nil || worst.Relation != PlaceOther) {
		worst = r // "Northeast China" names the region, not the country
	}
	return worst
}

// askedPlaceSlot is the slot of the place gazetteer mention m (one of
// found) names in question norm, nil when m is no place asked: where the
// asker is from, a word that only looks like a place, or a place word
// inside a name the report writes.
func (ix *Index) askedPlaceSlot(norm string, found []places.Mention, m places.Mention, rep *Report) *PlaceSlot {
	if ix.askerAside(norm, m, rep) {
		return nil // "我是沈阳的，想问盘锦…": where the asker is from, not asked
	}
	if m.As == "国家" && !ix.countrySubject(norm, m.Start, m.End, rep) {
		return nil // 国家级, 国家公园: "national", almost never the whole country
	}
	if ix.startsMidWord(norm, m.Start) {
		return nil // "吃的东西安全": the words 东西 and 安全, not the city of 西安
	}
	if ix.namesReportTerm(norm, m.As, rep) {
		return nil // "Jincheng Petrochemical": the report's 锦城石化, not the city of 晋城
	}
	if m.As != "" && m.As[0] < 0x80 && ix.latinOpensName(norm, m.End, placeForms(m.Place, PlaceOther), rep) {
		return nil // "Dalian University of Technology": the report's 大连理工大学
	}
	s := ix.relate(m.Place, rep)
	if m.Place.Kind != places.KindCountry && (s.Relation == PlaceWider || s.Relation == PlaceOther) &&
		writesPlaceWith(ix.scopeTexts(rep), placeForms(m.Place, s.Relation), readAskedAfter(norm, m.End)) {
		return nil // "辽宁省稳增长奖励资金": the report's 省稳增长奖励资金
	}
	if m.Place.Kind == places.KindCountry && (m.As == "全国" || m.As == "中国") && !countAsked.MatchString(norm[m.End:]) &&
		writesCountryWith(ix.scopeTexts(rep), []string{m.As}, readAskedAfter(norm, m.End)) {
		// "全国文明城市创建目标": the report's 全国文明城市, and "中国女篮"
		// its 中国女篮职业赛事 (a team the city hosted). A count asked
		// of it (全国化工园区有多少个) is the country's, which the report
		// does not give: its 全国…30强 counts no parks.
		return nil
	}
	if m.As == "全国" && actsAcrossCountry(ix.scopeTexts(rep), norm[:m.Start]) {
		return nil // "体验店全国开几家": the report's 在全国推广建设…体验店, the city's own
	}
	if m.Place.Kind != places.KindCountry && (s.Relation == PlaceWider || s.Relation == PlaceOther) &&
		namesInstitution(ix.scopeTexts(rep), placeForms(m.Place, s.Relation), readAskedAfter(norm, m.End)) {
		return nil // "辽宁数字商业产业学院": a college the report names, not the province
	}
	if namesRoadEnd(ix.scopeTexts(rep), m.Place, norm, m.Start, m.End) {
		return nil // "往北京去的那条高速": the report's 京哈高速, not Beijing
	}
	if namesRouteEnd(ix.scopeTexts(rep), found, norm, m) {
		return nil // "阜新到盘锦通火车": the report's 阜盘铁路, not Fuxin
	}
	s.english = m.Place.English
	if m.Place.Code == "CN" && m.As[0] >= 0x80 {
		s.Name = m.As // 全国, not 中国
	}
	return s
}

// severer reports whether slot s matters more than worst, the place
// found so far (nil when none): readPlace keeps the one the reports are
// least about.
func severer(s, worst *PlaceSlot) bool {
	return worst == nil || placeSeverity[s.Relation] > placeSeverity[worst.Relation]
}

// provinceGroups are regions of several provinces the register does not
// list (东北三省, 长三角), each with its English name: a figure of one is
// no figure of the city in it. Not 东北 alone, which names things of the
// report's own (东北新发地农产品供应中心).
var provinceGroups = [][2]string{
	{"东北三省", "the three northeastern provinces"}, {"东三省", "the three northeastern provinces"},
	{"东北地区", "Northeast China"}, {"东北四省区", "Northeast China"}, {"华北地区", "North China"},
	{"长三角", "the Yangtze River Delta"}, {"珠三角", "the Pearl River Delta"}, {"京津冀", "Beijing-Tianjin-Hebei"},
	{"粤港澳大湾区", "the Greater Bay Area"}, {"环渤海地区", "the Bohai Rim"},
	{"three northeastern provinces", "the three northeastern provinces"}, {"northeast china", "Northeast China"},
}

// severalProvinces is the region of several provinces norm names, as a
// wider place; nil when it names none.
func severalProvinces(norm string) *PlaceSlot {
	for _, g := range provinceGroups {
		if strings.Contains(norm, g[0]) {
			return &PlaceSlot{Name: g[0], Kind: "region", Relation: PlaceWider, english: g[1]}
		}
	}
	return nil
}

// namesReportTerm reports whether a place name, as an English question
// spells it, opens a phrase the lexicon has for a term the report writes:
// "Jincheng Petrochemical" is the report's 锦城石化, a company named after
// a place, not the city of 晋城 ("Jincheng's GDP" still is).
func (ix *Index) namesReportTerm(norm, as string, rep *Report) bool {
	if as == "" || as[0] >= 0x80 || ix.lex == nil {
		return false
	}
	i := strings.Index(norm, as)
	if i < 0 {
		return false
	}
	words := strings.FieldsFunc(norm[i+len(as):], func(r rune) bool { return r >= 0x80 || !unicode.IsLetter(r) && r != '-' })
	after := " " + strings.Join(words[:min(len(words), 2)], " ")
	if len(words) > 0 && strings.HasPrefix(words[0], "-") {
		after = after[1:] // "Beijing-Harbin": one compound, the report's 京哈
	}
	// The word before a hyphen is part of the name as well: the lexicon
	// knows the pair whole (beijing-harbin, the report's 京哈), so the Harbin
	// of "Beijing-Harbin" names no city either.
	before := ""
	if i > 0 && norm[i-1] == '-' {
		from := i - 1
		for from > 0 && (unicode.IsLetter(rune(norm[from-1])) && norm[from-1] < 0x80) {
			from--
		}
		before = norm[from:i]
	}
	alone := ix.lex.Expand(before + after)
	corpus := ix.corpusFor(rep)
	return slices.ContainsFunc(ix.lex.Expand(before+as+after), func(t string) bool { return !slices.Contains(alone, t) && corpus.Contains(t) })
}

// wholeProvince is the province of the report in scope (or the newest),
// as 全省 names it; nil when its place is unknown.
func (ix *Index) wholeProvince(rep *Report) *PlaceSlot {
	if rep == nil {
		rep = ix.Latest()
	}
	home, ok := ix.homes[rep.Meta.ID]
	if !ok {
		return nil
	}
	prov, ok := ix.gaz.ByCode(home.Parent)
	if !ok {
		return nil
	}
	return &PlaceSlot{Name: prov.Name, Kind: prov.Kind, Relation: PlaceWider, english: prov.English}
}

// relate places p against the homes of the reports in scope.
func (ix *Index) relate(p places.Place, rep *Report) *PlaceSlot {
	s := &PlaceSlot{Name: p.Name, Kind: p.Kind, Relation: PlaceOther}
	for _, r := range ix.reports {
		home, ok := ix.homes[r.Meta.ID]
		if !ok || rep != nil && r != rep {
			continue
		}
		switch {
		case home.Code == p.Code || p.Kind == places.KindPort && p.Parent == home.Code:
			// The city's own port (盘锦港) is the city's: the report
			// speaks of it as 港口 as often as by name.
			return &PlaceSlot{Name: p.Name, Kind: p.Kind, Relation: PlaceOwn, Report: r.Meta.ID}
		case ix.gaz.Contains(home, p):
			s.Relation, s.Report = PlaceInside, r.Meta.ID
		case ix.gaz.Contains(p, home) && s.Relation == PlaceOther:
			s.Relation = PlaceWider
		}
	}
	corpus := ix.corpusFor(rep)
	s.mentioned = corpus.Contains(Normalize(p.Name)) || p.Short != "" && corpus.Contains(Normalize(p.Short))
	return s
}

// ordinalCues ask a place in a ranking by its number (第几, 排名).
var ordinalCues = []string{"排名", "第几", "排第", "名次", "多少位"}

// rankCues ask where the report's own place stands among others: a
// question naming its province or the country to ask a rank is about the
// report's place ("在全省排第几").
var rankCues = []string{"排名", "第几", "排第", "位居", "领先", "第一", "前列", "高于", "低于", "超过", "比全省", "全省平均", "快于", "慢于", "不如", "落后于", "跑赢", "跑输",
	"rank", "ranked", "ranking", "first in", "fastest in", "highest in", "best in", "top in", "ahead of", "higher than", "lower than",
	"faster than", "above the", "below the", "compare with", "compared with", "compared to", "provincial average", "national average"}

// aheadOfPlace asks by how much the report's place is ahead (高出全省,
// 超出了全国平均): 高出 and 超出 only before a place, never inside other
// words (提高出口).
var aheadOfPlace = regexp.MustCompile(`[高超]出了?(?:全省|全国|全市|省|国|平均)`)

// asksRank reports whether norm asks where the report's own place stands
// among others.
func asksRank(norm string) bool {
	return containsAny(norm, rankCues) || aheadOfPlace.MatchString(norm) || bestAcross.MatchString(norm) ||
		besideWider.MatchString(norm)
}

// besideWider sets the report's place beside the province or the country
// with the wider place first ("跟全省比呢", "和全国平均水平相比"): where
// the city stands, not the wider place's own figure.
var besideWider = regexp.MustCompile(`(?:跟|和|与|同)(?:全省|全国|省内|国内)(?:的)?(?:平均)?(?:水平)?(?:相比|比较|对比|比)`)

// bestAcross asks whether the report's place is the best of the province
// or the country ("是全省最快的吗", "全国增速最高"): its standing among
// others, which a rank the report gives answers, not the wider place's own
// figure.
var bestAcross = regexp.MustCompile(`(?:全省|全国|省内|国内)[^，,。？?]{0,4}?最(?:快|高|多|大|好)`)

// placeDeclines reports whether the place a question names rules out an
// answer from the reports: another place they do not speak of, or, for a
// figure, the province or the country as a whole.
func (a analysis) placeDeclines() bool {
	s := a.place
	switch {
	case s == nil:
		return false
	case s.Relation == PlaceOther:
		return !s.mentioned
	case s.Relation == PlaceWider:
		// "辽宁省今年GDP目标": the province's figure. Not "盘锦…在全国推广"
		// or "在全省排第几", which ask about the report's own place.
		if a.placeClause != "" {
			// "盘锦…全省第一，那全省平均增长多少": the rank is the premise;
			// the asking clause asks the province's own figure.
			return a.figure && !asksRank(a.placeClause) && !comparedBefore.MatchString(a.placeClause)
		}
		// "辽宁今年固定资产投资目标" asks the province's target, 多少 or not.
		// "全国今年粮食产量110万吨左右？" states the country's figure to be
		// confirmed (not "纳入全国名录的6个…是哪6个", which asks).
		claimed := statesFigure(a.norm) && ClaimShaped(a.norm) && !containsAny(a.norm, questionWords)
		asksFigure := a.figure || containsAny(a.norm, wideTargetCues) || claimed
		return asksFigure && !a.ownPlace && !asksRank(a.norm) && !rankStated.MatchString(a.norm) &&
			!actsAcross.MatchString(a.norm) && !listedAcross.MatchString(a.norm)
	}
	return false
}

// rankStated finds a rank a question states of its own place in the
// province or the country ("进出口增速是全省第二对吧", "全省前三吗",
// "全国30强"): a premise about the report's place, which the report may
// confirm or correct, not the wider place's own figure.
var rankStated = regexp.MustCompile(`(?:全省|全国|全市|省内|国内)[^，,。？?]{0,10}?(?:第|前)(?:[一二三四五六七八九十]+|[0-9]+)|(?:[一二三四五六七八九十]+|[0-9]+)强`)

// actsAcross finds the country or the province as where the report's city
// acts ("体验店今年要在全国开多少个", "在全省率先…"): the city's own figure,
// not the wider place's. Spreading verbs need no preposition ("全国推广体验店
// 多少个"): the country spreads nothing of the city's but by its hand.
// 整, 搞, 弄 and 办 are the spoken verbs of doing ("体验店要在全国整多少家"):
// after 在全国 they too say where the city acts.
var actsAcross = regexp.MustCompile(`(?:在|向|面向|到|往)(?:全国|全省|国内|省内)(?:范围内?)?(?:率先|推广|开设?|建设?|布局|复制|铺开|设立|推出|打响|叫响|整|搞|弄|办)|(?:全国|全省)(?:范围内?)?(?:推广|复制|铺开)`)

// listedAcross finds the country or the province as the scope of a list
// the city's things enter ("多少个土特产纳入全国名特优新农产品名录"): how
// many of the city's, not the wider place's figure.
var listedAcross = regexp.MustCompile(`(?:纳入|入选|列入|进入|登上|荣登)(?:全国|全省)[^，,。？?]{0,12}(?:名录|名单|目录|榜)`)

// wideTargetCues ask a target, which of a wider place is its figure.
var wideTargetCues = []string{"目标", "预期", "target"}

// widerAsked reads a question that states the report's own place's
// figure or rank and then asks, in a clause of its own, the province's or
// the country's: "盘锦固投增速全省第一，那全省平均增长多少" asks the
// province's average, which a rank does not give. It returns that place
// and the asking clause; ok is false when the question is one clause, its
// asking clause names the own place too, or it asks no wider place.
func (ix *Index) widerAsked(norm string, rep *Report) (s *PlaceSlot, clause string, ok bool) {
	clause = askingClause(norm)
	stated := norm[:len(norm)-len(clause)]
	if clause == "" || ix.stripPlaces(stated) == stated {
		return nil, "", false // the statement before names no own place
	}
	if containsAny(stated, questionCues) {
		return nil, "", false // "盘锦就业目标多少，全省呢" asks the own place's too
	}
	if ix.stripPlaces(clause) != clause || containsAny(clause, ownSelves) {
		return nil, "", false
	}
	s = ix.readPlace(clause, rep)
	if s == nil || s.Relation != PlaceWider {
		return nil, "", false
	}
	return s, strings.Replace(clause, "平均", "", 1), true
}

// questionCues ask something: a clause holding one is a question, not a
// statement a later clause sets out from.
var questionCues = []string{"多少", "几", "吗", "什么", "啥", "哪", "怎么", "如何", "?", "？", "how ", "what ", "which "}

// askingClause is the clause a question asks in when it first states
// something: what follows its last comma or a turn (那么), "" when it has
// neither.
func askingClause(norm string) string {
	at := -1
	for _, c := range []string{"，", ",", "；", ";", "那么"} {
		if i := strings.LastIndex(norm, c); i > 0 && i+len(c) > at {
			at = i + len(c)
		}
	}
	if at < 0 || at >= len(norm) {
		return ""
	}
	return strings.TrimPrefix(strings.TrimSpace(norm[at:]), "那")
}

// nameIn is the place's name for an answer in lang: its English name in
// English, where the register has one.
func (s *PlaceSlot) nameIn(lang string) string {
	if lang == "en" && s.english != "" {
		return s.english
	}
	return s.Name
}

// placeSentence says why a question about a place is not answered.
func (e *Engine) placeSentence(a analysis) string {
	s := a.place
	home := e.homeName(a, a.lang == "en")
	name := s.nameIn(a.lang)
	switch {
	case s.Relation == PlaceInside && a.lang == "en":
		return fmt.Sprintf("The report gives figures for %s as a whole, not for %s.", home, name)
	case s.Relation == PlaceInside:
		return fmt.Sprintf("报告给出的是%s全市的情况，没有单列%s的。", home, name)
	case s.Relation == PlaceWider && a.lang == "en":
		return fmt.Sprintf("The report is about %s; it gives no figures for %s as a whole.", home, name)
	case s.Relation == PlaceWider:
		return fmt.Sprintf("报告讲的是%s，没有给出%s的数字。", home, name)
	case a.lang == "en" && s.mentioned:
		return fmt.Sprintf("The report is about %s; it gives nothing on this for %s.", home, name)
	case a.lang == "en":
		return fmt.Sprintf("The report is about %s; it says nothing about %s.", home, name)
	case s.mentioned:
		// It names the place elsewhere (联合大连申报…): not nothing of it.
		return fmt.Sprintf("报告讲的是%s，没有给出%s的这方面内容。", home, name)
	}
	return fmt.Sprintf("报告讲的是%s，没有%s的内容。", home, name)
}

// homeName is the place the report in scope (or the newest) is about.
func (e *Engine) homeName(a analysis, english bool) string { return e.homeOf(a.rep, english) }

// homeOf is the place report r (the newest when nil) is about.
func (e *Engine) homeOf(r *Report, english bool) string {
	if r == nil {
		r = e.ix.Latest()
	}
	if english {
		for _, al := range r.Meta.Aliases {
			if isLatinWord(Normalize(al)) {
				return al
			}
		}
	}
	if r.Meta.City != "" {
		return r.Meta.City
	}
	return r.Meta.Title
}

// placeHeld reports whether text names the place (namesPlace) or the aid
// sent to it (aidHeld).
func placeHeld(s *PlaceSlot, short, text string) bool {
	return namesPlace(s, short, text) || aidHeld(short, text)
}

// namesPlace reports whether text names the place outright: its full or
// short name, or a name its report's metadata gives it.
func namesPlace(s *PlaceSlot, short, text string) bool {
	return strings.Contains(text, Normalize(s.Name)) || short != "" && strings.Contains(text, Normalize(short)) ||
		slices.ContainsFunc(s.names, func(n string) bool { return ContainsTerm(text, n) })
}

// aidHeld reports whether text names a province by the word for aid sent
// to it, 援 before its one-character name (援疆 Xinjiang, 援藏 Tibet): the
// report's 援疆项目 is the city's project in Xinjiang, and answers what it
// builds there. Only after 援: the character alone opens other words (疆域).
func aidHeld(short, text string) bool {
	a := provinceAbbrev[short]
	return a != "" && strings.Contains(text, "援"+a)
}

// innerPlace is a place inside a report's own that the report's metadata
// names (places:), which the register of divisions does not list.
type innerPlace struct {
	names []string // the name and its aliases, normalized
	slot  PlaceSlot
}

// namedIn reports whether a normalized question names the place.
func (p innerPlace) namedIn(norm string) bool {
	return slices.ContainsFunc(p.names, func(n string) bool { return ContainsTerm(norm, n) })
}

// innerPlaces are the places the reports' metadata names inside their own.
func innerPlaces(reports []*Report) []innerPlace {
	var out []innerPlace
	for _, r := range reports {
		for _, pm := range r.Meta.Places {
			p := innerPlace{slot: PlaceSlot{Name: pm.Name, Kind: cmp.Or(pm.Kind, "zone"), Relation: PlaceInside, Report: r.Meta.ID}}
			for _, name := range append([]string{pm.Name}, pm.Aliases...) {
				n := Normalize(name)
				p.names = append(p.names, n)
				if p.slot.english == "" && n != "" && n[0] < 0x80 {
					p.slot.english = name
				}
				p.slot.mentioned = p.slot.mentioned || textHolds(r, n)
			}
			p.slot.names = p.names
			out = append(out, p)
		}
	}
	return out
}

// textHolds reports whether a paragraph of r holds term (normalized).
func textHolds(r *Report, term string) bool {
	return slices.ContainsFunc(r.Paragraphs, func(p Paragraph) bool { return ContainsTerm(Normalize(p.Text), term) })
}

// townName is a town or a subdistrict by its name: two characters and 镇
// or 街道 (胡家镇, 兴隆街道).
var townName = regexp.MustCompile(`\p{Han}{2}(?:镇|街道)`)

// notTownRunes end words that are no town's name before 镇: 城镇, 乡镇,
// 重点镇, 小镇, 古镇, 这个镇, 冰镇…, and verbs of going (去镇上取快递,
// 回镇里); and their first characters, the question's time and pointing
// words (去年城镇…, 那个镇).
const (
	notTownLast  = "城乡村集点小古名强全本该各个冰坐每些哪去到回进往赶"
	notTownFirst = "年月去今明前这那哪每各全本该个的在是有和与"
)

// unlistedTown is the first town name in norm that the report's text does
// not hold; "" when none.
func unlistedTown(norm string, corpus textIndex) string {
	if !strings.Contains(norm, "镇") && !strings.Contains(norm, "街道") {
		return ""
	}
	for _, loc := range townName.FindAllStringIndex(norm, -1) {
		m := norm[loc[0]:loc[1]]
		rs := []rune(m)
		if strings.ContainsRune(notTownLast, rs[1]) || strings.ContainsRune(notTownFirst, rs[0]) || isStopRune(rs[0]) || isStopRune(rs[1]) {
			continue
		}
		// Three characters when the one before could start the name
		// (田庄台镇, 二界沟镇), not a time or pointing word (今年胡家镇).
		if r, size := utf8.DecodeLastRuneInString(norm[:loc[0]]); isHan(r) && !strings.ContainsRune(notTownFirst, r) && !isStopRune(r) {
			m = norm[loc[0]-size : loc[1]]
		}
		if !corpus.Contains(m) {
			return m
		}
	}
	return ""
}

// localNames are the full and short names of the register's places inside
// the reports' own (盘山县 and 盘山, 大洼区 and 大洼) and of their ports
// (盘锦港): what a report writes to say where in its city a thing is.
// shorts are the short names of those divisions alone (盘山 of 盘山县):
// Find leaves a county's short name alone (和平, 新华 are words), while a
// report writes its own divisions so in lists (完成盘山、大洼…).
func localNames(g *places.Gazetteer, homes map[string]places.Place) (names, shorts []string) {
	for _, p := range g.Places() {
		for _, home := range homes {
			if !g.Contains(home, p) {
				continue
			}
			for _, n := range []string{p.Name, p.Short} {
				if utf8.RuneCountInString(n) >= 2 && !slices.Contains(names, n) {
					names = append(names, n)
				}
			}
			if p.Code != home.Code && utf8.RuneCountInString(p.Short) >= 2 && !slices.Contains(shorts, p.Short) {
				shorts = append(shorts, p.Short)
			}
		}
	}
	return names, shorts
}

// askFillers may open a question before the place it asks about.
var askFillers = []string{"请问", "那么", "那", "我想知道", "想问下", "想问"}

// periodWordRe finds a period word that may stand between a place opening a question and what it
// asks of it ("国家今年GDP目标").
var periodWordRe = regexp.MustCompile(`^(?:的)?(?:今年|去年|明年|本年|[0-9]{4}年)`)

// countrySubject reports whether 国家 (or 中央) at norm[start:end] names
// the whole country as what a question asks about: it opens the question ("国家今年
// GDP目标", "国家粮食产量目标"), and is followed by a period word or by
// words the report never writes after 国家 (国家公园, 国家高新区,
// 国家级… are the report's own honours and places).
func (ix *Index) countrySubject(norm string, start, end int, rep *Report) bool {
	if !opensQuestion(norm[:start]) {
		return false
	}
	rest := norm[end:]
	if periodWordRe.MatchString(rest) {
		return true
	}
	rest = strings.TrimPrefix(rest, "的")
	r := []rune(rest)
	if len(r) < 2 || r[0] == '级' {
		return false
	}
	return !ix.corpusFor(rep).Contains(norm[start:end] + string(r[:2]))
}

// opensQuestion reports whether what stands before a word is nothing but
// a filler that may open a question.
func opensQuestion(before string) bool {
	before = strings.TrimSpace(before)
	for _, f := range askFillers {
		before = strings.TrimPrefix(before, f)
	}
	return strings.TrimSpace(before) == ""
}

// nationalFigureRe finds an English question asking the country's figure:
// "national" before a figure's name ("the national GDP target", "national
// import and export target"), not a national-level honour or zone.
var nationalFigureRe = regexp.MustCompile(`\bnational (?:average|gdp|target|goal|import|export|foreign trade|retail|fixed|grain|employment|unemployment|jobs|fiscal|revenue|budget|economic|economy|growth|cpi|inflation|population)`)

// centralAsked is the country, as a wider place, when a question asks the
// central government's figure (中央 opening it, as 国家 does in
// countrySubject) or the national one in English; nil otherwise.
func (ix *Index) centralAsked(norm string, rep *Report) *PlaceSlot {
	name := ""
	switch {
	case nationalFigureRe.MatchString(norm):
		name = "全国"
	case strings.Contains(norm, "中央"):
		i := strings.Index(norm, "中央")
		if !ix.countrySubject(norm, i, i+len("中央"), rep) ||
			writesCountryWith(ix.scopeTexts(rep), []string{"中央", "央"}, readAskedAfter(norm, i+len("中央"))) {
			return nil // "中央媒体刊发多少篇": the report's 中央主要媒体
		}
		name = "中央"
	default:
		return nil
	}
	p, ok := ix.gaz.ByName("全国")
	if !ok {
		return nil
	}
	s := ix.relate(p, rep)
	s.Name, s.english = name, p.English
	return s
}

// beforeBesideWider is norm up to where it sets the report's place beside
// the province or the country ("进出口增速跟全省比呢" → 进出口增速): what it
// compares is what it asks, a rate there asking a rate.
func beforeBesideWider(norm string) string {
	if at := besideWider.FindStringIndex(norm); at != nil {
		return strings.TrimRight(norm[:at[0]], "，, ")
	}
	return norm
}

// homeThingFor: correction p puts the report's own city where the claim
// names another city's thing (盘锦港 for 锦州港, 营口港): a city's report
// speaks of its own port, and another city's is another port, not a
// misnaming of it; the claim asks of a place the report does not cover.
// A place of another city the report itself names in the slot (锦州义县
// for 锦州凌海) is corrected as ever.
func (e *Engine) homeThingFor(s *PlaceSlot, p Part, rep *Report) bool {
	if s.Relation != PlaceOther {
		return false
	}
	said := Normalize(p.Figure.Value)
	return e.ix.anyReport(rep, func(r *Report) bool {
		_, han := homeNameForms(r)
		return slices.ContainsFunc(han, func(h string) bool { return strings.HasPrefix(said, h) })
	})
}
