package figures

import (
	"regexp"
	"strings"

	"github.com/reportbot/reportbot/rag"
)

// levelAskedZh finds a yes/no question whether an amount passed a level:
// "GDP过千亿了吗", "旅客接待量破千万人次了吗", "社零能到500亿吗". The level
// holds a scale (千亿, 百万) or a unit of an amount or a count, never a
// percent: "增速过4%了吗" asks of a rate, which the premise checks read.
var levelAskedZh = regexp.MustCompile(`(?:超过|超出|突破|达到|过|破|超|到|上)` +
	`((?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)?个?(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|百)(` + levelUnits + `)?` +
	`|\d+(?:\.\d+)?(` + levelUnits + `))` +
	`(?:了|没)?(?:吗|么|没有|没|不|是吗|呢|\?|$)`)

// levelUnits are the units of an amount or a count a level may name.
const levelUnits = `元|美元|人次|人|户|件|吨|标箱|家|辆|台|个|项|亩|公里`

// levelAskedEn is levelAskedZh for English: "Did tourism revenue top 10
// billion yuan?", "Is the population over 1 million?".
var levelAskedEn = regexp.MustCompile(`^(?:did|does|do|has|have|is|was|were|will|can|could|would)\b.*\b(?:top|tops|topped|exceed|exceeds|exceeded|pass|passed|surpass|surpassed|break|broke|cross|crossed|reach|reached|hit|over|above|more than)\s+((?:rmb\s*|¥\s*)?(?:\d[\d,.]*|a|one|ten|a hundred|one hundred)\s*(?:thousand|million|billion|trillion|bn)\b(?:\s+(yuan|people|visitors|tourist visits|tons|tonnes|teu|households|firms|companies))?)`)

// englishLevelUnits are the units the English level names.
var englishLevelUnits = map[string]string{"yuan": "元", "people": "人", "visitors": "人次", "tourist visits": "人次",
	"tons": "吨", "tonnes": "吨", "teu": "标箱", "households": "户", "firms": "家", "companies": "家"}

// levelAsked is the level a yes/no question asks an amount passed, the
// unit it names ("元" for a bare 亿, "" when it names none), and the words
// that ask it ("过千亿了吗"); "" when the question asks no such thing.
func levelAsked(norm string) (level, unit, words string) {
	if m := levelAskedZh.FindStringSubmatch(norm); m != nil {
		unit = m[2] + m[3]
		if unit == "" && strings.HasSuffix(m[1], "亿") {
			unit = "元" // "过千亿" is money, as "多少亿" is
		}
		if unit == "美元" {
			unit = "元"
		}
		return m[1], unit, m[0]
	}
	if strings.Contains(norm, " ") {
		if m := levelAskedEn.FindStringSubmatch(norm); m != nil {
			return m[1], englishLevelUnits[m[2]], m[0][strings.LastIndex(m[0], m[1])-1:]
		}
	}
	return "", "", ""
}

// levelNotGiven declines a question whether an amount passed a level
// when the answer's quotes give no amount of what was asked: "去年盘锦
// GDP过千亿了吗" quoting 地区生产总值增长3.5%左右 reads as a yes; the
// report gives no total. "进出口总额过百亿了吗" keeps 147亿元.
func (st *Stepper) levelNotGiven(d *rag.Draft) bool {
	level, unit, words := levelAsked(d.Norm())
	if level == "" || !d.Answer.Found {
		return false
	}
	amount := func(f Figure) bool {
		return !isShare(f) && f.Unit != UnitRank && f.Unit != "" && (unit == "" || askedUnitFits(unit, f.Unit))
	}
	// 310亿元 of 粮油加工 is no tourism revenue for "did tourism revenue
	// top 10 billion yuan": the level's own words name nothing asked.
	if st.quotesHold(d, amount, func(w string) float64 { return d.CoversBut(w, words) }, false) {
		return false
	}
	grounding := rag.GroundNoSuchFigure
	if st.quotesHold(d, isShare, d.Covers, false) {
		grounding = rag.GroundOtherUnit // a growth rate, not the total
	}
	relatedUnder(d.Answer, grounding, noLevelNotice(d.Intent.Lang, level))
	return true
}

func noLevelNotice(lang, level string) string {
	if lang == "en" {
		return "The report gives no total for this, so it does not say whether it passed " + level + ". Related text:"
	}
	return "报告没有给出这项总量，无法判断是否超过" + level + "。相关内容："
}
