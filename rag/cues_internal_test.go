package rag

import (
	"regexp"
	"testing"
)

// The cheap checks that spare a regexp must hold wherever it matches:
// over every question of the eval sets and the load test, normalized, and
// texts made to match.
func TestRegexpCues(t *testing.T) {
	texts := []string{
		"第23段说了什么", "¶ 7", "Paragraph 12", "PARAGRAPH 3 says", "第二十段",
		"多少万吨", "几公里", "百分之几", "有多少亿", "几万人",
		"破案率多少", "占比是百分之几", "比重有几", "研发强度达到多少", "what share of", "the ratio of", "proportion",
		"12月份的数据", "三月底", "十一月", "in december", "from january to june",
		"24年实际增长多少", "25目标", "24/25对比", "19", "去年24实际", "2024年", "3.24年",
		"by how much did it grow", "增速是多少", "涨了几个", "how fast", "growth rate",
	}
	texts = append(texts, evalQuestions(t)...)
	for _, tc := range []struct {
		name string
		re   *regexp.Regexp
		cue  func(string) bool
	}{
		{"paraRef", paraRef, mayNameParagraph},
		{"askedUnitWords", askedUnitWords, mayAskUnit},
		{"levelAsked", levelAsked, mayAskLevel},
		{"changeAskedHan", changeAskedHan, mayAskChangeHan},
		{"changeAskedEnglish", changeAskedEnglish, mayAskChangeEnglish},
		{"monthRe", monthRe, mayNameMonth},
		{"shortYear", shortYear, mayNameShortYear},
	} {
		matched := 0
		for _, s := range texts {
			if tc.re.MatchString(s) {
				matched++
				if !tc.cue(s) {
					t.Errorf("%s matches %q, but its cue says it cannot", tc.name, s)
				}
			}
		}
		if matched == 0 {
			t.Errorf("%s matched none of the texts", tc.name)
		}
	}
}

