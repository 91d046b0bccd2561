package rag

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// cityFact is a fact of the city itself that a gazetteer gives and a work
// report, about the year's work, does not: how many districts it has, its
// area, its tier. A question asking one shares a word with the report
// (各区县, 3.57平方公里配套产业园, 铁路专用线) and must not be answered
// from that sentence.
type cityFact struct {
	zh, en string // what it is, for the not-found sentence
	asked  *regexp.Regexp
	// cityForm asks it too with {city} standing for one of the city's
	// names: "盘锦人口" asks it, "低收入人口" does not.
	cityForm string
	// evidence is how a report would state it: where it does, the
	// question is answered as any other.
	evidence []string
}

// cityFacts are the facts asked, on normalized text.
var cityFacts = []cityFact{
	{zh: "区县设置", en: "districts and counties",
		asked:    regexp.MustCompile(`(?:几|多少)个(?:区县|县区|市辖区|区|县)(?:[吗呢啊呀？?。，,！!]|$)|几区几县|下辖|辖几个|行政区划|how many (?:districts|counties)|administrative divisions`),
		evidence: []string{"下辖", "辖区", "个区县", "个县区", "行政区划"}},
	{zh: "城市等级", en: "city tier",
		asked:    regexp.MustCompile(`(?:几|[一二三四五六七八九])线(?:的)?城市|新一线|城市等级|what tier|tier[- ](?:one|two|three|four|five|[1-5]) city|(?:first|second|third|fourth|fifth)[- ]tier`),
		evidence: []string{"线城市"}},
	{zh: "港口数量", en: "number of ports",
		asked:    regexp.MustCompile(`(?:几|多少)(?:个|座)?港口|(?:几|多少)个港(?:[吗呢啊呀？?]|$)|how many (?:ports|harbou?rs)`),
		evidence: []string{"个港口", "座港口", "港口"}},
	// Whether the city has a station, not a bus to one ("Does bus 66 go
	// to the high-speed rail station?").
	{zh: "高铁", en: "high-speed rail",
		asked:    regexp.MustCompile(`有(?:没有)?(?:高铁|动车|火车站)|通(?:没通)?(?:高铁|动车)|(?:高铁|动车|火车)站(?:在哪|有几个)|几个(?:高铁|动车|火车)站|(?:is there|are there|does \S+ have|has \S+ got) (?:a |an |any )?(?:high[- ]speed rail|bullet train|railway station|train station)`),
		evidence: []string{"高铁", "高速铁路", "动车组", "动车站", "火车站"}}, // not 动车 of 机动车
	{zh: "机场", en: "airport", asked: regexp.MustCompile(`机场|airport`), evidence: []string{"机场"}},
	// How many live in the city, not how many a measure reached (城镇新增
	// 就业有多少人, 盘锦有多少人拿到了救助): the city itself counted, the
	// question ending there. (盘锦有多少常住人口, 人口过百万了吗 are
	// declined as a figure the report lacks.) In English a population
	// qualified before it (the low-income population of the city) is a
	// group's, not the city's.
	{zh: "人口", en: "population",
		cityForm: `{city}(?:的)?(?:总)?人口(?:是|有)?(?:多少|几)?万?(?:人)?(?:$|[?？吗呢啊。])|{city}(?:现在|目前|一共|总共|大概|大约)?(?:有|住着?)(?:多少|几)万?(?:个)?(?:人|居民|市民|人口)(?:$|[?？吗呢啊。])|` +
			`how many people live in {city}|(?:^|\b(?:the|total|whole|entire|current)\s+)population of {city}|{city}'s population`,
		evidence: []string{"常住人口", "户籍人口", "总人口", "人口总量"}},
}

// cityFactHints hold a word each cityFacts pattern and each city-area
// form needs: a question with none asks no city fact.
var cityFactHints = []string{"区", "县", "辖", "线", "等级", "港", "高铁", "动车", "火车", "机场", "面积", "多大",
	"district", "count", "administrative", "tier", "port", "harbo", "rail", "train", "airport", "area", "how big", "how large",
	"人", "居民", "市民", "population", "people"}

