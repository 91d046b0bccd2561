package rag

import "regexp"

// siteKinds are details of a thing the report names that it does not
// tell: the venue an event was held in, where money went, which clauses
// a rule changed, who led a thing. The report names the event (圆满承办
// 中国女篮职业赛事), the total (实际利用外资7.5亿美元), the rule (修订盘锦
// 大米地理标志产品保护管理办法) and the bodies side by side, so a sentence
// naming the thing does not answer; one that says the detail does.
var siteKinds = []detailKind{
	{ // a venue: 在哪个场馆打的. The city's hosting says no hall.
		cues: []string{"哪个场馆", "什么场馆", "啥场馆", "哪座场馆", "哪家场馆", "哪个体育馆", "哪个体育场", "哪个体育中心", "哪个剧院", "哪个剧场",
			"which venue", "what venue", "which stadium", "which arena"},
		evidence: regexp.MustCompile(`馆|体育场|体育中心|剧院|剧场|会展中心|广场`),
		inLists:  true,
		zh:       "报告没有说明在哪个场馆。相关内容：",
		en:       "The report does not name the venue. Related text:",
	},
	{ // where money went by trade or field: 外资投向哪些行业. A total,
		// or 资金投向 as a word of the plan, names no field.
		cueRe:    regexp.MustCompile(`(?:投向|投到|投在|流向|用在|用到)了?(?:哪些|哪个|什么|啥)(?:行业|产业|领域|方面|项目)`),
		cueRunes: "投流用",
		evidence: regexp.MustCompile(`(?:投向|投入|用于|投资)[^，。；]{0,12}(?:行业|产业|领域|项目)`),
		inLists:  true,
		zh:       "报告没有说明资金投向。相关内容：",
		en:       "The report does not say where the money went. Related text:",
	},
	{ // which clauses a rule changed: the report says it revised the rule.
		cues:     []string{"哪些条款", "什么条款", "啥条款", "具体条款", "条款内容", "哪些条文", "具体条文", "which provisions", "which clauses", "what provisions"},
		evidence: regexp.MustCompile(`条款|条文|第[一二三四五六七八九十0-9]+条`),
		inLists:  true,
		zh:       "报告没有给出具体条款。相关内容：",
		en:       "The report does not give the provisions. Related text:",
	},
	{ // where people came from: 引进人才1.15万人 counts them, names no
		// origin. Of people only: where money comes from is told by the
		// means raised (争取上级资金), which this evidence would not see.
		cueRe:    regexp.MustCompile(`(?:人才|人员|人口|游客|学生|团队|专家|客商|毕业生)(?:都|主要|大多|大部分|多)?(?:是)?(?:来自|从)(?:哪里|哪儿|哪|何处|哪些地方|什么地方)`),
		cueRunes: "来从",
		evidence: regexp.MustCompile(`来自|源自|来源于|省内外|国内外|海内外|各地|省外|市外|境外|海外|外地|京津冀|长三角|珠三角`),
		inLists:  true,
		zh:       "报告没有说明来自哪里。相关内容：",
		en:       "The report does not say where they come from. Related text:",
	},
	{ // who led a thing, said as known (学院牵头的那个联合体) or asked
		// outright (由谁牵头): bodies named side by side (产教联合体…，盘锦
		// 职业技术学院…) or a thing's listing are no leader and its work.
		cueRe:    regexp.MustCompile(`\p{Han}(?:牵头|领衔|主导)(?:建设|成立|组建|创建|申报)?的|(?:由谁|谁来|谁|哪个部门|哪家单位|哪个单位|哪家)(?:来)?(?:牵头|领衔|主导)`),
		cueRunes: "牵领主",
		evidence: regexp.MustCompile(`牵头|领衔|主导`),
		inLists:  true,
		zh:       "报告没有说明由谁牵头。相关内容：",
		en:       "The report does not say who leads it. Related text:",
	},
}
