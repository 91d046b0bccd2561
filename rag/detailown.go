package rag

import "regexp"

// ownCaseKinds are details of a resident's own case that the report, which
// speaks of the city's policies, never gives: whether a firm is hiring,
// one's loan rate or passbook, when a stalled building
// restarts, paying missed social insurance. A sentence naming the bank's
// reform (盘锦银行改革化险) or the firm (华锦阿美项目机械竣工) does not
// tell them.
var ownCaseKinds = []detailKind{
	{ // hiring: 招工吗, 我想去应聘
		cues:     []string{"招工", "招聘", "应聘", "招不招人", "招人吗", "招人不", "招人么", "招人嘛", "招人呢", "在招人", "is it hiring", "are they hiring", "job openings"},
		evidence: regexp.MustCompile(`招工|招聘|应聘|用工|招人`),
		zh:       "报告没有给出招聘信息。相关内容：",
		en:       "The report gives no hiring information. Related text:",
	},
	{ // one's loan or savings at a bank: a rate, a passbook
		cues:     []string{"利率", "存折", "interest rate"},
		evidence: regexp.MustCompile(`利率|存折|利息`),
		zh:       "报告没有给出利率或存贷款业务的具体内容。相关内容：",
		en:       "The report gives no interest rates or banking details. Related text:",
	},
	{ // when a stalled site restarts (烂尾楼啥时候复工); not the count of
		// projects started or restarted (开复工项目502个).
		cueRe:    regexp.MustCompile(`(?:什么时候|啥时候|何时|几时|哪天|多久|能不能|能否|会不会)(?:能|才能|可以|会|才)?复工|复工(?:吗|了吗|没|不)`),
		cueRunes: "复",
		evidence: regexp.MustCompile(`复工`),
		zh:       "报告没有给出复工时间。相关内容：",
		en:       "The report gives no date for restarting work. Related text:",
	},
	{ // social insurance missed or paid late: 断缴, 补缴
		cues:     []string{"断缴", "补缴", "断保", "停缴"},
		evidence: regexp.MustCompile(`断缴|补缴|断保|停缴`),
	},
}
