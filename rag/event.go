package rag

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/places"
)

// event is a happening residents ask the date or place of — an airport
// opening to flights, a plant starting production — with the words that
// ask for it and the words by which a quote tells it. A report that only
// names the project ("推进…盘锦民用运输机场…前期工作") does not say when it
// opens; a plan quote that names the event ("推动华锦阿美项目机械竣工")
// does: this year.
type event struct {
	asked []string
	told  *regexp.Regexp
}

var events = []event{
	{[]string{"通航", "坐上飞机", "坐飞机", "起飞", "flights"}, regexp.MustCompile(`通航|开航`)},
	{[]string{"投产", "出产品", "开始生产", "start production", "begin production", "start producing"}, regexp.MustCompile(`投产|达产`)},
	{[]string{"通车", "能走车", "open to traffic"}, regexp.MustCompile(`通车|建成|竣工|贯通`)},
	{[]string{"建成", "建好", "修好", "完工", "竣工", "be completed", "be finished", "be built", "completed", "finished"}, regexp.MustCompile(`建成|竣工|完工|投用|交付`)},
	{[]string{"开工", "动工", "开建", "start construction", "break ground"}, regexp.MustCompile(`开工|动工|开建`)},
	{[]string{"批下来", "获批", "批准", "批复", "be approved", "get approved", "approval"}, regexp.MustCompile(`获批|批准|批复|认定`)},
	// A plan to hold an event this year says nothing of its day.
	{[]string{"举办", "举行", "开跑", "开赛", "be held", "take place", "is held", "start running"}, heldDayTold},
	{[]string{"开业", "开张", "open", "opens", "opening"}, regexp.MustCompile(`开业|开放|开通|通航|通车|投用|投入使用|运营|建成|竣工`)},
	// An honour is told by its award (获评, 入选); striving for it (争创)
	// or building up to it (建设…文明城市) gives no year it was won.
	{[]string{"评为", "评上", "获评", "评选为", "荣获", "被授予", "was named", "was awarded"}, regexp.MustCompile(`获评|评为|评上|荣获|入选|获批|授予|命名|跻身|晋升`)},
}

// heldDayTold is how a quote tells the day of a gathering.
var heldDayTold = regexp.MustCompile(`[0-9]+月|[0-9]+日`)

// whenCues ask for a date; whereCues for a place.
var (
	whenCues  = []string{"啥时候", "什么时候", "何时", "哪年", "哪一年", "几时", "多会儿", "啥时", "什么时间", "多久能", "多长时间能", "何年", "when will", "when does", "when is", "when did", "when do", "what year", "what date", "by when", "how soon"}
	whereCues = []string{"通往哪", "飞往哪", "开往哪", "通到哪", "飞到哪", "开到哪", "飞哪", "去哪儿的", "去哪的", "到哪儿的", "到哪的", "建在哪", "在哪建", "选址", "建在什么地方",
		"在哪个社区", "在哪个村", "在哪个街道", "在什么位置", "在什么地方",
		"在哪个区", "在哪个县", "位置在", "地址", "具体位置",
		"where will", "where is it", "which cities", "what destinations", "destinations", "where will it be built"}
	// placeTold is how a quote tells a place (timeTold a time: when.go).
	// Not 至 alone: 提升至45%, 升至第21位 tell no place.
	placeTold = regexp.MustCompile(`飞至|开至|直达|飞往|开往|通往|往返|选址|位于|坐落|建在|落户`)
	// whereHeld asks where an event is held: 冰钓赛在哪办, 在哪里举行 (not
	// 在哪办理, a procedure's to answer). Only a plan's quotes leave it
	// open: what the review says was held (承办, 成功举办) was held here,
	// or the name says where (巴黎残奥会).
	whereHeld = regexp.MustCompile(`(?:哪里|哪儿|哪)(?:举办|举行|召开|开赛|比赛|办(?:[^理]|$))|举办地`)
)

// gatheringWhen asks when a gathering — a race, a congress, a festival, a
// show — takes place: a plan to hold it this year gives no day, so the
// plan's year does not answer, as for 举办 asked (万人徒步大会什么时候).
// Not 擂台赛 or 竞赛, contests a plan runs rather than events held.
var gatheringWhen = regexp.MustCompile(`(?:(?:^|[^台竞])赛|大会|运动会|节|博览会|展会|交易会|演出)(?:是|在|定在|要|会|大概)?(?:什么时候|啥时候|何时|几时|啥时)`)

