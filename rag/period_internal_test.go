package rag

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestPeriodMentions(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want []int
	}{
		{"明年gdp目标", []int{2026}},
		{"前年进出口增长了多少", []int{2023}},
		{"大前年呢", []int{2022}},
		{"社零 2024实际 vs 2025目标", nil}, // four digits are findYears' job
		{"固投增速 24实际/25目标", []int{2024, 2025}},
		{"社零增速 24实绩/25目标", []int{2024, 2025}},
		{"一般公共预算收入 24/25", []int{2024, 2025}},
		{"进出口 24 增速", []int{2024}},
		{"进出口 24增速", []int{2024}},
		// The first year's word leads the second's.
		{"社零24增速25目标", []int{2024, 2025}},
		{"固投24增速25目标是多少", []int{2024, 2025}},
		{"社零25增幅", []int{2025}},
		{"增速24%", nil},
		{"25年gdp目标", []int{2025}},
		{"24小时政务热线", nil}, // hours, not a year
		{"增长5.24%", nil},
		{"新增24个", nil},
		// Two digits and an English word are an amount; staff's vs is not.
		{"imports and exports reached 20 billion yuan last year", nil},
		{"gdp 24 vs 25", []int{2024, 2025}},
		// The report's year in two digits opening a question, no unit after.
		{"24社零增幅多少", []int{2024}},
		{"25进出口目标", []int{2025}},
		{"25目标 规上工业增加值", []int{2025}},
		{"24小时热线", nil},
		{"25个项目", nil},
		{"30家企业", nil},
	} {
		var got []int
		for _, m := range periodMentions(Normalize(tc.q), 2024, 2025) {
			got = append(got, m.year)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("periodMentions(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
	for q, want := range map[string]string{"十五五期间gdp年均增长": "十五五", "未来五年要达到多少": "未来五年", "十四五规划收官之年": "",
		"“十四五”以来gdp年均增长多少": "十四五以来", "「十四五」期间": "十四五期间", "“十四五”规划收官之年": "",
		// An English year named by its place in the plan asks that year.
		"what is the gdp target this year, the last year of the 14th five-year plan?": "",
		"gdp growth during the 14th five-year plan period":                            "14th five-year"} {
		if got := fiveYearPlan(q); got != want {
			t.Errorf("fiveYearPlan(%q) = %q, want %q", q, got, want)
		}
	}

}

// asksReviewTarget returns before its regexp when the question holds no
// target word, which is sound only while no target word holds a space (the
// regexp's replacement, a space, could make one).
func TestReviewTargetWordsHoldNoSpace(t *testing.T) {
	for _, w := range reviewTargetWords {
		if strings.ContainsRune(w, ' ') {
			t.Errorf("target word %q holds a space", w)
		}
	}
}

// subYear names the part of a year a question asks about, whole: a
// Chinese month is not cut inside a character.
func TestSubYear(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"去年12月份空气优良天数有多少天", "12月份"},
		{"去年十二月份空气优良天数有多少天", "十二月份"},
		{"三月的GDP增速", "三月"},
		{"what was gdp growth in december 2024", "December"},
		{"今年上半年gdp增速", "上半年"},
		{"今年gdp增速", ""},
		{"年中要建成几个项目", "年中"},
		{"今年年中能招多少人", "年中"},
		{"到了年中，出口能增长多少", "年中"},
		{"今年中央给的补助有多少", ""},
		{"2024年中国的gdp增速", ""},
		{"这三年中投资增长多少", ""},
		{"去年年中国企改革怎么样", ""},
		{"高校毕业生等青年中有多少就业", ""},
		{"老年中心建了几个", ""},
		{"历年中哪年增长最快", ""},
		{"2025年年中要建成几个项目", "年中"},
		{"年初至今招商签约多少", "年初至今"},
		{"年初到现在卖了多少房", "年初到现在"},
		{"how many jobs were added year to date", "year to date"},
	} {
		got := subYear(Normalize(c.q))
		if got != c.want || !utf8.ValidString(got) {
			t.Errorf("subYear(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

// askedWindow names the holiday, season or recurring period a question
// asks about; a word that only holds a window's characters is none.
func TestAskedWindow(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"去年国庆旅游收入增长多少", "国庆"},
		{"去年双十一社零增长多少", "双十一"},
		{"去年前11个月进出口增长多少", "前11个月"},
		{"今年头两个月新增就业多少", "头两个月"},
		{"今年年中前要买多少台公交车", "年中前"},
		{"今年中小企业贷款增长多少", ""}, // 今年中小: no 年中
		{"超过年初目标了吗", ""},     // 超过年初: no 过年
		{"how many projects start each month", "per month"},
		{"what is the quarterly target", "per quarter"},
		{"retail sales growth during spring festival 2024", "the Spring Festival"},
		{"sales in the first 11 months", "first 11 months"},
		{"今年每千人托位数多少", ""},
		{"去年十一五期间gdp增长多少", ""},
	} {
		if _, got, _ := askedWindow(Normalize(c.q)); got != c.want {
			t.Errorf("askedWindow(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

// The review year is blanked only where it is the base of the plan
// year's growth rate, rune for rune.
func TestGrowthBase(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"今年gdp比去年增长5.5%吧", "今年gdp比  增长5.5%吧"},
		{"今年社零较上年增长5%对吗", "今年社零较  增长5%对吗"},
		{"今年社零较上年增长多少", "今年社零较上年增长多少"},                         // may ask an amount's growth
		{"今年外资目标比去年增长100%?", "今年外资目标比去年增长100%?"},               // 翻番: two years' amounts
		{"今年化工精细化率比去年提高几个百分点", "今年化工精细化率比去年提高几个百分点"},           // a gap of levels
		{"今年政府工作报告说gdp比上年增长3.5%对吗", "今年政府工作报告说gdp比上年增长3.5%对吗"}, // 今年 dates the report
		{"今年两会上说全市地区生产总值比上年增长3.5%左右,对吗", "今年两会上说全市地区生产总值比上年增长3.5%左右,对吗"},
		{"gdp比去年增长多少", "gdp比去年增长多少"},                       // no plan year: last year's rate may be asked
		{"今年公交车比去年多多少", "今年公交车比去年多多少"},                     // a gap of amounts needs both years
		{"今年gdp比去年增长了吧", "今年gdp比去年增长了吧"},                   // a move, no rate
		{"去年gdp增长3.5%,今年比去年增长多少", "去年gdp增长3.5%,今年比去年增长多少"}, // last year asked of too
	} {
		if got := GrowthBase(tc.in); got != tc.want {
			t.Errorf("GrowthBase(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// An English question naming one year's figure and, in a clause of its
// own with no year, the other's (a target, where it stands now) asks both
// years; one clause naming the year and a target asks that year alone.
func TestEnglishOtherClausePeriod(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q    string
		both bool
	}{
		{"How big is the rice-crab co-farming area now and how big will it be in 2025?", true},
		{"What is the target for new urban jobs and what was achieved in 2024?", true},
		{"What is the planned growth of industrial value added, and what was it in 2024?", true},
		{"What is the 2025 target for GDP and will it be reached?", false},
		{"What was the 2024 growth target for GDP?", false},
		{"How big is the rice-crab co-farming area in 2025?", false},
		// In the past, the untimed clause asks of the year named.
		{"What was the target for new urban jobs and how many were created in 2024?", false},
		{"What was the GDP target and the actual growth in 2024?", false},
	} {
		if a := ix.analyze(Normalize(tc.q), nil); a.both != tc.both {
			t.Errorf("%q: both = %v, want %v", tc.q, a.both, tc.both)
		}
	}
}
