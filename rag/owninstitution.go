package rag

import (
	"slices"
	"strings"
)

// ownInstitutionKinds are the kinds of institution a city's name makes one
// of a kind (盘锦银行, 盘锦职业技术学院): a school, a hospital, a bank. A
// sentence on another one of the kind (辽河石油职业技术学院顺利恢复招生) or
// on the kind at large (推动符合条件的优质企业上市) says nothing of it. Not
// a zone or a park, which the report shortens without the city's name
// (高新区 for 盘锦高新区).
// Nor a campus, named by its university first (沈阳化工大学盘锦校区).
var ownInstitutionKinds = []string{"银行", "大学", "学院", "学校", "中学", "小学", "医院"}

// groundOwnInstitution declines an answer to a Chinese yes/no question or
// claim naming an institution after the report's own city when no quote
// names it: "盘锦银行今年上市吗" is not answered by the plan to list firms
// at large, nor "盘锦职业技术学院升本了吗" by another college's enrolment.
// A topic asked ("盘锦银行去年改革怎么样") is left to the quotes, which
// may still tell of the field at large.
func (e *Engine) groundOwnInstitution(d *Draft) {
	ans := d.Answer
	if !d.foundOpen() || d.Intent.Lang == "en" || !asksWhetherOrClaims(d) {
		return
	}
	name, city := e.ownInstitutionAsked(d.norm, d.Scope)
	given := answerQuotes(ans)
	if name == "" || strings.Contains(given, name) || misnamedOfQuoted(given, strings.TrimPrefix(name, city), d.asked) {
		return
	}
	ans.relatedOnly(GroundNotAnswered, "报告没有就“"+name+"”写到这一点。相关内容：", "The report says nothing of this about "+name+". Related text:")
}

// ownInstitutionAsked is the first institution norm names after a report's
// own city (ownCityInstitutions) of ownInstitutionKinds that rep writes;
// "" when none. A name the report never writes (盘锦从银行 of "盘锦从银行
// 贷出去的钱") is no institution of its, and other steps weigh those.
func (e *Engine) ownInstitutionAsked(norm string, rep *Report) (name, city string) {
	for _, h := range e.ix.homes {
		for _, m := range ownCityInstitutions(norm, h.Short) {
			if endsWithAny(m, ownInstitutionKinds) && e.ix.saysPhrase(m, rep) {
				return m, h.Short
			}
		}
	}
	return "", ""
}

// misnamedOfQuoted reports whether the quotes given say what was asked of
// another institution of the kind (tail, the name less its city): "盘锦职业
// 技术学院去年恢复招生了" where 辽河石油职业技术学院顺利恢复招生 is quoted
// misnames the college, a premise for the claims step to correct, not a
// thing the report is silent on. An asked term inside the name says
// nothing done.
func misnamedOfQuoted(given, tail string, asked []askedTerm) bool {
	if tail == "" || !strings.Contains(given, tail) {
		return false
	}
	return slices.ContainsFunc(asked, func(t askedTerm) bool {
		return !strings.Contains(tail, t.term) && t.in(given)
	})
}

// asksWhetherOrClaims reports whether d asks yes or no (升本了吗, 上不上市)
// or states a thing to be confirmed (…是盘锦职业技术学院吧): a statement
// closed by 了 and asking nothing (去年升格为本科了) says a thing done for
// the report to bear out.
func asksWhetherOrClaims(d *Draft) bool {
	t := strings.TrimRight(d.norm, "?？!！。. ")
	return asksYesNo(t) || strings.HasSuffix(t, "吧") || d.ClaimShaped() ||
		strings.HasSuffix(t, "了") && !containsAny(t, questionWords)
}
