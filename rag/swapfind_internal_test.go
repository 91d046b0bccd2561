package rag

import (
	"strings"
	"testing"
)

func TestNameFirst(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"国家级绿色工厂是汇福粮油", "汇福粮油国家级绿色工厂"},
		{"晋升国家4A级景区的是红海滩", "红海滩晋升国家4A级景区"},
		{"开工建设饲料蛋白项目的是益海嘉里", "益海嘉里开工建设饲料蛋白项目"},
		{"增速是5.5%", ""},        // a figure: the figures check's
		{"目标是", ""},            // no name after 是
		{"是红海滩", ""},           // no role before it
		{"重点是招商", ""},          // a role too short to say the same thing
		{"益海嘉里被评为国家级绿色工厂", ""}, // no 是: read as it is
	} {
		got, ok := nameFirst([]rune(tc.q))
		if string(got) != tc.want || ok != (tc.want != "") {
			t.Errorf("nameFirst(%q) = %q, %v; want %q", tc.q, string(got), ok, tc.want)
		}
	}
}

func TestNameInKeepsGluedNumeral(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct{ slot, want string }{
		{"多屏科技", "多屏科技"},   // 多 glued to 屏: part of the name
		{"多家企业", "企业"},     // a count before the name
		{"多屏科技获评", "多屏科技"}, // the verb after it still goes
	} {
		rs := []rune(tc.slot)
		s, e, ok := ix.nameIn(rs, 0, len(rs))
		if got := string(rs[s:e]); !ok || got != tc.want {
			t.Errorf("nameIn(%q) = %q, %v; want %q", tc.slot, got, ok, tc.want)
		}
	}
}

func TestNameInRejectsPredicatedNoun(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		slot string
		ok   bool
	}{
		{"爸妈年纪大", false}, // 年纪大: says something of 爸妈, names nothing
		{"讨薪难政府", false}, // 薪难: the same, inside a question's words
		{"红海滩", true},    // an adjective before a noun begins a name
		{"锦城石化", true},
		// One-character adjectives the report's names hold after a noun.
		{"东北新发地", true},
		{"大豆全产业链", true},
		{"辽河油田绿电", true},
	} {
		rs := []rune(tc.slot)
		if _, _, ok := ix.nameIn(rs, 0, len(rs)); ok != tc.ok {
			t.Errorf("nameIn(%q) ok = %v; want %v", tc.slot, ok, tc.ok)
		}
	}
}

// A question about a topic claims no name: no correction may be made up
// from the words it shares with a clause.
func TestTopicQuestionNotCorrected(t *testing.T) {
	eng := NewEngine(seedIndex(t), nil)
	for _, q := range []string{"农民工讨薪难政府管吗", "我爸妈年纪大了，社区能提供养老服务吗", "今年政府还过紧日子吗",
		// A common noun in the claim's slot or the clause's is a kind, not a name.
		"孩子心理健康学校管吗", "孩子上幼儿园难吗，有普惠园吗", "新能源汽车有吗",
		"农村人能领到补贴吗",
		// A right claim: 目标 is what ¶54 says, not a name it says otherwise.
		"18万农村居民是2025年的目标对吧",
		// A kind the named thing is of: a firm is a 企业, a college a 学校.
		"企业获评省级5G工厂吗？", "公司获批专精特新小巨人吗？", "学校在籍学生突破1万人吗？", "区县创建义务教育优质均衡发展区吗？"} {
		ans, err := eng.Ask(t.Context(), Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if hasCorrection(ans) {
			t.Errorf("%s: made-up correction: %+v", q, ans.Parts[0])
		}
	}
}

// A claim that the government — or any kind of thing — did what the
// report says a named firm, place or body did is still corrected.
func TestKindClaimedOfANamedThingCorrected(t *testing.T) {
	eng := NewEngine(seedIndex(t), nil)
	for _, tc := range []struct{ q, want string }{
		{"去年政府获评省级5G工厂了吧", "多屏科技"},
		{"去年市政府获评省级5G工厂了吧", "多屏科技"},
		{"去年政府获评国家级制造业中试平台了吧", "中试基地"},
		{"政府成功生产了异戊胶乳对吗", "鲁华泓锦"},
		{"政府的手机马达全球市场占有率15.7%对吗", "中蓝电子"},
		// A kind of thing claimed where the report names one thing.
		{"今年支持学校创建义务教育优质均衡发展区吗", "兴隆台区"},
		{"今年支持农民参与地方重大项目建设吗", "民营企业"},
	} {
		ans, err := eng.Ask(t.Context(), Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		if !hasCorrection(ans) || ans.Parts[0].Figure == nil || !strings.Contains(ans.Parts[0].Figure.Value, tc.want) {
			t.Errorf("%s: want a correction naming %s, got %+v", tc.q, tc.want, ans.Parts[0])
		}
	}
}

func TestCommonNoun(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"孩子", true}, {"学生", true}, {"目标", true}, {"农村人", true}, // kinds of thing
		{"锦城石化", false}, {"无锡", false}, {"红海滩", false}, {"华孚环境", false}, // names
	} {
		if got := ix.commonNoun(tc.w); got != tc.want {
			t.Errorf("commonNoun(%q) = %v; want %v", tc.w, got, tc.want)
		}
	}
}