// cityArea is the city's area asked: 盘锦面积, 盘锦市的总面积, 盘锦有多大,
// the area of Panjin. ({city} stands for each of its names.)
var cityAreaForms = []string{"{city}面积", "{city}的面积", "{city}总面积", "{city}的总面积", "{city}土地面积", "{city}国土面积",
	"{city}有多大", "{city}多大", "area of {city}", "{city}'s area", "{city}'s total area", "how big is {city}", "how large is {city}"}

// cityAreaFact is the area asked of the city as a whole.
var cityAreaFact = cityFact{zh: "面积", en: "area", evidence: []string{"市域面积", "全市面积", "国土面积", "土地面积", "总面积", "行政区域面积", "陆域面积"}}

// readCityFact reads a fact of the city itself that the report does not
// state ("盘锦有几个区县", "盘锦面积多少平方公里", "盘锦有高铁站吗"); nil
// when the question asks none, or the report states it.
func (ix *Index) readCityFact(norm string, rep *Report) *cityFact {
	corpus := ix.corpusFor(rep)
	if !containsAny(norm, cityFactHints) {
		return nil // most questions: no regexp run
	}
	var cityAlternation string // built once a fact asks of the city by name
	for i := range cityFacts {
		f := &cityFacts[i]
		asked := f.asked != nil && f.asked.MatchString(norm)
		if !asked && f.cityForm != "" {
			if cityAlternation == "" {
				cityAlternation = namesAlternation(ix.cityNames(rep))
			}
			asked = regexp.MustCompile(strings.ReplaceAll(f.cityForm, "{city}", cityAlternation)).MatchString(norm)
		}
		if asked {
			if slices.ContainsFunc(f.evidence, corpus.Contains) {
				return nil
			}
			return f
		}
	}
	if ix.asksCityArea(norm, rep) && !slices.ContainsFunc(cityAreaFact.evidence, corpus.Contains) {
		return &cityAreaFact
	}
	return nil
}

// asksCityArea reports whether norm asks the area of the city as a whole
// by one of its names (盘锦, 全市), not of a thing in it (盘锦湿地面积).
func (ix *Index) asksCityArea(norm string, rep *Report) bool {
	if !strings.Contains(norm, "面积") && !strings.Contains(norm, "多大") && !strings.Contains(norm, "area") &&
		!strings.Contains(norm, "how big") && !strings.Contains(norm, "how large") {
		return false
	}
	names := ix.cityNames(rep)
	for _, name := range names {
		if name == "" {
			continue
		}
		for _, form := range cityAreaForms {
			if strings.Contains(norm, strings.ReplaceAll(form, "{city}", name)) {
				return true
			}
		}
	}
	return false
}

// cityNames are the names a question calls the city by (全市, 盘锦): the
// report's city and aliases, Normalized, with the words for "this city".
func (ix *Index) cityNames(rep *Report) []string {
	names := []string{"全市", "市域", "我市", "本市", "the city"}
	for _, r := range ix.reports {
		if rep != nil && r != rep {
			continue
		}
		names = append(names, Normalize(r.Meta.City))
		for _, al := range r.Meta.Aliases {
			names = append(names, Normalize(al))
		}
	}
	return names
}

// namesAlternation is a regexp group matching any of names, the longest
// first (盘锦市 before 盘锦), empty names left out.
func namesAlternation(names []string) string {
	quoted := make([]string, 0, len(names))
	for _, n := range names {
		if n != "" {
			quoted = append(quoted, regexp.QuoteMeta(n))
		}
	}
	slices.SortFunc(quoted, func(a, b string) int { return len(b) - len(a) })
	return "(?:" + strings.Join(quoted, "|") + ")"
}

// cityFactSentence says the report does not give the city fact asked.
func (e *Engine) cityFactSentence(a analysis) string {
	home := e.homeName(a, a.lang == "en")
	if a.lang == "en" {
		return fmt.Sprintf("The report is about the year's work; it gives no background facts about %s such as its %s.", home, a.cityFact.en)
	}
	return fmt.Sprintf("报告讲的是一年的工作，没有讲到%s的%s这类城市基本情况。", home, a.cityFact.zh)
}