// dayCues ask for a month or a day, finer than the year a plan or a
// result tells by itself; dayTold is how a quote tells one, or a part of
// the year (季度, 上半年, 年初) that narrows it as far.
var (
	dayCues = []string{"哪个月", "哪一个月", "哪月", "几月", "哪天", "哪一天", "几号", "哪日", "具体日期", "具体时间", "什么日子",
		"which month", "what month", "which day", "what day", "exact date"}
	dayTold = regexp.MustCompile(`[0-9一二三四五六七八九十]+月|[0-9]+日|月底|月初|月中|季度|上半年|下半年|年初|年中`)
)

// whereAsked asks where a thing is, goes or comes from, in words the
// cues above do not list: "副城区是哪里", "新区具体指哪个区", "航线是去哪里
// 的", "阜盘铁路连接哪里", "从哪里调水", "Where is the Huajin Aramco
// project?". A sentence only naming the thing says none of it. 从哪里
// only before a carrying verb: 从哪里发力 asks how, not where. English
// only as the whole question of a thing's place, not of its rank or of
// the most.
var whereAsked = regexp.MustCompile(`(?:是|去|通向|连接|连通)(?:哪里|哪儿|哪个地方|什么地方)|` +
	`指(?:的是)?哪(?:个|些|几个|一个)?(?:区县|县区|区|县|乡镇|镇|村|街道|社区|城市|市|地方)|从(?:哪里|哪儿)(?:调|引|输|运)|^where (?:is|are) the [a-z0-9' -]+\??$`)

// whereAt asks where a thing is set, opened or done, in words the cues
// above do not list: "产业学院设在哪个学校", "体验店开在哪些城市", "在哪里办",
// "在哪个政务大厅办", "断面分别在哪条河上". The noun after 在哪个 must be a
// kind of place: 在哪些方面, 在哪个会上 and 在哪些产业上 ask which, not where.
// 在哪里办理 asks a procedure, groundDetails' to answer.
var whereAt = regexp.MustCompile(`[设开建办落]在哪|在哪(?:里|儿)?办(?:[^理]|$)|` +
	`在哪(?:个|些|几个|一个|条|座|所|家)\p{Han}{0,4}?(?:学校|城市|河|大厅|医院|小区|乡镇|镇|村|街道|园区|景区|地方|路|楼)`)

// whereNotPlace are words by which a where-question asks a standing, not
// a place: "where is the city ranked", "where is the biggest growth".
var whereNotPlace = []string{"rank", "most", "biggest", "largest", "highest", "fastest", "growth", "focus", "priorit", "problem", "gap"}

// whereEnd is "在哪" closing a question ("华锦阿美项目在哪"): not 在哪次会议
// or 在哪些方面, which ask which.
var whereEnd = regexp.MustCompile(`在哪(?:里|儿)?(?:呢|啊|呀|嘞)?(?:[？?。！!，,\s]|$)`)

// whoFirstCues ask who stands first in a ranking ("全国化工园区30强第一名是
// 哪家"): a quote giving the report's own place (升至第21位) does not answer.
var whoFirstCues = []string{"第一名是哪", "第一名是谁", "第一是哪", "第一是谁", "排第一的是", "排名第一的是", "谁排第一", "哪家排第一", "哪个排第一", "哪家第一", "谁是第一",
	"哪个城市排第一", "哪个市排第一", "哪个城市第一", "哪个市第一",
	"who is first", "who ranked first", "who is number one", "which ranked first", "which is first", "which one is first"}

// whoFirstEnglish asks which one stood first: "Which Liaoning city ranked first in…".
var whoFirstEnglish = regexp.MustCompile(`\bwhich (?:[a-z]+ ){0,3}(?:ranked|ranks|was|is|came|placed|stood) (?:first|no\.? ?1|number one|top)\b`)

// firstPlaceWords tell a first place: 全省第一, 榜首, 冠亚军…
var firstPlaceWords = []string{"第一", "首位", "榜首", "冠军", "冠亚军", "居首", "第1位", "第1名", "排名第1"}

