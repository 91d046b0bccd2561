package figures

import (
	"regexp"
	"strings"
	"testing"
)

func TestUnitAsked(t *testing.T) {
	for _, tc := range []struct{ q, unit, written string }{
		{"gdp总量是多少亿元", "元", "亿元"},
		// "how many" and a noun asks a count of things, not a span of time
		// or several figures.
		{"how many oil wells were shut down last year?", unitCount, "a count of oil"},
		{"how many new urban jobs is the target?", unitCount, "a count of urban"},
		{"how many days does it take to open a business?", "", ""},
		{"how many were signed last year and how many this year?", "", ""},
		{"how many of the 85 buses are electric?", "", ""},
		{"今年计划买几台公交车", "台", "台"},
		// 个 asks a count of things, which no area or size class gives; 类
		// a count of kinds; not 几个百分点, 几个点, 几个月, 哪几个, 第几个.
		{"今年要建几个配套泊位", unitCount, "个"},
		{"今年实施多少个项目", unitCount, "个"},
		{"示范单位分几类", "类", "类"},
		{"增长了几个百分点", "", ""},
		{"高了几个点", "", ""},
		{"工期几个月", "", ""},
		{"是哪几个项目", "", ""},
		{"排第几个", "", ""},
		{"暖气费多少钱", "元", "元"},
		// A payment's noun after "how much is" asks a sum in yuan.
		{"how much is the heating subsidy?", "元", "yuan"},
		{"how much was the monthly allowance for seniors?", "元", "yuan"},
		{"how much is the subsidy increase?", "", ""},
		{"增长了多少", "", ""},
		{"哪几个项目开工了", "", ""},
		{"去年做了哪几件事", "", ""},
		{"哪几个项目开工，一共多少个项目", "", ""},
		{"去年盘锦gdp总量是多少亿", "元", "亿元"},
		{"保交楼一共涉及多少户", "户", "户"},
		{"去年新增多少人呢", "人", "人"},
		{"有多少项目开工", "", ""},
		{"几家企业上市", "家", "家"},
		// A noun that opens with a measure word that is no classifier
		// (场景, 次数) asks for no unit either; 场 alone does.
		{"新增多少场景", "", ""},
		{"演出多少场", "场", "场"},
		{"升至第几位", "", ""},
		{"what was panjin port's total container throughput in teu last year?", "标箱", "teu"},
		{"how many kilometres of rural roads", "公里", "kilometres"},
		{"what was the total value of fixed-asset investment in 2024, in billion yuan?", "元", "yuan"},
		{"by what percentage did actually utilized foreign investment grow in 2024?", "%", "percent"},
		{"营收增长了百分之几", "%", "%"},
		{"货柜一共装卸了多少万标箱", "标箱", "万标箱"},
		{"去年接待游客多少万人次", "人次", "万人次"},
		{"多少个？惠及多少户？", "", ""},
		{"粮食加工能力多少万吨", "吨", "万吨"},
		{"增长多少万", "", ""},
		{"手机马达去年产了多少万颗", "颗", "万颗"},
		{"顶尖人才一共有几位", "位", "位"},
		{"马达全球市场占了多少份额", "", ""}, // 份额 is a noun, not 份
		{"what was panjin's gdp last year in billions of yuan?", "元", "yuan"},
		{"how many containers (teu) did the port handle last year?", "标箱", "containers"},
		{"how many people got new jobs in towns?", "人", "people"},
		{"how many new jobs", unitCount, "a count of jobs"},
		{"how much debt does the city still owe?", "元", "yuan"},
		{"how much outstanding government debt does panjin have?", "元", "yuan"},
		{"旅游收入到底多少个亿", "元", "亿元"}, // 个 there is no unit
		{"旅游收入几个亿", "元", "亿元"},
		{"项目总投资中民间投资占百分之多少", "%", "%"},
		{"what share of the total investment is private?", "", ""},
		{"12个项目总投资多少亿，年产值多少亿", "", ""}, // two figures asked
		{"集装箱吞吐量 2024 万teu？", "标箱", "万标箱"},
		{"空气优良天数去年一共多少天", "天", "天"},
		{"12项重点水利工程 总投资", "元", "元"},
		{"what is the total investment of the 600 projects?", "元", "元"},
		{"固定资产投资总额增长多少", "", ""},     // a change, not the amount
		{"港口货物吞吐量去年多少万顿", "吨", "万吨"}, // 顿: the pinyin slip for 吨
		// Staff shorthand names the unit without 多少.
		{"集装箱吞吐量 2024 万teu", "标箱", "万标箱"},
		{"旅客接待量 2024 绝对数(万人次)", "人次", "万人次"},
		{"刑事警情 2024 起数", "起", "起"},
		{"社零 2024实际 vs 2025目标", "", ""},
		{"how much reward money did the province give?", "", ""}, // given as a multiple
		{"how much is the city paying for the new buses?", "元", "yuan"},
		{"what is the total contract value of the 19 newly signed projects?", "元", "yuan"}, // a value is money
		{"how much did the output value grow?", "", ""},
		{"how much should total r&d spending grow in 2025?", "", ""},
		{"how much did the government save and how much spending did it cut?", "", ""},
		// An area asked in English: any measure of area answers it.
		{"what is the target for grain planting area?", unitArea, "units of area"},
		{"how big is the sown area of rice this year?", unitArea, "units of area"},
		{"what acreage of paddy fields is planned?", unitArea, "units of area"},
		{"how large an area of wetland was restored?", unitArea, "units of area"},
		{"how much did the planting area grow?", "", ""}, // a change
		{"what are the key areas of reform?", "", ""},
		{"which area will the port expand into?", "", ""},
		// A sum asked in dollars: a sum in yuan does not answer it.
		{"what were retail sales in us dollars?", "美元", "US dollars"},
		{"how many dollars of foreign capital came in?", "美元", "US dollars"},
		{"how much did retail sales grow in usd terms?", "", ""}, // a change
	} {
		if u, w := unitAsked(tc.q); u != tc.unit || w != tc.written {
			t.Errorf("unitAsked(%q) = %q, %q; want %q, %q", tc.q, u, w, tc.unit, tc.written)
		}
	}
}