// A wrong name is corrected by the clause's name, not by a common noun
// beside it; a right one is not corrected.
func TestWrongNameCorrectedByName(t *testing.T) {
	eng := NewEngine(seedIndex(t), nil)
	for _, tc := range []struct{ q, want string }{
		{"国家级专精特新小巨人是多屏科技吗", "报告写的是华孚环境，不是多屏科技"},
		{"绕阳河大桥是京抚线上的吗", "报告写的是法盘线，不是京抚线"},
		// A role a listed item gives another name (…对口援助、锦州义县对口帮扶).
		{"对口援助的是锦州义县吗", "报告写的是新疆和布克赛尔县对口援助，不是锦州义县对口援助"},
		{"锦州义县对口援助对吗", "报告写的是新疆和布克赛尔县对口援助，不是锦州义县对口援助"},
		{"对口帮扶的是锦州义县吗", ""},
		{"新疆和布克赛尔县对口援助对吗", ""},
		// The city as the doer, which the report leaves unsaid.
		{"盘锦对口援助的是锦州义县吧", "报告写的是新疆和布克赛尔县对口援助，不是锦州义县对口援助"},
		// Items of a list share the words after it (4个国考断面、5个省考
		// 断面水质全部达标): a claim of any item's is right.
		{"国考断面水质全部达标了吗", ""},
		{"國考斷面水質全部達標了嗎", ""},
		{"4个国考断面水质全部达标了吧", ""},
		{"5个国考断面水质全部达标了吗", "报告写的是4个"},
	} {
		ans, err := eng.Ask(t.Context(), Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		if tc.want == "" && strings.HasPrefix(ans.Answer, "更正") || !strings.Contains(ans.Answer, tc.want) {
			t.Errorf("%s: answer %q; want %q", tc.q, firstLine(ans.Answer), tc.want)
		}
	}
}

func firstLine(s string) string { before, _, _ := strings.Cut(s, "\n"); return before }

// A claim restating a clause but for a name between words both share is
// corrected by the clause's words; a reworded verb or a figure's words
// are not, and an item of an open list (《统计法》等) is only not named.
func TestMiddleNameCorrected(t *testing.T) {
	eng := NewEngine(seedIndex(t), nil)
	for _, tc := range []struct{ q, want string }{
		{"益海嘉里被评为国家级智能工厂对吗", "报告写的是国家级绿色工厂，不是国家级智能工厂"},
		{"盘锦成为国家大型企业数字化转型试点城市对吗", "报告写的是国家中小企业，不是国家大型企业"},
		{"机关单位餐饮服务接待规范成为国家标准了对吧", "报告写的是成为全国团体标准，不是成为国家标准"},
		{"今年要提速建设的是顺丰速运产业园吧", "报告写的是建设极兔速递产业园"},
		{"益海嘉里被评为国家级绿色工厂对吗", ""},
		{"盘政讲堂组织学习了《预算法》对吧", "没有点名《预算法》"},
		{"盘锦是全国第一个实现全域快递进村的吗", ""},
		{"今年规上工业增加值目标5.4%，对吧？", ""},
		{"辽滨经开区是连续6年进了全国化工园区30强吧", ""},
		// 城市 is the clause's own word, moved: a question, no other name.
		{"绿色货运配送示范城市今年能验收吗", ""},
		// 孩子做 for 儿童提供: a question in other words, its slot a predicate.
		{"残疾孩子做康复政府管吗", ""},
		// One scope in two words: 全国 is 国家级, 辽宁 is 全省.
		{"益海嘉里被评为全国绿色工厂对吗", ""},
		{"盛源海洋牧场入选全国海洋牧场示范区吧", ""},
		{"辽滨经开区蝉联辽宁制造业区域品牌榜首吗", ""},
		// An area holding the clause's name (辽滨 holds 盘锦港): no other name.
		{"辽滨30万吨级原油码头主体工程完工了吗", ""},
		// The name a claim opens with, before words the clause says of
		// another; the same sentence naming it for another fact or not.
		{"中储粮粮食物流产业园去年加快建设对吗", "报告写的是京粮，不是中储粮"},
		{"辽河石油职业技术学院在籍学生突破1万人对吧", "报告写的是盘锦职业技术学院，不是辽河石油职业技术学院"},
		{"北方沥青20万吨/年润滑油加氢异构装置今年竣工投产吧", "报告写的是臻德化工，不是北方沥青"},
		// 金帛滩登上 for 荣登: not a subject and its verb, but the subject
		// the clause opens with before predicates joined by 、.
		{"金帛滩登上抖音全国景点排行榜第7名，对吗", "报告写的是红海滩国家风景廊道，不是金帛滩"},
		{"红海滩国家风景廊道登上抖音全国景点排行榜第7名，对吗", ""},
		// One character for another of its kind: a direction, a level.
		{"盘山县东沙河防洪治理对吧", "报告写的是盘山县西沙河，不是盘山县东沙河"},
		// A slot whose shared first character (抗) leaves words the
		// dictionary misreads (应力 a verb) is read whole before a head noun.
		{"华锦集团研发了抗冲击聚丙烯对吧", "报告写的是研发抗应力发白聚丙烯，不是研发了抗冲击聚丙烯"},
		{"华锦集团研发了抗应力发白聚丙烯对吧", ""},
		// The list stays open past the name's last words (《统计法》等):
		// the claim's title is not named, not denied.
		{"组织学习了《宪法》对吧", "没有点名《宪法》"},
		// A kind word (工厂, 企业) shared is no one thing: the honours differ;
		// a level shared beside the claimed honour elsewhere (益海嘉里被评为
		// 国家级绿色工厂) does not say it of the claim's subject.
		{"华孚环境获批国家级绿色工厂对吧", "报告写的是专精特新“小巨人”企业，不是绿色工厂"},
		{"华孚环境获批国家级专精特新“小巨人”企业对吧", ""},
		{"益海嘉里被评为国家级绿色工厂对吧", ""},
		// One name claimed where the clause's names run over a list: the
		// item beside the role; the city as the doer the report leaves
		// unsaid.
		{"对口帮扶的是朝阳吧", "报告写的是锦州义县，不是朝阳"},
		{"盘锦对口帮扶的是朝阳吧", "报告写的是锦州义县，不是朝阳"},
		{"盘锦对口帮扶的是锦州义县吧", ""},
		// The item after the role claimed (…对口援助、锦州义县对口帮扶) has a
		// role of its own: the name the claimed role is said of is before it.
		{"对口援助的是朝阳吧", "报告写的是新疆和布克赛尔县，不是朝阳"},
		{"盘锦对口援助的是朝阳吧", "报告写的是新疆和布克赛尔县，不是朝阳"},
		{"盘锦对口援助的是新疆和布克赛尔县吧", ""},
		// The city naming whose thing the claim's subject is: the thing is
		// the subject, not the city (it opens no verb).
		{"盘锦农发集团海洋牧场去年入选国家级海洋牧场示范区了吧？", "报告写的是盛源海洋牧场，不是农发集团海洋牧场"},
		{"盘锦盛源海洋牧场去年入选国家级海洋牧场示范区了吧？", ""},
		{"盘锦成为国家北斗规模应用试点城市了吧", ""},
		{"营盘输油管线今年新建对吧", "报告写的是完成改造，不是新建"},
		{"辽滨经开区蝉联全国制造业区域品牌榜首对吗", "报告写的是全省，不是全国"},
	} {
		ans, err := eng.Ask(t.Context(), Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		first := firstLine(ans.Answer)
		if tc.want == "" && strings.HasPrefix(first, "更正") || tc.want != "" && !strings.Contains(first, tc.want) {
			t.Errorf("%s: answer %q; want %q", tc.q, first, tc.want)
		}
	}
}

func TestOwnItemWords(t *testing.T) {
	c := []rune("持续做好新疆和布克赛尔县对口援助、锦州义县对口帮扶工作")
	for _, tc := range []struct {
		p      slotPair
		cs, ce int
		want   bool
	}{
		{slotPair{c0: 16, c1: 27}, 17, 21, true},  // 、锦州义县|对口帮扶工作
		{slotPair{c0: 16, c1: 21}, 17, 21, false}, // the item ends the slot
		{slotPair{c0: 0, c1: 12}, 4, 12, false},   // no 、 before the name
	} {
		if got := ownItemWords(c, tc.p, tc.cs, tc.ce); got != tc.want {
			t.Errorf("ownItemWords(%q) = %v, want %v", string(c[tc.cs:tc.ce]), got, tc.want)
		}
	}
}

// A clause that opens with its own subject before predicates joined by 、
// says the shared predicate of that subject, though an earlier clause of
// its sentence names the claimed thing, and with the same figure.
func TestOwnSubjectOutweighsEarlierName(t *testing.T) {
	ix := seedIndex(t)
	quote := []rune("金帛滩海洋乐园晋升国家4A级旅游景区，红海滩国家风景廊道火爆出“圈”、荣登抖音全国景点排行榜第7名")
	for _, tc := range []struct{ q, want string }{
		{"金帛滩海洋乐园荣登抖音全国景点排行榜第7名", "红海滩国家风景廊道"},
		{"金帛滩海洋乐园荣登抖音全国景点排行榜", "红海滩国家风景廊道"},
	} {
		q := []rune(tc.q)
		clause := quote[19:]
		f, ok := ix.findSwap(q, clause, sharedRuns(q, clause), false)
		if !ok || !f.ownSubject || string(clause[f.start:f.end]) != tc.want {
			t.Errorf("findSwap(%q) = %q, own %v, %v; want %q, own", tc.q, string(clause[f.start:f.end]), f.ownSubject, ok, tc.want)
		}
	}
}

// A slot of the claim holding a figure of its own is another of the
// claim's figures: its words (230个续建项目) are no stage or name claimed
// of the clause's thing.
func TestSlotWithOwnFigureIsNoSwap(t *testing.T) {
	ix := seedIndex(t)
	clause := []rune("辽宁襄平新材料特种聚烯烃、辽河综研化学高端精细化学品等272个新建项目开工建设，")
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"开工272个新建项目230个续建项目", false},
		{"272个新建项目续建", true}, // the stage in the slot, no figure of its own
	} {
		q := []rune(tc.q)
		if _, ok := ix.findSwap(q, clause, sharedRuns(q, clause), false); ok != tc.want {
			t.Errorf("findSwap(%q) found = %v, want %v", tc.q, ok, tc.want)
		}
	}
}