// whoFirstAfter asks who holds the first place after naming it: "全省第一
// 的是哪个城市", "排第一的企业是哪家". The kind asked (城市, 企业) is a
// holder, not one of the report's own indicators ("全省第一的是什么" asks
// which of the city's figures ranks first, and a list answers it).
var whoFirstAfter = regexp.MustCompile(`第一(?:名|位)?的?(?:是|为)(?:哪(?:一|个|座|家|所)?(?:个)?(?:城市|市|地市|地区|县|区|省|企业|公司|园区|国家|学校)|谁)|第一(?:名|位)?的(?:城市|市|地市|地区|县|区|省|企业|公司|园区|国家|学校)(?:是|为)(?:哪|谁)`)

// AsksWhoFirst reports whether a normalized question asks who stands
// first: its 第一 is no place it claims for anything.
func AsksWhoFirst(norm string) bool {
	return containsAny(norm, whoFirstCues) || whoFirstAfter.MatchString(norm) || strings.Contains(norm, "which ") && whoFirstEnglish.MatchString(norm)
}

// whoTop asks who holds the first places ("全省前两名是哪两个市", "前三位的
// 城市是哪些", "哪几个市研发投入排在前面"): first among them is who is
// first, which the report's own rank (居全省第三) does not tell.
var whoTop = regexp.MustCompile(`前(?:[两二三四五六七八九十几]|[0-9]+)(?:名|位)?的?(?:城市|市|地市|县|区|省|企业)?(?:都|分别|依次)?(?:是|为)(?:哪|谁)|哪(?:[两二三四五六七八九十几些]|[0-9]+)?个?(?:城市|市|地市|县|区|省|企业)[^，,。？?]{0,8}?排(?:在|进)?(?:全省|全国)?前`)

// groundWhoFirst declines an answer to "who is first" whose quotes name no
// first place.
func (e *Engine) groundWhoFirst(d *Draft) {
	e.declineNoFirstPlace(d, AsksWhoFirst, "报告没有说谁排第一。相关内容：", "The report does not say who is first. Related text:")
}

// groundWhoTop declines an answer to "who are the first few" whose quotes
// name no first place: the report's own lower rank leaves them unnamed.
func (e *Engine) groundWhoTop(d *Draft) {
	e.declineNoFirstPlace(d, whoTop.MatchString, "报告没有说排在前面的是哪些。相关内容：", "The report does not say which ones lead. Related text:")
}

// declineNoFirstPlace offers as related text, with notice zh or en, an
// answer to a question asks finds asking who leads whose quotes name no
// first place: groundWhoFirst and groundWhoTop share it.
func (e *Engine) declineNoFirstPlace(d *Draft, asks func(string) bool, zh, en string) {
	ans := d.Answer
	if !ans.Found || d.Lookup || hasCorrection(ans) || !asks(d.norm) {
		return
	}
	if given := answerQuotes(ans); !containsAny(given, firstPlaceWords) {
		ans.relatedOnly(GroundNotAnswered, zh, en)
	}
}

// canHappenBy asks whether a thing can be done by then ("上半年能竣工验收
// 吗", "6月份会开通吗"): a plan for the year tells no month.
var canHappenBy = regexp.MustCompile(`(?:能|会|可以|能够|来得及)[^，,。？?]{1,16}?(?:吗|么|嘛)[？?。!！\s]*$`)

// eventByThen closes a question that states when a thing is done and asks
// only whether ("码头今年9月份竣工验收？", "一季度开工吧"): a plan for the
// year tells no month, as for canHappenBy.
// A body set up (挂牌, 成立, 揭牌) is such an event too: a plan to
// create it (协同创建辽河口国家公园) tells no month.
var eventByThen = regexp.MustCompile(`(?:竣工|完工|建成|投产|开工|通车|开通|投用|验收|启用|开业|运营|达产|挂牌|揭牌|成立)(?:了|的)?(?:吗|么|嘛|吧|没有?|对吗|是吗|对吧|是吧)?[？?。!！\s]*$`)

// byPartOfYear reports whether norm asks whether a thing happens within a
// part of the year (上半年, 6月份), as a month asked does.
func byPartOfYear(norm string) bool {
	return (canHappenBy.MatchString(norm) || eventByThen.MatchString(norm)) && subYear(norm) != ""
}

