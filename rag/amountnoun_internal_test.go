package rag

import "testing"

// TestTotalInName: a 总额 the question ends on is the report's own name of
// the figure where the report writes it so, or the abbreviation asked
// stands for a name ending in it; "固投总额" adds a sum to 固定资产投资.
func TestTotalInName(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"社会消费品零售总额", true},
		{"进出口总额 2024", true},
		{"社零总额 2024", true},
		{"去年社零总额", true},
		{"固投总额2024", false},
		{"社零总额去年金额", false}, // ends on 金额: a sum asked
		{"去年游客人数", false},
	} {
		a := ix.analyze(Normalize(tc.q), nil)
		if got := ix.totalInName(a.norm, a.expand, nil); got != tc.want {
			t.Errorf("totalInName(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestCountNamesRate: a count noun the report writes only as the head of
// a rate (优良天数比例) names that indicator.
func TestCountNamesRate(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"去年空气优良天数", true},
		{"优良天数多少", true},
		{"去年游客人数", false},
		{"规上工业企业数量", false},
		{"去年GDP", false},
	} {
		if got := ix.countNamesRate(Normalize(tc.q), nil); got != tc.want {
			t.Errorf("countNamesRate(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestAmountNamedIntent: a count or a sum named by its noun asks a figure,
// and only a count so named is the weaker ask (CountNamed).
func TestAmountNamedIntent(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q                     string
		figure, amount, named bool
	}{
		{"去年游客人数", true, true, true},
		{"社零总额去年金额", true, true, false},
		{"进出口总额今年目标金额", true, true, false},
		{"去年空气优良天数", false, true, false}, // the rate's name: answered as before
		{"社会消费品零售总额", true, false, false},
	} {
		in := ix.analyze(Normalize(tc.q), nil).intent()
		if in.Figure != tc.figure || in.Amount != tc.amount || in.CountNamed != tc.named {
			t.Errorf("%q: figure=%v amount=%v countNamed=%v, want %v %v %v", tc.q, in.Figure, in.Amount, in.CountNamed, tc.figure, tc.amount, tc.named)
		}
	}
}

// TestOfStatedSubject: a figure noun, or progress, asked alone after a
// stated count is that thing's.
func TestOfStatedSubject(t *testing.T) {
	for _, tc := range []struct{ stated, rest, want string }{
		{"跨境电商70家，", "成交额多少亿元", "跨境电商成交额多少亿元"},
		{"跨境电商企业达到70家，", "成交额是多少", "跨境电商企业成交额是多少"},
		{"去年新签约项目260个，", "去年总投资多少", "新签约项目去年总投资多少"},
		{"亿元以上项目125个，", "投资额多少", "亿元以上项目投资额多少"},
		// Progress asked alone is the stated thing's, not any 新进展.
		{"华锦阿美项目32套主装置，", "进展咋样", "华锦阿美项目进展咋样"},
		{"华锦阿美项目32套主装置，", "技术进展咋样", "技术进展咋样"},
		// The rest names a thing of its own.
		{"去年GDP增长3.5%，", "进出口增长多少", "进出口增长多少"},
		{"跨境电商70家，", "技术合同成交额多少", "技术合同成交额多少"},
	} {
		if got := ofStatedSubject(tc.stated, tc.rest); got != tc.want {
			t.Errorf("ofStatedSubject(%q, %q) = %q, want %q", tc.stated, tc.rest, got, tc.want)
		}
	}
}

// A count asked with a measure word of things is not told by a clause
// whose numbers count nothing (a grade, a ranking, a sum, years); a noun
// opening with a measure word's character (支出) or an English count of a
// unit (hectares) asks no count of things.
func TestCountsNothing(t *testing.T) {
	for _, tc := range []struct {
		clause string
		want   bool
	}{
		{"金帛滩海洋乐园晋升国家4a级旅游景区", true},
		{"辽滨经开区连续6年跻身全国化工园区30强、升至第21位。", true},
		{"全市海洋经济生产总值403亿元。", true},
		{"跨境电商企业达到70家", false},
		{"八轮强降雨接踵而至，2024年", false},
		{"新建和改造城市公园20处。", false},
		{"海洋牧场面积分别达到97万亩、75万亩、50万亩", true},
		{"维修新建农村公路182.3公里。", true},
		{"新建电动自行车公共集中充电装置点276个，修复岸堤39公里", false},
	} {
		if got := countsNothing(Normalize(tc.clause)); got != tc.want {
			t.Errorf("countsNothing(%q) = %v, want %v", tc.clause, got, tc.want)
		}
	}
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"4a级景区有几个？", true},
		{"how many scenic spots are there?", true},
		{"去年压减了多少支出", false},
		{"how many marine ranch hectares?", false},
		{"how many km of old water pipes got replaced?", false},
	} {
		asked := []askedTerm{{term: "支出"}}
		if got := countOfThingsAsked(tc.q, asked); got != tc.want {
			t.Errorf("countOfThingsAsked(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// A count right after the 等 closing a clause's examples is of the kind
// that clause names: it answers a count of what the clause writes, not of
// a thing only its sentence names before, nor of one a broad stand-in word
// (文化 for 比赛) finds among the examples.
func TestCountsNamedKindOnly(t *testing.T) {
	game := askedTerm{term: "比赛", weight: 2, head: true, syn: []string{"文化", "体育"}}
	show := askedTerm{term: "演出", weight: 2, head: true}
	project := askedTerm{term: "项目", weight: 1, head: true}
	for _, tc := range []struct {
		clause string
		asked  []askedTerm
		want   bool
	}{
		{"举办群众文化节庆等活动120余场", []askedTerm{game}, true},
		{"举办群众文化演出等活动120余场", []askedTerm{show}, false},
		{"推动港口疏浚等42个项目开工", []askedTerm{project}, false},
		{"完成河道清淤等工程12处", []askedTerm{game}, true},
		{"举办文化体育比赛120余场", []askedTerm{game}, false}, // no 等: the count is of what it names
	} {
		if got := countsNamedKindOnly(Normalize(tc.clause), tc.asked); got != tc.want {
			t.Errorf("countsNamedKindOnly(%q) = %v, want %v", tc.clause, got, tc.want)
		}
	}
}

// TestTotalLevel: 总量 ending a question adds a level to a name the report
// writes without it (GDP总量); the report's own 信访总量, 研发经费投入总量
// and the lexicon's 经济总量 (海洋经济总量 included) are left as they read.
func TestTotalLevel(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"盘锦去年GDP总量", true},
		{"去年盘锦地区生产总值总量", true},
		{"去年信访总量", false},
		{"研发经费投入总量", false},
		{"盘锦经济总量", false},
		{"盘锦海洋经济总量", false},
		{"去年GDP增长多少", false},
	} {
		if got := ix.totalLevel(Normalize(tc.q), nil); got != tc.want {
			t.Errorf("totalLevel(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}
