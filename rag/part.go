package rag

import "fmt"

// PartType says what a part of an answer is.
type PartType string

// Part types. Renderers switch on them; nothing parses rendered text.
const (
	// PartText is words the engine or the model wrote: the not-found
	// sentence, a notice, an introduction, a model's sentence.
	PartText PartType = "text"
	// PartQuote is a citation's verbatim span; Text is the quote.
	PartQuote PartType = "quote"
	// PartFigure is one figure of the report as written, with its
	// indicator and period.
	PartFigure PartType = "figure"
	// PartCorrection corrects a figure the question stated: Stated is what
	// the user wrote, Figure what the report says. Words are corrected
	// alike — a level, a name, a place, a stage, a denial (没种树) — with
	// Figure.Value the report's words, no number. A claimed difference
	// from the year before ("比去年多50台") is corrected with both years'
	// figures: Result is the earlier year's, Figure the later's, Gap the
	// difference they give; Citations cite both.
	PartCorrection PartType = "correction"
	// PartSum bears out a total the question claimed of figures the
	// report gives separately: Sum holds them and their computed total,
	// Stated the total claimed, Citations cite the figures. A total the
	// figures do not bear out is a correction with Sum instead.
	PartSum PartType = "sum"
	// PartItem is a list entry: Text is its title. An item with Report
	// set offers that report (the choices of a question asked back).
	PartItem PartType = "item"
	// PartTrack is a year's target beside its result: Figure is the target
	// as the report that set it wrote it, Result the result as the next
	// report gave it, Status whether it was met; Citations cite both.
	PartTrack PartType = "track"
)

// Track statuses.
const (
	StatusMet     = "met"
	StatusNotMet  = "not_met"
	StatusUnclear = "unclear" // not comparable (another unit, no number)
)

// TextRole says what a text part is for, so that a renderer can leave out
// what its channel does not need (a phone needs no "根据报告：").
type TextRole string

// Text roles.
const (
	RoleIntro     TextRole = "intro"     // "根据报告：", "¶23（…）："
	RoleNotice    TextRole = "notice"    // what the report gives instead, e.g. only the other period
	RoleNotFound  TextRole = "not_found" // the report does not answer
	RoleHeading   TextRole = "heading"   // "最接近的章节：" before related sections
	RoleSentence  TextRole = "sentence"  // a sentence a model wrote, with its citations
	RoleBreak     TextRole = "break"     // a blank line between answers to several lookups
	RoleSmallTalk TextRole = "smalltalk" // a reply to a greeting, thanks…
	RoleExample   TextRole = "example"   // a question to try
	// RoleClarify asks which report a question is about; the item parts
	// after it offer the reports (their Report is the id to ask with).
	RoleClarify TextRole = "clarify"
	// RoleReport heads the section of an answer drawn from one report
	// (Report is its id), when an answer compares reports.
	RoleReport TextRole = "report"
)

