package rag

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// countAsked finds a question asking how many of something there are or
// were: a count with its measure word ("几家", "多少万人次", "多少个小区"),
// or English "how many" not of a percentage or a multiple.
var countAsked = regexp.MustCompile(`(?:多少|几)(?:十|百|千|万|亿)?(?:个[^百点]|个$|人|家|台|辆|所|项|名|户|座|套|处|部|件|条|场|次|位|只|艘|棵|株|颗|张|栋|间|批|支|起)|\bhow many\b(?:\s+(?:new|of\s+the))?\s+(?:[a-z'-]+)`)

// notCounts follow "how many" when it asks no count of things.
var notCounts = []string{"how many percent", "how many per cent", "how many percentage", "how many times", "how many fold", "how many points", "how many-fold", "how many more"}

// amountAsked finds a question asking an amount in a unit: "多少亿元",
// "多少万标箱", "绝对值", staff shorthand's "(万标箱)"; a scale ending the
// question ("人次是多少万") asks a number of that size, which no rate is.
var amountAsked = regexp.MustCompile(`(?:多少|几)(?:十|百|千|万|亿)?(?:美元|元|万吨|吨|公顷|平方米|亩|公里|标箱)|多少亿|多少钱|(?:多少|几)(?:十|百|千|万)[?？]?$|绝对(?:值|额|数|量)|\babsolute\b|\((?:万|亿)?(?:标箱|元|吨|美元|人)\)`)

// absoluteAsked is staff shorthand for the amount itself (绝对值, 绝对额,
// 绝对数, 绝对量, absolute): not 绝对 alone, "absolutely" in "要绝对准确".
var absoluteAsked = regexp.MustCompile(`绝对(?:值|额|数|量)|\babsolute\b`)

// countNounAsked finds a count asked by its noun, ending the question or
// before its interrogative: "经营主体数量多少", "规上工业企业数量？",
// "空气好的天数多少".
var countNounAsked = regexp.MustCompile(`(数量|数目|个数|家数|人数|人次|天数|户数)(?:现在|目前|如今)?(?:是|有|为|大概|一共)?(?:多少|几|[?？]?$)`)

// countChanged finds a change asked right away in things counted:
// "刑事警情下降了多少起", "减少了几家".
var countChanged = regexp.MustCompile(`(?:增长|增加|下降|降低|减少|提高|提升|上升)了?(?:多少|几)(?:十|百|千|万)?(?:个[^百点]|个$|人|家|台|辆|所|项|名|户|座|套|处|部|件|条|场|次|起|例|宗)`)

// amountNouns name a sum of money as such: asked at a question's end, with
// or without 多少, they ask that sum.
var amountNouns = []string{"金额", "总额", "投资额", "总投资"}

// namesAmount reports whether a question ends on a noun of a sum of money,
// its year, period and target words and its "是多少" read out: staff
// shorthand ("固投总额2024", "进出口总额今年目标金额") asks what "总额是多少"
// asks.
func namesAmount(norm string) bool {
	t := amountTail(norm)
	return slices.ContainsFunc(amountNouns, func(w string) bool { return strings.HasSuffix(t, w) })
}

// asksAmountByNoun reports whether a question asks a count or a sum by its
// noun, 多少 or not: "经营主体数量多少", "去年游客人数", "固投总额2024",
// "社零总额去年金额"; a rate of it does not give that, nor a growth.
func asksAmountByNoun(norm string) bool {
	return (namesSum(norm) || countNounAsked.MatchString(norm) || countNamedEnglish.MatchString(norm) || totalNounEnglish(norm)) && !containsCue(norm, changeCues)
}

// totalBeforeNoun finds an English total asked before its noun ("total
// tourist arrivals", "the total outstanding debt").
var totalBeforeNoun = regexp.MustCompile(`\btotal\s+[a-z]`)

// totalNounEnglish reports whether an English question asks the total of
// a thing by name: a growth or rate of it is no answer. A target asked
// ("target for total R&D spending") is the report's target, a growth one
// included; a rate or a rank asked is that.
func totalNounEnglish(norm string) bool {
	return totalBeforeNoun.MatchString(norm) && !containsAny(norm, targetWords) && !containsAny(norm, rateAsked) && !rankAskedEnglish.MatchString(norm)
}

// rankAskedEnglish finds an English question asking a place in a ranking.
var rankAskedEnglish = regexp.MustCompile(`\b(?:rank|ranked|ranking|place|position)\b`)