// groundEvents declines an answer to "when does X happen" whose quotes
// neither tell the event asked nor give a time, and one to "where does X
// go" whose quotes name no place: they are offered as related text.
func (e *Engine) groundEvents(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || hasCorrection(ans) {
		return
	}
	// "飞往哪些城市" reads as a list; its items are places all the same.
	periods := citesPeriods(ans)
	planned := len(periods) == 1 && periods[PeriodPlan]
	where := containsAny(d.norm, whereCues) || strings.Contains(d.norm, "在哪") && (whereEnd.MatchString(d.norm) || whereAt.MatchString(d.norm)) ||
		planned && whereHeld.MatchString(d.norm)
	// The broader wording may be answered by a place named with the thing
	// too (对口帮扶的是哪里: 锦州义县对口帮扶).
	whereElse := !where && whereAsked.MatchString(d.norm) && !containsAny(d.norm, whereNotPlace)
	day := (containsAny(d.norm, dayCues) || byPartOfYear(d.norm) && !d.Intent.Figure) && !d.Intent.List
	when := day || containsAny(d.norm, whenCues) && !d.Intent.List
	if !when && !where && !whereElse {
		return
	}
	// Quotes of only the front matter or closing words, no year's plan or
	// result: "邢鹏是哪年当上市长的" is not told by the signature (市长 邢鹏),
	// whose paragraph has no year to lend it as a plan's or a review's has.
	undated := len(periods) > 0 && !periods[PeriodPlan] && !periods[PeriodResult]
	given := answerQuotes(ans)
	switch {
	case day && !dayTold.MatchString(given):
		// 哪个月投产: a plan's year (推动…机械竣工, this year) is no month.
		ans.relatedOnly(GroundNotAnswered, "报告没有给出具体月份或日期。相关内容：", "The report gives no month or day for this. Related text:")
	case (where || whereElse && !e.placeWithThing(d, given)) && !placeTold.MatchString(given) && !e.placeBefore(d, given) &&
		!e.cityInName(d, given):
		ans.relatedOnly(GroundNotAnswered, "报告没有说在哪里。相关内容：", "The report does not say where. Related text:")
	case when && !day && undated && !timeTold.MatchString(given),
		when && planned && !heldDayTold.MatchString(given) &&
			(gatheringWhen.MatchString(d.norm) || !day && asksPlannedGatheringDay(given, d.asked)),
		when && !toldWhen(d.norm, d.asked, given, d.Intent.Figure):
		ans.relatedOnly(GroundNotAnswered, "报告没有给出时间。相关内容：", "The report gives no date for this. Related text:")
	}
}

// cityAsked asks which city a thing is in, not a place inside the city.
var cityAsked = regexp.MustCompile(`哪(?:个|座|一个|一座)城市|什么城市`)

// cityInName reports whether a where-question asking which city is told
// by the name of the thing asked, as given writes it: an institution
// named after the report's own city (大连理工大学盘锦校区, 盘锦职业技术
// 学院) is in it. A name only opening with the city (盘锦河蟹平台体验店,
// set up 在全国) is no institution of nameKinds and tells no place; a
// clause of 全国 speaks of the country, not of where the thing is.
func (e *Engine) cityInName(d *Draft, given string) bool {
	if !cityAsked.MatchString(d.norm) {
		return false
	}
	for _, clause := range whereClauses(anyNamingText(given, d.asked)) {
		if strings.Contains(clause, "全国") {
			continue
		}
		for _, h := range e.ix.homes {
			if h.Short == "" {
				continue
			}
			// The question names that very institution: 盘锦职业技术学院 in
			// a clause says nothing of 辽河石油职业技术学院 beside it.
			for _, m := range ownCityInstitutions(clause, h.Short) {
				if strings.Contains(d.norm, m) {
					return true
				}
			}
		}
	}
	return false
}

// institutionAfterCity is what follows a city's name in an institution
// named after it: a few characters and a kind's word (校区, 职业技术学院).
var institutionAfterCity = regexp.MustCompile(`^\p{Han}{0,6}?(?:` + strings.Join(nameKinds, "|") + `)`)

