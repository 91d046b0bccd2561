package rag

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// detailKind is a kind of detail residents ask for that a work report
// seldom gives — a fee, a way to apply, an amount per head — with the
// cues that ask for it and what a quote must hold to give it. A report
// that names the topic without the detail does not answer: "停车泊位怎么
// 收费" is not answered by "增划停车泊位1.1万个".
type detailKind struct {
	cues     []string
	cueRe    *regexp.Regexp // more cues, where a phrase varies
	cueRunes string         // one of which every cueRe match holds, sparing the expression
	evidence *regexp.Regexp
	// echo: a match in the quotes that the question holds as well gives
	// the detail too: it quotes the report's words back to confirm them.
	echo *regexp.Regexp
	// rankEcho: an echo match answers a rank asked (第几, 排名) though the
	// question does not repeat it: "占比全省第几" is answered by 总量占比全省第一.
	rankEcho bool
	// inLists: asked of list questions too ("What are the opening hours").
	inLists bool
	// named: the evidence counts only in a clause naming the thing asked
	// (its asked terms less what trim removes, the words asking the
	// detail): "最大涉海走私案件" is no 最大 of 困难.
	named bool
	// namedAny: the evidence counts in any clause naming something asked,
	// not only in those naming the most (a question may ask two things).
	namedAny bool
	// nextEvidence counts in the clause right after a named one, in the
	// same quote: "实施项目攻坚年行动，完善市发展改革委总牵头" names the
	// work, then who leads it.
	nextEvidence *regexp.Regexp
	// nameFirst: a cueRe match asks only after a name (申通二期投资), not
	// after a period word or nothing (去年项目投资和招商情况).
	nameFirst bool
	trim      *regexp.Regexp
	unless    []string       // words that ask another thing in the same cues
	unlessRe  *regexp.Regexp // more such words, where a phrase varies
	zh, en    string         // the decline's words, where not the general ones
	// requote: a clause of a cited paragraph giving the detail answers in
	// place of the quotes, which picked the paragraph for other words.
	requote bool
	// resultDated: a quote from a year's review holding every asked term
	// gives the year (在全国率先实现全域快递进村 is 2024's); a plan's
	// sentence does not say when the planned thing is done.
	resultDated bool
}

// contractorNoun names who builds a project under contract.
const contractorNoun = `(?:总承包|承包商|承包方|承建商|承建方|承建单位|施工单位|施工方)`

// personRole is a role held by one person outside the city government's
// offices (people.go's): 会长, 董事长, 校长, 院长… Not 局长 or 主任, which
// may ask which bureau or office leads (哪个局负责 is the department row's).
const personRole = `(?:会长|副会长|董事长|总经理|总裁|校长|院长|厂长|行长|馆长|站长|创始人|老板|法人代表|法定代表人|带头人|主教练|教练|队长|主席|主任|劳动模范|劳模|企业家|运动员|选手|健儿|冠军|获奖者)`

// superlative is a 最 with what it says of its thing, or 第一大: the cue,
// the words echoed back and the words trimmed from the thing asked. 第三大
// ranks as 第一大 does (中国第三大油田): a sentence naming the field
// without the rank does not give it.
var superlative = regexp.MustCompile(`最\p{Han}|第[一二三四五六七八九十]大`)