// sumNamedEnglish finds an English sum named after its thing ("Retail
// sales total 2024", "Fixed asset investment amount 2024"), a year or the
// question's end after it: "total R&D spending" names the report's
// indicator (研发经费投入总量) and asks nothing of it.
var sumNamedEnglish = regexp.MustCompile(`\b(?:total|amount)(?:\s+(?:in|for|of)\b|\s+\d{4}\b|[\s?.!]*$)`)

// countNamedEnglish finds an English count named by its noun ("Number of
// tourists 2024").
var countNamedEnglish = regexp.MustCompile(`\bnumber of\b`)

// namesSum reports whether a question names a sum of money it asks
// (namesAmount, sumNamedEnglish), or the amount itself by staff shorthand
// (absoluteAsked): "去年旅游收入绝对额" asks the figure as "绝对额是多少"
// does, and 旅游收入增长29.9% is no answer to it.
func namesSum(norm string) bool {
	return namesAmount(norm) || sumNamedEnglish.MatchString(norm) || absoluteAsked.MatchString(norm)
}

// rateHeads follow a count noun the report makes the head of a rate
// (优良天数比例).
var rateHeads = []string{"比例", "比重", "占比", "率"}

// countNamesRate reports whether the count noun a question asks by
// (天数 of "去年优良天数") is one the report writes only as the head of a
// rate (优良天数比例88.3%): the question names that indicator, whose rate
// is all the report gives and what is asked.
func (ix *Index) countNamesRate(norm string, rep *Report) bool {
	m := countNounAsked.FindStringSubmatch(norm)
	if m == nil {
		return false
	}
	return slices.ContainsFunc(rateHeads, func(h string) bool { return ix.reportWrites(rep, m[1]+h) })
}

// amountTail is a question with its period and target words, its
// interrogative and its trailing year read out, so that what it ends on
// is the noun it asks.
func amountTail(norm string) string {
	return strings.TrimRightFunc(figureNounWords.Replace(norm), func(r rune) bool { return isTalkPunct(r) || unicode.IsDigit(r) || r == '年' })
}

// totalInName reports whether the 总额 a question ends on is part of a
// name of the figure the report writes: written right before it (零售总额,
// 进出口总额) or in the report term its abbreviation stands for (社零总额:
// 社会消费品零售总额). The indicator is named, no sum beside it asked, so the
// figure the report gives of it answers. "固投总额" adds the sum to a name
// the report writes without it (固定资产投资).
func (ix *Index) totalInName(norm string, expand []string, rep *Report) bool {
	t := []rune(amountTail(norm))
	n := len(t) - len([]rune("总额"))
	if n < 2 || string(t[n:]) != "总额" {
		return false
	}
	return slices.ContainsFunc(expand, func(w string) bool { return strings.HasSuffix(w, "总额") }) || ix.reportWrites(rep, string(t[n-2:]))
}

// totalLevel reports whether a question ends on 总量 added to a name the
// report writes without it (GDP总量): it asks the level, as "总量是多少"
// does, which a growth of the thing does not give. 总量 the report writes
// right after the name (信访总量, 研发经费投入总量) is part of that name;
// 经济总量 is a lexicon word of its own, and a sector's economy before it
// (海洋经济) has a level of its own in the report: both left as they read.
func (ix *Index) totalLevel(norm string, rep *Report) bool {
	t := []rune(amountTail(norm))
	n := len(t) - len([]rune("总量"))
	if n < 2 || string(t[n:]) != "总量" || string(t[n-2:n]) == "经济" {
		return false
	}
	return !ix.reportWrites(rep, string(t[n-2:]))
}

