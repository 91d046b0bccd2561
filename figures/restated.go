package figures

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/reportbot/reportbot/rag"
)

// restated finds a figure question that states one of the report's
// figures in one clause and asks an amount in another, answered with
// nothing but the figure it stated: "老旧管网改了360公里，其中供热管网是多少公里",
// "债务率降了100个百分点以上，那现在债务率到底是多少". The user already has that
// figure; it is not what they ask. A stated figure asked back as a question
// ("今年不是要到4.5个么") counts only when the amount is asked of another time
// (现在, 去年): "GDP增长多少，是5.5%吗" asks to confirm it. It returns the
// question's words for the figure; "" when the answer gives anything else.
func (st *Stepper) restated(d *rag.Draft, figs []Figure) string {
	norm := d.Norm()
	if !strings.ContainsFunc(norm, func(r rune) bool { return isDigit(r) || isCnNum(r) }) {
		return "" // no number, no figure stated: most questions end here
	}
	if d.Intent.Lang == "en" {
		return st.restatedEnglish(d, norm, figs)
	}
	clauses := questionClauses(norm)
	years := [2]string{yearText(yearOf(d, KindResult)), yearText(yearOf(d, KindTarget))}
	var stated []Mention
	asking := false
	for i, c := range clauses {
		ms := statedIn(c)
		if len(ms) == 0 && containsAnyOf(c, amountCues...) {
			asking = asking || otherClauseAsks(clauses, i, years)
		}
		stated = append(stated, ms...)
	}
	if len(stated) == 0 || !asking {
		return ""
	}
	return st.onlyFigure(d, stated, figs)
}

// quotedBeside reports whether the answer's quotes give, besides the
// figures the question states, one whose words name most of what the
// question's other clauses ask, of the time they ask it, and which would
// answer the question as a headline: "去年开复工项目502个，其中新建多少个"
// is answered by 272个新建项目 in the quote giving 502个, "保交楼3个，保交房
// 几个" by 2个保交房. "老旧管网改了360公里，其中供热管网是多少公里" is not:
// its quote gives 360公里 alone; nor "去年营收多少，今年不是要超2000亿吗" by
// the 2025 target's 化工精细化率达到48%.
func (st *Stepper) quotedBeside(d *rag.Draft) bool {
	var statedClauses []string
	var stated []Mention
	kind := askedKind(d.Intent)
	years := [2]string{yearText(yearOf(d, KindResult)), yearText(yearOf(d, KindTarget))}
	for _, c := range questionClauses(d.Norm()) {
		ms := statedIn(c)
		if len(ms) > 0 {
			statedClauses = append(statedClauses, c)
			stated = append(stated, ms...)
			continue
		}
		switch clauseTime(c, years) {
		case "last", "now":
			kind = KindResult
		case "this":
			kind = KindTarget
		}
	}
	skip := strings.Join(statedClauses, " ")
	for _, c := range d.Answer.Citations {
		quote := []rune(c.Quote)
		for _, f := range st.quotedFigures(c) {
			if kind != "" && f.Kind != kind || slices.ContainsFunc(stated, func(m Mention) bool { return sameAmount(m.Value, f.Amount()) }) {
				continue
			}
			if d.CoversBut(figureWords(quote, f.Start-c.Start, f.End-c.Start), skip) >= restatedBesideShare && d.Supports(f.JSON()) {
				return true
			}
		}
	}
	return false
}

// restatedBesideShare is how much of what the question asks beyond the
// figure it states a quoted figure's words must name to answer it.
const restatedBesideShare = 0.5

// restatedEnglish is restated for an English question, which states the
// figure inside the clause that asks: "How was the 45.15 billion yuan of
// domestic capital split between industries?", "Of the 19,000 new jobs,
// how many are for graduates?". One that asks whether the figure is
// right is left to the premise check.
func (st *Stepper) restatedEnglish(d *rag.Draft, norm string, figs []Figure) string {
	if !englishAsksOfStated.MatchString(norm) || containsAnyOf(norm, englishConfirmCues...) {
		return ""
	}
	stated := statedIn(norm)
	if len(stated) == 0 {
		return ""
	}
	return st.onlyFigure(d, stated, figs)
}