func TestSameListUnbracketed(t *testing.T) {
	for _, tc := range []struct {
		stated, value string
		want          bool
	}{
		{"省、市、乡", "建设省、市（州）、乡", true},
		{"甲、乙、丙", "甲、乙(含丁)、丙", true},
		{"省、市", "省、市", true},
		{"市、乡", "建设省、市（州）、乡", false},   // a tier left out
		{"国、市、乡", "建设省、市（州）、乡", false}, // another tier
		{"州、乡", "市（州）、乡", false},       // the aside is not the item
		{"省市", "建设省市", false},          // no list
	} {
		if got := sameListUnbracketed(tc.stated, tc.value); got != tc.want {
			t.Errorf("sameListUnbracketed(%q, %q) = %v, want %v", tc.stated, tc.value, got, tc.want)
		}
	}
}

// A name narrowed one character short of the words both share (口 of
// 辽河口, 花 of 辽油宝石花, 上 of 海上) was cut in two: no swap quotes the
// half. A list's 等 and an occasion's 上 stand apart from the name.
func TestCutShortOfAnchor(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		text    string
		e, end  int
		wantCut bool
	}{
		{"辽河口“湿地三宝”", 2, 4, true},
		{"辽油宝石花医院", 4, 5, true},
		{"辽东湾海域国管区海上风电", 9, 10, true},
		{"辽河口电商直播", 2, 3, true},
		{"申通二期等项目", 4, 5, false},
		{"巴黎残奥会上盘锦健儿", 5, 6, false},
		{"辽油宝石花医院", 5, 5, false},
	} {
		if got := ix.cutShortOfAnchor([]rune(tc.text), tc.e, tc.end); got != tc.wantCut {
			t.Errorf("cutShortOfAnchor(%q, %d, %d) = %v, want %v", tc.text, tc.e, tc.end, got, tc.wantCut)
		}
	}
}

// A claimed name cut short of its shared words is no swap: the answer
// quotes no half name (报告写的是辽河, 报告写的是辽油宝石).
func TestCutNameNotCorrected(t *testing.T) {
	eng := NewEngine(seedIndex(t), nil)
	for _, q := range []string{"湿地三宝是丹顶鹤、黑嘴鸥和斑海豹吗？", "市中心医院康复中心建成了吗", "明阳智能的风电项目今年在盘锦建吗"} {
		ans, err := eng.Ask(t.Context(), Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(ans.Answer, "更正") {
			t.Errorf("%s: answer %q; want no correction", q, firstLine(ans.Answer))
		}
	}
}

// Half a bracketed name (建设期）单位 of 国家绿色化工园区（建设期）单位) is
// no name, as half a quoted one is not.
func TestQuotesBalancedBrackets(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"建设期）单位", false}, {"国家绿色化工园区（建设期）单位", true}, {"小巨人”企业", false}, {"《统计法》", true}, {"(修订", false},
	} {
		if got := quotesBalanced(tc.s); got != tc.want {
			t.Errorf("quotesBalanced(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
