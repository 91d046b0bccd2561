package rag

import (
	"regexp"
	"slices"
)

// partyKinds are details of who stands behind a thing the report names —
// who made it, who organises it, who pays for it — and how long it takes.
// A work report counts buses (购置公交车辆132台), names races (举办红马赛)
// and tallies installations (安装电梯智能阻车系统4166部) without their
// makers, organisers or payers, so a sentence naming the thing does not
// answer; one that says who (由…主办, …承担) does.
var partyKinds = []detailKind{
	{ // a maker: 哪家厂家的, 哪家厂生产的. Not 啥牌子, which may ask an
		// honour's plaque (要拿个啥牌子: 国家生态文明建设示范区).
		cues: []string{"厂家", "厂商", "生产厂", "制造商", "生产商", "哪家厂", "哪个厂",
			"manufacturer", "who makes", "who made", "who manufactures"},
		evidence: regexp.MustCompile(`厂家|厂商|制造商|生产商|由[^，。；]{1,24}(?:生产|制造)`),
		named:    true,
		trim:     regexp.MustCompile(`厂家|厂商|生产|制造`),
		inLists:  true,
		zh:       "报告没有说明是哪家厂家生产的。相关内容：",
		en:       "The report does not name the maker. Related text:",
	},
	{ // an organiser: 由哪个单位主办, 主办方, 谁主办的. The city hosting a
		// thing (圆满承办中国女篮职业赛事) says who: a clause naming the
		// thing with 主办 or 承办 answers.
		cues:     []string{"主办单位", "主办方", "承办单位", "承办方", "协办单位", "organizer", "organiser", "who organizes", "who organises", "who hosts", "who hosted"},
		cueRe:    regexp.MustCompile(`(?:哪个|哪家|哪些|什么)(?:单位|部门|机构|组织|协会|公司)(?:来|负责)?(?:主办|承办|协办|组织)|(?:由|是)?谁(?:来|负责)?(?:主办|承办|协办)`),
		cueRunes: "哪什谁",
		evidence: regexp.MustCompile(`主办|承办|协办|由[^，。；]{1,24}(?:举办|组织)`),
		named:    true,
		trim:     regexp.MustCompile(`主办|承办|协办|单位|组织|举办`),
		inLists:  true,
		zh:       "报告没有说明由谁主办。相关内容：",
		en:       "The report does not say who organises it. Related text:",
	},
	{ // who bears a cost: 安装费用由谁承担, 谁出钱. Counting what was
		// installed says nothing of who paid.
		cueRe: regexp.MustCompile(`(?:费用?|钱|成本|资金)[^，。？?]{0,6}?(?:由谁|谁)(?:来)?(?:承担|负担|出|付|支付|买单|掏)|` +
			`(?:由谁|谁)(?:来)?(?:出钱|买单|掏钱|付钱|付费|出资金)|\bwho (?:pays|will pay|paid|covers|bears) (?:for|the)\b`),
		cueRunes: "谁w",
		evidence: regexp.MustCompile(`承担|负担|自费|免费|财政|补贴|补助|由[^，。；]{1,24}(?:出资|支付|付费)`),
		named:    true,
		trim:     regexp.MustCompile(`费用|费|钱|成本|资金|承担|负担|支付|安装`),
		inLists:  true,
		zh:       "报告没有说明费用由谁承担。相关内容：",
		en:       "The report does not say who pays. Related text:",
	},
	{ // who played a match or won it: 哪两个队打的, 比分多少. The report
		// names the events the city held (圆满承办中国女篮职业赛事) without
		// their sides or results; a clause naming the event with a team,
		// a score or a winner does answer.
		cueRe: regexp.MustCompile(`哪(?:[两二三四五六七八九十几]|些)?(?:个|支)?球?队[^，。？?]{0,4}?(?:打|比赛|参赛|对阵|交手|踢|赢|胜|夺冠)|` +
			`(?:赛|球)[^，。？?]{0,12}?哪(?:[两二三四五六七八九十几]|些)?(?:个|支)?球?队|(?:谁|哪队|哪个队)(?:和谁|跟谁|对谁)|` +
			// Who won, or whom a side played (谁赢了, 辽宁队打的谁).
			`谁(?:赢|获胜|胜出|胜了|输|夺冠|拿了?冠军|得了?冠军)|队(?:打|踢|对阵|交手)的?是?谁|队(?:赢|输|获胜|胜)了?(?:吗|没有?|么)|` +
			// A score asked, not the 比分 of 同比分别 or 占比分别.
			`(?:赛|球|场)比分|比分(?:是|多少|几比几|如何|怎么?样|咋样|$|[？?，,。])|` +
			`\bwhich teams?\b|\bwho won\b|\bfinal score\b`),
		cueRunes: "哪谁比队w",
		evidence: regexp.MustCompile(`\p{Han}{2}队(?:[^伍]|$)|对阵|战胜|击败|夺冠|冠军|[0-9]+[:：][0-9]+`),
		named:    true,
		trim:     regexp.MustCompile(`队打|队|打的?|比分|比赛`),
		inLists:  true,
		zh:       "报告没有说明参赛队伍或比赛结果。相关内容：",
		en:       "The report does not say who played or won. Related text:",
	},
	{ // how long a thing lasts or takes: 工期, 稳产是多少年. A plan's
		// year (推动…改建工程开工) starts a work and gives no span.
		cues: []string{"工期", "建设周期", "施工周期", "是多少年", "是几年", "要多少年", "要几年", "需要多少年", "需要几年", "用多少年", "用几年", "多少年了",
			"how many years will", "how many years does"},
		evidence: regexp.MustCompile(`[0-9一二三四五六七八九十两]+(?:个)?(?:年|月|天)|年底|年内|当年|工期|周期`),
		named:    true,
		trim:     regexp.MustCompile(`工期|周期|多少年|几年`),
		zh:       "报告没有给出时长。相关内容：",
		en:       "The report gives no duration for this. Related text:",
	},
}

// allDetailKinds are every detail kind a question may ask.
var allDetailKinds = slices.Concat(detailKinds, partyKinds, ownCaseKinds, siteKinds)
