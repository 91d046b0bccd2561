package rag

import "testing"

// A venue, where money went, a rule's clauses, who led a thing, a name's
// own figure and where money came from are details a sentence naming the
// thing does not give; one that says them does.
func TestSiteDetailsAskedAndGiven(t *testing.T) {
	for _, tc := range []struct {
		q, given string
		asked    []askedTerm
		asks     bool
		gives    bool
	}{
		{"中国女篮职业赛事在盘锦哪个场馆打的", "圆满承办中国女篮职业赛事", []askedTerm{{term: "女篮", weight: 1}}, true, false},
		{"女篮赛事在哪个体育馆", "在市体育中心圆满承办中国女篮职业赛事", []askedTerm{{term: "女篮", weight: 1}}, true, true},
		{"外资主要投向哪些行业", "聚焦政策导向和资金投向，争取更多资金额度", []askedTerm{{term: "外资", weight: 1}}, true, false},
		{"外资主要投向哪些行业", "外资主要投向石化产业", []askedTerm{{term: "外资", weight: 1}}, true, true},
		{"管理办法修订后改了哪些条款", "修订盘锦大米地理标志产品保护管理办法", []askedTerm{{term: "管理办法", weight: 1}}, true, false},
		{"盘锦职业技术学院牵头的那个产教联合体叫啥", "“辽滨经开区石油化工市域产教联合体”入选全省首批建设项目名单，盘锦职业技术学院在籍学生突破1万人", []askedTerm{{term: "产教联合体", weight: 1}}, true, false},
		{"发改委牵头的行动叫啥", "实施项目攻坚年行动，完善市发展改革委总牵头", []askedTerm{{term: "行动", weight: 1}}, true, true},
		{"实际利用外资主要来自哪些国家", "全年实际利用外资7.5亿美元、全省第二", []askedTerm{{term: "实际利用外资", weight: 1}}, true, false},
		{"中蓝电子自己的营业收入增长了多少", "中蓝电子手机高端马达全球市场占有率增至15.7%，电子信息产业营业收入增长40%", []askedTerm{{term: "中蓝电子", weight: 1}}, true, false},
		{"中蓝电子自己的营业收入是多少", "中蓝电子营业收入12亿元", []askedTerm{{term: "中蓝电子", weight: 1}}, true, true},
		{"石油化工市域产教联合体由谁牵头", "“辽滨经开区石油化工市域产教联合体”入选全省首批建设项目名单", []askedTerm{{term: "产教联合体", weight: 1}}, true, false},
		{"项目攻坚年行动由哪个部门牵头", "实施项目攻坚年行动，完善市发展改革委总牵头", []askedTerm{{term: "行动", weight: 1}}, true, true},
		{"进出口主要和哪些国家", "进出口总额达到147亿元", []askedTerm{{term: "进出口", weight: 1}}, true, false},
		{"外贸与哪些国家往来", "赴瑞士、荷兰、美国开展经贸交流", []askedTerm{{term: "外贸", weight: 1}}, true, true},
		{"引进的人才来自哪里", "吸引更多高校毕业生来盘就业创业，引进人才1.15万人", []askedTerm{{term: "人才", weight: 1}}, true, false},
		{"游客主要从哪来", "吸引京津冀、长三角游客来盘", []askedTerm{{term: "游客", weight: 1}}, true, true},
		{"资金从哪来", "", nil, false, false},
		{"电子信息产业营业收入增长多少", "", nil, false, false},
		{"哪些国家去年来盘锦投资了", "", nil, false, false},
		{"项目主导产业是什么", "", nil, false, false},
	} {
		kinds := askedDetails(Normalize(tc.q))
		if asks := len(kinds) > 0; asks != tc.asks {
			t.Errorf("%s: asked %v, want %v", tc.q, asks, tc.asks)
			continue
		}
		if !tc.asks {
			continue
		}
		gives := true
		for _, k := range kinds {
			gives = gives && k.gives(Normalize(tc.given), Normalize(tc.q), tc.asked)
		}
		if gives != tc.gives {
			t.Errorf("%s: %q gives %v, want %v", tc.q, tc.given, gives, tc.gives)
		}
	}
}