// Part is one piece of an answer, in order. Citations index the answer's
// Citations: a quote's span, a figure's paragraph, the paragraphs a
// model's sentence rests on.
type Part struct {
	Type PartType `json:"type"`
	Role TextRole `json:"role,omitempty"`
	// Text is a text part's words, a quote's quote, an item's title.
	Text string `json:"text,omitempty"`
	// Figure is the report's figure of a figure or correction part.
	Figure *AnswerFigure `json:"figure,omitempty"`
	// Stated is the figure the question stated (correction parts).
	Stated string `json:"stated,omitempty"`
	// WrongWay marks a correction whose stated number is the report's
	// but moved the other way ("上升了25.8%" for 下降25.8%): renderers
	// show the report's figure with its way (AnswerFigure.Moved).
	WrongWay bool `json:"wrong_way,omitempty"`
	// OtherUnit marks a correction whose stated number is the report's
	// in another kind of unit ("4亿元" for 增长4%, "70.1%" for 70.1亿元):
	// renderers show the report's figure with its way, so that a rate
	// reads as one.
	OtherUnit bool `json:"other_unit,omitempty"`
	// FallTo marks a correction whose stated level a fall ended at
	// ("下降到25.8%") is the number the report gives as the fall itself
	// (下降25.8%): renderers show the report's figure with its way.
	FallTo bool `json:"fall_to,omitempty"`
	// Level marks a correction whose stated change ("提高了45%") is the
	// number the report gives as a level (提升至45%): renderers say it is
	// the level, with Change, the report's change of the same indicator
	// (cited second), when it gives one.
	Level bool `json:"level,omitempty"`
	// WholePlace is the report's place, when a correction's figure is the
	// one a claim gave to a part of it (大洼区's for 盘锦市's): renderers
	// say whose figure it is.
	WholePlace string `json:"whole_place,omitempty"`
	// PlanOnly marks a correction of a stage claimed reached (已经通车了吧)
	// that the report gives only as a plan: renderers say which period
	// lists it, for its value alone reads like the claim confirmed.
	PlanOnly bool `json:"plan_only,omitempty"`
	// ClaimedPeriod is the period a value was claimed of when the report
	// gives the value only in another, Figure's (去年…870万吨, the 2025
	// target): renderers say which period lists it and that the claimed
	// one has none, for its value alone reads like the claim confirmed,
	// and "not as done" would misread a result claimed as a plan.
	ClaimedPeriod *Period `json:"claimed_period,omitempty"`
	// NotNamed marks a correction whose Figure is an open list of the
	// report's (《统计法》等法律法规) that does not name Stated: renderers
	// say the report does not name it, for "不是《预算法》" would claim
	// the list leaves out what its 等 may hold.
	NotNamed bool          `json:"not_named,omitempty"`
	Change   *AnswerFigure `json:"change,omitempty"`
	// Number is an item's place in a numbered list; 0 for an unnumbered
	// item (a related section of a not-found answer).
	Number int `json:"number,omitempty"`
	// Report is the id of the report a report heading or a choice names.
	Report string `json:"report,omitempty"`
	// Result and Status are a track part's result and whether its target
	// was met (StatusMet, StatusNotMet, StatusUnclear). Result is also
	// the earlier year's figure of a gap correction.
	Result *AnswerFigure `json:"result,omitempty"`
	Status string        `json:"status,omitempty"`
	// Gap is how much Figure differs from Result, in a correction of a
	// claimed difference.
	Gap *Gap `json:"gap,omitempty"`
	// Sum is the report's figures a claimed total is of and what they
	// add up to, in a sum part or the correction of a wrong total (which
	// then has no Figure).
	Sum       *Sum   `json:"sum,omitempty"`
	Children  []Part `json:"children,omitempty"`
	Citations []int  `json:"citations"`
}

// TextPart is a text part of the given role without citations.
func TextPart(role TextRole, text string) Part {
	return Part{Type: PartText, Role: role, Text: text, Citations: []int{}}
}

// CheckParts reports the first way a's parts disagree with its citations
// or with the reports: a citation index out of range, a quote that is not
// its citation's quote, a figure that is not the runes of its paragraph
// at its offsets, a citation no part uses, text that is not the parts'
// rendering. Tests run it over every answer; nil means consistent.
func (a *Answer) CheckParts(src ReportSource, multi bool) error {
	if len(a.Parts) == 0 {
		return fmt.Errorf("answer has no parts")
	}
	used := make([]bool, len(a.Citations))
	for i, p := range a.Parts {
		for _, c := range p.Citations {
			if c < 0 || c >= len(a.Citations) {
				return fmt.Errorf("part %d (%s) cites %d of %d citations", i, p.Type, c, len(a.Citations))
			}
			used[c] = true
		}
		if err := checkPart(a, p, src); err != nil {
			return fmt.Errorf("part %d (%s): %w", i, p.Type, err)
		}
	}
	for i, u := range used {
		if !u {
			return fmt.Errorf("citation %d (¶%d) is used by no part", i, a.Citations[i].Paragraph)
		}
	}
	if got := RenderText(a, multi); got != a.Answer {
		return fmt.Errorf("answer text is not the rendering of its parts:\n%s\n---\n%s", a.Answer, got)
	}
	return nil
}