func TestAskedUnitFits(t *testing.T) {
	for _, tc := range []struct {
		asked, unit string
		want        bool
	}{
		{"元", "美元", true}, // 多少钱 of 实际利用外资 7.5亿美元
		{"棵", "株", true},  // trees
		{"美元", "元", false},
		{unitCount, "人", true},
		{unitCount, "个", true},
		{unitCount, "人次", true},
		{unitCount, "", true},
		{unitCount, "公顷", false},
		{unitCount, "%", false},
		{unitCount, "平方公里", false},
		{unitArea, "亩", true},
		{unitArea, "公顷", true},
		{unitArea, "平方公里", true},
		{unitArea, "吨", false},
		{unitArea, "%", false},
		{unitArea, "个", false},
		{"元", "元", true},
		{"吨", "吨级", true},
		{"户", "户", true},
		{"户", "个", false},
		{"人", "个", false},
		{"人", "名", true},
		{"位", "人", true}, // 几位 counts people
		{"所", "个", true},
		{"台", "辆", true},
		{"元", "%", false},
		// Everyday words for the same things: firms or households,
		// sessions, sites, machines, reports.
		{"户", "家", true},
		{"家", "户", true},
		{"次", "期", true},
		{"场", "期", true},
		{"座", "处", true},
		{"套", "部", true},
		{"条", "篇", true},
		{"次", "篇", true},
		{"颗", "株", true}, // 颗树, as residents type 棵
		{"棵", "株", true},
		{"场次", "期", true},
		// Not things of another kind, nor measures of size.
		{"亩", "公顷", false},
		{"公顷", "亩", false},
		{"条", "次", false},
		{"篇", "期", false},
		{"座", "户", false},
		{"家", "人", false},
		{"次", "个", false},
		{"", "期", true}, // no unit asked
	} {
		if got := askedUnitFits(tc.asked, tc.unit); got != tc.want {
			t.Errorf("askedUnitFits(%q, %q) = %v, want %v", tc.asked, tc.unit, got, tc.want)
		}
	}
}

// unitAsked runs its English patterns only on text with an ASCII space,
// and the percentage one only with "per": each match holds them.
func TestEnglishUnitCues(t *testing.T) {
	for _, s := range []string{
		"how many teu", "in tons", "number of households", "what percentage", "by what per cent",
		"how much of a percent", "how many\tkm", "in\nthousand\fyuan", "which\rpercent",
	} {
		for _, re := range []*regexp.Regexp{englishUnitAsked, englishPercentAsked} {
			if re.MatchString(s) && !strings.ContainsAny(s, englishSpace) {
				t.Errorf("%v matches %q, which has no ASCII space", re, s)
			}
		}
		if englishPercentAsked.MatchString(s) && !strings.Contains(s, "per") {
			t.Errorf("englishPercentAsked matches %q, which has no \"per\"", s)
		}
		if !englishUnitAsked.MatchString(s) && !englishPercentAsked.MatchString(s) {
			t.Errorf("neither pattern matches %q", s)
		}
	}
}

func TestDefinite(t *testing.T) {
	for _, tc := range []struct {
		before string
		want   bool
	}{
		{"what is the total value of the ", true},
		{"of ", true},
		{"Of the ", true},
		{"i heard panjin now has ", false},
		{"", false},
		{"theme park with ", false},
	} {
		if got := definite([]rune(tc.before)); got != tc.want {
			t.Errorf("definite(%q) = %v, want %v", tc.before, got, tc.want)
		}
	}
}

