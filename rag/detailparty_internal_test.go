package rag

import "testing"

// Who made, organised or paid for a thing, and how long it takes, are
// details a sentence only naming the thing does not give; one that says
// who (由…主办, 圆满承办) or how long does.
func TestPartyDetailsAskedAndGiven(t *testing.T) {
	kindOf := func(q string) (detailKind, bool) {
		for _, k := range askedDetails(Normalize(q)) {
			for _, p := range partyKinds {
				if k.zh == p.zh {
					return k, true
				}
			}
		}
		return detailKind{}, false
	}
	for _, tc := range []struct {
		q, given string
		asked    []askedTerm
		asks     bool
		gives    bool
	}{
		{"新买的132台公交车是哪家厂家的", "购置公交车辆132台", []askedTerm{{term: "公交车", weight: 1}}, true, false},
		{"公交车是哪家厂生产的", "公交车由华晨客车生产", []askedTerm{{term: "公交车", weight: 1}}, true, true},
		{"红马赛是由哪个单位主办的", "高质量举办红马赛、冰凌穿越挑战赛、市九运会等赛事，圆满承办中国女篮职业赛事", []askedTerm{{term: "红马赛", weight: 1}}, true, false},
		{"女篮职业赛事是谁承办的", "高质量举办红马赛等赛事，圆满承办中国女篮职业赛事", []askedTerm{{term: "女篮", weight: 1}}, true, true},
		{"电梯智能阻车系统的安装费用由谁承担", "安装电梯智能阻车系统4166部", []askedTerm{{term: "电梯", weight: 1}, {term: "阻车", weight: 1}}, true, false},
		{"辽河油田千万吨稳产是多少年", "支持辽河油田千万吨规模稳产", []askedTerm{{term: "辽河油田", weight: 1}, {term: "稳产", weight: 1}}, true, false},
		{"绕阳河大桥改建工期两年对吧", "推动法盘线绕阳河大桥改建工程开工", []askedTerm{{term: "绕阳河大桥", weight: 1}}, true, false},
		{"承办的中国女篮职业赛事是哪两个队打的", "高质量举办红马赛等赛事，圆满承办中国女篮职业赛事", []askedTerm{{term: "女篮", weight: 1}, {term: "赛事", weight: 1}}, true, false},
		{"女篮赛事比分多少", "圆满承办辽宁队对阵四川队的中国女篮职业赛事", []askedTerm{{term: "女篮", weight: 1}}, true, true},
		{"哪支队伍参加了抗洪", "", nil, false, false},
		// Who won or whom a side played, asked in words (谁赢了, 打的谁).
		{"女篮比赛谁赢了", "高质量举办红马赛等赛事，圆满承办中国女篮职业赛事", []askedTerm{{term: "女篮", weight: 1}}, true, false},
		{"盘锦承办的女篮比赛辽宁队打的谁", "圆满承办中国女篮职业赛事", []askedTerm{{term: "女篮", weight: 1}}, true, false},
		{"女篮赛事辽宁队赢了吗", "圆满承办中国女篮职业赛事", []askedTerm{{term: "女篮", weight: 1}}, true, false},
		// 比分 inside 同比分别, 占比分别 asks no score.
		{"去年GDP和社零同比分别增长多少", "", nil, false, false},
		{"刑事警情和治安警情比分别下降了多少", "", nil, false, false},
		{"三次产业占比分别是多少", "", nil, false, false},
		{"兴隆台区今年在生态方面要拿个啥牌子", "", nil, false, false},
		{"红马赛今年举办几场", "", nil, false, false},
	} {
		k, asks := kindOf(tc.q)
		if asks != tc.asks {
			t.Errorf("%s: asked %v, want %v", tc.q, asks, tc.asks)
			continue
		}
		if asks && k.gives(Normalize(tc.given), Normalize(tc.q), tc.asked) != tc.gives {
			t.Errorf("%s: %q gives %v, want %v", tc.q, tc.given, !tc.gives, tc.gives)
		}
	}
}
