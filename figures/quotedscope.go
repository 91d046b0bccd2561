package figures

import (
	"strings"

	"github.com/reportbot/reportbot/rag"
)

// quotedOfOther reports whether quoted figure f, by the words the report
// writes it with, is of another thing or scope than the one the claim
// states figure m of, so that its number contradicts nothing the claim
// says (quotedPremise then finds no correction, and the report is silent
// on the claim's figure):
//   - the claim names one trip or gathering (到瑞士招商) and f's clause
//     gives the year's total (全年新签约注册项目260个): rag.YearTotalForGathering;
//   - the claim names the thing with another modifier of the same head
//     (原油产量 where f is 粮食产量's), one the paragraph never writes
//     (modifierSwapped).
func (st *Stepper) quotedOfOther(d *rag.Draft, rs []rune, m Mention, f Figure) bool {
	p, err := d.Paragraph(f.Report, f.Paragraph)
	if err != nil {
		return false
	}
	text := []rune(p.Text)
	if f.Start > f.End || f.End > len(text) {
		return false
	}
	before := text[clauseStart(text, f.Start):f.Start]
	if rag.YearTotalForGathering(rag.Normalize(claimClause(rs, m)), rag.Normalize(string(before)+f.Text)) {
		return true
	}
	return modifierSwapped(rs[clauseStart(rs, m.Start):m.Start], before, p.Text)
}

// modifierSwapped reports whether the claim's words before its figure
// (claimed) and the report's words right before its own (quoted) end in
// one head (产量) that each qualifies with two other characters right
// before it (原油产量, 粮食产量), and the report's paragraph never writes
// the claim's. WHY: in Chinese the modifier before a measure's head
// names whose measure it is, so 原油产量 and 粮食产量 are two things'
// figures however alike their heads. The report's words must be that
// name alone (its item opens with the modifier): within a longer run
// (每户企业逐步打造) two characters before a shared verb are no name. A
// period or place word before the head (今年产量, 全市产量) qualifies no
// thing: those are left alone.
func modifierSwapped(claimed, quoted []rune, paragraph string) bool {
	if i := lastRune(quoted, '、'); i >= 0 {
		quoted = quoted[i+1:]
	}
	head := 0
	for n := 2; n <= len(quoted); n++ {
		if !strings.Contains(string(claimed), string(quoted[len(quoted)-n:])) {
			break
		}
		head = n
	}
	if head < 2 || head+2 != len(quoted) {
		return false
	}
	h := string(quoted[len(quoted)-head:])
	at := len([]rune(string(claimed)[:strings.LastIndex(string(claimed), h)]))
	if at < 2 {
		return false
	}
	own, theirs := string(claimed[at-2:at]), string(quoted[len(quoted)-head-2:len(quoted)-head])
	if !rag.AllHan([]rune(own)) || !rag.AllHan([]rune(theirs)) || strings.ContainsAny(own, theirs) || strings.ContainsAny(own, scopeRunes) {
		return false
	}
	return !strings.Contains(paragraph, own) && !strings.Contains(string(claimed), theirs)
}

// scopeRunes mark a word of period or place (今年, 去年, 全市, 我市, 全省,
// 本地): a scope, not the thing a measure is of.
const scopeRunes = "年月市省县区国全本我"

// quotedOtherOnly reports whether the one figure a claim states has, in
// the answer's quotes, figures of its measure only of another thing or
// scope (quotedOfOther) and none the question's words support otherwise
// nor one of its number: "去年到瑞士招商签了10个项目" quoting 全年新签约注册项目
// 260个. WHY: the report then gives no figure for the claim's scope, and
// the quote answering it is found where the report says nothing.
func (st *Stepper) quotedOtherOnly(d *rag.Draft, mentions []Mention) bool {
	if len(mentions) != 1 || !d.ClaimShaped() || mentions[0].Value.Unit == "" {
		return false
	}
	m, rs := mentions[0], []rune(d.Read)
	other := false
	for _, p := range d.Answer.Parts {
		if p.Type != rag.PartQuote || len(p.Citations) == 0 {
			continue
		}
		for _, f := range st.quotedFigures(d.Answer.Citations[p.Citations[0]]) {
			if f.Unit == UnitRank || !UnitsCompatible(m.Value.Unit, f.Unit) {
				continue
			}
			switch {
			case m.Value.Admits(f.Amount()):
				return false
			case st.quotedOfOther(d, rs, m, f):
				other = true
			case d.Supports(f.JSON()):
				return false
			}
		}
	}
	return other
}

// noSuchFigureNotice says the report gives no figure for what was claimed.
func noSuchFigureNotice(lang string) string {
	if lang == "en" {
		return "The report gives no figure for this. Related text:"
	}
	return "报告没有给出这项数字。相关内容："
}
