package rag

import (
	"slices"
	"strings"
	"testing"
)

// A named thing's own figure (申通二期投资) is a detail asked only after a
// name: "去年项目投资和招商情况" asks how the year's projects went.
func TestNamedFigureAskedAfterAName(t *testing.T) {
	asksNamedFigure := func(q string) bool {
		for _, k := range askedDetails(Normalize(q)) {
			if k.named && k.zh == "报告没有给出这项数字。相关内容：" {
				return true
			}
		}
		return false
	}
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"申通二期投资多少", true},
		{"盛源海洋牧场面积多大", true},
		{"多屏科技5G工厂产值", true},
		{"华锦阿美项目的总投资", true},
		{"去年项目投资和招商情况", false},
		{"去年项目投资和招商情况总结", false},
		{"项目投资情况", false},
		{"今年的项目投资", false},
	} {
		if got := asksNamedFigure(tc.q); got != tc.want {
			t.Errorf("%s: named figure asked %v, want %v", tc.q, got, tc.want)
		}
	}
}

// Who leads a work may be said in the clause after the one naming it, in
// the same quote only, and there only by a word that names a lead.
func TestDepartmentInTheClauseAfterTheNamedOne(t *testing.T) {
	var dept detailKind
	for _, k := range detailKinds {
		if k.zh == "报告没有说由哪个部门负责。相关内容：" {
			dept = k
		}
	}
	asked := []askedTerm{{term: "项目攻坚", weight: 1}}
	for _, tc := range []struct {
		given string
		want  bool
	}{
		{"实施项目攻坚年行动，完善市发展改革委总牵头，市直部门统筹资源谋项目", true},
		{"实施项目攻坚年行动，市直部门统筹资源谋项目", false},    // a bare 部门 leads nothing
		{"实施项目攻坚年行动\n市发展改革委总牵头", false},     // another quote
		{"实施项目攻坚年行动，推动开工，市发展改革委总牵头", false}, // two clauses on
	} {
		if got := dept.gives(tc.given, "谁负责项目攻坚", asked); got != tc.want {
			t.Errorf("%q: gives %v, want %v", tc.given, got, tc.want)
		}
	}
}

// A feeling of people's (最关心, 最烦心的事) asks what they care about, not
// a ranking; 最大, 最快 still ask for one.
func TestFeelingIsNoSuperlative(t *testing.T) {
	asksRanking := func(q string) bool {
		for _, k := range askedDetails(Normalize(q)) {
			if k.zh == "报告没有作这样的比较。相关内容：" {
				return true
			}
		}
		return false
	}
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"老百姓最烦心的事政府管不管", false},
		{"群众最关心的问题有哪些", false},
		{"大家最盼着办的事", false},
		{"企业最头疼的是什么", false},
		{"哪个项目投资最大", true},
		{"去年哪个指标增长最快", true},
	} {
		if got := asksRanking(tc.q); got != tc.want {
			t.Errorf("%s: ranking asked %v, want %v", tc.q, got, tc.want)
		}
	}
}

// A rank asked of a share (占比全省第几) is answered by the report's
// ranking of that share (总量占比全省第一) in a clause naming the thing
// asked, not by another thing's ranking.
func TestShareRankAnsweredByItsRanking(t *testing.T) {
	var share detailKind
	for _, k := range detailKinds {
		if k.zh == "报告没有给出所占的比例。相关内容：" {
			share = k
		}
	}
	given := Normalize("创建省级美丽宜居（示范）村20个、总量占比全省第一。") + "\n"
	for _, tc := range []struct {
		q     string
		asked []askedTerm
		want  bool
	}{
		{"美丽宜居村总量占比全省第几", []askedTerm{{term: "美丽"}, {term: "宜居"}, {term: "占比"}, {term: "全省"}}, true},
		{"美丽宜居村占比全省排第几", []askedTerm{{term: "美丽"}, {term: "宜居"}, {term: "占比"}, {term: "全省"}}, true},
		{"民营经济占比全省第几", []askedTerm{{term: "民营经济"}, {term: "占比"}, {term: "全省"}}, false},
		{"美丽宜居村占比多少", []askedTerm{{term: "美丽"}, {term: "宜居"}, {term: "占比"}}, false}, // a share asked, not a rank
	} {
		if got := share.gives(given, Normalize(tc.q), tc.asked); got != tc.want {
			t.Errorf("%s: gives %v, want %v", tc.q, got, tc.want)
		}
	}
}

