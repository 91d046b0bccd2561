package rag

import (
	"regexp"
	"strings"
)

// A question may ask whether a value it states is of a period: "石化营收
// 2000亿是去年的吗", "引进人才1.15万是今年的目标吗". When the report writes
// that value of the things named only in another period (2000亿元 is the
// 2025 plan's), a careful reader says so: answering with the asked
// period's other figures would read as if it confirmed the claim.

// periodOfValueAsked asks whether what comes before is a period's: 是去年的吗,
// 算今年的目标吧.
var periodOfValueAsked = regexp.MustCompile(`(?:是|算|属于)(?:去年|今年|前年|20[0-9]{2}年)(?:的|完成的|实现的|达到的)?(?:目标|任务|计划|结果|成绩|数|数字|数据)?(?:吗|吧|么|嘛|呢)?[?？。！!]*$`)

// AsksValuesPeriod reports whether read asks the period of a value it
// states (亿元以上项目125个是去年的吗): what it claims is the period, which
// periodClaimCorrection answers, not the value.
func AsksValuesPeriod(read string) bool { return periodOfValueAsked.MatchString(read) }

// statedValue is a number a question states with its magnitude (2000亿,
// 1.15万): the report writes it in the same digits.
var statedValue = regexp.MustCompile(`[0-9]+(?:\.[0-9]+)?[万亿]*`)

// valuesNotYears are the values text states, years (2024年) aside: a
// year dates the claim, it is not the value claimed.
func valuesNotYears(text string) []string {
	var out []string
	for _, loc := range statedValue.FindAllStringIndex(text, -1) {
		if !strings.HasPrefix(text[loc[1]:], "年") {
			out = append(out, text[loc[0]:loc[1]])
		}
	}
	return out
}

// periodClaimShare is the share of what the question names that the
// clause writing the value must hold, so it is the value of that thing.
const periodClaimShare = 0.6

// periodClaimCorrection corrects a question claiming a value it states
// for a period (d.Intent.Period) when a clause of another period writes
// it of what the question names, and none of the claimed period does.
func (e *Engine) periodClaimCorrection(d *Draft) (Part, Citation, bool) {
	m := periodOfValueAsked.FindStringIndex(d.Read)
	if m == nil || d.Intent.Period == PeriodNone || d.Intent.Both || len(d.asked) == 0 {
		return Part{}, Citation{}, false
	}
	values := valuesNotYears(d.Read[:m[0]])
	if len(values) != 1 {
		return Part{}, Citation{}, false
	}
	value := values[0]
	var other Citation
	var inClaimed bool
	e.ix.anyReport(d.Scope, func(r *Report) bool {
		for i := range r.Paragraphs {
			p := &r.Paragraphs[i]
			c, ok := valueClause(p, value, d.asked)
			switch {
			case !ok:
			case !d.otherPeriodThan(p.Period):
				inClaimed = true
				return true
			case other.Quote == "":
				other = c
			}
		}
		return false
	})
	if inClaimed || other.Quote == "" {
		return Part{}, Citation{}, false
	}
	claimed := Period{Kind: d.Intent.Period, Year: other.Period.Year + 1}
	if other.Period.Kind == PeriodPlan {
		claimed.Year = other.Period.Year - 1
	}
	part := citedCorrection(other, 0, 0, runeLen(other.Quote), claimed.Label(), "")
	part.ClaimedPeriod = &claimed // "报告把…列为2025年目标，没有写2024年结果"
	return part, other, true
}

// valueClause is the clause of p writing value (not inside a longer
// number) beside most of what was asked.
func valueClause(p *Paragraph, value string, asked []askedTerm) (Citation, bool) {
	if !p.Quotable() || !strings.Contains(p.Text, value) {
		return Citation{}, false
	}
	for _, sp := range Clauses(p.Text) {
		text := p.Text[sp.byteStart:sp.byteEnd]
		i := strings.Index(text, value)
		if i < 0 || i > 0 && isDigitByte(text[i-1]) || i+len(value) < len(text) && (isDigitByte(text[i+len(value)]) || text[i+len(value)] == '.') {
			continue
		}
		if coveredShare(asked, Normalize(text)) < periodClaimShare {
			continue
		}
		return citationFor(p, trimSpan(p.Text, sp)), true
	}
	return Citation{}, false
}