// AsksAmount reports whether a normalized question asks a count or an
// amount in a unit, which a percentage does not answer: "How many
// tourists visited" is not told by 旅客接待量增长64%, nor "集装箱吞吐量
// 绝对值(万标箱)" by 增长1.9%, nor 旅游收入's 绝对额 (绝对数, 绝对量) by 29.9%.
func AsksAmount(norm string) bool {
	if absoluteAsked.MatchString(norm) || strings.Contains(norm, "(") {
		return !containsCue(norm, changeCues) && amountAsked.MatchString(norm)
	}
	if asksAmountByNoun(norm) || namesFigureNounEnglish(norm) {
		// "Zhonglan Electronics' revenue in 2024" asks the revenue, which
		// its growth (营业收入增长40%) does not tell.
		return true
	}
	if !strings.Contains(norm, "多少") && !strings.Contains(norm, "几") && !strings.Contains(norm, "how many") {
		return false
	}
	if strings.Count(norm, "多少")+strings.Count(norm, "几")+strings.Count(norm, "how many")+strings.Count(norm, "how much") > 1 {
		return false // several figures asked: a count and a growth, say
	}
	if containsAny(norm, notCounts) || strings.Contains(norm, "第几") || strings.Contains(norm, "百分之") {
		return false
	}
	if containsCue(norm, changeCues) {
		// A change asked in things counted (下降了多少起) is a count; one
		// asked otherwise (多了多少人 beside 比前年) a growth may answer.
		return countChanged.MatchString(norm)
	}
	return countAsked.MatchString(norm) || amountAsked.MatchString(norm) || quantityNounAsked.MatchString(norm) && !containsAny(norm, targetWords)
}

// quantityNounAsked finds a quantity asked by the bare noun that names it
// — a volume (…量), things or people counted (企业, 主体, 游客, 警情) or a
// sum put in (投资, 投入) — with 多少 ending the question and no measure
// word: "旅客接待量是多少", "高新技术企业是多少", "固投多少". It asks the
// amount, which the growth the report gives (增长64%) does not tell. A
// target asked ("固投目标多少") is the target, a growth one included, so
// AsksAmount lets targetWords through; 质量 is a quality, no quantity.
var quantityNounAsked = regexp.MustCompile(`(?:[^质]量|企业|主体|游客|旅客|警情|投资|固投|投入)(?:现在|目前|如今)?(?:是|有|为|大概|一共)?(?:多少|几)[?？]?$`)

// percentOnly reports whether every number a clause writes is a
// percentage, percentage points or a multiple: no count of anything.
func percentOnly(norm string) bool {
	return everyNumber(norm, func(rest string) bool {
		return strings.HasPrefix(rest, "%") || strings.HasPrefix(rest, "个百分点") || strings.HasPrefix(rest, "倍")
	})
}

// countOfThingsAsked reports whether a question asks a count with a
// measure word of things (几个, 多少家), not a noun whose first character
// only looks like one (多少支出 asks a sum, 支 opens 支出), nor an
// English count of a unit ("how many marine ranch hectares" asks an area).
func countOfThingsAsked(norm string, asked []askedTerm) bool {
	return countAsked.MatchString(norm) && !englishUnitCount.MatchString(norm) && !slices.ContainsFunc(asked, func(t askedTerm) bool {
		return strings.Contains(norm, "多少"+t.term) || strings.Contains(norm, "几"+t.term)
	})
}

// englishUnitCount is "how many" asked of a unit of measure, within a few
// words: an amount in that unit, no count of things.
var englishUnitCount = regexp.MustCompile(`\bhow many\b(?:\s+[a-z'-]+){0,3}?\s+(?:hectares?|mu|acres?|tons?|tonnes?|yuan|dollars?|kilomet(?:er|re)s?|km|met(?:er|re)s?|square|teu)\b`)

// countsNothing reports whether a clause writes no number that counts
// things: only a grade or kind (晋升国家4A级旅游景区), a place in a ranking
// (第21位, 30强), a span of years (连续6年), a sum of money or a rate
// (海洋经济生产总值403亿元). A count asked with a measure word ("4A级景区有几
// 个", "海洋牧场示范区有几个") is no more told by such a clause than by none:
// the report names one member joining a kind, not how many there are.
func countsNothing(norm string) bool {
	t := ordinalNumber.ReplaceAllString(gradeNumber.ReplaceAllString(norm, ""), "")
	if holdsNumber(arabicNumber.ReplaceAllString(t, "")) {
		return false // 八轮强降雨, 两个试点城市: a count in Chinese numerals
	}
	if !strings.ContainsFunc(t, unicode.IsDigit) {
		return true
	}
	return everyNumber(t, func(rest string) bool {
		rest = strings.TrimLeft(rest, "十百千万亿") // 50万亩 is in 亩
		return slices.ContainsFunc(uncountedUnits, func(u string) bool { return strings.HasPrefix(rest, u) })
	})
}