// A person asked by a role the report never fills with a name (会长,
// 校长, the vice mayor in charge) is a detail no sentence naming the body
// gives; the city's offices (市长) are left to groundPeople, a bureau to
// the department row.
func TestPersonByRoleAsked(t *testing.T) {
	asksPerson := func(q string) bool {
		for _, k := range askedDetails(Normalize(q)) {
			if k.zh == "报告没有提到具体人员。相关内容：" {
				return true
			}
		}
		return false
	}
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"盘锦温泉协会的会长叫什么名字", true},
		{"新建的实验小学校长是谁", true},
		{"矿业公司的总经理叫什么名字", true},
		{"物流集团总裁姓什么", true},
		{"谁担任物流商会的会长", true},
		{"智慧农业示范区由哪位副市长分管", true},
		{"巴黎残奥会上为盘锦夺金的运动员叫什么名字", true},
		{"Who is the principal of the new vocational school?", true},
		{"作报告的市长叫什么名字", false},
		{"会长单位有哪些企业", false},
		{"哪个局负责供暖", false},
		{"院士工作站今年建几个", false},
	} {
		if got := asksPerson(tc.q); got != tc.want {
			t.Errorf("%s: person asked %v, want %v", tc.q, got, tc.want)
		}
	}
	var person detailKind
	for _, k := range detailKinds {
		if k.zh == "报告没有提到具体人员。相关内容：" {
			person = k
		}
	}
	if person.gives("发挥温泉协会桥梁纽带作用，助力企业拓市场", "温泉协会会长是谁", nil) {
		t.Error("a sentence naming the body gives its president")
	}
	if person.gives("向老领导、老同志，向各民主党派、工商联致敬", "矿业公司的总经理叫什么名字", nil) {
		t.Error("老同志 names a person")
	}
	if !person.gives("以张三同志为组长", "专班组长是谁", nil) {
		t.Error("a name with 同志 does not give the person")
	}
}

// The days of several happenings (哪几天) are a date asked, which a count
// of them does not give.
func TestDaysOfHappeningsAsked(t *testing.T) {
	for _, q := range []string{"灯光秀是哪几天开的", "展会定在哪些天"} {
		found := false
		for _, k := range askedDetails(Normalize(q)) {
			found = found || k.zh == "报告没有给出时间。相关内容："
		}
		if !found {
			t.Errorf("%s: no date asked", q)
		}
	}
}

