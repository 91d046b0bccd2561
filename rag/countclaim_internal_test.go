package rag

import "testing"

func TestCountCorrection(t *testing.T) {
	plan := Period{Kind: PeriodPlan, Year: 2025}
	result := Period{Kind: PeriodResult, Year: 2024}
	cases := []struct {
		claim, quote string
		period       Period
		asked        PeriodKind
		stated, said string // "" when nothing is corrected
	}{
		{"让8万农村居民饮用水同源吧", "让18万农村居民饮用水与城市同源同网同质", plan, PeriodNone, "8万", "18万"},
		{"让18万农村居民饮用水同源吧", "让18万农村居民饮用水与城市同源同网同质", plan, PeriodNone, "", ""},
		{"首批8类48家示范单位是吧", "首批8类84家示范单位引领带动", result, PeriodNone, "48家", "84家"},
		{"今年建设2个省级产教联合体吗", "高质量建设1个省级、2个市级产教联合体", plan, PeriodNone, "2个", "1个"},
		{"中试项目新增10个以上？", "新增中试项目15个以上、本地产业化5个", plan, PeriodNone, "10个", "15个"},
		// The claimed count held in other words, another count beside it.
		{"去年重点行业领域11个，对吧", "提升消防等11个重点行业领域和17个新兴领域本质安全水平", result, PeriodNone, "", ""},
		{"去年保交楼3个，对吧", "3个保交楼和2个保交房任务按时完成", result, PeriodNone, "", ""},
		// A bound or an approximation claims no exact count.
		{"植树17万多株对吗", "植树造林17.4万株", result, PeriodNone, "", ""},
		{"中试项目新增超过10个？", "新增中试项目15个", plan, PeriodNone, "", ""},
		// One number in another unit is no other count of the same thing.
		{"新增中试项目15家吧", "新增中试项目15个以上", plan, PeriodNone, "", ""},
		// 4.0亿 is 4亿.
		{"实际利用外资4.0亿美元吧", "实际利用外资4亿美元", plan, PeriodNone, "", ""},
		// The question states the report's count of another year itself.
		{"今年新增8个，去年新增48个对吧", "新增8个便民利企应用场景", plan, PeriodNone, "", ""},
		// A quote of another period than asked says nothing of it.
		{"去年让8万农村居民饮用水同源吧", "让18万农村居民饮用水与城市同源同网同质", plan, PeriodResult, "", ""},
		// 逾 and 突破 make a bound too.
		{"今年让逾8万农村居民饮用水与城市同源吧", "让18万农村居民饮用水与城市同源同网同质", plan, PeriodNone, "", ""},
		{"今年让突破8万农村居民饮用水同源吧", "让18万农村居民饮用水与城市同源同网同质", plan, PeriodNone, "", ""},
		// A character before a separator is no digit (户 is not a 7).
		{"今年供水到户，8万农村居民饮用水与城市同源吧", "让18万农村居民饮用水与城市同源同网同质", plan, PeriodNone, "8万", "18万"},
		// A count beside another event of the same thing is none of it.
		{"36个项目开工是吧", "伊科思碳五低碳综合利用等175个项目竣工投产", result, PeriodNone, "", ""},
		// A list's items are each their own thing's: the claim's subject
		// has a count of its own (入驻商户85家), another's the 交易额.
		{"盘锦河蟹电商平台去年交易额20亿元？", "东北新发地农产品供应链中心农产品交易额达到145亿元、盘锦河蟹电商平台入驻商户达到85家。", result, PeriodNone, "", ""},
		{"东北新发地农产品供应链中心交易额20亿元？", "东北新发地农产品供应链中心农产品交易额达到145亿元、盘锦河蟹电商平台入驻商户达到85家。", result, PeriodNone, "20亿", "145亿"},
		// A count said to be all of a thing (一共是) is of the thing the
		// report names after its count.
		{"深化改革的实施方案一共是15个吧", "持续落实盘锦进一步全面深化改革12个实施方案", plan, PeriodNone, "15个", "12个"},
		{"深化改革的实施方案总共有15个吧", "持续落实盘锦进一步全面深化改革12个实施方案", plan, PeriodNone, "15个", "12个"},
		{"深化改革的实施方案一共是12个吧", "持续落实盘锦进一步全面深化改革12个实施方案", plan, PeriodNone, "", ""},
		{"深化改革的实施方案一共是15个吧", "完成改革任务12个", plan, PeriodNone, "", ""}, // another thing counted
		// A rank is no count, nor is the top of a range.
		{"去年全国景点排行榜第5名吧", "荣登抖音全国景点排行榜第7名", result, PeriodNone, "", ""},
		{"今年每户企业打造1—3个核心竞争力产品吧", "每户企业逐步打造1—2个具有核心竞争力的优势板块", plan, PeriodNone, "", ""},
		{"今年每户企业打造3个具有核心竞争力的优势板块吧", "每户企业逐步打造1—2个具有核心竞争力的优势板块", plan, PeriodNone, "", ""},
		// The only count of a specific measure word, in a clause sharing
		// the claim's words, though the words beside the counts differ.
		{"邻居说今年要买200台新公交，我们线路能加车吧", "购置公交车辆132台，新增优化城乡公交线路10条", plan, PeriodNone, "200台", "132台"},
		{"今年要买200台新公交吧", "购置公交车辆132台", plan, PeriodNone, "200台", "132台"},
		{"今年要买132台新公交吧", "购置公交车辆132台", plan, PeriodNone, "", ""},
		{"今年要买200台新电脑吧", "购置公交车辆132台", plan, PeriodNone, "", ""},         // nothing shared
		{"今年要买200台新公交吧", "购置公交车辆132台、环卫车辆20台", plan, PeriodNone, "", ""}, // two counts in 台
		{"今年要买200个新公交站吧", "建设公交站台132个", plan, PeriodNone, "", ""},        // 个 counts most things
	}
	for _, tc := range cases {
		t.Run(tc.claim, func(t *testing.T) {
			ans := &Answer{Citations: []Citation{{Paragraph: 1, Period: tc.period, Quote: tc.quote, End: len([]rune(tc.quote))}}}
			p, ok := countCorrection(ans, tc.claim, tc.asked)
			var stated, said string
			if ok {
				stated, said = p.Stated, p.Figure.Value
			}
			if stated != tc.stated || said != tc.said {
				t.Errorf("corrected %q with %q, want %q with %q", stated, said, tc.stated, tc.said)
			}
		})
	}
}
