package rag

import "testing"

// cityFactAsked is which of cityFacts a question asks, "" when none.
func cityFactAsked(norm string) string {
	for _, f := range cityFacts {
		if f.asked != nil && f.asked.MatchString(norm) {
			return f.zh
		}
	}
	return ""
}

// A fact of the city itself is read from how it is asked, not from a
// word it shares with other questions (几个园区, a bus to the station).
func TestCityFactAsked(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"盘锦有几个区县", "区县设置"},
		{"盘锦有几个区？", "区县设置"},
		{"how many districts does panjin have?", "区县设置"},
		{"盘锦是几线城市", "城市等级"},
		{"盘锦有几个港口", "港口数量"},
		{"盘锦有高铁站吗", "高铁"},
		{"is there a high-speed rail station in panjin?", "高铁"},
		{"今年新建几个园区", ""},
		{"今年建几个区域中心", ""},
		{"盘锦港有几个港区", ""},
		{"66路公交到高铁站吗", ""},
		{"does bus 66 go to the high-speed rail station?", ""},
		{"各区县今年要开工多少项目", ""},
	} {
		if got := cityFactAsked(Normalize(c.q)); got != c.want {
			t.Errorf("cityFactAsked(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

// The city's population is asked of the city itself, and the report,
// about the year's work, does not give it; a count a measure
// reached (城镇新增就业有多少人, 多少人拿到了救助) or a group the report
// serves (低收入人口) is no such fact.
func TestPopulationAsked(t *testing.T) {
	ix := seedIndex(t)
	for _, c := range []struct{ q, want string }{
		{"盘锦人口", "人口"},
		{"盘锦人口多少", "人口"}, // the amount asked after it
		{"盘锦人口有多少万？", "人口"},
		{"盘锦人口多少增长", ""},
		{"盘锦有多少居民", "人口"},
		{"盘锦有多少人？", "人口"},
		{"what is the population of panjin?", "人口"},
		{"去年盘锦有多少人拿到了救助", ""},
		{"城镇新增就业有多少人", ""},
		{"加强低收入人口动态监测是怎么做的", ""},
		{"让多少农村居民饮用水与城市同源", ""},
		// A qualified population is a group's, not the city's.
		{"how does the city monitor the low-income population of the city?", ""},
		{"what is the total population of the city?", "人口"},
		// 人口 heading another noun asks that noun.
		{"全市人口老龄化怎么应对", ""},
		{"盘锦常住人口城镇化率多少？", ""},
		{"全市人口素质怎么提高", ""},
		{"全市人口密度多少", ""},
	} {
		got := ""
		if f := ix.readCityFact(Normalize(c.q), nil); f != nil {
			got = f.zh
		}
		if got != c.want {
			t.Errorf("readCityFact(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}