// A year, a saying's source, a phone number, a place, a way to give
// views and a leader by the work led are details a sentence naming the
// thing does not give; a quote holding them does.
func TestNearMissDetailsAsked(t *testing.T) {
	kindOf := func(q, zh string) (detailKind, bool) {
		for _, k := range askedDetails(Normalize(q)) {
			// the how-to row has the general words; its evidence names 渠道
			if k.zh == zh || zh == "" && strings.Contains(k.evidence.String(), "渠道") {
				return k, true
			}
		}
		return detailKind{}, false
	}
	for _, tc := range []struct {
		q, zh, given string
		asked, gives bool
	}{
		{"科技馆哪一年能建成开馆", "报告没有给出时间。相关内容：", "支持科技馆加快建设", true, false},
		{"三年行动是哪一年收官", "报告没有给出时间。相关内容：", "今年是三年行动收官之年", true, true},
		{"这句“行百里者半九十”出自谁", "报告没有说明出处。相关内容：", "行百里者半九十", true, false},
		{"这个要求是哪次全会首次提出的", "报告没有说明出处。相关内容：", "坚持实干为要", true, false},
		{"四下基层 出处？", "报告没有说明出处。相关内容：", "", false, false},
		{"供暖不热打什么电话", "报告没有给出电话号码。相关内容：", "供暖投诉量下降10%", true, false},
		{"What is the phone number of the service hall?", "报告没有给出电话号码。相关内容：", "", true, false},
		{"便民服务热线去年接了多少个电话", "报告没有给出电话号码。相关内容：", "", false, false},
		{"新建的冷链物流园在哪个区", "报告没有说明具体地点。相关内容：", "加快建设冷链物流园", true, false},
		{"今年哪个区要创建全域旅游示范区", "报告没有说明具体地点。相关内容：", "支持大洼区创建全域旅游示范区", true, true},
		{"居民怎么给老旧小区改造方案提建议", "", "续建改造老旧小区5个", true, false},
		{"How long will the new coastal highway be?", "报告没有给出长度。相关内容：", "加快建设滨海公路", true, false},
		{"How long will it take?", "报告没有给出长度。相关内容：", "", false, false},
		{"招商工作由哪位副市长牵头", "报告没有提到具体人员。相关内容：", "实施招商引资攻坚行动", true, false},
		{"这款稻米出口到东南亚哪个国家", "报告没有说明是哪个国家。相关内容：", "稻米走出国门、首次出口东南亚", true, false},
		{"考察团去的是哪个国家", "报告没有说明是哪个国家。相关内容：", "赴德国开展经贸交流", true, true},
		{"去年去了哪些国家招商", "报告没有说明是哪个国家。相关内容：", "", false, false},
		{"市工商联主席是谁", "报告没有提到具体人员。相关内容：", "发挥工商联桥梁纽带作用", true, false},
		{"市商务局主任叫什么名字", "报告没有提到具体人员。相关内容：", "", true, false},
		{"计程车起步价今年会调整吗", "", "落实职工基本养老金调整机制", true, false},
	} {
		k, asked := kindOf(tc.q, tc.zh)
		if asked != tc.asked {
			t.Errorf("%s: asked %v, want %v", tc.q, asked, tc.asked)
			continue
		}
		if asked && k.gives(Normalize(tc.given), Normalize(tc.q), nil) != tc.gives {
			t.Errorf("%s: %q gives %v, want %v", tc.q, tc.given, !tc.gives, tc.gives)
		}
	}
}

// A judgement of how well someone works, and an exchange rate, are
// details the report never gives, in English as in Chinese.
func TestJudgementAndExchangeRateAsked(t *testing.T) {
	asks := func(q, decline string) bool {
		for _, k := range askedDetails(Normalize(q)) {
			if k.zh == decline {
				return true
			}
		}
		return false
	}
	const judged, rate = "报告没有作这样的评价。相关内容：", "报告没有给出汇率。相关内容："
	for _, tc := range []struct {
		q, decline string
		want       bool
	}{
		{"Is the city government doing a great job?", judged, true},
		{"has the district done a good job on roads", judged, true},
		{"How many jobs were created?", judged, false},
		{"What job fairs are planned?", judged, false},
		{"What is the euro exchange rate now?", rate, true},
		{"人民币兑美元多少", rate, true},
		{"How much foreign capital was used?", rate, false},
	} {
		if got := asks(tc.q, tc.decline); got != tc.want {
			t.Errorf("%q: asks %q %v, want %v", tc.q, tc.decline, got, tc.want)
		}
	}
}

// The report's own date (the day it was read) gives the day of the
// reading, not of another happening: the session's close, a road's
// opening. A quote saying that happening does.
func TestDayOfAnotherHappeningAsked(t *testing.T) {
	const zh = "报告没有给出这件事的日期。相关内容："
	for _, tc := range []struct {
		q, given     string
		asked, gives bool
	}{
		{"市两会是哪天闭幕的", "——2025年1月8日在市第九届人民代表大会第四次会议上", true, false},
		{"滨海大桥几号通车", "——2025年1月8日在市人民代表大会上", true, false},
		{"滨海大桥通车定在哪天", "2025年6月1日滨海大桥建成通车", true, true},
		{"体育馆几月几号开馆", "推进体育馆建设", true, false},
		{"这份报告是哪天作的", "", false, false},
		{"这次人代会哪天开的", "", false, false},
		{"新医院哪一年投运", "", false, false},
	} {
		checkDetailGives(t, tc.q, tc.given, tc.asked, tc.gives, func(k detailKind) bool { return k.zh == zh })
	}
}

