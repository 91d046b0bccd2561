package rag

import "context"

// A message of two asks may be found whole on the words of one clause
// alone while the report gives neither: "大连理工盘锦校区今年招生多少？新增
// 哪些专业" quotes 支持大连理工大学盘锦校区“双一流”建设 for the school the
// first clause names, though it gives no intake, and the second clause's
// 专业 are in no quote. Read alone, that clause is declined for want of
// its figure; the whole, standing on it, answers nothing asked.

// onlyCoveredClause is the one asking clause whose asked terms the
// quotes cover, when every other clause's are covered by none of them;
// "" otherwise.
func onlyCoveredClause(clauses []askedClause, quoted string) string {
	covered := ""
	for _, c := range clauses {
		if len(c.asked) == 0 {
			return "" // a clause asking of nothing leans on another's thing
		}
		if coveredShare(c.asked, quoted) == 0 {
			continue
		}
		if covered != "" {
			return ""
		}
		covered = c.text
	}
	return covered
}

// declinedWithCoveredClause declines ans, found whole with no figure,
// when the one clause its quotes cover (onlyCoveredClause) is declined on
// its own for giving no such figure: the quotes only name what it asks of.
func (e *Engine) declinedWithCoveredClause(ctx context.Context, q Query, clauses []askedClause, quoted string, rep *Report, ans *Answer) (bool, error) {
	if !ans.Found || len(ans.Figures) > 0 || hasCorrection(ans) {
		return false, nil
	}
	clause := onlyCoveredClause(clauses, quoted)
	if clause == "" {
		return false, nil
	}
	alone, err := e.askIn(ctx, q, clause, rep, askOptions{})
	if err != nil || alone.Found || alone.Understood == nil || alone.Understood.Grounding != GroundNoSuchFigure {
		return false, err
	}
	ans.relatedOnly(GroundNoSuchFigure, "报告没有给出这项数字。相关内容：", "The report gives no figure for this. Related text:")
	ans.Answer = RenderText(ans, e.multi())
	return true, nil
}