var detailKinds = []detailKind{
	{ // a fee or a price
		cues: []string{"怎么收费", "如何收费", "咋收费", "收费标准", "收不收费", "收费吗", "免费吗", "要钱吗", "花钱吗",
			"票价", "门票", "车费", "起步价", "bus fare", "ticket price", "admission fee", "entry fee", "registration fee", "sign-up fee", "how much does it cost", "how much is a",
			"price of", "the price", "prices", "价钱", "多少钱一斤", "how much subsidy", "subsidy amount", "how much housing subsidy", "how much is the subsidy"},
		// A bill by its name: 暖气费, 水费, 物业费 (not 经费, 消费).
		// …and in English a price, or what something costs. 价格 asks a
		// price where the question ends or asks of it, not in 价格实现机制.
		// …and a utility's or a staple's price by its name (居民电价调不调,
		// 房价涨没涨), which the report's 居民 sentences do not give.
		cueRe:    regexp.MustCompile(`(?:暖气|取暖|供暖|水|电|燃气|天然气|物业|停车|学|托育|入园|保育|门票|挂号)费|(?:电|水|燃气|天然气|油|房|菜|肉)价(?:[^值]|$)|价格(?:$|[？?吗呢是多怎如贵涨高低啥几咋])|(?:什么|啥)价格|(?:什么|啥)价钱?(?:$|[？?吗呢啊])|\bprices?\b|\btickets?\b|\bhow much (?:does|do|did|will|would) [a-z0-9' -]{1,40}\bcost\b`),
		cueRunes: "费价pt",
		evidence: regexp.MustCompile(`[0-9]元|[0-9]块|免费|收费|票价|价格`),
	},
	{ // how to apply, where, who to ask, what it takes
		cues: []string{"怎么申请", "如何申请", "咋申请", "去哪申请", "在哪申请", "找谁", "怎么报名", "如何报名", "咋报名", "在哪报名",
			"啥条件", "什么条件", "哪些条件", "申请条件", "需要什么材料", "要什么材料", "什么手续", "啥手续", "门槛",
			"谁能申请", "谁可以申请", "谁能领", "谁可以领", "哪些人能", "哪些人可以", "什么人能", "啥人能", "who can apply", "who is eligible", "who qualifies", "who can get",
			"how do i apply", "how to apply", "where do i apply", "how can i apply", "eligib", "sign up", "register for",
			"how do i claim", "how to claim", "where do i claim", "how can i claim", "where can i claim", "how do i book", "how to book", "how can i book",
			"how do i join", "how to join", "how can i join", "franchise",
			// …and getting to see a doctor (挂专家号): the report names
			// hospitals, never how or when they take patients.
			"挂号", "专家号", "挂专家"},
		// A citizen's procedure, how or where: 在哪领, 咋领, 怎么申报, 怎么约,
		// 怎么加盟, 怎么认定 — not 怎么领导, 怎么约束 — which the report's
		// sentence naming the policy (消费品以旧换新撬动…) does not tell.
		// …and how a resident gives views or complains (市民怎么给规划提意见),
		// which the report's sentence naming the plan does not tell.
		cueRe: regexp.MustCompile(`(?:怎么|怎样|咋|如何|在哪|去哪|到哪|哪里|哪儿)(?:里|儿)?(?:才能|可以|能|去)?(?:申请|申报|申领|领取|办理|预约|加盟|认定|报名|(?:领|约)(?:[^导域先跑军会悟略航头束定]|$))|` +
			`(?:怎么|怎样|咋|如何|通过什么渠道|在哪里?|去哪里?)[^，。？?]{0,14}?(?:提意见|提建议|反映问题|投诉|举报)|` +
			// …and when a resident may sign up (红马赛啥时候报名): holding a
			// race (举办红马赛) tells no day to apply by. No 申报: the city
			// declares (申报水飞蓟地理标志产品), and the plan's year tells when.
			`(?:什么时候|啥时候|何时|几时|哪天)(?:能|可以|开始)?(?:报名|申请|预约)|` +
			// …and where one goes to get it done (上牌去哪办): not 在哪办,
			// which asks where an event is held (冰钓赛在哪办).
			`(?:去|到)哪(?:里|儿)?(?:才能|可以|能)?办(?:$|[？?呢啊吗])|` +
			// …and on which app a resident books or applies (在哪个app上约):
			// opening a service (开通“线上响应式公交”) names none.
			`(?:哪个|哪款|什么|啥)(?:app|小程序|平台|软件|公众号)(?:上|里)?(?:才能|可以|能)?(?:约|预约|申请|报名|办理|领|下单|叫车|买票)|` +
			// …and whether a resident needs a licence, and how a resident
			// signs on to a service (养狗要不要办证, 家庭医生怎么签约): a
			// sentence naming the service or the firms signed tells neither.
			`(?:要不要|用不用|需不需要|需要|得|怎么|怎样|咋|如何|去哪|到哪)(?:办|领)(?:证|照)(?:$|[?？吗呢啊,，])|` +
			`(?:怎么|怎样|咋|如何|在哪|去哪|到哪)(?:里|儿)?(?:才能|可以|能|去)?签(?:约|$|[?？吗呢啊]|家庭|医生)|` +
			// …and a licence by its name before how (营业执照怎么办): the
			// report's 企业开办时间压缩至1天以内 says how fast, not how.
			`执照(?:要|该|应该|得)?(?:怎么|怎样|咋|如何|去哪|到哪)(?:里|儿)?办|` +
			// …and which app to install for it (要下载啥app): the service's
			// name tells no app.
			`下载(?:哪个|哪款|什么|啥)(?:app|小程序|软件)`),
		cueRunes: "怎咋如哪通什啥何几办签执",
		// The city signing projects or investors (如何签约更多招商项目,
		// 怎样签约300个项目) is no resident signing on: the report's 新签约
		// 注册项目 answers it.
		unlessRe: regexp.MustCompile(`(?:项目|招商|企业|客商|投资|外资)\p{Han}{0,4}?(?:怎么|怎样|咋|如何)(?:才能|可以|能)?签约|` +
			`(?:怎么|怎样|咋|如何)(?:才能|可以|能|去)?签约[^，,。？?]{0,12}?(?:项目|招商|企业|客商|投资|外资|协议|合同|亿元|[0-9]+个)`),
		// Not 符合条件 nor 现实条件: conditions referred to, none stated
		// (推动符合条件的优质企业上市 tells a 个体户 nothing of a licence).
		evidence: regexp.MustCompile(`申请|报名|(?:^|[^合实])条件|资格|材料|手续|窗口|热线|渠道|网站|信箱|邮箱`),
		// Named as what is asked, not as a figure: 落户要啥条件 asks no number.
		zh: "报告没有给出办理条件或办理方式。相关内容：",
		en: "The report does not say who qualifies or how to apply. Related text:",
	},
	{ // which app to use (一网通办要下载哪个app): a window or a service
		// named (综合窗口改革, 开通“线上响应式公交”) is no app; only an
		// app's own word gives one.
		cueRe:    regexp.MustCompile(`(?:哪个|哪款|什么|啥)(?:app|小程序|公众号|客户端)|\b(?:which|what) apps?\b`),
		cueRunes: "哪什啥w",
		evidence: regexp.MustCompile(`app|小程序|公众号|客户端`),
		inLists:  true,
		zh:       "报告没有提到具体的app或平台。相关内容：",
		en:       "The report names no app for this. Related text:",
	},
	{ // a commodity's price (石油价格对经济有什么影响, 原油价格波动): the
		// report prices no oil or goods, and a sentence on crude imports
		// (申请原油自主进口资质) tells no price. Asked in lists too: "有
		// 什么影响" reads as one.
		cueRe:    regexp.MustCompile(`(?:石油|原油|油|成品油|天然气|煤炭?|粮食?|钢材?)价(?:格)?(?:波动|变化|涨|跌|下跌|上涨|走势|对)`),
		cueRunes: "价",
		evidence: regexp.MustCompile(`[0-9]元|美元|价格|油价`),
		inLists:  true,
		zh:       "报告没有给出价格。相关内容：",
		en:       "The report gives no price for this. Related text:",
	},
	{ // how a school takes pupils: the score it admits at (分数线, what
		// score gets one in) or how its catchment is drawn (学区怎么划分).
		// The report names schools and the aims set for them (创建义务教育
		// 优质均衡发展区, 支持…“双一流”建设), never who gets in.
		cueRe: regexp.MustCompile(`学区[^，。？?]{0,6}?(?:划分|划片|范围)|划分学区|分数线|录取分|多少分(?:才能|能|可以)?(?:上|进|考上)|` +
			`\bwhat (?:score|marks?|grades?) (?:do|does|is|are)\b|\b(?:admission|entrance|cut-?off) (?:score|line|mark)s?\b`),
		cueRunes: "学分划录多wac",
		evidence: regexp.MustCompile(`[0-9]+分|分数线|录取|学区|划片`),
		named:    true,
		trim:     regexp.MustCompile(`学区|划分|划片|范围|分数线|录取分?|多少分`),
		inLists:  true,
		zh:       "报告没有给出招生分数或学区划分。相关内容：",
		en:       "The report gives no admission score or catchment. Related text:",
	},
	{ // a benefit's amount: 能补多少, 补贴多少钱, 能拿到多少. The report
		// names policies (发放政策补贴支持住房消费) and the city's own award
		// (获批省稳增长奖励资金全省第三) without what one gets.
		// 安家费 is such a benefit by its name (给多少安家费): the report says
		// how many talents came (高层次人才31人), not what each was paid.
		cues: []string{"补多少", "补贴多少", "补助多少", "奖励多少", "奖多少钱", "能领多少", "领多少钱", "能拿到多少", "能拿多少", "拿多少钱", "给多少钱", "发多少钱", "补贴金额", "补贴额度", "补助金额", "安家费", "安家补贴",
			"subsidy per", "how much can i get", "how much will i get", "how much do i get"},
		evidence: regexp.MustCompile(`[0-9][0-9.]*(?:万|亿)?元|[0-9]块`),
		named:    true,
		trim:     regexp.MustCompile(`补贴|补助|奖励|多少|金额|额度|安家费?`),
	},
	{ // which benefits a group or a deed gets: 投资建厂有什么补贴. A clause
		// naming the thing and a benefit answers; the housing subsidy does
		// not answer for a factory.
		cues: []string{"有什么补贴", "有啥补贴", "有哪些补贴", "什么补贴", "啥补贴", "有什么补助", "有啥补助", "有哪些补助",
			"有什么优惠", "有啥优惠", "有哪些优惠", "什么优惠政策", "有什么奖励", "有啥奖励", "有哪些奖励",
			"what subsidies", "any subsidies", "what subsidy", "what incentives", "any incentives", "what benefits"},
		evidence: regexp.MustCompile(`补贴|补助|奖补|奖励|优惠|减免|贴息|免费|救助|资助|津贴|惠企|惠民|普惠`),
		named:    true,
		trim:     regexp.MustCompile(`补贴|补助|奖励|优惠|政策`),
		inLists:  true,
		zh:       "报告没有说有哪些补贴或优惠。相关内容：",
		en:       "The report does not say what subsidies or benefits apply. Related text:",
	},
	{ // a standard or criterion: 补贴标准, 零就业家庭认定标准, 改造标准是什么.
		// A standard as a document (成为全国团体标准) answers which one it is.
		cues: []string{"标准是什么", "标准是啥", "什么标准", "啥标准", "标准是多少", "标准多少", "认定标准", "评定标准", "补贴标准", "补助标准", "奖励标准", "发放标准",
			"标准有哪些", "what are the criteria", "what criteria", "what is the standard", "what standard"},
		evidence: regexp.MustCompile(`标准(?:为|是|：|:)|[0-9][0-9.]*(?:万|亿)?元|(?:团体|国家|行业|地方|国际|企业)标准`),
		named:    true,
		trim:     regexp.MustCompile(`标准|认定|评定`),
		unless:   []string{"标准化"},
		zh:       "报告没有给出具体标准。相关内容：",
		en:       "The report does not give the standard. Related text:",
	},
	{ // the department in charge: 哪个部门负责以旧换新
		cues: []string{"哪个部门", "哪些部门", "什么部门", "啥部门", "哪个单位负责", "哪个局", "谁负责", "谁来负责", "谁主管", "归谁管", "谁管", "主管部门", "责任部门", "负责部门", "牵头部门",
			"which department", "which agency", "which bureau", "who is responsible", "who is in charge", "who oversees"},
		evidence: regexp.MustCompile(`牵头|负责|主管|部门|由\p{Han}{1,12}(?:局|委|办|厅|中心)`),
		// Not a bare 部门 there: "…，市直部门统筹资源" names no one in charge.
		nextEvidence: regexp.MustCompile(`牵头|负责|主管`),
		named:        true,
		trim:         regexp.MustCompile(`部门|负责|主管|单位`),
		inLists:      true,
		zh:           "报告没有说由哪个部门负责。相关内容：",
		en:           "The report does not say which department is in charge. Related text:",
	},
	{ // who invests in or owns a project: the report names projects, not their backers
		cues: []string{"谁投资", "谁出资", "谁出的钱", "谁建的", "谁来建", "哪家企业投资", "哪家公司投资", "哪家企业建", "哪家公司建", "哪几家公司", "哪几家企业投资",
			"投资方", "投资主体", "出资方", "股比", "股东", "持股", "控股方",
			// …and who supplies what a plan adds (北斗终端3万个 names no maker)
			// …and who builds it under contract (谁承建): the report says
			// how far a project got, never who built it. The contractor's
			// own nouns are cueRe's, asked only with who or which.
			"谁承建", "哪家承建", "contractor", "contractors",
			"供应商", "供货商", "哪家企业供应", "哪家公司供应", "哪家企业供货", "哪家公司供货", "supplier", "suppliers",
			"which company will supply", "which company supplies", "which companies will supply", "which companies supply", "who will supply", "who supplies",
			"investor", "investors", "who invested", "who is investing", "who funds", "who funded", "who is funding", "who built", "who is building", "who owns", "shareholder", "shareholders", "stake"},
		// …and who builds it, with words between (由哪家企业负责建设).
		// A contractor is asked by who or which beside its noun (施工总承包是
		// 哪家公司, 哪个施工单位建的), not named as the one who owes wages
		// (施工单位拖欠农民工工资) or a land contract's party (土地承包方的
		// 权益), which the report's 根治欠薪 and land lines answer.
		cueRe: regexp.MustCompile(`(?:哪家|哪个|什么)(?:企业|公司|单位)(?:来|负责|牵头)(?:建设|承建|修建|施工|投资)|由谁(?:来|负责)?(?:建设|承建|修建|施工|投资|出资)|` +
			contractorNoun + `(?:单位|公司|企业)?的?(?:是|为|叫|都是)?(?:谁|哪|什么|啥)|(?:哪|什么|啥)\p{Han}{0,3}?` + contractorNoun +
			// English asks the same by which beside the builder's noun:
			// "Which company built the terminal?", "which firm is building".
			`|\bwhich (?:company|companies|firm|firms|enterprise|enterprises|contractor|contractors)(?: (?:is|are|was|were|will|has|have|had|did))? (?:build|builds|built|building|construct|constructs|constructed|constructing|invest|invests|invested|investing|fund|funds|funded|funding)\b`),
		cueRunes: "哪什谁啥w",
		// The plan names who builds a project it supports a company to start
		// (支持汇福粮油开工建设饲料蛋白项目): that names the builder.
		evidence: regexp.MustCompile(`投资方|出资方|股比|股东|持股|控股|由[^，。；]{1,24}(?:投资|出资|承建|建设)|支持[^，。；、]{2,10}?开工建设`),
		inLists:  true, // "由哪几家公司投资" asks them as a list
	},
	{ // a person by a role the report never fills with a name: a chamber's
		// president, a school's head, the vice mayor in charge. The report
		// names no one but the speaker and national leaders (the speaker and
		// the city's offices are groundPeople's to answer), so a sentence
		// naming the chamber (发挥异地盘锦商会桥梁纽带作用) does not say who leads it.
		cueRe: regexp.MustCompile(personRole + `(?:的)?(?:是|叫|姓)?(?:谁|哪位|何人|什么名字|啥名字|叫什么|叫啥|姓什么|姓啥)|` +
			`(?:谁|哪位)(?:是|当|任|担任)\p{Han}{0,8}?` + personRole + `|` +
			`(?:由|是)?(?:谁|哪位(?:副市长|市领导|领导)?)(?:来)?分管|分管(?:的)?(?:副市长|市领导|领导)(?:是|叫)?(?:谁|哪位|哪个)|` +
			// a leader by the work led: 由哪位副市长牵头 (哪个部门牵头 is the department row's)
			`哪位(?:副市长|市领导|领导)(?:来)?(?:牵头|负责|主抓|挂帅)|` +
			// …and who led a delegation or a visit (赴瑞士招商是哪位领导带队的):
			// the report says where the city went, not who headed the party.
			`(?:谁|哪位(?:副市长|市领导|领导)?)(?:来)?(?:带队|率队|领队|带的队|率的团)|` +
			`\bwho (?:is|was|are|were) (?:the )?(?:president|chairman|chairwoman|chairperson|principal|dean|ceo|founder|general manager)\b|` +
			`\b(?:president|chairman|chairwoman|principal|ceo|founder)'s name\b`),
		cueRunes: "长人谁位管板练理裁叫姓we", // 总经理叫什么名字: no 谁
		// A name comes with 同志, but 老同志 names no one (¶18 thanks them).
		evidence: regexp.MustCompile(`[^老]同志|先生|女士`),
		inLists:  true,
		zh:       "报告没有提到具体人员。相关内容：",
		en:       "The report names no person for this. Related text:",
	},
	{ // a waiting time: how long a queue or a service takes
		cues: []string{"排多久", "等多久", "排队多久", "要等多久", "得等多久", "多久能办", "多长时间能办", "排队要多长时间",
			"how long do i wait", "how long is the wait", "how long will i wait", "waiting time", "wait time", "how long does it take to get"},
		// …and how long works disrupt a road or a supply (封路多久, 停水
		// 几天): a plan to repair the road (向海大道维修改造) tells no days.
		cueRe:    regexp.MustCompile(`(?:封路|封闭|断路|断交|停水|停电|停气|停暖|围挡|绕行)(?:要|得|会|需要|大概|大约)?(?:多久|多长时间|几天|几个月|多少天)`),
		cueRunes: "封断停围绕",
		evidence: regexp.MustCompile(`[0-9一二三四五六七八九十两半]+个?(?:分钟|小时|天|日|周|星期|个月|工作日)|当天|即时|立等|即办`),
		zh:       "报告没有给出所需时间。相关内容：",
		en:       "The report does not say how long this takes. Related text:",
	},
	{ // a breakdown by company, industry, district: one figure each
		cues: []string{"分企业", "分行业", "分区县", "分县区", "分地区", "分部门", "分领域", "各企业", "各县区", "各区县", "每家企业", "逐家", "逐个企业",
			"by company", "by companies", "by industry", "by sector", "by district", "by county", "company by company"},
		evidence: regexp.MustCompile(`分别`),
	},
	{ // an amount per head, per unit or per month
		cues: []string{"每台", "每辆", "每人", "每户", "每亩", "每孩", "每个孩子", "每平", "一平", "每吨", "每斤", "一斤", "每月", "每个月", "一个月", "每天", "每日", "一天能", "日均",
			"per day", "a day", "each day", "daily",
			"per person", "per month", "per unit", "per household", "per child", "per square", "per jin", "per kilogram", "per kg", "per capita", "per head",
			"per-capita", "人均", "平均工资", "平均收入", "月薪", "月工资", "average salary", "average wage", "average income", "monthly salary", "monthly income", "monthly wage",
			"annual wage", "annual salary", "annual income", "average annual", "minimum wage", "最低工资"},
		// "一台最多能补贴多少": one of them, and what it gets.
		// "一亩能出多少斤" asks a yield per mu, which an area (97万亩) is not.
		// 单个 says one of them as 一个 does (单个点能充几辆车); the count
		// of the things (充电装置点276个) is no amount each holds.
		cueRe:    regexp.MustCompile(`一(?:台|辆|户|个人|人|名|亩)(?:最多|最高|能|可以|补|给|发|领|多少)|单(?:个|台|辆|套|户|座)\p{Han}{0,3}?(?:最多|最高|能|可以|多少)`),
		cueRunes: "一单",
		evidence: regexp.MustCompile(`每|人均|户均|/`),
		// "一天能办完吗" asks how long a thing takes, the duration kind's to
		// answer, not an amount per day; "一个人能办完几件事" still asks one.
		unless: yesNoForms("能办完", "能办好", "能办结", "能办成", "能办下来", "能完成", "能搞定", "能弄完", "能做完"),
	},
	{ // an average over several things (平均每个项目, 两项平均下降): the
		// report gives totals and each one's figure, seldom their mean.
		// Not the province's average (比全省平均), a ranking's to answer.
		cueRe:    regexp.MustCompile(`平均(?:每|下降|增长|增速|增幅|降幅|多少|是多少|能|有|为|下来)|\b(?:on average|average (?:per|for each|growth|decline|drop|increase|rise|rate|of))\b`),
		cueRunes: "平a",
		evidence: regexp.MustCompile(`平均|年均|人均|户均|每`),
		unless:   []string{"全省平均", "全国平均", "省平均", "全市平均", "provincial average", "national average"},
		zh:       "报告没有给出平均数。相关内容：",
		en:       "The report gives no average for this. Related text:",
	},
	{ // a share of a whole: 占GDP比重, 占比; the report gives few, each as a
		// percentage after its ratio word (优良天数比例88.3%, 覆盖率达到91%),
		// and a growth rate (增长40%) is none.
		cues: []string{"占比", "比重", "占gdp", "占全市", "占全省", "占全国", "占工业", "所占", "占多大",
			"share of", "proportion of", "as a percentage of", "percentage of"},
		evidence: regexp.MustCompile(`(?:占有率|占比|比重|比例|份额|率|占)[^，。；、]{0,10}?[0-9][0-9.]*%`),
		echo:     regexp.MustCompile(`(?:占比|比重)[^，。；、]{0,6}?第[一二三四五六七八九十0-9]+`), // 总量占比全省第一
		rankEcho: true,
		// In a clause naming something asked: 中蓝电子's 市场占有率15.7%
		// is no share of 电子信息产业 in GDP.
		namedAny: true,
		trim:     regexp.MustCompile(`(?:占比|比重|所占|占多大)$`),
		zh:       "报告没有给出所占的比例。相关内容：",
		en:       "The report gives no share for this. Related text:",
	},
	{ // a named project's, company's or place's own size or money:
		// 申通二期投资, 盛源海洋牧场面积, 多屏科技5G工厂产值. The report names
		// such things without their figures; a citywide total (海洋牧场面积
		// 48万亩) or another figure in the sentence is not theirs.
		// A name's own figure asked as such (中蓝电子自己的营业收入) is its
		// own whatever the name ends with: the industry's sum is not it.
		cueRe: regexp.MustCompile(`(?:项目|工程|治理|[一二三四]期|集团|公司|企业|科技|牧场|园区?|校区|管线|基地|工厂|中心|高新区|经开区|赛|\p{Han}(?:自己|自身|本身))(?:的)?(?:改造|建设|新建)?(?:今年|去年|[0-9]{4}年)?(?:的)?` +
			`(?:总投资|投资额|投资|产能|产值|面积|占地|利润|净利润|销量|销售额|营收|营业收入|交易额|成交额|进出口额|(?:学生|员工|职工|在校生|参赛|参加)?人数)`),
		cueRunes: "项工治期集公企科牧园校管基厂中区赛己身",
		evidence: regexp.MustCompile(`[0-9][0-9.]*\s*(?:万|亿|千)?(?:元|美元|亩|平方|公顷|吨|人|名|千瓦|兆瓦|瓦|辆|台|套|件)`),
		named:    true,
		// "去年项目投资和招商情况" asks how the year's projects went, of
		// no one project.
		nameFirst: true,
		// The unit asked (多少亩) names no thing either.
		trim: regexp.MustCompile(`总投资|投资额|投资|产能|产值|面积|占地|利润|销量|销售额|营收|营业收入|交易额|成交额|进出口额|人数|^(?:万|亿)?(?:亩|畝|公顷|平方公里|平方米|元|吨|人)$`),
		zh:   "报告没有给出这项数字。相关内容：",
		en:   "The report gives no figure for this. Related text:",
	},
	{ // a length or a width: a bridge's, a road's
		cues: []string{"多长", "多宽", "长度", "宽度", "全长", "how long is", "how wide", "length of", "how many kilometers long"},
		// "How long will the rail line be": a length, where "how long will
		// it take" is a duration.
		cueRe:    regexp.MustCompile(`\bhow long (?:will|would|should) [^?]{1,60}\bbe\s*\??$`),
		cueRunes: "h",
		evidence: regexp.MustCompile(`全长|长[0-9]|宽[0-9]|[0-9.]+(?:公里|千米|米)(?:长|宽)?`),
		// In a clause naming the road asked: a paragraph on 京哈高速 also
		// gives 管网360公里, which is no length of it.
		namedAny: true,
		trim:     regexp.MustCompile(`多长|多宽|长度|宽度|全长`),
		unless:   []string{"多长时间", "多长的时间", "wait", "take"}, // a duration
		zh:       "报告没有给出长度。相关内容：",
		en:       "The report gives no length for this. Related text:",
	},
	{ // an age in years: "what will the retirement age be" asks a
		// figure, which the report's 延迟法定退休年龄改革 does not give
		// ("is the retirement age being raised" asks whether, and is not
		// cued). Not "old-age care", whose age names no figure.
		cueRe:    regexp.MustCompile(`\b(?:what|which)\b[^?]{0,60}\sages?\b|\bhow old\b|\bat what age\b`),
		cueRunes: "wh",
		evidence: regexp.MustCompile(`[0-9]+(?:周)?岁`),
		zh:       "报告没有给出年龄。相关内容：",
		en:       "The report gives no age for this. Related text:",
	},
	{ // a year: the report dates little but its own two years, so a
		// sentence naming the thing (支持盘锦高新区争创国家高新区) does not
		// say in which year it happened or will. 今年是“十四五”规划收官之年
		// does say.
		cues:        []string{"哪年", "哪一年", "哪个年份", "what year", "which year"},
		evidence:    regexp.MustCompile(`[0-9]{4}年|今年|去年|明年|当年|之年|年底|年内|年初`),
		inLists:     true,
		resultDated: true,
		zh:          "报告没有给出时间。相关内容：", // as a when asked otherwise is declined
		en:          "The report gives no date or time for this. Related text:",
	},
	{ // where a saying comes from or where a line was first put: the report
		// quotes lines (遵道而行，但到半途须努力) without their authors.
		// Not 出处, which staff use for the paragraph cited.
		cues:     []string{"出自", "语出", "首次提出", "最早提出", "第一次提出", "哪位古人", "who said", "who wrote", "where does the quote", "where is the quote from"},
		evidence: regexp.MustCompile(`出自|语出|所说|说过|首次提出|最早提出`),
		inLists:  true,
		zh:       "报告没有说明出处。相关内容：",
		en:       "The report does not say where this comes from. Related text:",
	},
	{ // a telephone number: the report names services and hotlines
		// without numbers.
		cues:     []string{"电话", "号码", "热线是多少", "phone number", "telephone", "hotline number", "what number"},
		evidence: regexp.MustCompile(`[0-9]{5,}`),
		unless:   []string{"接了多少", "接听"},
		inLists:  true,
		zh:       "报告没有给出电话号码。相关内容：",
		en:       "The report gives no phone number. Related text:",
	},
	{ // the district, county or place something is in: the report names
		// projects without siting most (提速建设极兔速递产业园); where it does
		// (支持兴隆台区创建…, 盘山县西沙河), a quote names the place.
		cues: []string{"哪个区", "哪个县", "哪个区县", "哪个镇", "哪个街道", "哪个乡", "哪些地点", "什么地点", "哪个地点", "哪个位置", "具体位置", "具体地址", "地址",
			// an office to go to: 去哪个政务大厅办 (the report says how fast
			// things are done, not where)
			"哪个大厅", "哪个政务大厅", "哪个服务大厅", "哪个政务服务", "哪个窗口", "哪个网点", "哪个营业厅", "哪个办事处",
			"which district", "which county", "what address", "exact location"},
		// …and the street it is on (夜经济街区在哪条街), not a bus line (哪条路线).
		cueRe:    regexp.MustCompile(`哪条(?:街|马路|路(?:[^线]|$))`),
		cueRunes: "哪",
		// 城乡 (town and country) and 下乡 (to the countryside) name no
		// place: 城乡居民养老保险 does not say where to get a card.
		evidence: regexp.MustCompile(`兴隆台|双台子|大洼|盘山|辽东湾|辽滨|高新区|经开区|\p{Han}县|\p{Han}镇|[^城下\P{Han}]乡|街道|村|选址|位于`),
		// a window or hall named as the thing asked of, not a place to go:
		// 哪个窗口的经验做法在全省推广, 综合窗口改革是哪个窗口 (its
		// 是 may read 试, as in 试点).
		unlessRe: regexp.MustCompile(`哪个(?:窗口|大厅|政务大厅|服务大厅)的(?:改革|经验|做法|模式|试点)|(?:改革|经验|做法|模式|试点)[是试]?哪个(?:窗口|大厅)`),
		inLists:  true,
		zh:       "报告没有说明具体地点。相关内容：",
		en:       "The report does not say where. Related text:",
	},
	{ // the one country something went to: the report names the countries
		// of its trade trips (赴瑞士、荷兰、美国), not where a product sold
		// abroad (走出国门、“首航”欧洲) went. Not 哪些国家, which a list answers.
		// …and where money or goods came from (外资来自哪些国家): a
		// total (实际利用外资7.5亿美元) names no source.
		// …and the partners of trade (进出口和哪些国家): a trade total
		// names none.
		cues: []string{"哪个国家", "哪国", "which country", "what country", "来自哪些国家", "来自哪个国家", "来自哪些地区", "来源国", "from which countries", "what countries",
			"和哪些国家", "与哪些国家", "跟哪些国家", "同哪些国家", "贸易伙伴", "trading partners"},
		evidence: regexp.MustCompile(`美国|英国|法国|德国|日本|韩国|俄罗斯|荷兰|瑞士|意大利|西班牙|比利时|瑞典|挪威|芬兰|丹麦|奥地利|波兰|沙特|阿联酋|以色列|土耳其|新加坡|马来西亚|泰国|越南|印度|蒙古|哈萨克斯坦|澳大利亚|新西兰|加拿大|墨西哥|巴西|智利|阿根廷|南非|埃及`),
		inLists:  true,
		zh:       "报告没有说明是哪个国家。相关内容：",
		en:       "The report does not name the country. Related text:",
	},
	{ // a time of day or a date: the report plans years, not days
		// 哪几天 and 几月几号 ask the days of several happenings (上新闻联播是
		// 哪几天), which a count of them (刊播6次) does not tell.
		cues: []string{"几点", "几号", "哪天", "哪一天", "哪几天", "哪些天", "哪些日子", "几月", "开放时间", "营业时间", "开门", "关门",
			"what time", "what date", "which day", "which month", "opening hours", "on what date", "which dates", "what dates"},
		evidence: regexp.MustCompile(`[0-9]月|[0-9]日|[0-9][:：][0-9]|[0-9一二三四五六七八九十]点|全天|24小时`),
		// 哪几点 and 几点要求 count points made, not the hour (政府自己要
		// 做到哪几点, 提了几点意见).
		unlessRe: regexp.MustCompile(`哪几点|几点(?:要求|意见|建议|措施|内容|做法|经验|体会|原则|任务|举措|希望)`),
		inLists:  true,
		zh:       "报告没有给出时间。相关内容：",
		en:       "The report gives no date or time for this. Related text:",
	},
	{ // a time within the year put on a stage (年底通车, 上半年投产): the
		// report plans years, and a plan to build a thing this year
		// (曙光大桥项目…加快建设, 提速建设极兔速递产业园) says nothing of
		// the month it opens. Only a quote timing it (年底前启动实施) does.
		cueRe:    regexp.MustCompile(`(?:年底|年初|年中|上半年|下半年|月底|[0-9一二三四五六七八九十]+月(?:份|底)?)(?:前|之前|以前)?(?:就|能|要|会|将|可以|可){0,2}(?:建成|竣工|完工|通车|投用|投产|投运|通水|开通|开业|运营|开放|开馆)`),
		cueRunes: "年月",
		evidence: regexp.MustCompile(`年底|年初|年中|半年|季度|[0-9一二三四五六七八九十]+月`),
		named:    true,
		zh:       "报告没有给出时间。相关内容：",
		en:       "The report gives no date or time for this. Related text:",
	},
	{ // the day of a happening other than the report's own reading: the
		// report is dated (¶1's 1月8日, the day it was read to the
		// session), and that date does not say when the session closed or
		// a road opened. Only a quote saying the same happening (通车,
		// 闭幕) with the date gives it.
		cueRe:    regexp.MustCompile(`(?:哪天|哪一天|几号|几月几[号日]?)(?:的)?` + happeningDayVerbs + `|` + happeningDayVerbs + `(?:是|在|于|定在)?(?:哪天|哪一天|几号|几月几)`),
		cueRunes: "哪几",
		echo:     regexp.MustCompile(happeningDayVerbs),
		inLists:  true,
		zh:       "报告没有给出这件事的日期。相关内容：",
		en:       "The report gives no date for this happening. Related text:",
	},
	{ // a superlative: which is biggest, most, fastest. The report ranks
		// few things, and answers only where it says the same 最 of the
		// thing asked (建市以来最大涉海走私案件 for 最大的案件是什么).
		cueRe:    superlative,
		cueRunes: "最第",
		echo:     superlative,
		named:    true,
		trim:     superlative,
		inLists:  true,
		// Not a superlative: 最后, 最新…; a minimum wage is a figure; a
		// claim of the best in the province is read as a claim.
		// A feeling of people's (最关心, 最烦心的事) asks what they care about,
		// not a ranking of things by a measure.
		// Nor is 最多/最少 before a number: a bound said of a figure (最多
		// 100场, at most 100), which the figure check weighs.
		unlessRe: regexp.MustCompile(`最[多少][0-9零一二两三四五六七八九十百千万]`),
		unless: []string{"最后", "最终", "最新", "最近", "最初", "最低工资", "全省最", "全国最", "全市最", "省内最", "辽宁最",
			"最关心", "最担心", "最闹心", "最烦心", "最期待", "最盼", "最头疼", "最操心", "最揪心", "最发愁", "最犯愁", "最糟心", "最着急"},
		zh: "报告没有作这样的比较。相关内容：",
		en: "The report does not rank these. Related text:",
	},
	{ // …and in English, which a 最 in a clause naming the thing answers
		cueRe:    regexp.MustCompile(`\b(?:which|what)\b.*\b(?:biggest|largest|highest|fastest|greatest|lowest|best|worst|most)\b`),
		cueRunes: "w",
		evidence: regexp.MustCompile(`最\p{Han}`),
		named:    true,
		inLists:  true,
		unless:   []string{"in liaoning", "in the province", "in the country"},
		zh:       "报告没有作这样的比较。相关内容：",
		en:       "The report does not rank these. Related text:",
	},
	{ // a make of a thing: its power (是电动的吗), model or material.
		// The report counts buses (购置公交车辆132台) without saying what
		// drives them; a clause naming the thing with such a word
		// (新能源公交车) does. Not a brand or a driving force (什么品牌,
		// 什么动力): the report speaks of 品牌价值 and 发展动力 as things
		// of its own.
		// 是不是(都是)电动的 asks it as 是电动的吗 does.
		cueRe: regexp.MustCompile(`是(?:电动|纯电|新能源|氢能源?|燃油|柴油|混动|油电混合)(?:的)?(?:车|汽车|公交|巴士)?(?:吗|嘛|么)|` +
			`是不是(?:都|全|全部|全都)?是?(?:电动|纯电|新能源|氢能源?|燃油|柴油|混动|油电混合)|` +
			`(?:什么|啥|哪种)(?:材质|车型|型号)|是(?:什么|啥|哪个|哪家)牌子|^(?:are|is|will)\b[^?]{0,60}\b(?:electric|hydrogen|diesel|new[- ]energy)\b|` +
			// a choice of makes: 是电车还是油车, 烧油还是用电
			`还是(?:电动|纯电|新能源|氢能源?|燃油|柴油|混动|电|油|燃气|烧油|用电|充电)的?(?:车|汽车|公交车?|巴士)?(?:[?？吗呢啊]|$)`),
		cueRunes: "是什啥哪aiw还",
		evidence: regexp.MustCompile(`电动|纯电|新能源|氢能|氢燃料|燃油|柴油|混动|燃气|清洁能源|材质|型号|品牌|车型`),
		named:    true,
		trim:     regexp.MustCompile(`电动|纯电|新能源|氢能源?|燃油|柴油|混动|材质|车型|型号`),
		zh:       "报告没有说明这方面的具体情况。相关内容：",
		en:       "The report does not say this of it. Related text:",
	},
	{ // a judgement: is it good, worth it, tasty. The report judges little
		// of the kind; where it does (空气质量优良), in a clause naming the
		// thing asked, that answers.
		cueRe: regexp.MustCompile(`(?:好吃|好玩|好买|好卖|好找|好用|好|高|低|贵|便宜|幸福|方便|安全|宜居|发达|划算|靠谱|舒服|舒适|干净|漂亮|不错|厉害|值得\p{Han}{0,4}|适合\p{Han}{0,4})(?:吗|嘛|么)|好不好|高不高|贵不贵|值不值|行不行|方便不方便|安不安全|适不适合|是不是不行|不行了|` +
			`^(?:is|are)\b[^?]{0,60}\b(?:worth (?:visiting|a visit|investing|it)|a good place|fun|delicious|tasty|livable|affordable)\b|` +
			// how well someone works: "is the mayor doing a good job".
			`\b(?:doing|done|did|do) (?:a )?(?:good|great|fine|bad|poor|decent|terrible) job\b`),
		cueRunes: "吗嘛么不irj",
		evidence: regexp.MustCompile(`优良|良好|优秀|宜居|一流|领先|前列|第一|榜首|高于|低于|达标|最佳`),
		named:    true,
		trim:     regexp.MustCompile(`(?:好吃|好玩|好买|好|高|低|贵|便宜|幸福|方便|安全|宜居|划算|不错)$`),
		// How it went is a summary's to answer; a polite 好吗 asks nothing.
		// A 好 after a verb says it gets done (办好吗, 建好吗), not how good.
		unless: []string{"咋样", "怎么样", "怎样", "多少", "告诉", "说说", "讲讲", "介绍", ",好吗",
			"办好吗", "建好吗", "修好吗", "做好吗", "弄好吗", "搞好吗", "装好吗", "干好吗", "准备好吗"},
		zh: "报告没有作这样的评价。相关内容：",
		en: "The report makes no such judgement. Related text:",
	},
	{ // an insurance scheme's deductible or cap: the report gives how much
		// it pays (支付比例提高至55%), not where payment starts or stops.
		cues: []string{"起付线", "起付标准", "起付金额", "封顶线", "报销上限", "最高报销", "最高支付",
			"deductible", "co-pay", "copay", "reimbursement cap", "reimbursement limit"},
		evidence: regexp.MustCompile(`起付|封顶|最高(?:支付|报销)|[0-9]元`),
		zh:       "报告没有给出起付线或封顶线。相关内容：",
		en:       "The report gives no deductible or cap. Related text:",
	},
	{ // a rule people must keep (养犬有啥规定, 物业管理有啥新规定): the
		// report names the work (物业投诉量下降18.6%), not the rules; a
		// clause naming the thing with its rules or measures (管理办法) does.
		cueRe:    regexp.MustCompile(`有(?:啥|什么|哪些)(?:新的?)?(?:管理)?规定|(?:什么|啥)(?:新的?)?(?:管理)?规定|规定是(?:什么|啥)`),
		cueRunes: "规",
		evidence: regexp.MustCompile(`规定|条例|办法|细则`),
		named:    true,
		trim:     regexp.MustCompile(`(?:新的?)?(?:管理)?规定`),
		inLists:  true,
		zh:       "报告没有给出具体规定。相关内容：",
		en:       "The report gives no such rules. Related text:",
	},
	{ // medical bills settled away from home (异地就医, 外地看病能直接结算吗):
		// the report speaks of the city's own insurance (门诊统筹支付比例),
		// never of settling bills elsewhere.
		cues:     []string{"异地就医", "外地看病", "外地就医", "异地看病", "异地结算", "直接结算", "异地报销", "跨省就医", "跨省结算", "跨省报销", "medical bills in another city", "treatment in another city"},
		evidence: regexp.MustCompile(`异地就医|直接结算|异地结算|跨省(?:就医|结算|报销)`),
		zh:       "报告没有讲到异地就医结算。相关内容：",
		en:       "The report says nothing of settling medical bills away from home. Related text:",
	},
	{ // a plant's installed capacity: naming a wind farm (海上风电项目)
		// is not telling its size.
		cues:     []string{"装机容量", "装机规模", "装机多少", "多少千瓦", "多少兆瓦", "installed capacity", "megawatts", "gigawatts"},
		evidence: regexp.MustCompile(`千瓦|兆瓦|装机|[0-9](?:mw|gw|kw)\b`),
		zh:       "报告没有给出装机容量。相关内容：",
		en:       "The report gives no installed capacity. Related text:",
	},
	{ // a death toll: 未发生重特大事故 says no major accident, not how many
		// died; 人员不伤亡 does answer.
		cues: []string{"死亡人数", "死了多少", "死多少人", "死了几个", "死了几人", "伤亡人数", "伤亡多少", "遇难人数", "多少人死亡", "多少人遇难",
			"death toll", "how many died", "how many people died", "how many deaths", "fatalities", "casualties"},
		// The injured are counted as the dead are: 3万余人抢险队伍 counts
		// the rescuers, not who was hurt.
		cueRe:    regexp.MustCompile(`(?:多少|几个?)(?:人|名)\p{Han}{0,2}?受伤|受伤(?:的)?(?:有)?(?:人数|多少|几)|伤了(?:多少|几)|how many (?:people )?(?:were )?(?:injured|hurt|wounded)`),
		cueRunes: "伤hiw",
		evidence: regexp.MustCompile(`伤亡|遇难|死亡[0-9]|[0-9]+人死亡|零死亡`),
		requote:  true,
		zh:       "报告没有给出伤亡人数。相关内容：",
		en:       "The report gives no death toll. Related text:",
	},
	{ // a count of incidents (火灾起数, 多少起事故): the report's 起数 of
		// accidents is a target to cut, no count; asked back by name
		// (事故起数“三个下降”) it is echoed.
		cues: []string{"事故起数", "火灾起数", "火情起数", "how many accidents", "how many fires", "number of fires", "number of accidents"},
		// 调解纠纷多少起 is answered by 调处矛盾纠纷1.2万余件: only an
		// accident's or a fire's count is asked here.
		cueRe:    regexp.MustCompile(`(?:火灾|火情|事故|爆炸)[^，。？?]{0,6}(?:起数|多少起|几起)|(?:多少起|几起)\p{Han}{0,4}?(?:火灾|火情|事故|爆炸)`),
		cueRunes: "火事爆",
		evidence: regexp.MustCompile(`[0-9]+起|[两三四五六七八九十百千万]+起(?:事故|案件|火灾|案)`),
		echo:     regexp.MustCompile(`(?:事故|火灾|案件|警情)起数`),
		zh:       "报告没有给出发生的起数。相关内容：",
		en:       "The report gives no count of incidents. Related text:",
	},
	{ // a volume traded of a thing (原油进口量): applying for the right to
		// import (申请原油自主进口资质) gives no tonnage.
		cues:     []string{"进口量", "出口量", "进口多少吨", "出口多少吨", "import volume", "export volume", "how much crude"},
		evidence: regexp.MustCompile(`(?:进口|出口)[^，。；]{0,8}[0-9][0-9.]*\s*(?:万|亿)?(?:吨|桶)|[0-9][0-9.]*\s*(?:万|亿)?(?:吨|桶)[^，。；]{0,6}(?:进口|出口)`),
		zh:       "报告没有给出进出口的数量。相关内容：",
		en:       "The report gives no traded volume for this. Related text:",
	},
	{ // an exchange rate: the report counts foreign money (7.5亿美元)
		// without ever saying what a dollar is worth.
		cues:     []string{"汇率", "兑美元", "兑换美元", "exchange rate", "exchange rates", "rmb to usd", "yuan to the dollar", "usd to rmb"},
		evidence: regexp.MustCompile(`汇率`),
		zh:       "报告没有给出汇率。相关内容：",
		en:       "The report gives no exchange rate. Related text:",
	},
	{ // a water-quality class (几类水, Ⅲ类): 水质全部达标 says the sections
		// meet their standard, not which class their water is.
		cues:     []string{"几类水", "哪类水", "什么类水", "水质类别", "water quality class", "class of water"},
		cueRe:    regexp.MustCompile(`水质\p{Han}{0,4}?(?:几|哪|什么)类`),
		cueRunes: "水",
		// Normalized, Ⅲ类 reads iii类.
		evidence: regexp.MustCompile(`(?i)[ⅠⅡⅢⅣⅤ一二三四五]类|[iv]{1,3}类|劣(?:[Ⅴ五]|v)类`),
		zh:       "报告没有给出水质类别。相关内容：",
		en:       "The report gives no water-quality class. Related text:",
	},
	{ // a distance or reach (多远, 离家多近; not "how far along", progress): 联合大连申报 or 新建城市公园
		// names the places and says nothing of how far apart they are; a
		// reach written (一刻钟…服务圈, 公里) answers.
		cues:     []string{"多远", "多近", "距离多少"},
		evidence: regexp.MustCompile(`(?i)\d+(?:\.\d+)?\s*(?:公里|千米|米|km)|一刻钟|\d+分钟|十五分钟|步行`),
		zh:       "报告没有给出距离。相关内容：",
		en:       "The report gives no distance. Related text:",
	},
}

