package rag

import "testing"

func TestMeasuredNounOf(t *testing.T) {
	ix := seedIndex(t)
	cases := []struct{ clause, want string }{
		{"引进人才1.15万人、创新团队7个。", "人才"},
		{"发明专利授权量增长74.1%。", "授权量"},
		{"增长20.2%。", ""}, // no noun of its own
		{"其中亿元以上项目125个", "项目"},
		{"高于全省2.8个百分点", ""}, // a scope says where, not what
		{"盘锦6个“土特产”纳入", ""},
		{"10家社区便民食堂投入使用。", ""}, // opens with its number
	}
	for _, c := range cases {
		if got := ix.measuredNounOf(Normalize(c.clause)); got != c.want {
			t.Errorf("measuredNounOf(%q) = %q, want %q", c.clause, got, c.want)
		}
	}
}

func TestHoldsStatedFigure(t *testing.T) {
	cases := []struct {
		norm, clause string
		want         bool
	}{
		{"华孚环境手机马达全球市场占有率15.7%吧", "中蓝电子手机高端马达全球市场占有率增至15.7%", true},
		{"社零增长5%吧", "社会消费品零售总额增长5.5%", false},
		{"社零增长5%吧", "增长15%", false},
		{"去年新增企业6个", "新进驻项目6个", false}, // a bare count says too little
	}
	for _, c := range cases {
		if got := holdsStatedFigure(c.norm, c.clause); got != c.want {
			t.Errorf("holdsStatedFigure(%q, %q) = %v, want %v", c.norm, c.clause, got, c.want)
		}
	}
}

func TestCountedByName(t *testing.T) {
	cases := []struct {
		norm, term string
		want       bool
	}{
		{"河蟹全产业链产值多少亿", "产值", true},
		{"今年新增5g工厂几家", "工厂", true},
		{"每千人医生数多少", "医生", true},
		{"吸引多少个创新团队", "创新团队", true},
		// 电动车 describes the device counted, which the asker does not name.
		{"电梯里不让电动车进的那个拦车的玩意儿装了多少部啊", "电动车", false},
		{"电梯里不让电动车上去那个,装了多少部", "电动车", false},
		{"产值怎么样", "产值", false}, // no question word
		// A verb done between the noun and a closing count: the noun is counted.
		{"去年电梯加装了多少部?", "电梯", true},
		{"去年电梯加装了多少部电动车", "电梯", false},
	}
	for _, c := range cases {
		if got := countedByName(c.norm, askedTerm{term: c.term}); got != c.want {
			t.Errorf("countedByName(%q, %q) = %v, want %v", c.norm, c.term, got, c.want)
		}
	}
}

func TestOnlyModifies(t *testing.T) {
	cases := []struct {
		clause, term, m string
		want            bool
	}{
		{"安装电梯智能阻车系统4166部", "电梯", "系统", true},
		{"安装电梯和阻车系统4166部", "电梯", "系统", false},           // two things listed
		{"新购公交车辆85台", "公交", "车辆", false},                // the everyday name of m
		{"加装电梯200部，安装电梯智能阻车系统4166部", "电梯", "系统", false}, // lifts counted on their own
		{"新建电梯4166部", "电梯", "电梯", false},
	}
	for _, c := range cases {
		if got := onlyModifies(c.clause, c.term, c.m); got != c.want {
			t.Errorf("onlyModifies(%q, %q, %q) = %v, want %v", c.clause, c.term, c.m, got, c.want)
		}
	}
}

func TestCountsObjects(t *testing.T) {
	cases := []struct {
		clause string
		want   bool
	}{
		{"安装电梯智能阻车系统4166部", true},
		{"新建充电装置点276个", true},
		{"更新改造燃气管道20公里", false},
		{"高于全省2.8个百分点", false},
		{"发明专利授权量增长74.1%", false},
	}
	for _, c := range cases {
		if got := countsObjects(c.clause); got != c.want {
			t.Errorf("countsObjects(%q) = %v, want %v", c.clause, got, c.want)
		}
	}
}

