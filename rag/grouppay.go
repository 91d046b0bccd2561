package rag

import "regexp"

// groupPay asks a pay rise for one's own trade or workplace (我是环卫工人，
// 今年工资涨不涨; 油田职工涨工资吗): the report's 居民收入增长与经济增长
// 基本同步 speaks of all residents, not of the asker's group. The group
// may be set out in a clause before the one asking, so the whole question
// is read.
var groupPay = detailKind{
	cueRe: regexp.MustCompile(`(?:工人|职工|员工|公务员|教师|老师|医生|护士|医护|司机|事业单位|干部|民警|警察|保安|保洁|环卫|农民工|临时工|合同工|外卖员|快递员|上班|打工)` +
		`[^？?。]{0,12}?(?:(?:涨|加|调)(?:工资|薪)|(?:工资|薪水|薪资|薪酬)(?:能|会|要|也|还)?(?:涨|上调|提高|增加|上涨))`),
	evidence: regexp.MustCompile(`(?:工资|薪酬|薪资|薪水)[^，。；]{0,8}(?:上调|提高|增长|上涨|增加|调整)|(?:上调|提高|增加|调整)[^，。；]{0,8}(?:工资|薪酬|薪资|薪水)`),
}

// groundGroupPay declines a found answer to a group's pay rise whose
// quotes say nothing of pay going up; they are offered as related text.
// It runs after the mention checks, which name a group the report never
// writes (公务员) in their decline.
func (e *Engine) groundGroupPay(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || hasCorrection(ans) || !groupPay.cueRe.MatchString(d.norm) || groupPay.gives(answerQuotes(ans), d.norm, d.asked) {
		return
	}
	ans.relatedOnly(GroundNotAnswered, "报告没有讲到某一行业或单位的工资调整。相关内容：", "The report says nothing of pay rises for a particular trade or workplace. Related text:")
}