// In a question, a measure word that opens a noun is no unit: 1万多人才
// counts 人才 (and 一万多人才, a Chinese numeral without a unit, is no
// figure at all).
func TestFindMeasureNoun(t *testing.T) {
	for _, tc := range []struct{ text, value, unit string }{
		{"去年引进的那1万多人才里头", "1万多", ""},
		{"去年新增就业2万人", "2万人", "人"},
		{"一共1.1万个车位", "1.1万个", "个"},
		{"刑事警情下降了26.1起", "26.1起", "起"}, // 起 counts incidents
		{"发生3起事故", "3起", "起"},
		{"票价10起步", "10", ""}, // 起步 is a word of its own
	} {
		if ms := Find("去年引进的那一万多人才里头"); len(ms) != 0 {
			t.Errorf("一万多人才: %+v, want no figure", ms)
		}
		ms := Find(tc.text)
		if len(ms) != 1 || ms[0].Text != tc.value || ms[0].Value.Unit != tc.unit {
			t.Errorf("Find(%q) = %+v, want %q in %q", tc.text, ms, tc.value, tc.unit)
		}
	}
}

func TestAdmits(t *testing.T) {
	for _, c := range []struct {
		stated, report string
		want           bool
	}{
		{"两万多人", "2.04万人", true},
		{"一万四千多名", "14114名", true},
		{"150多公顷", "150.2公顷", true},
		{"超过1万件", "1.2万余件", true},
		{"约450亿元", "451.5亿元", true},
		{"约1.2万人", "1.15万人", true},
		{"近40%", "39.7%", true},
		{"3万多人", "2.04万人", false},
		{"两万多人", "3.1万人", false},
		{"约400亿元", "451.5亿元", false},
		// A share said in tenths (四成, read 约40%) is as near as the tenth.
		{"约40%", "39.7%", true},
		{"约30%", "25.8%", false},
		{"约6%", "5.5%", false},
		// One tolerance (rag.ShareSlack): a multiple of 5 points or a
		// third, ±2.5; any other percent, half its last digit.
		{"约25%", "25.8%", true}, // 两成半, 四分之一
		{"约26%", "25.8%", true}, // rounds to it
		{"约26%", "26.1%", true},
		{"大约26%", "25.8%", true},
		{"约25%", "27.6%", false},
		{"约33.3%", "34.1%", true}, // 三分之一
		{"约33.3%", "18.6%", false},
		{"约27%", "25.8%", false},
		{"约5%", "5.8%", false},    // under 10 points, no 5-point rounding
		{"近25%", "25.8%", false},  // 近 stops short: 25.8% is past it
		{"25%", "25.8%", false},   // no word of approximation
		{"6%左右", "5.5%左右", false}, // a rate's 左右 is no rounding
		{"26%左右", "25.8%", true},  // a claim's 左右 rounds as 约 does
		{"30%左右", "25.8%", false},
		{"27%上下", "25.8%", false}, // 27% rounds to its last digit
		{"近40%", "41%", false},
		{"2万人", "2.04万人", false}, // no word of approximation
		// A bound holds unless the report's figure, read with its own
		// qualifier, lies wholly beyond it.
		{"不到6%", "5.5%左右", true},
		{"不到5%", "5.5%左右", false},
		{"不到5.5%", "5.5%左右", true},  // 左右 may be under it: no correction
		{"不到29.9%", "29.9%", false}, // strict: the number itself is out
		{"不超过29.9%", "29.9%", true},
		{"不少于17万株", "17.4万株", true},
		{"不少于18万株", "17.4万株", false},
		{"不足2万", "1.9万人", true},
		{"6%以内", "5.5%左右", true},
		{"5%以内", "5.5%左右", false},
		{"超过3%", "3.5%左右", true},
		{"超过1%", "3.5%左右", true}, // true, if loose
		{"超过4%", "3.5%左右", false},
		{"不到15%", "10%以上", true}, // it may be
		{"不到8%", "10%以上", false},
		{"不低于48%", "48%", true},
		{"不到500篇", "400余篇", true},
		{"不到450篇", "400余篇", true}, // 400余 may be 460
		{"超过2万人", "1—2万人", false},
		// A bound beside the report's bound of the same side quotes the
		// report's threshold: its number must be the report's.
		{"10%以上", "20%以上", false},
		{"不少于10%", "10%以上", true},
		{"超3000亿元", "超过2000亿元", false},
	} {
		s, ok1 := firstValue(c.stated)
		r, ok2 := firstValue(c.report)
		if !ok1 || !ok2 {
			t.Fatalf("unparsed: %q %q", c.stated, c.report)
		}
		if got := s.Admits(r); got != c.want {
			t.Errorf("%q.Admits(%q) = %v, want %v", c.stated, c.report, got, c.want)
		}
	}
}

func firstValue(s string) (Value, bool) {
	ms := Find(s)
	if len(ms) == 0 {
		return Value{}, false
	}
	return ms[0].Value, true
}
