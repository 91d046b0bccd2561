package rag

import (
	"strings"
	"testing"
)

func TestClaimedStage(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want string // "" when no stage is claimed
	}{
		{"华锦阿美项目投产", "投产"},
		{"华锦阿美项目机械竣工", "机械竣工"},  // the longer word, not its 竣工
		{"伊科思项目已经竣工投产", "竣工投产"}, // the whole stage, which a correction quotes
		{"阜盘铁路开工建设", "开工建设"},
		{"辽河口国家公园已经建成", "建成"},
		{"盘锦已经是全国文明城市", "已经是"},
		{"阜盘铁路还没开工", ""},        // a denial is polarity's
		{"推进阜盘铁路前期工作", ""},      // no claimable stage
		{"今年要完成改造", ""},         // 完成 says too little to claim
		{"应急支线已经竣工通水了", "竣工通水"}, // the whole stage, not its 竣工
		{"储能注汽试验站已经正式运行了吗", "正式运行"},
		{"储能注汽试验站已经试运行了吗", "试运行"},
		{"应急支线去年全部完工通水了", "完工通水"}, // the whole stage: 通水 is no thing
		{"老旧小区都改造完了", "改造完"},
		{"15万吨级航道已经纳入国家规划了吧", "纳入国家规划"}, // a plan's adoption is a stage
		{"北方冬季清洁取暖项目已通过国家验收了吗", "通过国家验收"},
		{"辽河口国家公园去年正式设立了吧", "设立"},
		// 通过…验收 with the thing accepted between: passed, a stage
		// claimed; 验收 alone or after a clause mark says too little.
		{"兴隆台区已通过国家生态文明建设示范区验收了吗", "验收"},
		{"兴隆台区的示范区验收", ""},
		{"通过评审，示范区验收", ""},
		// 完成 with its degree claims the end; 阶段性成效 claims nothing.
		{"这项改革彻底完成了吧", "彻底完成"},
		{"整治任务全部完成", "全部完成"},
		{"这项改革取得阶段性成效", ""},
		// 建成通航 is one stage, a waterway's 建成通车: 通航 is no thing.
		{"15万吨级航道项目去年已经建成通航了吧", "建成通航"},
	} {
		m, ok := claimedStage([]rune(tc.q))
		got := ""
		if ok {
			got = m.word
		}
		if got != tc.want {
			t.Errorf("claimedStage(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

func TestGoverningStages(t *testing.T) {
	for _, tc := range []struct {
		clause, thing string
		want          string // the furthest stage said of the thing
	}{
		{"推进阜盘铁路、盘锦民用运输机场、秦沈二通道纳规等前期工作", "阜盘铁路", "前期工作"},
		{"推动华锦阿美项目机械竣工", "华锦阿美项目", "机械竣工"},
		{"备受瞩目的华锦阿美项目地下工程全部完工", "华锦阿美项目", ""}, // a part's stage
		{"支持汇福粮油开工建设饲料蛋白项目", "汇福粮油", "开工建设"},
		{"协同创建辽河口国家公园", "辽河口国家公园", "创建"},
		// Its own parts joined to it share its stage.
		{"实现30万吨级原油码头及其配套设施工程竣工验收", "30万吨级原油码头", "竣工验收"},
		// Each item of a list that says its own stage keeps it.
		{"确保营盘输油管线完成改造、华锦阿美铁路专用线建成投用", "华锦阿美", ""},
		{"支持汇福粮油、京粮开工建设饲料蛋白项目", "京粮", "开工建设"},
		// The list closed by 等 and counted shares the stage after it.
		{"促进北斗通航装备制造产业园等234个项目加快建设", "北斗通航装备制造产业园", "加快建设"},
		{"金发生物基一期等230个续建项目加快实施", "金发生物基一期", ""}, // 续建 names the kind
		// A stage chained to the thing's own by 、 (当年开工、当年竣工) is its
		// stage too; one after another item's name is that item's.
		{"推动滨海路维修工程当年开工、当年竣工", "滨海路维修工程", "竣工"},
		{"推动滨海路维修工程开工、竣工验收", "滨海路维修工程", "竣工验收"},
		{"推动滨海路维修工程开工、湿地公园竣工", "滨海路维修工程", "开工"},
	} {
		c := []rune(tc.clause)
		s := runeLen(tc.clause[:strings.Index(tc.clause, tc.thing)])
		m, ok := furthest(governing(c, s, s+runeLen(tc.thing)), s, s+runeLen(tc.thing))
		got := ""
		if ok {
			got = m.word
		}
		if got != tc.want {
			t.Errorf("governing(%q, %q) = %q, want %q", tc.clause, tc.thing, got, tc.want)
		}
	}
}

func TestStageCorrection(t *testing.T) {
	ix := seedIndex(t)
	cite := func(quote string) []Citation { return []Citation{{Report: "panjin-2025", Paragraph: 46, Quote: quote}} }
	airport := "推进阜盘铁路、盘锦民用运输机场、秦沈二通道纳规等前期工作"
	for _, tc := range []struct {
		q, quote string
		want     string // the report's words quoted; "" for no correction
	}{
		{"报告说今年要建成盘锦机场吧", airport, "盘锦民用运输机场、秦沈二通道纳规等前期工作"},
		{"阜盘铁路前期工作今年推进吧", airport, ""}, // the stage it says
		{"机场今年建成吧", airport, ""},       // 机场 alone is any airport
		{"华锦阿美铁路专用线今年建成吧", "确保营盘输油管线完成改造、华锦阿美铁路专用线建成投用", ""},
		// How fully a stage is claimed (全面, 全部) is no word of the thing.
		{"今年华锦阿美项目要全面投产是吧", "推动华锦阿美项目机械竣工", "华锦阿美项目机械竣工"},
		{"辽河干流防洪提升工程去年全部竣工了吧", "推动辽河干流防洪提升工程主体完工", "辽河干流防洪提升工程主体完工"},
		{"应急支线去年已经竣工通水了对吗", "辽西北供水盘锦应急支线输水工程主体完工", "应急支线输水工程主体完工"},
		// 通水 alone is a water work in service, as 通车 is a road.
		{"应急支线去年已经通水了对吗", "辽西北供水盘锦应急支线输水工程主体完工", "应急支线输水工程主体完工"},
		{"辽河干流防洪提升工程去年全部主体完工了吧", "推动辽河干流防洪提升工程主体完工", ""}, // the stage it says
		{"储能注汽试验站已经正式运行了吗", "电热熔盐储能注汽试验站试运行", "储能注汽试验站试运行"},
		{"储能注汽试验站去年试运行了吧", "电热熔盐储能注汽试验站试运行", ""},   // the stage it says
		{"广田清洁智慧供热项目正式运行了吗", "广田清洁智慧供热项目建成投运", ""}, // 投运 is running
		{"辽西北供水盘锦应急支线去年全部完工通水了", "辽西北供水盘锦应急支线输水工程主体完工", "辽西北供水盘锦应急支线输水工程主体完工"},
		{"去年全市老旧小区都改造完了", "续建改造老旧小区11个", "续建改造老旧小区"},
		// Two clauses, two things: the second's stage is not the first's.
		{"华锦阿美地下工程全部完工，32套主装置已经投产对吗", "备受瞩目的华锦阿美项目地下工程全部完工、32套主装置陆续拔地而起", "32套主装置陆续拔地而起"},
		{"华锦阿美地下工程全部完工，32套主装置陆续拔地而起对吗", "备受瞩目的华锦阿美项目地下工程全部完工、32套主装置陆续拔地而起", ""},
		// 当年开工、当年竣工: the later stage chained is the thing's too.
		{"国省干道养护工程今年能竣工吧", "国省干道修复养护工程当年开工、当年竣工", ""},
		// 阶段性成效 is a stage on the way: the end claimed is not reached.
		{"银行改革化险已经全面完成了对吧", "盘锦银行改革化险取得阶段性成效", "银行改革化险取得阶段性成效"},
		{"县域医共体去年全都建好了", "紧密型城市医疗集团和紧密型县域医共体取得阶段性成果", "县域医共体取得阶段性成果"},
		{"县域医共体取得阶段性成果了吗", "紧密型城市医疗集团和紧密型县域医共体取得阶段性成果", ""},
		// A verb before a list is its items' stage when a stage word sits
		// only inside the thing's name (实施 of 实施方案): the claim holds.
		{"排污许可实施方案编制全部完成了吧", "编制完成工业、农业等领域排污许可实施方案", ""},
		{"河道整治实施方案全面完成了吗", "修订完成城区、乡镇河道整治实施方案", ""},
		// 修订版 says which text of the rule; the report writes it （修订）.
		{"停车管理条例修订版已经开始执行了吧", "提请市人大常委会审议《盘锦市机动车停放管理条例（修订）》", "审议《盘锦市机动车停放管理条例（修订）》"},
		{"15万吨级航道项目去年已经建成通航了吧", "15万吨级航道项目启动论证并列入交通运输部基础设施备选项目库", "15万吨级航道项目启动论证"},
	} {
		if got := stageCorrected(ix, tc.q, cite(tc.quote)); got != tc.want {
			t.Errorf("stageCorrection(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// A degree word the claim and a clause share (全部) is said of the
// stage: where the clause says it of a part (地下工程全部完工), the part's
// stage settles nothing of the whole.
func TestStageDegreeOfAPart(t *testing.T) {
	ix := seedIndex(t)
	part := []Citation{{Report: "panjin-2025", Paragraph: 8, Period: Period{Kind: PeriodResult},
		Quote: "备受瞩目的华锦阿美项目地下工程全部完工、32套主装置陆续拔地而起"}}
	for _, tc := range []struct {
		q    string
		want stageVerdict
	}{
		{"华锦阿美项目去年已经全部完工了吧", stageUnread}, // left to stageElsewhere: ¶35's 机械竣工
		{"华锦阿美项目已经全部完工了吗", stageUnread},
		{"华锦阿美项目地下工程已经全部完工了吧", stageHolds}, // what ¶8 says
	} {
		if _, got := ix.stageCorrection(tc.q, part, nil); got != tc.want {
			t.Errorf("stageCorrection(%q) verdict = %v, want %v", tc.q, got, tc.want)
		}
	}
}

func TestStageElsewhere(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q     string
		want  string // the report's words quoted; "" for no correction
		quote string // the clause cited, without its trailing comma
	}{
		// The cited clauses say no stage of it; ¶35 plans its 机械竣工.
		{"华锦阿美项目已经建成投产了吧", "华锦阿美项目机械竣工", "推动华锦阿美项目机械竣工"},
		{"精细化工中试基地已经是国家制造业中试平台了吧", "争创", ""},
		{"华锦阿美铁路专用线今年建成吧", "", ""}, // ¶46 says 建成投用
		{"华锦阿美项目机械竣工了吧", "", ""},   // the stage ¶35 says
		// ¶52 plans only the bridge's 改建工程开工: 建成通车 is one stage.
		{"法盘线绕阳河大桥已经建成通车了吧", "法盘线绕阳河大桥改建工程开工", "推动法盘线绕阳河大桥改建工程开工"},
		// Only the plan names it, at the claimed stage: not reached last year.
		{"京哈高速盘锦段扩容已经通车了吧", "京哈高速盘锦段扩容改造竣工通车", "京哈高速盘锦段扩容改造竣工通车。"},
		{"京哈高速盘锦段扩容今年竣工通车吧", "", ""}, // the plan's own stage
		// ¶10 has it only 启动论证 and listed in a reserve; ¶46 strives to have it adopted.
		{"15万吨级航道已经纳入国家规划了吧", "15万吨级航道项目启动论证", "15万吨级航道项目启动论证并列入交通运输部基础设施备选项目库"},
		// ¶46's 完成改造 is the pipeline's, not 华锦阿美's: ¶35 plans 机械竣工.
		{"华锦阿美今年投产对吧", "华锦阿美项目机械竣工", "推动华锦阿美项目机械竣工"},
		// The plan's very stage says more than another plan's 落地 of 北方沥青.
		{"北方冬季清洁取暖项目已通过国家验收了吗", "北方冬季清洁取暖项目通过国家验收", ""},
		{"北斗通航装备制造产业园去年建成了吧", "北斗通航装备制造产业园等234个项目加快建设", "促进北斗通航装备制造产业园等234个项目加快建设"},
		{"辽河口国家公园去年正式设立了吧", "创建辽河口国家公园", ""},
		{"华锦阿美地下工程全部完工了吗", "", ""}, // what ¶8 says
		// 国家级 is the level ¶34's 国家 names: ¶34 only strives for it.
		{"精细化工中试基地去年已经是国家级中试平台了吧", "争创", ""},
		// Each clause claims its own thing: 完工 holds, ¶8's mains rise.
		{"华锦阿美地下工程全部完工，32套主装置已经投产对吗", "32套主装置陆续拔地而起", ""},
		// A plan of a later stage (机械竣工) says the claimed start was reached.
		{"华锦阿美项目已经开工了", "", ""},
	} {
		got, c := correctedElsewhere(ix, tc.q)
		if got != tc.want {
			t.Errorf("stageElsewhere(%q) = %q, want %q", tc.q, got, tc.want)
		}
		if tc.quote != "" && c.Quote != tc.quote {
			t.Errorf("stageElsewhere(%q) cites %q, want %q", tc.q, c.Quote, tc.quote)
		}
	}
}

func TestStageCorrectionByPeriod(t *testing.T) {
	ix := seedIndex(t)
	review := Citation{Report: "panjin-2025", Paragraph: 10, Quote: "盘锦港30万吨级原油码头主体工程完工，二港池支航道疏浚、疏港路实现竣工", Period: Period{Kind: PeriodResult, Year: 2024}}
	plan := Citation{Report: "panjin-2025", Paragraph: 46, Quote: "实现30万吨级原油码头及其配套设施工程竣工验收", Period: Period{Kind: PeriodPlan, Year: 2025}}
	for _, tc := range []struct {
		q    string
		want string // the report's words quoted; "" for no correction
	}{
		// Last year's stage: the plan's 竣工验收 is not one reached.
		{"30万吨级原油码头去年已经竣工验收了吧", "30万吨级原油码头主体工程完工"},
		{"30万吨级原油码头已经竣工验收了吧", "30万吨级原油码头主体工程完工"},
		{"30万吨级原油码头去年主体工程完工了吧", ""}, // the stage it says
		// Asked as done with no year: as of the report's writing.
		{"30万吨级原油码头建成了吗", "30万吨级原油码头主体工程完工"},
		{"30万吨级原油码头主体工程完工了吗", ""},
		// This year's plan: last year's 主体工程完工 says nothing of it,
		// the port named or not (¶46 plans the 码头 bare).
		{"30万吨级原油码头今年要竣工验收吧", ""},
		{"盘锦港那个30万吨级原油码头今年竣工验收吗", ""},
		{"盘锦港的30万吨级原油码头年内要竣工验收吧", ""},
		// A start dated this year, where the plan finishes the thing.
		{"30万吨级原油码头今年开工对吧", "30万吨级原油码头及其配套设施工程竣工验收"},
		{"30万吨级原油码头今年开工建设对吧", "30万吨级原油码头及其配套设施工程竣工验收"},
	} {
		if got := stageCorrected(ix, tc.q, []Citation{plan, review}); got != tc.want {
			t.Errorf("stageCorrection(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// A plan that does not name the thing leaves last year's stage as the
// report's word on it.
func TestStageCorrectionAheadUnplanned(t *testing.T) {
	ix := seedIndex(t)
	flood := Citation{Report: "panjin-2025", Paragraph: 14, Quote: "推动辽河干流防洪提升工程主体完工", Period: Period{Kind: PeriodResult, Year: 2024}}
	highwayDone := Citation{Report: "panjin-2025", Paragraph: 10, Quote: "保障京哈高速公路改扩建项目顺利实施", Period: Period{Kind: PeriodResult, Year: 2024}}
	highwayPlan := Citation{Report: "panjin-2025", Paragraph: 52, Quote: "京哈高速盘锦段扩容改造竣工通车", Period: Period{Kind: PeriodPlan, Year: 2025}}
	for _, tc := range []struct {
		q     string
		cited []Citation
		want  string // the report's words quoted; "" for no correction
	}{
		{"辽河干流防洪工程今年竣工吗", []Citation{flood}, "辽河干流防洪提升工程主体完工"},
		{"辽河干流防洪提升工程年内要竣工验收吧", []Citation{flood}, "辽河干流防洪提升工程主体完工"},
		{"京哈高速今年竣工吗", []Citation{highwayDone, highwayPlan}, ""}, // ¶52 plans its 竣工通车
		{"京哈高速今年竣工吗", []Citation{highwayDone}, ""},
	} {
		if got := stageCorrected(ix, tc.q, tc.cited); got != tc.want {
			t.Errorf("stageCorrection(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
	for _, tc := range []struct{ q, want string }{
		{"辽河干流防洪工程今年竣工吗", "辽河干流防洪提升工程主体完工"}, // from ¶14, the plan silent
		{"盘锦港那个30万吨级原油码头今年竣工验收吗", ""},       // ¶46 plans it
		{"京哈高速今年竣工吗", ""},
	} {
		if got, _ := correctedElsewhere(ix, tc.q); got != tc.want {
			t.Errorf("stageElsewhere(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

func TestPlanNames(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"辽河干流防洪工程竣工", false}, // ¶14's 2024 result only; ¶66's 防洪治理…水利工程 is another
		{"30万吨级原油码头竣工验收", true},
		{"盘锦港那个30万吨级原油码头竣工验收", true}, // the port ¶46 leaves unnamed
		{"京哈高速竣工", true},
		{"华锦阿美项目投产", true},
	} {
		q := []rune(Normalize(string(claimCore(tc.q))))
		m, _ := claimedStage(q)
		if got := ix.planNames(q, ix.thingWords(q, m), nil); got != tc.want {
			t.Errorf("planNames(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

func TestClaimsDoneOrAhead(t *testing.T) {
	for _, tc := range []struct {
		q           string
		done, ahead bool
	}{
		{"码头去年已经竣工验收了吧", true, false},
		{"大桥已经建成通车了吧", true, false},
		{"码头今年要竣工验收吧", false, true},
		{"码头竣工验收了吧", true, false}, // asked as done
		{"码头建成了吗", true, false},
		{"码头快竣工验收了吧", false, false}, // soon, not done
		{"码头要建成了吗", false, false},
		{"去年开工今年建成吧", false, false}, // both years: neither alone
	} {
		if d, a := claimsDone(tc.q), claimsAhead(tc.q); d != tc.done || a != tc.ahead {
			t.Errorf("claimsDone, claimsAhead(%q) = %v, %v, want %v, %v", tc.q, d, a, tc.done, tc.ahead)
		}
	}
}

// stageCorrected is the report's words stageCorrection corrects claim q
// with from cited; "" when it corrects nothing.
func stageCorrected(ix *Index, q string, cited []Citation) string {
	if p, v := ix.stageCorrection(q, cited, nil); v == stageCorrect {
		return p.Figure.Value
	}
	return ""
}

// correctedElsewhere is the report's words stageElsewhere corrects claim
// q with, and the citation; "" when it corrects nothing.
func correctedElsewhere(ix *Index, q string) (string, Citation) {
	if p, c, ok := ix.stageElsewhere(stageUnread, q, nil); ok {
		return p.Figure.Value, c
	}
	return "", Citation{}
}

func TestStageElsewhereStated(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct{ q, want string }{
		// 绕 segments as a verb: the name the report quotes starts with it.
		{"绕阳河大桥已经建成通车了吧", "绕阳河大桥已经建成通车"},
		{"法盘线绕阳河大桥已经建成通车了吧", "法盘线绕阳河大桥已经建成通车"},
		{"华锦阿美项目已经建成投产了吧", "华锦阿美项目已经建成投产"},
		// 盘 segments off the place name: the report quotes 盘锦港 whole.
		{"盘锦港30万吨级原油码头已经投产了吧", "盘锦港30万吨级原油码头已经投产"},
	} {
		p, _, ok := ix.stageElsewhere(stageUnread, tc.q, nil)
		if !ok || p.Stated != tc.want {
			t.Errorf("stageElsewhere(%q) states %q (%v), want %q", tc.q, p.Stated, ok, tc.want)
		}
	}
}

// A stage word starting inside another and running past it is read:
// 改扩建完工 says 完工 of 改扩建, not 建完.
func TestStageOvertaken(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"京哈高速改扩建完工", "完工"},
		{"应急支线建完了", "建完"},
		{"华锦阿美项目建成投产", "建成投产"},
	} {
		ms := stagesIn([]rune(tc.text))
		if len(ms) == 0 || ms[len(ms)-1].word != tc.want {
			t.Errorf("stagesIn(%q) = %v, want last %q", tc.text, ms, tc.want)
		}
	}
}

// 开始 before a verb of work begins it; 收尾 winds a thing up, begun long
// before: a start dated this year is no plan's that winds it up.
func TestStageStartedAndWindingUp(t *testing.T) {
	ix := seedIndex(t)
	plan := Citation{Report: "panjin-2025", Paragraph: 67, Quote: "做好保交楼项目收尾工作", Period: Period{Kind: PeriodPlan, Year: 2025}}
	for _, tc := range []struct {
		q    string
		want string
	}{
		{"保交楼项目今年才刚开始推进吧", "保交楼项目收尾"},
		{"保交楼项目今年开始推进吧", "保交楼项目收尾"},
		{"保交楼项目今年收尾吧", ""},
	} {
		if got := stageCorrected(ix, tc.q, []Citation{plan}); got != tc.want {
			t.Errorf("stageCorrection(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// A correction restates the claimed thing by its whole name, though the
// report writes the name far from the stage it quotes (¶27: 实现臻德化工…
// 等200个项目竣工投产) and the dictionary leaves its first character out.
func TestStageCorrectionStatesTheWholeName(t *testing.T) {
	ix := seedIndex(t)
	plan := Citation{Report: "panjin-2025", Paragraph: 27, Quote: "实现臻德化工20万吨/年润滑油加氢异构装置等200个项目竣工投产", Period: Period{Kind: PeriodPlan, Year: 2025}}
	for _, tc := range []struct{ q, stated string }{
		{"臻德化工润滑油加氢异构装置今年开工建设吗", "臻德化工润滑油加氢异构装置开工建设"},
		{"那个臻德化工润滑油加氢异构装置今年开工吗", "臻德化工润滑油加氢异构装置开工"},
	} {
		p, v := ix.stageCorrection(tc.q, []Citation{plan}, nil)
		if v != stageCorrect || p.Stated != tc.stated {
			t.Errorf("stageCorrection(%q) states %q (%v), want %q", tc.q, p.Stated, v, tc.stated)
		}
	}
}

// 刚 before a start dated last year puts the thing at its start then: a
// review of that year finishing it corrects the claim. 才 alone ("not
// until last year") is left true by a finish that year.
func TestStageJustBegunLastYear(t *testing.T) {
	ix := seedIndex(t)
	flood := Citation{Report: "panjin-2025", Paragraph: 14, Quote: "推动辽河干流防洪提升工程主体完工", Period: Period{Kind: PeriodResult, Year: 2024}}
	for _, tc := range []struct {
		q    string
		want string
	}{
		{"辽河干流防洪提升工程去年才刚开工吧", "辽河干流防洪提升工程主体完工"},
		{"辽河干流防洪提升工程去年刚开工对吧", "辽河干流防洪提升工程主体完工"},
		{"辽河干流防洪提升工程去年才开工吧", ""},
		{"辽河干流防洪提升工程去年开工了吧", ""},
	} {
		if got := stageCorrected(ix, tc.q, []Citation{flood}); got != tc.want {
			t.Errorf("stageCorrection(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// A stage word that runs into the thing (启动详细规划 of 详细规划) has
// no list between it and the thing: no other item's stage, and no
// slicing past the thing's start.
func TestAnotherItemsStageOverlap(t *testing.T) {
	c := []rune("启动详细规划")
	ms := stagesIn(c)
	if len(ms) == 0 || anotherItemsStage(c, ms, ms[0], 2, 6) {
		t.Errorf("anotherItemsStage(%q) over the thing = true or no stage, want false", string(c))
	}
}

// An adverb inside a stage word (主体工程已经完工) leaves it the stage it
// splits, held by the clause saying that stage.
func TestSplitStage(t *testing.T) {
	ix := seedIndex(t)
	cite := func(quote string) []Citation { return []Citation{{Report: "panjin-2025", Paragraph: 8, Quote: quote}} }
	port := "盘锦港30万吨级原油码头主体工程完工"
	projects := "伊科思碳五低碳综合利用、辽河双台子储气库群一期等175个项目竣工投产"
	for _, tc := range []struct {
		q, quote string
		want     string // the report's words quoted; "" for no correction
	}{
		{"盘锦港30万吨级原油码头主体工程去年已经完工了吧", port, ""},
		{"盘锦港30万吨级原油码头去年已经竣工了吧", port, "盘锦港30万吨级原油码头主体工程完工"},
		{"伊科思碳五低碳综合利用项目去年开工了吧", projects, ""},
	} {
		if got := stageCorrected(ix, tc.q, cite(tc.quote)); got != tc.want {
			t.Errorf("stageCorrection(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
	if m, ok := claimedStage([]rune("码头主体工程已经完工")); !ok || m.word != "主体工程完工" {
		t.Errorf("claimedStage: %q, want 主体工程完工", m.word)
	}
}
