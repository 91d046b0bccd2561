package rag

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/mozillazg/go-pinyin"
)

func seedReader(t *testing.T) (*reader, *Index) {
	t.Helper()
	reports, err := LoadFS(os.DirFS("../seeds"))
	if err != nil {
		t.Fatal(err)
	}
	ix, err := NewIndex(reports, DefaultLexicon())
	if err != nil {
		t.Fatal(err)
	}
	return ix.rd, ix
}

func TestReaderFoldsTraditionalAndFixesSlips(t *testing.T) {
	rd, ix := seedReader(t)
	for _, tc := range []struct{ in, want string }{
		// Traditional characters, folded by OpenCC.
		{"今年GDP目標是多少", "今年GDP目标是多少"},
		{"去年進出口總額增長了多少？", "去年进出口总额增长了多少？"},
		{"今年盤錦港新增幾條航線", "今年盘锦港新增几条航线"},
		// Taiwan's 著 for the particle and verb 着, which t2s keeps; the
		// notable 著 of 显著 and 著名 stays.
		{"去年接著改造的燈塔有幾座", "去年接着改造的灯塔有几座"},
		{"今年要著力抓哪幾件事", "今年要着力抓哪几件事"},
		{"著名景區的客流顯著增長了嗎", "著名景区的客流显著增长了吗"},
		// Pinyin slips that leave a word the report lacks, when a character
		// of the same sound makes a four-character phrase it writes.
		{"今年城镇新增就叶目标多少", "今年城镇新增就业目标多少"},
		{"去年进出扣总额增长了多少", "去年进出口总额增长了多少"},
		{"今年固定资产头资增长目标是多少", "今年固定资产投资增长目标是多少"},
		{"去年社会消费品另售总额增长多少", "去年社会消费品零售总额增长多少"},
		// 每一千人 as the report writes it.
		{"今年每一千人能摊上几个托位", "今年每千人能摊上几个托位"},
		// No slip is mended into a negation: 目储备不 is the report's, but
		// 还算充足 claims the other way from 不算充足.
		{"项目储备还算充足吧", "项目储备还算充足吧"},
		// A slip no four-character phrase shows, when a character of the
		// same sound makes a lexicon word or a word asking a rate or target.
		{"社灵去年涨了多少", "社零去年涨了多少"},
		{"去年规上工业曾长了多少", "去年规上工业增长了多少"},
		{"进出口木标是多少", "进出口目标是多少"},
		{"就叶形势咋样", "就业形势咋样"},
		// …not a real word, an adverb, or a neighbour already in a word.
		{"今年社零目标比去年低吧", "今年社零目标比去年低吧"},         // not 年底
		{"电动自行车充电点去年才建了多少", "电动自行车充电点去年才建了多少"}, // not 在建
		{"今年上学有什么新政策", "今年上学有什么新政策"},           // not 学位
		{"排名升到第几了", "排名升到第几了"},                 // not 到底
		{"财政支出是多少亿远", "财政支出是多少亿远"},             // a unit: not 亿元
		// A slip whose pairs are words elsewhere (强将, 公教) but none of the
		// report's, when one character of its sound makes a three-character
		// run the report writes; an adverb is a word of its own.
		{"去年夏天强将雨一共来了几轮", "去年夏天强降雨一共来了几轮"},
		{"今年公教车买几台", "今年公交车买几台"},                     // and 车 stays in it: no 买车
		{"30万吨级原油码头去年都建成投用了吧", "30万吨级原油码头去年都建成投用了吧"}, // not 年度建
		// A four-character phrase asked by (总体思路) typed with a homophone
		// that is a word of its own (丝路).
		{"今年稳增长这块总体丝路是啥", "今年稳增长这块总体思路是啥"},
		// The report's end asked by name, typed by sound (结为).
		{"报告结为号召大家干什么", "报告结尾号召大家干什么"},
		// 是 and the sound of 谁 ending a question with no question word.
		{"盘锦市长是水", "盘锦市长是谁"},
		{"盘锦市长是水吗", "盘锦市长是水吗"}, // asks whether: as typed
		{"盘锦市长是谁", "盘锦市长是谁"},
		// A slip that pairs on one side by chance (增化 of 新增化工).
		{"去年增化停车泊位多少个", "去年增划停车泊位多少个"},
		// A unit misspelt after the question word asking in it.
		{"今年要建设改造四好农村路多少公理", "今年要建设改造四好农村路多少公里"},
		{"去年修复湿地几公倾", "去年修复湿地几公顷"},
		{"公理是什么", "公理是什么"},                       // not after a question word: a word of its own
		{"去年县级美丽宜居村多少个", "去年县级美丽宜居村多少个"},         // another level, no slip
		{"64%是旅游收入还是旅客接待量的", "64%是旅游收入还是旅客接待量的"}, // 还是 asks which: not 还市 (全市旅客)
		{"公交车两年一共217台", "公交车两年一共217台"},           // 两年 counts years: not 辆年 (公交车辆)
		{"公交车这两年一共买了几台", "公交车这两年一共买了几台"},         // a numeral before a measure word is a count
		// 几号 and 几日 ask a day: not 机号 (机械) nor 期号 (期间).
		{"新厂房几号投产", "新厂房几号投产"},
		{"运动会几号开幕", "运动会几号开幕"},
		{"游泳馆几月几日开馆", "游泳馆几月几日开馆"},
		// 哪 before a measure word asks which one, as 几 asks how many:
		// 哪年 is no 纳年 (纳规).
		{"秦沈二通道哪年开工", "秦沈二通道哪年开工"},
		{"15万吨级航道哪年能建成？", "15万吨级航道哪年能建成？"},
		// A word before the verb, or an object opening with 公 (no 公里),
		// is kept whole: no 买车.
		{"明年公车添几辆", "明年公车添几辆"},
		{"明年要添几台公车", "明年要添几台公车"},
		{"明年要买几台公车", "明年要买几台公车"},
		// Spoken units: 个亿, 美金, and 个点 where a rate is asked.
		{"去年进出口总额200个亿吧", "去年进出口总额200亿吧"},
		{"去年实际利用外资10亿美金对吧", "去年实际利用外资10亿美元对吧"},
		{"今年GDP目标六个点吧", "今年GDP目标6%吧"},
		{"今年固投目标增长十五个点？", "今年固投目标增长15%？"},
		{"去年社零涨了5个点吧", "去年社零涨了5%吧"},
		{"去年GDP提高了几个点", "去年GDP提高了几个点"}, // 几 asks
		{"去年新建了两个点", "去年新建了两个点"},       // two sites: no rate asked
		// An indicator given only as a growth rate cues a rate; a decimal
		// in words, a 多 after, a 快 (almost) before are read as said.
		{"今年进出口七个点吗", "今年进出口7%吗"},
		{"去年固投增长十二点三个点", "去年固投增长12.3%"},
		{"去年出口增长十一个点多", "去年出口增长11多%"},
		{"去年收入涨了快20个点", "去年收入涨了近20%"},
		{"进出口快30个点了吧", "进出口近30%了吧"},
		{"出口增速比去年快3个点了", "出口增速比去年快3个百分点了"},
		// A rate raised or lowered by N points moves by percentage points.
		{"森林覆盖率今年要提高2个点吧", "森林覆盖率今年要提高2个百分点吧"},
		{"负债率下降了十个点以上", "负债率下降了10个百分点以上"},
		{"覆盖率提高到九十个点", "覆盖率提高到90%"}, // the level reached
		// Beside another year's rate, 个点 is the gap in points.
		{"社零增速今年比去年快了三个点？", "社零增速今年比去年快了3个百分点？"},
		{"固投目标增速较上年低5个点吧", "固投目标增速较上年低5个百分点吧"},
		// Beside the province's or the nation's rate, too.
		{"财政收入增速高于全国1.5个点吧", "财政收入增速高于全国1.5个百分点吧"},
		{"出口比全省快了四个点？", "出口比全省快了4个百分点？"},
		// After 差 or 相差, 个点 is the distance between two rates.
		{"今年gdp目标5.5，去年实际3.5，差2个点对吧", "今年gdp目标5.5，去年实际3.5，差2个百分点对吧"},
		{"两年增速相差了三个点", "两年增速相差了3个百分点"},
		// A 零 ending a word is no number's start; 零点 opens one.
		{"明年社零九个点吧", "明年社零9%吧"},
		{"社零增速零点八个点吗", "社零增速0.8%吗"},
		// Indicators given as rates: a budget revenue, an added value.
		{"明年预算收入七个点吧", "明年预算收入7%吧"},
		{"工业增加值三个半点吧", "工业增加值3.5%吧"},
		// 过亿, 上亿, 超亿(元): the report's 亿元以上; not after a number.
		{"今年投资过亿的项目有多少个", "今年投资亿元以上的项目有多少个"},
		{"上亿项目多少个", "亿元以上项目多少个"},
		{"今年超亿元项目几个", "今年亿元以上项目几个"},
		{"项目投资超10亿吗", "项目投资超10亿吗"},
		{"营收超过一亿吗", "营收超过1亿吗"},
		// A claim's numbers in words, as the report writes figures.
		{"去年新购公交八十台吧", "去年新购公交80台吧"},
		{"今年石化产业营收目标三千亿吧", "今年石化产业营收目标3000亿吧"},
		{"去年技改资金一百个亿吧", "去年技改资金100亿吧"},
		{"今年新增就业一万五吧", "今年新增就业1.5万吧"},
		{"去年内资到位五百多亿是吧", "去年内资到位500多亿是吧"},
		{"债务率降了十几个百分点吗", "债务率降了10多个百分点吗"}, // 十几: ten and more
		{"听说建了二十几所学校吧", "听说建了20多所学校吧"},
		{"不动产登记要一个小时吗", "不动产登记要1小时吗"}, // 一 before a span of time is one
		{"办证要两个钟头吧", "办证要2小时吧"},
		{"去年固投增长两成以下吧", "去年固投增长20%以下吧"},    // a bound says how near: no 约
		{"去年新开公交线路十条吧", "去年新开公交线路10条吧"},    // 十 alone before a unit is ten
		{"去年改造小区二十来个吧", "去年改造小区约20个吧"},     // 来 after a round number: about
		{"去年外贸进出口六百亿出头吧", "去年外贸进出口600多亿吧"}, // 出头: a little over
		{"去年社零增长六个半点吧", "去年社零增长6.5%吧"},     // a count and a half
		{"今年每千人医生数三个半吗", "今年每千人医生数3.5个吗"},
		{"办证要两个半小时吗", "办证要2.5个小时吗"},
		{"三个半岛对吗", "3个半岛对吗"}, // peninsulas: no half
		// A number in words closing a claim with no unit, as typed in digits.
		{"信访总量下降三十八点五吗", "信访总量下降38.5吗"},
		{"今年化工精细化率五十对吗", "今年化工精细化率50对吗"},
		{"去年固投增长三十以上吗", "去年固投增长30以上吗"},
		{"去年PM2.5是三十九微克吗", "去年PM2.5是39微克吗"},
		{"盘锦建市五十周年对吗", "盘锦建市50周年对吗"},
		{"规划是十四五吗", "规划是十四五吗"},             // a plan's name, no number
		{"今天是星期三吗", "今天是星期三吗"},             // a weekday
		{"三年行动决胜之年吗", "三年行动决胜之年吗"},         // more words follow: a name
		{"化工精细化率五十是今年的吗", "化工精细化率五十是今年的吗"}, // no claim's close after it
		// A year written digit by digit in characters.
		{"二〇二四年GDP增长多少", "2024年GDP增长多少"},
		{"二零二五年GDP目标多少", "2025年GDP目标多少"},
		{"一二三四年", "一二三四年"}, // no year of ours: 1234
		// Said short, by its last two digits; not a count of years or a grade.
		{"二四年GDP增长多少", "2024年GDP增长多少"},
		{"二〇年", "2020年"},
		{"二四年级", "二四年级"},
		{"二五年社零目标", "2025年社零目标"},
		{"二三年就能建成", "二三年就能建成"},
		{"三五年内完成", "三五年内完成"},
		{"二年级学生", "二年级学生"},
		{"十二年义务教育", "十二年义务教育"},
		// A one-character object put back beside its verb, where the two
		// make a lexicon word; not 多少钱, a sum.
		{"去年种了多少树", "去年种树多少"},
		{"去年栽了多少棵树", "去年栽树多少棵"},
		{"树种了多少", "种树了多少"},
		{"去年井退了多少口", "去年退井了多少口"},
		{"去年老破小改造一共花了多少钱", "去年老破小改造一共花了多少钱"},
		{"去年修了多少公里农村公路", "去年修了多少公里农村公路"}, // a word of several characters
		// A measure word closing the question is no object (案件, 干名).
		{"政协提案多少件", "政协提案多少件"},
		{"人大代表建议办复了几件", "人大代表建议办复了几件"},
		// Parted by a question of which, or closing before a particle.
		{"今年修什么路", "今年修路什么"},
		{"今年修哪座桥", "今年修桥哪座"},
		{"今年要建啥桥", "今年要建桥啥"},
		{"今年要修多少路啊", "今年要修路多少啊"},
		{"今年要修多少路段啊", "今年要修多少路段啊"}, // a word of several characters
		// Preambles and forms of address, not what is asked.
		{"我想知道去年GDP增长多少", "去年GDP增长多少"},
		{"不好意思，请问今年GDP目标多少", "今年GDP目标多少"},
		{"大哥，今年GDP目标多少", "今年GDP目标多少"},
		{"老师队伍建设今年怎么搞", "老师队伍建设今年怎么搞"}, // no comma: what is asked
		{"你好", "你好"},
		// A year glued to a Latin word; PM2.5 holds none.
		{"2025GDP目标", "2025 GDP目标"},
		{"GDP2024", "GDP 2024"},
		{"PM2.5去年多少", "PM2.5去年多少"},
		// 我们 after "我是X，" is X.
		{"我是退役军人，报告提到我们了吗", "我是退役军人，报告提到退役军人了吗"},
		{"我们是志愿者", "我们是志愿者"},
		{"去年新增就业两万零四百人对吗", "去年新增就业2.04万人对吗"},
		{"去年信访量下降三成吧", "去年信访量下降约30%吧"},
		{"旅游收入增长三成左右是吧", "旅游收入增长约30%是吧"}, // 左右 rounds as 约 does
		{"华锦阿美进度超过七成了吧", "华锦阿美进度超过70%了吧"},
		{"去年信访总量下降约两成半吧", "去年信访总量下降约25%吧"},
		{"九成九的人满意吧", "约99%的人满意吧"},
		{"出勤率八成七，比去年高吗", "出勤率约87%，比去年高吗"},
		{"去年技改资金七十点一亿元吧", "去年技改资金70.1亿元吧"},
		{"去年植树造林十七点四万株吧", "去年植树造林17.4万株吧"},
		{"今年石化营收目标两千五亿吧", "今年石化营收目标2500亿吧"},
		{"一亿五千万元吧", "1.5亿元吧"},
		{"一亿五吧", "1.5亿吧"},
		{"千万工程是吧", "千万工程是吧"}, // a scale opening a run is a word
		{"亿万人民都知道吧", "亿万人民都知道吧"},
		{"去年旅客接待量翻了一番吧", "去年旅客接待量增长100%吧"},
		{"听说产值翻两番", "听说产值增长300%"},
		// A clause stating a figure beside one asking: the premise's
		// spoken figure is read as typed in digits, the asking clause left.
		{"去年造林才五万亩，今年计划多少", "去年造林才5万亩，今年计划多少"},
		{"客运量去年翻了一番，今年呢", "客运量去年增长100%，今年呢"},
		{"投诉量降了两成，真不少", "投诉量降了约20%，真不少"},
		{"新增岗位一万二，今年目标几个", "新增岗位一万二，今年目标几个"}, // no word of change or weighing: a topic, not a claim
		{"报告分三个方面讲，分别是啥", "报告分三个方面讲，分别是啥"},
		{"哪两个项目开工了，进展如何", "哪两个项目开工了，进展如何"},
		{"要完成“两个确保”了，具体指啥", "要完成“两个确保”了，具体指啥"}, // a quoted slogan's numeral
		// A target asked by the verb that set it asks its figure.
		{"明年的粮食目标定的多少", "明年的粮食目标是多少"},
		{"污水处理率指标定在多少", "污水处理率指标是多少"},
		{"为什么目标定在这么高", "为什么目标定在这么高"},
		{"去年粮食产量多少，今年目标定了多少", "去年粮食产量多少，今年目标定了多少"}, // a pair asked: read as typed
		{"Panjin's tourism revenue doubled in 2024, didn't it?", "Panjin's tourism revenue increased by 100% in 2024, didn't it?"},
		{"Exports tripled last year, right?", "Exports increased by 200% last year, right?"},
		{"How much did tourism revenue grow after it doubled?", "How much did tourism revenue grow after it doubled?"},
		{"电子信息产业营收增长了4倍吧", "电子信息产业营收增长400%吧"},
		{"听说产值提高两倍", "听说产值提高200%"},
		{"听说产值是去年的4倍", "听说产值是去年的4倍"},
		// A fall said as a half, after its verb.
		{"信访量减半了吗", "信访量下降约50%了吗"},
		{"物业投诉量少了一半吧", "物业投诉量减少约50%吧"},
		{"信访量下降了一半吧", "信访量下降约50%吧"},
		{"听说一半以上是去年的吧", "听说一半以上是去年的吧"}, // a share, no fall
		// A halving a word follows is a policy: half charged, no fall.
		{"住宅小区物业费减半征收了吧", "住宅小区物业费减半征收了吧"},
		{"物业投诉量减半收费对吧", "物业投诉量减半收费对吧"},
		// A fraction is a share about as near as its step (ShareSlack):
		// 四分之一 holds 25.8%, 三分之一 is not 18.6%.
		{"信访下降四分之一对吗", "信访下降约25%对吗"},
		{"物业投诉量下降了三分之一吗", "物业投诉量下降了约33.3%吗"},
		{"信访总量降了四分之一左右是吧", "信访总量降了约25%是吧"},
		{"信访总量降了近三分之一吧", "信访总量降了近33.3%吧"},
		{"增长三分之一以上吧", "增长33.3%以上吧"},
		// The speaker's own bound from above: under a third, not about one.
		{"物业投诉量下降了不到三分之一吧", "物业投诉量下降了不到33.3%吧"},
		{"信访量下降了不足三成吧", "信访量下降了不足30%吧"},
		{"听说产值增长到4倍", "听说产值增长到4倍"},
		// Not figures: no claim, a word of 成, an ordinal, a question word.
		{"去年新购公交八十台", "去年新购公交八十台"},
		{"八成是去年的吧", "八成是去年的吧"},
		{"第五个项目是哪个吧", "第五个项目是哪个吧"},
		{"哪两个产教联合体是市级的吗", "哪两个产教联合体是市级的吗"},
		{"一个人能领多少补贴吗", "一个人能领多少补贴吗"},
		// An aspect particle inside an everyday word of the lexicon is
		// dropped (找着工作 → 找工作); 的 is not (花的钱 is no 花钱).
		{"去年新找着工作的有多少人呐", "去年新找工作的有多少人呐"},
		{"今年全社会搞科研花的钱打算提高多少", "今年全社会搞科研花的钱打算提高多少"},
		{"去年的GDP增长了多少", "去年的GDP增长了多少"},
		// A function character inside a word is a slip too (旅有 → 旅游)…
		{"去年旅有收入增长多少", "去年旅游收入增长多少"},
		// …but not one that opens or closes a clause.
		{"盘锦有多少家企业", "盘锦有多少家企业"},
		{"今年的目标是啥", "今年的目标是啥"},
		// Not slips: words the report lacks on purpose or by chance.
		{"今年新建多少个新能源汽车充电桩？", "今年新建多少个新能源汽车充电桩？"}, // not 充电装(置)
		{"盘锦市民的健康知识水平在辽宁省里排第几？", "盘锦市民的健康知识水平在辽宁省里排第几？"},
		{"2024年全面推行的政务服务新模式是什么？", "2024年全面推行的政务服务新模式是什么？"},
		{"去年经济咋样", "去年经济咋样"},
		{"看病难的问题怎么解决", "看病难的问题怎么解决"},
		{"What is the GDP target?", "What is the GDP target?"},
		{"", ""},
	} {
		if got := rd.read(tc.in, ix.all); got != tc.want {
			t.Errorf("read(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestFoldingRunes: OpenCC changes no character outside the set needsFolding
// asks about, and a question it would change is still folded while one
// with only simplified characters the report lacks is not converted.
func TestFoldingRunes(t *testing.T) {
	rd, ix := seedReader(t)
	if rd.folds == nil {
		t.Fatal("the t2s dictionaries could not be listed")
	}
	for r := rune(0x3400); r < 0xA000; r++ {
		if rd.mayFold(r) {
			continue
		}
		if got, err := rd.t2s.Convert(string(r)); err != nil || got != string(r) {
			t.Fatalf("Convert(%q) = %q, %v, but %q is not among the folding runes", r, got, err, r)
		}
	}
	// Every entry Convert changes, phrases too, holds a folding rune.
	for _, g := range rd.t2s.DictChains {
		for _, d := range g.Dicts {
			for _, id := range d.Trie.PrefixPredict(nil, 0) {
				key, _ := d.Trie.Key(id)
				k := string(key)
				if got, _ := rd.t2s.Convert(k); got != k && !strings.ContainsFunc(k, rd.mayFold) {
					t.Fatalf("Convert(%q) = %q, but it holds no folding rune", k, got)
				}
			}
		}
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"今年GDP目標是多少", true},
		{"乾隆年間", true},
		{"去年經濟咋樣", true},
		{"去年经济咋样", false}, // 咋 is not in the report, but OpenCC leaves it
		{"今年GDP目标是多少", false},
		{"What is the GDP target?", false},
	} {
		if got := rd.needsFolding(tc.text, ix.all); got != tc.want {
			t.Errorf("needsFolding(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestTopicScoped(t *testing.T) {
	ix := seedIndex(t)
	rep := ix.Reports()[0]
	for _, tc := range []struct {
		q      string
		scoped bool
	}{
		{"去年教育取得了哪些成绩", true},
		{"今年养老主要目标", true},
		{"去年经济咋样", false},
		{"去年取得了哪些成绩", false},
		{"2024年主要指标", false},
		{"Give me an overview of 2024", false},
		{"今年粮食主要目标", false}, // the year's targets give 粮食's
	} {
		a := ix.analyze(Normalize(tc.q), rep)
		if got := !a.summary && containsAny(a.norm, summaryCues); got != tc.scoped {
			t.Errorf("%q: topic-scoped %v, want %v", tc.q, got, tc.scoped)
		}
	}
}

func TestSpellOut(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"gdp growth last yr?", "gdp growth last year?"},
		{"GDP growth last Yr", "GDP growth last year"},
		{"What did the Govt achieve?", "What did the government achieve?"},
		{"projects worth over 5 million yuan", "projects worth 500万元以上"},
		{"projects of more than 5 million yuan", "projects of 500万元以上"},
		{"3.5 Million Yuan each", "350万元 each"},
		{"above 100 million yuan", "亿元以上"},       // the reports' size class
		{"100 million yuan", "100 million yuan"}, // 亿: left as asked
		{"over 200 million yuan", "over 200 million yuan"},
		{"5 million people", "5 million people"}, // only yuan
		// Digits grouped by commas: in 万 or 亿 as the reports write them.
		{"attract 11,500 talents", "attract 1.15万 talents"},
		{"reach 500,000 mu", "reach 50万 mu"},
		{"planted 174,000 trees", "planted 17.4万 trees"},
		{"45,150,000,000 yuan", "451.5亿 yuan"},
		{"14,114 party members", "14114 party members"},          // written whole in the report
		{"4,166 lifts", "4,166 lifts"},                           // under ten thousand: as asked
		{"the 300,000-ton terminal", "the 300,000-ton terminal"}, // a size class
		{"jobs target this YR", "jobs target this year"},
		{"what did the govt achieve in the past 2 yrs", "what did the government achieve in the past 2 years"},
		{"the ferry's layout", "the ferry's layout"}, // yr inside a word stays
		{"去年GDP增长多少", "去年GDP增长多少"},
		{"去年GDP3.5%吧", "去年GDP 3.5%吧"}, // a figure typed against its abbreviation
		{"今年GDP5.5%规上工业5.4%对吗", "今年GDP 5.5%规上工业5.4%对吗"},
		{"PM2.5平均浓度多少", "PM2.5平均浓度多少"},               // one name
		{"gdp3.5% last year?", "gdp3.5% last year?"}, // English: left as typed
	} {
		if got := spellOut(c.in); got != c.want {
			t.Errorf("spellOut(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// yearsIn stands in for the analysis's years: any named, 24 and 25 too.
func yearsIn(norm string) []int {
	if strings.ContainsAny(norm, "0123456789") {
		return []int{2024}
	}
	return nil
}

func TestStaffShorthand(t *testing.T) {
	for _, c := range []struct {
		norm string
		want bool
	}{
		{"刑事警情 2024 起数", true},
		{"规上工业增加值 24实际", true},
		{"技术合同成交额 2024实际", true},
		{"旅客接待量 2024 绝对数(万人次)", true},
		{"gdp 2024", false},   // no word of figures
		{"就业", false},         // a bare topic, read as one
		{"一网通办 2024年", false}, // a topic and a year
		{"乡村振兴目标", false},     // no year: a question about a plan
		{"就业实际", false},
		{"养老 服务 2024 实际", false},      // two runs of words
		{"今年社零目标是多少", false},          // a question, not shorthand
		{"社零 2024实际 vs 2025目标", true}, // a pair: analyze leaves it to the pair reading
	} {
		if got := staffShorthand(c.norm, yearsIn(c.norm)); got != c.want {
			t.Errorf("staffShorthand(%q) = %v, want %v", c.norm, got, c.want)
		}
	}
}

func TestNamesFigureNoun(t *testing.T) {
	for _, c := range []struct {
		norm string
		want bool
	}{
		{"辽河油田去年原油产量", true},
		{"今年跨境电商成交额目标", true},
		{"全市省级企业技术中心总数", true}, // a count in all is a figure
		{"盘锦银行不良贷款率", true},
		{"华锦集团营业收入是多少?", true},
		{"产量", false},          // too short to name an indicator
		{"乡村振兴目标", false},      // a plan, named by no figure noun
		{"原油产量怎么样", false},     // a question about it, not a look-up
		{"为啥营业收入下降了", false},   // a reason
		{"gdp 2024 产值", false}, // a year: left to staff shorthand
		{"今年要提高森林覆盖率吗", false}, // asks whether
		{"锦城石化原油加工量", true},    // a quantity measured
		{"新能源汽车销量", true},
		{"去年汛期降雨量", true},
		{"去年空气质量", false}, // 质量 is no quantity
		{"规上工业企业数量", true},
		{"公积金贷款额度", true},
		{"今年新增养老床位目标", true}, // a count to be added
		{"新增养老床位", false},    // no target asked: a topic
		{"新增养老床位怎么安排的目标", false},
		{"参加抗洪人数", false}, // persons are counted as 名 or 万余人 of a noun: left to the topic
	} {
		if got := namesFigureNoun(c.norm); got != c.want {
			t.Errorf("namesFigureNoun(%q) = %v, want %v", c.norm, got, c.want)
		}
	}
}

// An English indicator named by its figure noun asks that figure, as a
// Chinese one does; a question asking more of it, or how it moved, is not
// one.
func TestNamesFigureNounEnglish(t *testing.T) {
	for _, c := range []struct {
		norm string
		want bool
	}{
		{"steel mill output 2023", true},
		{"what was the harbour group's revenue in 2024?", true},
		{"what is the wine region's sales?", true},
		{"cement production this year", true},
		{"revenue", false}, // no indicator named
		{"how did the harbour group's revenue grow in 2024?", false},
		{"what does the report say about steel mill output and jobs?", false},
		{"what is the revenue target for the harbour group?", false},
		{"tell me about the harbour group's revenue", false},
		{"what is the 2023 target for steel mill output?", false},
	} {
		if got := namesFigureNounEnglish(c.norm); got != c.want {
			t.Errorf("namesFigureNounEnglish(%q) = %v, want %v", c.norm, got, c.want)
		}
	}
}

func TestStatedWay(t *testing.T) {
	for _, c := range []struct {
		norm string
		want []string
	}{
		{"去年盘锦固定资产投资下降了,是什么原因?", downWords},
		{"为什么投诉量增长了", upWords},
		{"为什么目标定在5.5%左右", nil},
		{"为啥有的涨有的降了", nil}, // both ways: no one claim
	} {
		if got := statedWay(c.norm); !slices.Equal(got, c.want) {
			t.Errorf("statedWay(%q) = %v, want %v", c.norm, got, c.want)
		}
	}
}

func TestAsksAdded(t *testing.T) {
	for _, c := range []struct {
		norm string
		want bool
	}{
		{"2024年新增了多少家跨境电商企业?", true},
		{"去年跨境电商企业增加了多少家", true},
		{"今年化工精细化率要比去年提高几个点", false}, // a change of a rate
		{"全市一共有多少家跨境电商企业", false},    // a stock
		{"跨境电商企业多少家", false},
		// The thing added may come between 新增 and 多少.
		{"今年新增养老床位多少张", true},
		{"去年新增高标准农田几万亩", true},
		{"新增就业人数的目标是多少", false}, // too far: a target's figure
	} {
		if got := AsksAdded(c.norm); got != c.want {
			t.Errorf("AsksAdded(%q) = %v, want %v", c.norm, got, c.want)
		}
	}
}

func TestIsHeading(t *testing.T) {
	for _, c := range []struct {
		quote string
		want  bool
	}{
		{"防汛抗洪能力增强。", true},
		{"实施营商环境质量提升行动。", true},
		{"更高标准推进保护修复", true},
		{"城镇新增就业1.9万人", false},           // a figure
		{"推动矛盾纠纷依法处理、多元化解。", true},       // an enumeration is no clause break
		{"推动矛盾纠纷依法处理、多元化解、就地解决。", false}, // twenty characters: more than a heading
		{"落实“四预”措施，编制防洪预案", false},       // a clause break: something is said
		{"优化营商环境吸引项目，强化项目支撑体系建设工作部署安排", false},
		{"（六）狠抓绿色发展，奋力在深化生态文明建设上勇争先、走在前。", true}, // a numbered part's title
		{"三、奋力推进全面振兴", true},
		{"（六）狠抓绿色发展。坚持人与自然和谐共生", false}, // the title and a sentence after it
	} {
		if got := isHeading(c.quote); got != c.want {
			t.Errorf("isHeading(%q) = %v, want %v", c.quote, got, c.want)
		}
	}
}

func TestIsLocative(t *testing.T) {
	for w, want := range map[string]bool{"家里": true, "门口": true, "区里": true, "路口": false, "码头": false, "人口": false, "国内": false} {
		if got := isLocative(w); got != want {
			t.Errorf("isLocative(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestPlaceTold(t *testing.T) {
	for s, want := range map[string]bool{"飞往上海": true, "升至第21位": false, "提升至45%": false, "新址位于大洼": true} {
		if got := placeTold.MatchString(s); got != want {
			t.Errorf("placeTold(%q) = %v, want %v", s, got, want)
		}
	}
}

// containsFold finds what EqualFold over every window finds, for the
// words spellOut asks of it.
func FuzzContainsFold(f *testing.F) {
	for _, s := range []string{"How many YRS", "the GOVT's plan", "5 Million Yuan", "yR", "\xe4yr"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, w := range []string{"yr", "govt", "illion yuan"} {
			want := false
			for i := 0; i+len(w) <= len(text); i++ {
				want = want || strings.EqualFold(text[i:i+len(w)], w)
			}
			if got := containsFold(text, w); got != want {
				t.Fatalf("containsFold(%q, %q) = %v, want %v", text, w, got, want)
			}
		}
	})
}

// The readings of a character the reports lack are the pinyin
// dictionary's, looked up or remembered.
func TestReadingsOfOther(t *testing.T) {
	rd, _ := seedReader(t)
	args := pinyin.NewArgs()
	args.Heteronym = true
	for _, r := range "齉龘麤乜" {
		if _, ok := rd.readingsOf[r]; ok {
			t.Fatalf("%c: in the reports", r)
		}
		want := readings(r, args)
		for range 2 {
			if got := rd.readingsOfOther(r); !slices.Equal(got, want) {
				t.Errorf("%c: %q, want %q", r, got, want)
			}
		}
	}
}

// A rate's level reached is no change of it; a count reached, or a clause
// that moves, is not such a level.
func TestLevelOnly(t *testing.T) {
	for _, c := range []struct {
		norm string
		want bool
	}{
		{"新增普惠性幼儿园学位520个、普惠率达到90.6%", true},
		{"中蓝电子手机高端马达全球市场占有率增至15.7%", true},
		{"跨境电商企业达到70家", false},
		{"化工精细化率由40%提升至45%、增长5个百分点", false},
		{"全市社会消费品零售总额增长4%", false},
	} {
		if got := levelOnly(c.norm); got != c.want {
			t.Errorf("levelOnly(%q) = %v, want %v", c.norm, got, c.want)
		}
	}
}

func TestAddsItem(t *testing.T) {
	xueWei := []askedTerm{{term: "幼儿园", weight: 1}, {term: "学位", weight: 1, head: true}}
	puHuiLv := []askedTerm{{term: "普惠率", weight: 1, head: true}}
	for _, c := range []struct {
		norm  string
		asked []askedTerm
		want  bool
	}{
		{"新增普惠性幼儿园学位520个、普惠率达到90.6%", xueWei, true},
		// Places added are no change of the rate reached beside them.
		{"新增普惠性幼儿园学位520个、普惠率达到90.6%", puHuiLv, false},
		{"中蓝电子手机高端马达全球市场占有率增至15.7%", xueWei, false},
		{"新增就业", nil, false},
	} {
		if got := addsItem(c.norm, c.asked); got != c.want {
			t.Errorf("addsItem(%q, %d asked) = %v, want %v", c.norm, len(c.asked), got, c.want)
		}
	}
}

// What a year added is no answer to how many in all; a list item without
// an addition word gives more than that.
func TestAdditionOnly(t *testing.T) {
	for _, c := range []struct {
		norm string
		want bool
	}{
		{"增划停车泊位1.1万个", true},
		{"新建和改造城市公园20处", true},
		{"3个保交楼和2个保交房任务按时完成", false},
		{"新增普惠性幼儿园学位520个、普惠率达到90.6%", false},
		{"全面建设美丽盘锦", false},
	} {
		if got := additionOnly(c.norm); got != c.want {
			t.Errorf("additionOnly(%q) = %v, want %v", c.norm, got, c.want)
		}
	}
}

// How large a thing is asked by 面积 without a word of doing or change.
func TestAsksExtent(t *testing.T) {
	for _, c := range []struct {
		norm string
		want bool
	}{
		{"去年耕地面积多少", true},
		{"盘锦湿地面积有多大", true},
		{"去年新增耕地面积多少", false},
		{"去年修复湿地面积多少", false},
		{"粮食播种面积增长了多少", false},
		{"耕地有多少亩", false},
	} {
		if got := asksExtent(c.norm); got != c.want {
			t.Errorf("asksExtent(%q) = %v, want %v", c.norm, got, c.want)
		}
	}
}

func TestMeasuredNoun(t *testing.T) {
	for _, c := range []struct{ unit, rest, want string }{
		{"平方公里", "配套产业园基础设施建设，推动", "配套产业园基础设施建设"},
		{"公顷", "、修复岸堤39公里", ""},
		{"万亩", "以上", ""},
		{"个", "配套泊位建设", ""}, // a count, no size
	} {
		if got := measuredNoun(c.unit, c.rest); got != c.want {
			t.Errorf("measuredNoun(%q, %q) = %q, want %q", c.unit, c.rest, got, c.want)
		}
	}
}

func TestAsksOneOfPair(t *testing.T) {
	ix := seedIndex(t)
	window := Normalize("盘锦大米和盘锦河蟹品牌价值包揽全省农业区域品牌冠亚军、合计突破千亿元")
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"盘锦大米品牌价值多少", true},
		{"河蟹品牌价值多少", true},
		{"大米和河蟹品牌价值合计多少", false},
		{"品牌价值合计多少", false}, // neither named: the total
	} {
		a := ix.analyze(c.q, nil)
		if got := asksOneOfPair(ix.askedTerms(a), window); got != c.want {
			t.Errorf("asksOneOfPair(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}

func TestOtherHoldsMore(t *testing.T) {
	for _, c := range []struct {
		same, other float64
		want        bool
	}{
		{0.55, 1, true},   // 耕地 alone, where 2024 has 恢复耕地
		{1, 1, false},     // both years hold all: the year asked answers
		{0.9, 1, false},   // near enough
		{0.5, 0.8, false}, // the other year's is partial too
	} {
		if got := otherHoldsMore(c.same, c.other); got != c.want {
			t.Errorf("otherHoldsMore(%v, %v) = %v, want %v", c.same, c.other, got, c.want)
		}
	}
}

func TestJoinedBefore(t *testing.T) {
	for _, c := range []struct {
		norm, word string
		want       bool
	}{
		{"去年开工和竣工项目各多少", "竣工", true},
		{"今年央地合作新签约多少个", "新签约", false},
		{"固投、进出口增速", "进出口", true},
		{"竣工项目多少", "竣工", false}, // first word
	} {
		if got := joinedBefore(c.norm, strings.Index(c.norm, c.word)); got != c.want {
			t.Errorf("joinedBefore(%q, %q) = %v, want %v", c.norm, c.word, got, c.want)
		}
	}
}

// A 快 after a comma far into a question: the clause before it is cut by
// the comma's place in the string (cut from the runes, it panicked).
func TestAlmostBeforeAfterLongClause(t *testing.T) {
	if !almostBefore([]rune("今年社零增速全省第一，进出口快"), []rune("了吧")) {
		t.Error("进出口快…个点了 after a comma: want almost")
	}
	if almostBefore([]rune("今年社零增速全省第一，进出口比去年快"), []rune("了吧")) {
		t.Error("比去年快…个点了: want faster by, not almost")
	}
}

// An English head asks money when every report term it stands for is a sum
// (sales: 营业收入), not when one of them counts or measures (output: 产量).
func TestAsksMoneyEnglishHead(t *testing.T) {
	for _, c := range []struct {
		head askedTerm
		want bool
	}{
		{askedTerm{term: "turnover", syn: []string{"营业收入"}, head: true}, true},
		{askedTerm{term: "yield", syn: []string{"产量", "产值"}, head: true}, false},
		{askedTerm{term: "turnover", syn: []string{"营业收入"}}, false}, // not the head
		{askedTerm{term: "旅游收入", head: true}, true},
		{askedTerm{term: "托育名额", head: true}, false},
	} {
		if got := asksMoney([]askedTerm{c.head}); got != c.want {
			t.Errorf("asksMoney(%+v) = %v, want %v", c.head, got, c.want)
		}
	}
}

// 多 and a character of 少's sound, or 多钱, ask 多少 of a figure; much
// money (更多钱) and a word of its own (多少) are left as typed.
func TestAmountAskSlip(t *testing.T) {
	for q, want := range map[string]string{
		"今年养老金上调多扫":       "今年养老金上调多少",
		"一般公共预算收入去年总共多扫亿": "一般公共预算收入去年总共多少亿",
		"换新车以旧换新能补多钱":     "换新车以旧换新能补多少钱",
		"多钱一斤":            "多少钱一斤",
		"能省更多钱吗":          "能省更多钱吗",
		"补贴多少钱":           "补贴多少钱",
		// A rate's 多钱 asks how much of it, not yuan; much money and
		// burning more are no slip.
		"居民医保门诊报销比例多钱":  "居民医保门诊报销比例多少",
		"社会消费品零售总额增长多钱": "社会消费品零售总额增长多少",
		"普惠率多钱":         "普惠率多少",
		"花这么多钱买公交车有必要吗": "花这么多钱买公交车有必要吗",
		"冬天供暖会不会多烧煤":    "冬天供暖会不会多烧煤",
	} {
		if got := readAmountAskSlip(q); got != want {
			t.Errorf("readAmountAskSlip(%q) = %q, want %q", q, got, want)
		}
	}
	if got := wordSlips.Replace("集装箱吞吐量多少万标厢"); got != "集装箱吞吐量多少万标箱" {
		t.Errorf("wordSlips: %q", got)
	}
}
