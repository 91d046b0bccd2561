package rag

import (
	"fmt"
	"strings"
)

// RenderText is an answer's plain-text form, one line per part: what the
// CLI prints and the JSON `answer` field holds. multi says several reports
// are loaded, so that every mark names its report.
func RenderText(a *Answer, multi bool) string {
	var b strings.Builder
	for i, p := range a.Parts {
		// A model's sentences run on as it wrote them; their text keeps
		// its own line breaks.
		if i > 0 && !(p.Role == RoleSentence && a.Parts[i-1].Role == RoleSentence) {
			b.WriteByte('\n')
		}
		b.WriteString(renderPartText(a, p, multi))
	}
	return b.String()
}

func renderPartText(a *Answer, p Part, multi bool) string {
	marks := markers(a, p.Citations, multi)
	switch p.Type {
	case PartQuote:
		return labelText(a.Lang, citedPeriod(a, p)) + "「" + p.Text + "」" + marks
	case PartFigure:
		return labelText(a.Lang, p.Figure.Period) + p.Figure.Indicator + "：" + p.Figure.Value + marks
	case PartCorrection:
		if a.Lang == "en" {
			return p.CorrectionText(a.Lang) + " " + marks + "."
		}
		return p.CorrectionText(a.Lang) + marks + "。"
	case PartItem:
		switch {
		case p.Number > 0:
			return fmt.Sprintf("%d. 「%s」%s", p.Number, p.Text, marks)
		case p.Report != "":
			return fmt.Sprintf("· %s（%s）", p.Text, p.Report)
		}
		return "· " + p.Text + marks
	case PartTrack:
		return renderTrack(a, p, multi)
	case PartSum:
		body, end := SplitSentenceEnd(p.SumCheck(a.Lang))
		return body + marks + end
	}
	if p.Role == RoleReport {
		if a.Lang == "en" {
			return fmt.Sprintf("From %s (%s):", p.Text, p.Report)
		}
		return fmt.Sprintf("《%s》（%s）：", p.Text, p.Report)
	}
	body, end := SplitSentenceEnd(p.Text)
	return body + marks + end
}

// CorrectionText is a correction's sentence with its marks and full stop
// left to the renderer, so that every channel words it the same way.
func (p Part) CorrectionText(lang string) string {
	switch {
	case p.PlanOnly && p.Figure != nil:
		// A stage claimed reached is a plan of the report's: "报告写的是…竣工
		// 通车，不是…已经通车" would read as agreeing.
		if lang == "en" {
			return fmt.Sprintf("Note: the report lists %s as a %s, not as done (%s)", p.Figure.Value, p.Figure.Period.EnglishLabel(), p.Stated)
		}
		return fmt.Sprintf("更正：报告把“%s”列为%s，没有写%s", p.Figure.Value, p.Figure.Period.Label(), p.Stated)
	case p.ClaimedPeriod != nil && p.Figure != nil:
		// A value claimed of the other period than the report's: "报告写的
		// 是870万吨" would read as agreeing.
		if lang == "en" {
			return fmt.Sprintf("Note: the report lists %s as a %s; it gives no %s", p.Figure.Value, p.Figure.Period.EnglishLabel(), p.ClaimedPeriod.EnglishLabel())
		}
		return fmt.Sprintf("更正：报告把“%s”列为%s，没有写%s", p.Figure.Value, p.Figure.Period.Label(), p.ClaimedPeriod.Label())
	case p.NotNamed && p.Figure != nil:
		// An open list of the report's (《统计法》等) may hold the claim's
		// item, so "不是…" would say too much.
		if lang == "en" {
			return fmt.Sprintf("Note: the report says %s; it does not name %s", p.Figure.Value, p.Stated)
		}
		return fmt.Sprintf("更正：报告写的是%s，没有点名%s", p.Figure.Value, p.Stated)
	case p.Figure != nil && p.Figure.Indicator == "方面" && strings.HasPrefix(p.Figure.Value, "（"):
		// A count of areas corrected at the last heading: "报告写的是（八），
		// 不是7个方面" reads as a heading answering a count.
		if lang == "en" {
			return fmt.Sprintf("Note: the report's headings run from （一） to %s, not %s", p.Figure.Value, p.Stated)
		}
		return fmt.Sprintf("更正：报告的小标题从（一）排到%s，不是%s", p.Figure.Value, p.Stated)
	case lang == "en":
		return fmt.Sprintf("Note: the report says %s, not %s", p.CorrectValue(lang), p.Stated)
	}
	return fmt.Sprintf("更正：报告写的是%s，不是%s", p.CorrectValue(lang), p.Stated)
}

// renderTrack is "【2024年目标→结果】地区生产总值增长：目标6%左右〔…〕，结果3.5%左右〔…〕——未完成".
func renderTrack(a *Answer, p Part, multi bool) string {
	target, result := markers(a, p.Citations[:1], multi), markers(a, p.Citations[1:], multi)
	if a.Lang == "en" {
		status := map[string]string{StatusMet: "met", StatusNotMet: "not met", StatusUnclear: "not directly comparable"}[p.Status]
		return fmt.Sprintf("【%d target → result】%s: target %s%s, result %s%s — %s", p.Figure.Period.Year, p.Figure.Indicator, p.Figure.Value, target, p.Result.Value, result, status)
	}
	status := map[string]string{StatusMet: "完成", StatusNotMet: "未完成", StatusUnclear: "无法直接比较"}[p.Status]
	return fmt.Sprintf("【%d年目标→结果】%s：目标%s%s，结果%s%s——%s", p.Figure.Period.Year, p.Figure.Indicator, p.Figure.Value, target, p.Result.Value, result, status)
}

// SplitSentenceEnd cuts a sentence before the punctuation and line breaks
// that end it, where its citation marks go: "增长5.5%左右〔¶23〕；".
func SplitSentenceEnd(s string) (body, end string) {
	body = strings.TrimRight(s, sentenceEndRunes)
	return body, s[len(body):]
}

// sentenceEndRunes end a sentence or a clause of a list.
const sentenceEndRunes = "。！？；：!?;:.\n\t \u3000"

// citedPeriod is the period of a quote's paragraph.
func citedPeriod(a *Answer, p Part) Period {
	if len(p.Citations) == 0 || p.Citations[0] >= len(a.Citations) {
		return Period{}
	}
	return a.Citations[p.Citations[0]].Period
}

// labelText is "【2025年目标】" (or "【2025 target/plan】"), "" without a period.
func labelText(lang string, p Period) string {
	l := p.Label()
	if lang == "en" {
		l = p.EnglishLabel()
	}
	if l == "" {
		return ""
	}
	return "【" + l + "】"
}

// markers are the citation marks of a part: 〔¶23〕 each, in order.
func markers(a *Answer, cites []int, multi bool) string {
	var b strings.Builder
	for _, i := range cites {
		if i >= 0 && i < len(a.Citations) {
			b.WriteString(a.Citations[i].Marker(multi))
		}
	}
	return b.String()
}