// happeningDayVerbs are happenings whose day may be asked (哪天闭幕,
// 几号通车) that the report's own date (the day it was read) does not
// give. Not 开 or 召开 or 作: the session met, and the report was read,
// on the day the report is dated.
const happeningDayVerbs = `(?:闭幕|开幕|闭会|散会|结束|通车|投运|投产|运营|进驻|开跑|开赛|竣工|完工|开工|开业|揭牌|开园|开馆)`

// askedDetails are the detail kinds question norm asks for.
func askedDetails(norm string) []detailKind {
	var out []detailKind
	for _, k := range allDetailKinds {
		if (containsAny(norm, k.cues) || k.cueRe != nil && strings.ContainsAny(norm, k.cueRunes) && k.cueReAsked(norm)) && !containsAny(norm, k.unless) &&
			(k.unlessRe == nil || !k.unlessRe.MatchString(norm)) {
			out = append(out, k)
		}
	}
	return out
}

// cueReAsked reports whether k's cue expression asks its detail of norm.
func (k detailKind) cueReAsked(norm string) bool {
	if !k.nameFirst {
		return k.cueRe.MatchString(norm)
	}
	for _, loc := range k.cueRe.FindAllStringIndex(norm, -1) {
		if namedBefore(norm[:loc[0]]) {
			return true
		}
	}
	return false
}