// An office to go to (哪个政务大厅) asks where, which a sentence on how
// fast a thing is done there does not say.
func TestOfficeToGoToAsked(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"办社保卡要去哪个政务大厅", true},
		{"营业执照在哪个窗口领", true},
		{"政务大厅今年办了多少件事", false},
		// a window named as the thing asked of, not a place to go
		{"哪个窗口的改革做法被省里推广", false},
		{"一站式改革是哪个窗口", false},
		{"哪个大厅的经验值得学习", false},
		{"办居住证去哪个大厅", true},
	} {
		got := false
		for _, k := range askedDetails(Normalize(tc.q)) {
			got = got || k.zh == "报告没有说明具体地点。相关内容："
		}
		if got != tc.want {
			t.Errorf("%s: place asked %v, want %v", tc.q, got, tc.want)
		}
	}
}

// Who supplies a thing a plan adds is a backer the report does not name
// beside the count; naming a project's builder does.
func TestSupplierAsked(t *testing.T) {
	for _, tc := range []struct {
		q, given     string
		asked, gives bool
	}{
		{"Which company will supply the new charging piles?", "新建充电桩500个", true, false},
		{"充电桩的供应商是哪家", "新建充电桩500个", true, false},
		{"Who supplies the buses?", "由市公交集团投资建设", true, true},
		{"How much water will the new plant supply?", "", false, false},
	} {
		checkDetailGives(t, tc.q, tc.given, tc.asked, tc.gives, func(k detailKind) bool { return slices.Contains(k.cues, "supplier") })
	}
}

// checkDetailGives checks that q asks the detail kind is picks out (asked)
// and, when it does, whether a quote of given gives it (gives).
func checkDetailGives(t *testing.T, q, given string, asked, gives bool, is func(detailKind) bool) {
	t.Helper()
	var k detailKind
	found := false
	for _, c := range askedDetails(Normalize(q)) {
		if is(c) {
			k, found = c, true
		}
	}
	if found != asked {
		t.Errorf("%s: asked %v, want %v", q, found, asked)
		return
	}
	if found && k.gives(Normalize(given), Normalize(q), nil) != gives {
		t.Errorf("%s: %q gives %v, want %v", q, given, !gives, gives)
	}
}

// 城乡 and 下乡 name no place: a quote on 城乡居民 pensions does not say
// which hall to go to, one naming a county or township does.
func TestTownAndCountryNamesNoPlace(t *testing.T) {
	var place detailKind
	for _, k := range askedDetails(Normalize("办养老卡去哪个大厅")) {
		if k.zh == "报告没有说明具体地点。相关内容：" {
			place = k
		}
	}
	if place.zh == "" {
		t.Fatal("place not asked")
	}
	for _, tc := range []struct {
		given string
		gives bool
	}{
		{"提高城乡居民基础养老金", false},
		{"开展送戏下乡活动", false},
		{"在东郭乡建设服务站", true},
		{"盘山县建设服务中心", true},
	} {
		if got := place.gives(Normalize(tc.given), Normalize("办养老卡去哪个大厅"), nil); got != tc.gives {
			t.Errorf("%q gives %v, want %v", tc.given, got, tc.gives)
		}
	}
}

// A time within the year put on a stage (年底通车) is a detail a plan to
// build the thing this year does not give; a quote timing it does.
func TestStageTimeWithinYearAsked(t *testing.T) {
	for _, tc := range []struct {
		q, given     string
		asked, gives bool
	}{
		{"曙光大桥今年年底通车", "曙光大桥项目和向海大道维修改造工程加快建设", true, false},
		{"极兔速递产业园今年年底建成投用吧", "提速建设极兔速递产业园", true, false},
		{"华锦阿美项目上半年就能投产吧", "推动华锦阿美项目机械竣工", true, false},
		{"综合改造项目年底前启动实施吧", "年底前启动实施", false, false}, // a start, not an end
		{"曙光大桥今年通车吧", "", false, false},             // the year is the plan's own
	} {
		kinds := askedDetails(Normalize(tc.q))
		asked, gives := false, false
		for _, k := range kinds {
			if k.cueRe != nil && strings.Contains(k.cueRe.String(), "上半年") {
				asked = true
				gives = k.evidence.MatchString(tc.given)
			}
		}
		if asked != tc.asked || gives != tc.gives {
			t.Errorf("%q: asked %v gives %v, want %v %v", tc.q, asked, gives, tc.asked, tc.gives)
		}
	}
}