func TestMeasuresOtherTermOfLine(t *testing.T) {
	ix := seedIndex(t)
	school := askedTerm{term: "学校", weight: 2.8, syn: []string{"教育", "学校", "学生"}, head: true}
	everyday := askedTerm{term: "孩子上学", weight: 2.8, syn: []string{"教育", "学校", "学生"}, head: true}
	students := "盘锦职业技术学院在籍学生突破1万人、办学水平不断提高,"
	cases := []struct {
		name   string
		asked  []askedTerm
		clause string
		norm   string
		want   bool
	}{
		// 学生 shares the line (and a character) with 学校, yet counts students.
		{"schools counted, students given", []askedTerm{school}, students, "盘锦有多少所学校", true},
		{"schools counted, schools given", []askedTerm{school}, "新建学校3所,", "盘锦有多少所学校", false},
		// Not counted by name: the line's words stay a topic's.
		{"schools as topic", []askedTerm{school}, students, "学校办得怎么样", false},
		// An amount, not objects, asked: the sibling step names the kind given.
		{"amount asked", []askedTerm{school}, students, "学校多少", false},
		// An everyday word may mean any term of its line.
		{"everyday word", []askedTerm{everyday}, students, "孩子上学多少人", false},
	}
	for _, c := range cases {
		if got := ix.measuresOther(c.asked, Normalize(c.clause), Normalize(c.norm)); got != c.want {
			t.Errorf("%s: measuresOther(%q, %q) = %v, want %v", c.name, c.norm, c.clause, got, c.want)
		}
	}
}

// A clause setting a goal for what was asked lends its subject to the 全年
// figure after it when a goal is asked; a clause that sets no goal, a
// figure not opening with 全年, another sentence's goal or a question
// asking no goal does not.
func TestGoalYardstick(t *testing.T) {
	clauses := func(texts ...string) []normClause {
		var cl []normClause
		for _, s := range texts {
			n := Normalize(s)
			cl = append(cl, normClause{norm: n, last: lastBeforeClosers(n), digit: true})
		}
		return cl
	}
	asked := []askedTerm{{term: "外贸", weight: 2, syn: []string{"外贸", "进出口"}}}
	cases := []struct {
		name  string
		norm  string
		cl    []normClause
		asked []askedTerm
		want  bool
	}{
		{"goal then year's yardstick", "今年外贸目标多少", clauses("推动外贸实现新突破，", "全年新增出口企业30家"), asked, true},
		{"report term of the asked word", "今年外贸目标多少", clauses("力争进出口迈上新台阶，", "全年培育外贸主体20家"), asked, true},
		{"no goal set", "今年外贸目标多少", clauses("支持外贸企业拓展市场，", "全年新增出口企业30家"), asked, false},
		{"figure not the year's", "今年外贸目标多少", clauses("推动外贸实现新突破，", "新增出口企业30家"), asked, false},
		{"goal of another thing", "今年外贸目标多少", clauses("推动文旅实现新突破，", "全年接待游客30万人次"), asked, false},
		{"goal in the sentence before", "今年外贸目标多少", clauses("推动外贸实现新突破。", "全年新增出口企业30家"), asked, false},
		{"no goal asked", "今年外贸能有多少", clauses("推动外贸实现新突破，", "全年新增出口企业30家"), asked, false},
		{"nothing of substance asked", "今年外贸目标多少", clauses("推动外贸实现新突破，", "全年新增出口企业30家"), []askedTerm{{term: "外贸", weight: 0.5}}, false},
	}
	for _, c := range cases {
		if got := goalYardstick(c.norm, c.cl, len(c.cl)-1, c.asked); got != c.want {
			t.Errorf("%s: goalYardstick = %v, want %v", c.name, got, c.want)
		}
	}
}