// countsNamedKindOnly reports whether a clause counts, right after the 等
// that closes its examples, a kind it names itself (开展文化惠民演出等活动300余
// 场次) and holds nothing asked: the count is of that kind, so "中国女篮打了几
// 场比赛" is not told by it, though the sentence names 女篮 before. A word
// asked counts as held when the clause writes it, or a word standing for it
// names the kind counted: a broad stand-in (文化 for 比赛) met among the
// examples does not make their count the thing asked.
func countsNamedKindOnly(norm string, asked []askedTerm) bool {
	m := namedKindCount.FindStringSubmatch(norm)
	if m == nil {
		return false
	}
	return !slices.ContainsFunc(asked, func(t askedTerm) bool {
		return t.weight >= 1 && (ContainsTerm(norm, t.term) || containsAnyTerm(m[1], t.syn))
	})
}

// namedKindCount is a count right after an example list's 等 and the kind
// it names (等活动300余场次, 等175个项目).
var namedKindCount = regexp.MustCompile(`等(\p{Han}{1,6})[0-9]`)

// arabicNumber is a number in digits with the scale after it (403亿):
// read out, what is left shows a count in Chinese numerals, if any.
var arabicNumber = regexp.MustCompile(`[0-9][0-9.,]*[十百千万亿]*`)

// ordinalNumber is a number that places a thing (第21位), no count.
var ordinalNumber = regexp.MustCompile(`第[0-9]+`)

// uncountedUnits follow a number that counts no things: a rate, a multiple,
// money, years, a ranking band (30强), or a measure of area, length or
// weight — 海洋牧场面积50万亩 is how much sea the ranches cover, not how
// many ranches there are ("盘锦有多少个海洋牧场").
var uncountedUnits = []string{"%", "％", "个百分点", "倍", "亿元", "万元", "元", "亿美元", "万美元", "美元", "年", "强",
	"亩", "公顷", "平方公里", "平方千米", "平方米", "公里", "千米", "吨"}

// countOnly reports whether every number a clause writes counts things
// (15项举措, 7个项目): no rate, amount or measure, which is all a level
// asked (债务率是多少, 营业收入是多少) may be answered by.
func countOnly(norm string) bool { return everyNumber(norm, countsThings) }

// everyNumber reports whether norm writes a number and what follows each
// (spaces trimmed) passes ok.
func everyNumber(norm string, ok func(rest string) bool) bool {
	seen := false
	for i := 0; i < len(norm); {
		r, n := utf8.DecodeRuneInString(norm[i:])
		if !unicode.IsDigit(r) {
			i += n
			continue
		}
		j := i
		for j < len(norm) && (isNumberByte(norm[j]) || norm[j] == ',') {
			j++
		}
		if !ok(strings.TrimLeft(norm[j:], " ")) {
			return false
		}
		seen = true
		i = j
	}
	return seen
}

// countsThings reports whether rest, what follows a number, opens with a
// measure word of things counted (万人, 余个, 项), not 个百分点.
func countsThings(rest string) bool {
	rest = strings.TrimLeft(rest, "十百千万亿余多")
	if strings.HasPrefix(rest, "个百分点") {
		return false
	}
	// Every count word opens with one (人次 with 人): its first rune says.
	return countsWithMeasure(rest)
}

// slotNouns count the places a thing offers, not the things: 幼儿园学位
// are seats in kindergartens, 养老床位 beds in care homes.
var slotNouns = []string{"学位", "床位", "托位", "泊位", "车位", "岗位", "名额", "座位", "席位", "摊位", "铺位"}

// slotsOfAsked reports whether a clause counts the places of a thing
// asked — its head written right before a slot noun (幼儿园学位520个) —
// where the question asks no slots: "how many kindergartens" is not
// told by the seats in them.
func slotsOfAsked(asked []askedTerm, clause, question string) bool {
	if !containsAny(clause, slotNouns) || containsAny(question, slotNouns) || slices.ContainsFunc(asked, func(t askedTerm) bool {
		return containsAny(t.term, slotNouns) || slices.ContainsFunc(t.syn, func(w string) bool { return containsAny(w, slotNouns) })
	}) {
		return false // slots asked: "parking spaces" are 停车泊位
	}
	for _, t := range asked {
		if !t.head {
			continue
		}
		for _, w := range t.spellings() {
			for _, s := range slotNouns {
				if w != "" && strings.Contains(clause, w+s) {
					return true
				}
			}
		}
	}
	return false
}