// Near misses of the fifty-first round: who led a delegation, an amount
// per one thing said with 单个, a benefit by its name (安家费) and a rank
// said as 第三大 are details asked, which a sentence naming the thing
// without them does not give.
func TestLeaderUnitBenefitAndRankAsked(t *testing.T) {
	byEvidence := func(q, ev string) (detailKind, bool) {
		for _, k := range askedDetails(Normalize(q)) {
			if k.evidence != nil && strings.Contains(k.evidence.String(), ev) || k.evidence == nil && k.echo != nil && strings.Contains(k.echo.String(), ev) {
				return k, true
			}
		}
		return detailKind{}, false
	}
	for _, tc := range []struct {
		q, ev, given string
		thing        string // the thing asked, where the row reads it
		asked, gives bool
	}{
		{"去瑞士招商是哪位领导带队的", "同志", "赴瑞士、荷兰、美国等国家开展经贸交流", "", true, false},
		{"招商团是谁带队", "同志", "", "", true, false},
		{"新建的充电点 单个点能充几辆车", "户均", "新建电动自行车公共集中充电装置点276个", "", true, false},
		{"单台设备最多补多少", "户均", "每台补贴2000元", "", true, true},
		{"单位要开展什么活动", "户均", "", "", false, false},
		{"高层次人才来盘锦给多少安家费", "[0-9]块", "其中高层次人才31人", "高层次人才", true, false},
		{"辽河油田是中国第三大油田吗", "最", "支持辽河油田千万吨规模稳产", "油田", true, false},
		{"辽河油田是中国第三大油田吗", "最", "辽河油田是中国第三大油田", "油田", true, true},
	} {
		k, asked := byEvidence(tc.q, tc.ev)
		if asked != tc.asked {
			t.Errorf("%s: asked %v, want %v", tc.q, asked, tc.asked)
			continue
		}
		var terms []askedTerm
		if tc.thing != "" {
			terms = []askedTerm{{term: tc.thing, weight: 1}}
		}
		if asked && k.gives(Normalize(tc.given), Normalize(tc.q), terms) != tc.gives {
			t.Errorf("%s: %q gives %v, want %v", tc.q, tc.given, !tc.gives, tc.gives)
		}
	}
}

// A water-quality class is asked by 几类水 or 水质是几类: meeting the
// standard (水质全部达标) does not give it, a class written (Ⅲ类) does. A
// distance is asked by 多远: a clause naming the places (联合大连申报)
// does not give it, a reach written (一刻钟…服务圈, 3公里) does.
func TestWaterClassAndDistanceAsked(t *testing.T) {
	const class, distance = "报告没有给出水质类别。相关内容：", "报告没有给出距离。相关内容："
	for _, tc := range []struct {
		notice, q, given string
		asked, gives     bool
	}{
		{class, "国考断面水质达到几类水", "4个国考断面、5个省考断面水质全部达标", true, false},
		{class, "断面水质是几类", "国考断面水质达到Ⅲ类", true, true},
		{class, "国考断面有几个", "", false, false},
		{distance, "盘锦离大连多远", "我市联合大连申报的绿色石化集群成功获批国家级先进制造业集群", true, false},
		{distance, "新建的公园离小区多远", "新建和改造城市公园20处", true, false},
		{distance, "老人在家门口多远就能得到照料", "构建一刻钟居家社区养老服务圈", true, true},
		{distance, "疏港路离市区多远", "疏港路全长12公里", true, true},
		{distance, "疏港路竣工了吗", "", false, false},
	} {
		var k detailKind
		asked := false
		for _, d := range askedDetails(Normalize(tc.q)) {
			if d.zh == tc.notice {
				k, asked = d, true
			}
		}
		if asked != tc.asked {
			t.Errorf("%s: asked %v, want %v", tc.q, asked, tc.asked)
			continue
		}
		if asked && k.gives(Normalize(tc.given), Normalize(tc.q), nil) != tc.gives {
			t.Errorf("%s: %q gives %v, want %v", tc.q, tc.given, !tc.gives, tc.gives)
		}
	}
}