// namedBefore reports whether the text before a cue ends in a name, not
// in a period word, a year or nothing: 申通二期 of "申通二期投资", none of
// "去年项目投资" or "2024年项目投资".
func namedBefore(before string) bool {
	before = strings.TrimSuffix(before, "的")
	if loc := yearWordsAtEnd.FindStringIndex(before); loc != nil {
		before = before[:loc[0]]
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return before != "" && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// yearWordsAtEnd is a period word or a year ending a text (yearWords,
// with staff's 24年).
var yearWordsAtEnd = regexp.MustCompile(`(?:(?:19|20)?\d\d年?|去年|今年|明年|上年|本年|全年|过去一年)$`)

// gives reports whether the quotes given hold the detail k, asked by the
// question norm of its asked terms.
func (k detailKind) gives(given, norm string, asked []askedTerm) bool {
	if k.named && k.nextEvidence != nil && k.nextEvidence.MatchString(clausesAfterNaming(given, thingTerms(asked, k.trim))) {
		return true
	}
	if k.rankEcho && containsAny(norm, ordinalCues) && rankEchoed(k.echo, given, asked) {
		return true
	}
	switch {
	case k.named:
		given = namingText(given, thingTerms(asked, k.trim))
	case k.namedAny:
		given = anyNamingText(given, thingTerms(asked, k.trim))
	}
	return k.evidence != nil && k.evidence.MatchString(given) || k.echoed(given, norm)
}

// reviewHoldsAll reports whether a quote from a year's review holds every
// asked term: the review dates what it says was done to its year.
func reviewHoldsAll(ans *Answer, asked []askedTerm) bool {
	for _, p := range ans.Parts {
		if p.Type != PartQuote || len(p.Citations) == 0 {
			continue
		}
		c := ans.Citations[p.Citations[0]]
		if c.Period.Kind != PeriodResult {
			continue
		}
		quote := Normalize(c.Quote)
		if !slices.ContainsFunc(asked, func(t askedTerm) bool { return !t.in(quote) }) {
			return true
		}
	}
	return false
}

// rankEchoed reports whether a clause of the quotes given ranks what was
// asked the way echo finds (总量占比全省第一), holding every asked term
// the ranking's own words do not: "美丽宜居村占比全省第几" is answered by
// 省级美丽宜居(示范)村20个、总量占比全省第一, "民营经济占比全省第几" is not.
func rankEchoed(echo *regexp.Regexp, given string, asked []askedTerm) bool {
	for _, c := range strings.FieldsFunc(given, func(r rune) bool { return strings.ContainsRune("。；;\n", r) }) {
		m := echo.FindString(c)
		if m == "" {
			continue
		}
		if !slices.ContainsFunc(asked, func(t askedTerm) bool { return !t.in(m) && !t.in(c) }) {
			return true
		}
	}
	return false
}

// echoed reports whether the quotes given hold an echo match that the
// question norm holds too.
func (k detailKind) echoed(given, norm string) bool {
	if k.echo == nil {
		return false
	}
	for _, m := range k.echo.FindAllString(given, -1) {
		if strings.Contains(norm, m) {
			return true
		}
	}
	return false
}

// groundDetails declines an answer whose quotes and figures hold none of
// a detail the question asks for: they are offered as related text.
func (e *Engine) groundDetails(d *Draft) {
	ans := d.Answer
	// d.Derived: "比去年高吗" set two figures side by side, which the figures
	// step found; it asks no judgement of the report's.
	// A figure declined only as "no such figure" still gets the notice of
	// a detail that rereads the cited paragraphs (requote), where they do
	// not give it either: 伤亡人数, for 死了几个人 beside 三年行动, whose
	// number counts no deaths.
	declined := !ans.Found && ans.Understood.Grounding == GroundNoSuchFigure
	if !ans.Found && !declined || d.Lookup || hasCorrection(ans) || d.Derived {
		return
	}
	kinds := askedDetails(askedPart(d.norm))
	if typed := Normalize(d.Query.Text); len(kinds) == 0 && d.Intent.Figure && typed != d.norm {
		// A figure's measure the report never writes may be read as a
		// slip for a word it does (起付线 as 支付线): as typed, the
		// question still asks it. Not a question of who or how (归谁管
		// read 归水管), which the slip's reading answered.
		kinds = askedDetails(askedPart(typed))
	}
	if len(kinds) == 0 {
		return
	}
	given := answerQuotes(ans)
	for _, k := range kinds {
		if declined && (!k.requote || e.citedGive(d, k)) {
			continue
		}
		if d.Intent.List && !k.inLists || k.gives(given, d.norm, d.asked) || k.requote && e.requoteDetail(d, k) ||
			k.resultDated && reviewHoldsAll(ans, d.asked) {
			continue
		}
		grounding, zh, en := GroundNotAnswered, "报告没有给出这方面的具体内容。相关内容：", "The report does not give this detail. Related text:"
		switch {
		case k.zh != "":
			zh, en = k.zh, k.en
		case d.Intent.Figure:
			grounding, zh, en = GroundNoSuchFigure, "报告没有给出这项数字。相关内容：", "The report gives no figure for this. Related text:"
		}
		ans.relatedOnly(grounding, zh, en)
		return
	}
}

// yesNoForms are phrases closed as a yes/no question (能办完吗, 能办完不).
func yesNoForms(phrases ...string) []string {
	var out []string
	for _, p := range phrases {
		for _, end := range []string{"吗", "不", "么", "嘛", "没"} {
			out = append(out, p+end)
		}
	}
	return out
}

// askedPart is the clause of norm that asks, where an earlier one holds
// no question: "起付线我知道不变，报销比例提高到多少" asks the ratio, and
// the deductible it sets aside is no detail asked.
func askedPart(norm string) string {
	if questionLang(norm) == "en" {
		return norm // "On average, how much…": an English clause sets out what is asked
	}
	asking := askingClause(norm)
	if before := strings.TrimSuffix(norm, asking); asking == "" || containsAny(before, questionCues) || asksSomething(before) || holdsANotA(before) {
		return norm
	}
	return asking
}

// holdsANotA reports whether t asks yes or no as 收不收, 有没有: a verb,
// 不 or 没, the verb again.
func holdsANotA(t string) bool {
	rs := []rune(t)
	for i := range rs {
		if yesNoVerbWith(rs, i, "不没") > 0 {
			return true
		}
	}
	return false
}
