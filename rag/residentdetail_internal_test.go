package rag

import "testing"

// A resident's everyday detail — a price, where to go, a doctor's
// appointment, how long a road is shut, the street, the make, the rules,
// settling medical bills elsewhere, a pay rise for one's own trade — is
// asked, and the report's sentence naming the work does not give it. The
// report's own wording (退休的规定会变吗, 要拿个啥牌子, 在哪办) asks none.
func TestResidentDetailsAsked(t *testing.T) {
	asked := func(q string) []detailKind {
		norm := Normalize(q)
		kinds := askedDetails(askedPart(norm))
		if groupPay.cueRe.MatchString(norm) {
			kinds = append(kinds, groupPay)
		}
		return kinds
	}
	for _, tc := range []struct {
		q, given string
		want     bool
	}{
		{"某粮库今年收购玉米什么价", "推进某粮库粮食仓储物流等项目加快建设", true},
		{"电动自行车上牌去哪办", "新建电动自行车公共集中充电装置点276个", true},
		{"某医院周末能挂专家号吗", "某医院康复中心项目建成投用", true},
		{"某大道维修改造要封路多久？", "某大道维修改造工程加快建设", true},
		{"夜经济街区具体在哪条街", "推进特色美食街、夜经济街区建设", true},
		{"新买的公交车是什么牌子的", "新购公交车辆85台", true},
		{"文明养犬有啥规定", "住宅小区物业投诉量下降18.6%", true},
		{"我的医保卡去外地看病能直接结算吗", "城乡居民医保普通门诊统筹支付比例提高至55%", true},
		{"我是环卫工人，今年工资涨不涨", "居民收入增长与经济增长基本同步", true},
		{"我在某油田上班，今年油田职工涨工资吗？", "落实职工基本养老金、城乡居民养老保险待遇和工伤保险待遇调整机制", true},
		{"今年工资能涨不", "", false},
		{"我快到退休年龄了，今年退休的规定会变吗？", "", false},
		{"某区今年在生态方面要拿个啥牌子", "", false},
		{"今年全国冰钓赛在哪办", "", false},
		{"盘锦大米的品牌价值是什么价位", "", false},
		{"今年要坐哪条路线的公交", "", false},
	} {
		kinds := asked(tc.q)
		if got := len(kinds) > 0; got != tc.want {
			t.Errorf("%s: a detail asked %v, want %v", tc.q, got, tc.want)
			continue
		}
		for _, k := range kinds {
			if tc.given != "" && k.gives(Normalize(tc.given), Normalize(tc.q), nil) {
				t.Errorf("%s: %q gives the detail (%s)", tc.q, tc.given, k.zh)
			}
		}
	}
}