// Who builds a project under contract is its backer's kind of detail: the
// report says how far a project got (地下工程全部完工), never who built it.
func TestContractorAsked(t *testing.T) {
	asksBacker := func(q string) bool {
		for _, k := range askedDetails(Normalize(q)) {
			if slices.Contains(k.cues, "投资方") {
				return true
			}
		}
		return false
	}
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"华锦阿美项目的施工总承包是哪家公司", true},
		{"原油码头的承包商是谁", true},
		{"储气库是哪个施工单位建的", true},
		{"Who is the contractor of the terminal?", true},
		{"华锦阿美项目进度怎么样", false},
		{"今年要施工多少公里", false},
		{"原油码头是谁承建的", true},
		{"京哈高速的承建单位是谁", true},
		// The contractor named, not asked: the report's 根治欠薪 and
		// land lines answer these.
		{"施工单位拖欠农民工工资怎么办", false},
		{"土地承包方的权益怎么保障", false},
		{"承包商拖欠工资去哪投诉", false},
	} {
		if got := asksBacker(tc.q); got != tc.want {
			t.Errorf("%s: builder asked %v, want %v", tc.q, got, tc.want)
		}
	}
}

// 几点 asks the hour, but 哪几点 and 几点要求 count points made.
func TestTimeAskedNotPointsCounted(t *testing.T) {
	asksTime := func(q string) bool {
		return slices.ContainsFunc(askedDetails(Normalize(q)), func(k detailKind) bool { return k.zh == "报告没有给出时间。相关内容：" })
	}
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"政务服务中心几点开门", true},
		{"红马赛几点开跑", true},
		{"政府自己要做到哪几点", false},
		{"今年政府自身建设提了几点要求", false},
	} {
		if got := asksTime(tc.q); got != tc.want {
			t.Errorf("%s: time asked %v, want %v", tc.q, got, tc.want)
		}
	}
}

// What one gets (能拿到多少) is a benefit's amount, and the app one books
// on a way to apply: a sentence naming the award or the service gives
// neither.
func TestOwnAmountAndAppAsked(t *testing.T) {
	for _, tc := range []struct {
		q, given     string
		asked, gives bool
	}{
		{"我们厂能拿到多少技改奖励", "获批省技改奖励资金全省第三", true, false},
		{"定制公交在哪个app上预约", "开通定制公交", true, false},
		{"定制公交在哪个app上预约", "在政务服务网站申请", true, true},
		{"哪个平台的交易额最高", "", false, false},
	} {
		checkDetailGives(t, tc.q, tc.given, tc.asked, tc.gives, func(k detailKind) bool {
			return slices.Contains(k.cues, "能拿多少") || slices.Contains(k.cues, "怎么申请")
		})
	}
}

// A utility's price, a licence a resident needs and how a resident signs
// on to a service are details a sentence naming 居民, a reform or the
// projects signed does not give; 品牌价值 asks no price, and the projects
// signed are no procedure.
func TestPriceLicenceAndSigningAsked(t *testing.T) {
	isFee := func(k detailKind) bool { return slices.Contains(k.cues, "票价") }
	isProcedure := func(k detailKind) bool { return slices.Contains(k.cues, "怎么申请") }
	for _, tc := range []struct {
		q, given     string
		asked, gives bool
		is           func(detailKind) bool
	}{
		{"居民电价今年调不调", "居民收入增长与经济增长基本同步", true, false, isFee},
		{"盘锦房价涨了吗", "房地产市场平稳健康发展", true, false, isFee},
		{"盘锦大米品牌价值多少", "", false, false, isFee},
		{"养狗要不要办证，市里怎么管", "47个“一件事”实现高效办理", true, false, isProcedure},
		{"家庭医生怎么签约", "全年新签约注册项目260个", true, false, isProcedure},
		{"今年新签约注册项目多少个", "", false, false, isProcedure},
		// The city signing projects is no resident signing on.
		{"盘锦如何签约更多招商项目？", "", false, false, isProcedure},
		{"如何签约300个项目？", "", false, false, isProcedure},
		{"今年怎样签约更多亿元以上项目？", "", false, false, isProcedure},
		{"招商项目怎么签约", "", false, false, isProcedure},
		{"怎么签约家庭医生", "全年新签约注册项目260个", true, false, isProcedure},
	} {
		checkDetailGives(t, tc.q, tc.given, tc.asked, tc.gives, tc.is)
	}
}