func TestHowDone(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"今年打算怎么促消费", true},
		{"就业咋稳", true},
		{"如何化解债务风险", true},
		{"去年经济怎么样", false},
		{"这是怎么回事", false},
		{"报告怎么说的", false},
		{"咋", false},
		{"how will the city create jobs", false},
	} {
		if got := howDone(Normalize(c.q)); got != c.want {
			t.Errorf("howDone(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}

// The cues turn away the questions they are for: a whole year, an amount,
// no month.
func TestCuesRejectCommonQuestions(t *testing.T) {
	for _, q := range []string{"2025年地区生产总值增长目标是多少？", "粮食产量增长1.5%", "2024年新增就业多少人"} {
		norm := Normalize(q)
		if mayNameShortYear(norm) || mayNameMonth(norm) {
			t.Errorf("%q: shortYear cue %v, month cue %v; want neither", q, mayNameShortYear(norm), mayNameMonth(norm))
		}
	}
}

// A stock asked (how much in all) is not one added, nor a change.
func TestAsksStock(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"盘锦湿地总面积有多大", true},
		{"盘锦一共有多少个公园", true},
		{"how many parks does panjin have?", true},
		{"去年一共新增了多少停车泊位", false},
		{"湿地总面积增长了多少", false},
		{"how many parks were built in total?", false},
		{"公园有多少个", false},
		// "enterprises" holds no "rise", "exchange" no "change".
		{"how many high-tech enterprises are there in panjin?", true},
		{"how many foreign exchange firms are there in panjin?", true},
		// What a thing has is a stock, as what the city has.
		{"how many berths does the harbour have?", true},
		{"how many beds do the city's hospitals have?", true},
		{"how many berths does the harbour plan to build?", false},
	} {
		if got := AsksStock(Normalize(tc.q)); got != tc.want {
			t.Errorf("AsksStock(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// How many in all is asked unless the question asks what a year did:
// 新找到 (found anew) is a year's jobs added, as 新增 is.
func TestAsksAll(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"停车位总共多少个", true},
		{"去年一共新增了多少停车泊位", false},
		{"去年城里新找到活干的人一共多少", false},
	} {
		if got := asksAll(Normalize(tc.q)); got != tc.want {
			t.Errorf("asksAll(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// A change asked is by how much a figure moved.
func TestAsksChange(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"去年跨境电商增长了多少", true},
		{"进出口增速是多少", true},
		{"by how much did exports grow last year?", true},
		{"how much did retail sales grow in 2024", true},
		{"跨境电商企业有多少家", false},
		{"how many cross-border e-commerce companies are there?", false},
		{"gdp增长目标", false},
		{"外贸去年增了多少", true},
		// A verb of cutting asks the amount cut, not a rate of decline.
		{"去年财政审减多少亿", false},
		{"压减了多少", false},
		{"核减了多少资金", false},
		{"今年精减多少", false},
		{"支出减了多少", true},
		{"收入减了多少", true},
		{"cross-border e-commerce turnover growth in 2024?", true},
		// A count added: a measure word or a noun after 多少, or 新增.
		{"去年增加了多少普惠性托育学位", false},
		{"今年新增多少就业", false},
		{"停车位增加了多少个", false},
		// A change in points is a change, no count.
		{"优良天数比例提高了几个百分点", true},
		// A change noun that ends the question asks it, with no 多少.
		{"海洋经济生产总值增速", true},
		{"去年粮食产量的增幅呢？", true},
		{"gdp增速目标", false},
		{"去年全省第一的增速", false},
		// Asked with its level, the change is not all it asks.
		{"海洋经济生产总值和增速", false},
		{"实际利用外资多少，增速", false},
		{"覆盖率提升了多少个百分点", true},
		// More or less than the year before asks a difference; the plan
		// year beside last year's result asks the two figures.
		{"实际到位内资比去年多多少？", true},
		{"去年新签约项目比前年多多少", true},
		{"今年稻蟹共生面积比去年多多少", false},
	} {
		if got := AsksChange(Normalize(tc.q)); got != tc.want {
			t.Errorf("AsksChange(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

func TestAsksLevel(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"普惠率是多少", true},
		{"化工精细化率达到多少", true},
		{"年末贷款余额是多少", true}, // a balance as it stands, not its growth
		{"进出口总额有多少", true},
		{"研发经费投入总量是多少", true},
		{"全市整体债务率现在是多少", true}, // "now" between the rate and its 是多少
		{"贷款余额目前有多少", true},
		{"债务率现在下降了多少", false},
		{"贷款余额增长多少", false},
		{"进出口总额增长了多少", false},
		{"去年新增就业多少人", false},
		{"what was the total retail sales of consumer goods in 2024?", true},
		{"how much did total retail sales grow in 2024?", false},
		// An amount of money or output as it stands.
		{"去年旅游收入是多少", true},
		{"社会消费品零售总额是多少", true},
		{"今年GDP多少", true},
		{"今年GDP目标多少", false}, // the target is a growth
		{"旅游收入增长多少", false},
		{"how much was the city's gdp in 2024?", true},
		{"how much is the government debt?", true}, // an amount, not the debt ratio's fall
		{"how much is panjin's government debt?", true},
		{"how much did the government debt fall?", false},
		{"how much did retail sales go up last year?", false},
		{"how much did tourism revenue grow?", false},
		// "enterprises" holds no "rise": a word of change starts a word.
		{"what is the total revenue of the enterprises?", true},
	} {
		if got := AsksLevel(Normalize(tc.q)); got != tc.want {
			t.Errorf("AsksLevel(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

func TestAsksAmount(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"How many tourists visited the Red Beach scenic corridor in 2024?", true},
		{"去年来了多少万人次游客", true},
		{"去年旅游人次是多少万", true}, // a number of that size, which 增长64% is not
		{"去年旅游人次是多少", true},
		{"跨境电商企业有几家", true},
		{"老旧小区改造了多少个", true},
		{"经营主体数量多少", true}, // a count asked by its noun, which 增长21.7% does not give
		{"去年规上工业企业数量？", true},
		{"去年空气好的天数多少", true},
		{"经营主体数量增长多少", false},
		// A bare noun of a volume, of things counted or of a sum put in,
		// 多少 ending the question, asks the quantity: 增长64% is no answer.
		// A target asked is the target, and 质量 is no quantity.
		{"旅客接待量是多少？", true},
		{"去年游客量多少", true},
		{"高新技术企业是多少", true},
		{"新登记经营主体是多少", true},
		{"固投多少？", true},
		{"研发经费投入多少", true},
		{"今年固投目标多少", false},
		{"集装箱吞吐量增长多少", false},
		{"空气质量多少", false},
		{"数量经济学", false},
		// "rise" inside "enterprises" asks no change: cues match whole words.
		{"How many high-tech enterprises are there?", true},
		{"How many enterprises were newly registered?", true},
		{"how many enterprises rose", false},
		{"how many percent did exports grow", false},
		{"how many more tourists came", false}, // a change: 增长64% answers
		{"游客比前年多了多少人", false},
		{"提高了几个百分点", false},
		{"提高了几个点", false},
		{"排第几", false},
		{"跨境电商企业有多少家，成交额增长多少", false}, // two figures asked
		{"旅游收入是多少", false},
		{"集装箱吞吐量 绝对值(万标箱) 2024", true},
		{"旅游总收入 24 绝对额", true},
		{"进出口绝对数是多少", true},
		{"经营主体数量多少，要绝对准确", true}, // a count by its noun; 绝对 alone asks nothing
		{"旅游收入增长多少，要绝对准确", false},
		{"GDP总量 24 (亿元)", true},
		{"进出口总额多少亿元", true},
		{"跨境电商成交额具体是多少钱", true}, // a sum of money, which 增长24.7% is not
		{"成交额增长了多少钱", false},    // a change
		{"进出口总额增长了多少亿元", false}, // a change
		{"旅游收入增长多少(%)", false},
		// A change asked right away in things counted is a count.
		{"去年交通事故减少了多少起", true},
		{"失业人数下降了几个", true},
		{"下降了多少个百分点", false},
		// A sum of money named at the end, 多少 or not: staff shorthand.
		{"固投总额2024", true},
		{"社零总额去年金额", true},
		{"进出口总额今年目标金额", true},
		{"亿元以上项目125个，投资额多少", true},
		{"到位内资 24 金额+增速", false}, // a growth asked beside
		{"金额", true},
		{"总额增长多少", false},
		// English shorthand: a sum named after its thing, a count by "number of".
		{"Retail sales total 2024", true},
		{"Fixed asset investment amount 2024", true},
		{"Anshan imports and exports total in 2024?", true},
		{"Number of tourists 2024", true},
		{"Panjin's total R&D spending ranked first in Liaoning in 2024?", false}, // the indicator's name
		{"How fast did the number of newly registered businesses grow in 2024?", false},
	} {
		if got := AsksAmount(Normalize(tc.q)); got != tc.want {
			t.Errorf("AsksAmount(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

func TestPercentOnly(t *testing.T) {
	for _, tc := range []struct {
		clause string
		want   bool
	}{
		{"全市旅客接待量、旅游收入分别增长64%、29.9%", true},
		{"高出全省2.8个百分点", true},
		{"奖励资金为2023年的5倍", false}, // 2023 is no share
		{"跨境电商企业达到70家", false},
		{"没有数字", false},
	} {
		if got := percentOnly(Normalize(tc.clause)); got != tc.want {
			t.Errorf("percentOnly(%q) = %v, want %v", tc.clause, got, tc.want)
		}
	}
}

// An English cue opens a word: a longer word that only holds it asks
// nothing of it.
func TestContainsCue(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"how many high-tech enterprises are there", false},
		{"foreign exchange earnings", false},
		{"how much did exports rise", true},
		{"rise in exports", true},
		{"how much did it increase", true},
		{"总量增长多少", true},
		{"企业有多少家", false},
	} {
		if got := containsCue(c.s, changeCues); got != c.want {
			t.Errorf("containsCue(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// A follow-up asks what the last question did: a growth, when the last
// asked a target (answered with one), an amount when the last asked one.
func TestFollowUpAsks(t *testing.T) {
	for _, tc := range []struct{ q, prev, want string }{
		{"去年GDP", "今年GDP目标是多少", "增幅是多少"},
		{"去年GDP", "今年GDP是多少", "是多少"},
		{"去年社零", "今年社零目标是多少", "是多少"}, // 社零 alone asks no amount as it stands
		{"去年普惠率", "今年普惠率目标是多少", "是多少"},
	} {
		if got := followUpAsks(tc.q, &turn{Read: tc.prev}); got != tc.want {
			t.Errorf("followUpAsks(%q, %q) = %q, want %q", tc.q, tc.prev, got, tc.want)
		}
	}
}

func TestCountOnly(t *testing.T) {
	for _, tc := range []struct {
		clause string
		want   bool
	}{
		{"用好化债增量政策等15项举措", true},
		{"城镇新增就业2.04万人", true},
		{"海兴科技等7个项目纳入省制造业数字化转型项目库", true},
		{"全市整体债务率下降100个百分点以上", false}, // points are no count
		{"营业收入310亿元", false},
		{"新增普惠性幼儿园学位520个、普惠率达到90.6%", false},
		{"没有数字", false},
	} {
		if got := countOnly(Normalize(tc.clause)); got != tc.want {
			t.Errorf("countOnly(%q) = %v, want %v", tc.clause, got, tc.want)
		}
	}
}