// ownCityInstitutions lists the institutions clause names after city, left
// to right and not overlapping (盘锦校区, 盘锦职业技术学院). One expression
// serves every city, so no per-city expression is built or kept.
func ownCityInstitutions(clause, city string) []string {
	if city == "" {
		return nil
	}
	var out []string
	_, step := utf8.DecodeRuneInString(city)
	for rest := clause; ; {
		i := strings.Index(rest, city)
		if i < 0 {
			return out
		}
		after := rest[i+len(city):]
		if m := institutionAfterCity.FindString(after); m != "" {
			out = append(out, city+m)
			rest = after[len(m):]
			continue
		}
		rest = rest[i+step:]
	}
}

// answerQuotes joins the text of an answer's cited quotes and figures,
// normalized (full-width digits are digits to the evidence expressions).
func answerQuotes(ans *Answer) string {
	var given strings.Builder
	for _, p := range ans.Parts {
		if (p.Type == PartQuote || p.Type == PartFigure) && len(p.Citations) > 0 {
			// Each quote normalized alone: Normalize drops the line
			// break, which would join one quote's last clause to the next
			// one's first.
			given.WriteString(Normalize(ans.Citations[p.Citations[0]].Quote))
			given.WriteString("\n")
		}
	}
	return given.String()
}

// placeLead is what may stand between a place's name and the thing it
// locates: a list's marks and more places (盘山、大洼农村供水保障工程), a
// scale (盘锦港30万吨级原油码头).
var placeLead = regexp.MustCompile(`^(?:[` + placeJoiners + `的]|[0-9.]+万?吨级)+`)

// whereClauses cuts text at commas, stops, semicolons, colons and line
// breaks: a place names the thing of its own clause only (placeBefore,
// cityInName).
func whereClauses(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune("，。；：,;:\n", r) })
}

// placeBefore reports whether given names, right before a thing a
// where-question asks about, a place inside the report's own — a county,
// a district, a zone, its port: 「完成盘山、大洼农村供水保障工程」 tells
// where the water-supply works are, 「盘锦港30万吨级原油码头」 where the
// wharf is. The city itself (盘锦) tells a resident nothing.
func (e *Engine) placeBefore(d *Draft, given string) bool {
	for _, clause := range whereClauses(given) {
		for _, end := range e.placeEnds(clause) {
			if e.locates(d, clause[end:]) {
				return true
			}
		}
	}
	return false
}

// locates reports whether text, after a place's name, goes on to a word
// asked, past list marks, scales and more places.
func (e *Engine) locates(d *Draft, text string) bool {
	for {
		if m := placeLead.FindString(text); m != "" {
			text = text[len(m):]
			continue
		}
		i := slices.IndexFunc(e.ix.local, func(n string) bool { return n != "" && strings.HasPrefix(text, n) })
		if i < 0 {
			break
		}
		text = text[len(e.ix.local[i]):]
	}
	// The thing's name may open with a word not asked (国家循环化改造,
	// 西沙河 asked as 沙河): two characters at most.
	near := func(w string) bool {
		i := strings.Index(text, w)
		return w != "" && i >= 0 && utf8.RuneCountInString(text[:i]) <= 2
	}
	return slices.ContainsFunc(d.asked, func(t askedTerm) bool {
		return t.weight >= 1 && (near(t.term) || slices.ContainsFunc(t.syn, near))
	})
}

// placeEnds are the byte offsets in text where a name of a place inside
// the report's own ends: the register's counties, districts and ports, and
// the report's own zones.
func (e *Engine) placeEnds(text string) []int {
	var ends []int
	for _, n := range e.ix.local {
		for i := 0; n != ""; {
			j := strings.Index(text[i:], n)
			if j < 0 {
				break
			}
			i += j + len(n)
			ends = append(ends, i)
		}
	}
	return ends
}

// placeWithThing reports whether a clause of given naming the thing asked
// (anyNamingText) names a place other than the report's own city, its
// province or the country: 「锦州义县对口帮扶」 says where the aid goes. The
// city's own port is a topic (盘锦港…泊位), not where a thing is.
func (e *Engine) placeWithThing(d *Draft, given string) bool {
	own := map[string]bool{"CN": true}
	for _, h := range e.ix.homes {
		own[h.Code], own[h.Parent] = true, true
	}
	for _, m := range e.ix.gaz.Find(anyNamingText(given, d.asked)) {
		if !own[m.Place.Code] && m.Place.Kind != places.KindPort && m.Place.Kind != places.KindCountry {
			return true
		}
	}
	return false
}