// CorrectValue is what a correction part says the report wrote: the
// figure's value, with the way it moved when the question had that wrong.
func (p Part) CorrectValue(lang string) string {
	if p.Sum != nil {
		return sumValue(p.Sum, lang)
	}
	if p.Figure == nil {
		return ""
	}
	if p.Gap != nil && p.Result != nil {
		return gapValue(p, lang)
	}
	if p.Level {
		return levelValue(p, lang)
	}
	if p.WrongWay || p.OtherUnit || p.FallTo {
		return p.Figure.Moved(lang)
	}
	if p.WholePlace != "" {
		if lang == "en" {
			return p.Figure.Value + " for " + p.WholePlace + " as a whole"
		}
		return p.WholePlace + "全市的" + p.Figure.Value
	}
	return p.Figure.Value
}

func checkPart(a *Answer, p Part, src ReportSource) error {
	switch p.Type {
	case PartQuote:
		if len(p.Citations) != 1 || a.Citations[p.Citations[0]].Quote != p.Text {
			return fmt.Errorf("quote %q is not its one citation's quote", p.Text)
		}
	case PartSum:
		if p.Sum == nil {
			return fmt.Errorf("sum part without a sum")
		}
		return checkSum(p, src)
	case PartFigure, PartCorrection:
		if p.Type == PartCorrection && p.Sum != nil && p.Figure == nil {
			return checkSum(p, src)
		}
		if p.Figure == nil || len(p.Citations) == 0 {
			return fmt.Errorf("no figure or no citation")
		}
		if p.Type == PartCorrection && p.Stated == "" {
			return fmt.Errorf("correction without the stated figure")
		}
		if p.Gap != nil {
			if err := checkGap(p); err != nil {
				return err
			}
			if err := checkFigure(p.Result, src); err != nil {
				return err
			}
		}
		if p.Change != nil {
			if !p.Level || len(p.Citations) > 2 {
				return fmt.Errorf("a change outside a level correction, or with more than its own citation")
			}
			if err := checkFigure(p.Change, src); err != nil {
				return err
			}
		}
		return checkFigure(p.Figure, src)
	case PartTrack:
		if p.Figure == nil || p.Result == nil || len(p.Citations) != 2 || p.Status == "" {
			return fmt.Errorf("track without a target, a result, their two citations or a status")
		}
		if err := checkFigure(p.Figure, src); err != nil {
			return err
		}
		return checkFigure(p.Result, src)
	case PartItem:
		if p.Text == "" || len(p.Citations) == 0 && p.Report == "" {
			return fmt.Errorf("item without a title, or without a citation or a report")
		}
		if p.Report != "" {
			if _, err := src.Report(p.Report); err != nil {
				return err
			}
		}
	case PartText:
		if p.Role == "" || p.Role == RoleReport && p.Report == "" {
			return fmt.Errorf("text without a role, or a report heading without its report")
		}
	default:
		return fmt.Errorf("unknown part type")
	}
	return nil
}

// checkFigure: f's value is the runes of its paragraph at its offsets.
func checkFigure(f *AnswerFigure, src ReportSource) error {
	r, err := src.Report(f.Report)
	if err != nil {
		return err
	}
	para, err := r.Paragraph(f.Paragraph)
	if err != nil {
		return err
	}
	runes := []rune(para.Text)
	if f.Start < 0 || f.End > len(runes) || f.Start >= f.End || string(runes[f.Start:f.End]) != f.Value {
		return fmt.Errorf("figure %q is not runes [%d,%d) of ¶%d", f.Value, f.Start, f.End, f.Paragraph)
	}
	return nil
}