var (
	// englishAsksOfStated asks something of a figure other than itself:
	// a part, a breakdown, a source.
	englishAsksOfStated = regexp.MustCompile(`\bhow (?:many|much)\b|\bhow (?:was|were|is|are)\b.*\b(?:split|divided|distributed|broken down|spent|used)\b|\bbreak(?:down| down)\b|\bwhere did\b|\bwhich (?:provinces|industries|sectors|districts|companies|projects|countries|regions|ones)\b|\bwhat (?:share|proportion|percentage)\b`)
	// englishConfirmCues ask whether a stated figure is right.
	englishConfirmCues = []string{"is that right", "is this right", "is that true", "is it true", "is that so", "is that correct", "correct?", "right?", "true?", "isn't it", "wasn't it", "really"}
)

// otherClauseAsks: clause i asks an amount, and no clause that states a
// figure asks it to be confirmed, unless the two are of different times.
func otherClauseAsks(clauses []string, i int, years [2]string) bool {
	for j, c := range clauses {
		if j == i || len(statedIn(c)) == 0 || !containsAnyOf(c, confirmCues...) {
			continue
		}
		a, b := clauseTime(clauses[i], years), clauseTime(c, years)
		if a == "" || b == "" || a == b {
			return false
		}
	}
	return true
}

// onlyFigure is the question's words for the figure the answer gives, when
// the question states it: the answer's only headline figure, or, with no
// headline, the one figure its quotes give; "" otherwise.
func (st *Stepper) onlyFigure(d *rag.Draft, stated []Mention, figs []Figure) string {
	var only *Figure
	for i := range figs {
		if only != nil && !sameFigure(figs[i], *only) {
			return ""
		}
		only = &figs[i]
	}
	if only == nil {
		for _, c := range d.Answer.Citations {
			for _, f := range st.quotedFigures(c) {
				if only != nil && !sameFigure(f, *only) {
					return ""
				}
				only = &f
			}
		}
	}
	if only == nil {
		return ""
	}
	for _, m := range stated {
		if sameAmount(m.Value, only.Amount()) {
			return m.Text
		}
	}
	return ""
}

// sameFigure: one figure of the report, not another with the same number
// (粮食产量 110万吨 for 2024 and as 2025's target).
func sameFigure(a, b Figure) bool {
	return a.Report == b.Report && a.Paragraph == b.Paragraph && a.Start == b.Start
}

// sameAmount: a stated amount is the figure's, its unit left out or not
// ("超2000亿" for 超过2000亿元).
func sameAmount(stated, v Value) bool {
	if stated.Unit == "" {
		stated.Unit = v.Unit
	}
	return stated.SameNumber(v)
}

// statedIn are the figures a clause states: with a unit or a 万/亿 scale,
// not a year or a bare number ("这2个").
func statedIn(c string) []Mention {
	var out []Mention
	for _, m := range Find(c) {
		if m.Value.Unit != "" || strings.ContainsAny(m.Text, "万亿") {
			out = append(out, m)
		}
	}
	return out
}

// questionClauses cuts a normalized question at its commas, stops and
// question marks.
func questionClauses(norm string) []string {
	return strings.FieldsFunc(norm, func(r rune) bool {
		return strings.ContainsRune(clauseMarks, r)
	})
}

var (
	// amountCues ask for an amount.
	amountCues = []string{"多少", "几个", "几条", "几家", "几万", "几亿", "多大", "多高", "多长", "多远", "how many", "how much", "what is", "what's", "what was"}
	// confirmCues ask for a stated figure to be confirmed.
	confirmCues = []string{"吗", "吧", "么", "对不对", "是不是", "right", "correct", "isn't", "is that"}
)

// yearText is year as written, "" when unknown.
func yearText(year int) string {
	if year == 0 {
		return ""
	}
	return strconv.Itoa(year)
}

// clauseTime is the time a clause is about, as its words say: last year,
// this year or now; "" when it says none. years are the review and plan
// years of the report in scope, as written (yearOf).
func clauseTime(c string, years [2]string) string {
	switch {
	case containsAnyOf(c, "去年", "上年", "last year") || years[0] != "" && strings.Contains(c, years[0]):
		return "last"
	case containsAnyOf(c, "现在", "目前", "如今", "now", "currently"):
		return "now"
	case containsAnyOf(c, "今年", "this year") || years[1] != "" && strings.Contains(c, years[1]):
		return "this"
	}
	return ""
}