// A school's admission score or catchment, an event's entry fee and the
// app a service is booked on are details a sentence naming the school,
// the event or the service does not give.
func TestAdmissionFeeAndAppAsked(t *testing.T) {
	hasKind := func(q, evidence string) (detailKind, bool) {
		for _, k := range askedDetails(Normalize(q)) {
			if strings.Contains(k.evidence.String(), evidence) {
				return k, true
			}
		}
		return detailKind{}, false
	}
	for _, tc := range []struct {
		q, evidence, given string
		asked, gives       bool
	}{
		{"兴隆台区义务教育学区是怎么划分的", "学区", "支持兴隆台区创建义务教育优质均衡发展区", true, false},
		{"What score do you need to get into the Panjin campus?", "学区", "支持大连理工大学盘锦校区“双一流”建设", true, false},
		{"盘锦高中分数线多少", "学区", "", true, false},
		{"今年学区内新建几所学校", "学区", "", false, false},
		{"What is the entry fee for the Red Marathon?", "票价", "高质量举办红马赛", true, false},
		{"线上响应式公交要下载啥app", "渠道", "开通“线上响应式公交”", true, false},
		{"下载量多少", "渠道", "", false, false},
	} {
		k, asked := hasKind(tc.q, tc.evidence)
		if asked != tc.asked {
			t.Errorf("%s: asked %v, want %v", tc.q, asked, tc.asked)
			continue
		}
		if asked && k.gives(Normalize(tc.given), Normalize(tc.q), nil) != tc.gives {
			t.Errorf("%s: %q gives %v, want %v", tc.q, tc.given, !tc.gives, tc.gives)
		}
	}
}

// A signing asked without 约 (家庭医生怎么签), a licence named before how
// (营业执照怎么办), an app and a commodity's price are details the
// report's neighbouring sentences do not give: 符合条件的优质企业 refers
// to conditions without stating one, 综合窗口改革 names no app, and crude
// imports tell no oil price. The city's projects signed stay no
// procedure, and a plain 价格 or 石化 revenue no commodity price.
func TestSigningLicenceAppAndCommodityPriceAsked(t *testing.T) {
	isProcedure := func(k detailKind) bool { return slices.Contains(k.cues, "怎么申请") }
	isApp := func(k detailKind) bool { return k.en == "The report names no app for this. Related text:" }
	isPrice := func(k detailKind) bool { return k.zh == "报告没有给出价格。相关内容：" }
	for _, tc := range []struct {
		q, given     string
		asked, gives bool
		is           func(detailKind) bool
	}{
		{"家庭医生怎么签？", "紧密型城市医疗集团和紧密型县域医共体取得阶段性成果", true, false, isProcedure},
		{"怎么签家庭医生？", "紧密型城市医疗集团和紧密型县域医共体取得阶段性成果", true, false, isProcedure},
		{"如何签约300个项目？", "", false, false, isProcedure},
		{"营业执照怎么办？", "一般性企业开办时间压缩至1天以内", true, false, isProcedure},
		{"个体户如何领照？", "推动符合条件的优质企业上市融资", true, false, isProcedure},
		{"个体户怎么办照？", "综合考虑增长潜力、现实条件", true, false, isProcedure},
		{"落户要啥条件", "申请条件为本科以上学历", true, true, isProcedure},
		{"一网通办要下载哪个app", "巩固综合窗口改革试点成效", true, false, isApp},
		{"Which app do I download to book the on-demand bus?", "开通“线上响应式公交”", true, false, isApp},
		{"一网通办", "", false, false, isApp},
		{"石油价格对盘锦经济有什么影响？", "支持锦城石化申请原油自主进口资质", true, false, isPrice},
		{"原油价格波动有什么应对？", "支持锦城石化申请原油自主进口资质", true, false, isPrice},
		{"石化产业营业收入多少", "", false, false, isPrice},
	} {
		checkDetailGives(t, tc.q, tc.given, tc.asked, tc.gives, tc.is)
	}
}
