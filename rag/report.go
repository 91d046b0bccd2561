// Package rag turns report text into cited answers: it ingests reports into
// numbered paragraphs and passages, retrieves passages for a question, picks
// the sentences that answer it and checks every citation against the text.
package rag

import (
	"fmt"
	"strings"
)

// Meta describes one report. ID is what citations name.
type Meta struct {
	ID    string `yaml:"id" json:"id"`
	Title string `yaml:"title" json:"title"`
	City  string `yaml:"city" json:"city,omitempty"`
	// Aliases are other names of the report's place ("盘锦", "Panjin"):
	// a question naming them asks about this report, not about a topic.
	Aliases []string `yaml:"aliases" json:"aliases,omitempty"`
	// Places are places inside the report's own that it speaks of by name
	// and no register of divisions lists (development zones, parks): a
	// question naming one asks about that place, not the whole city.
	Places []PlaceMeta `yaml:"places" json:"places,omitempty"`
	// Examples are questions to suggest to people who do not know what to
	// ask; "" uses questions every government work report answers.
	Examples   []string `yaml:"examples" json:"examples,omitempty"`
	Year       int      `yaml:"year" json:"year,omitempty"`
	Date       string   `yaml:"date" json:"date,omitempty"`
	Speaker    string   `yaml:"speaker" json:"speaker,omitempty"`
	ReviewYear int      `yaml:"review_year" json:"review_year,omitempty"`
}

// PlaceMeta names a place inside a report's own: its name as the report
// writes it, its kind (zone, park…) and its other names, English ones too.
type PlaceMeta struct {
	Name    string   `yaml:"name" json:"name"`
	Kind    string   `yaml:"kind" json:"kind,omitempty"`
	Aliases []string `yaml:"aliases" json:"aliases,omitempty"`
}

// PeriodKind says whether a passage reports results or sets plans.
type PeriodKind int

const (
	PeriodNone   PeriodKind = iota // front matter, closing words
	PeriodResult                   // part 一: what the past year achieved
	PeriodPlan                     // part 二: targets and plans for the report year
)

// Period labels a passage with its kind and the year it is about.
type Period struct {
	Kind PeriodKind
	Year int
}

// String is the machine form used in JSON: "2024-result", "2025-plan" or "".
func (p Period) String() string {
	switch p.Kind {
	case PeriodResult:
		return fmt.Sprintf("%d-result", p.Year)
	case PeriodPlan:
		return fmt.Sprintf("%d-plan", p.Year)
	}
	return ""
}

// Label is the short Chinese label shown to users.
func (p Period) Label() string {
	switch p.Kind {
	case PeriodResult:
		return fmt.Sprintf("%d年结果", p.Year)
	case PeriodPlan:
		return fmt.Sprintf("%d年目标", p.Year)
	}
	return ""
}

// EnglishLabel is Label for answers in English.
func (p Period) EnglishLabel() string {
	switch p.Kind {
	case PeriodResult:
		return fmt.Sprintf("%d result", p.Year)
	case PeriodPlan:
		return fmt.Sprintf("%d target/plan", p.Year)
	}
	return ""
}

// FigureKind is the kind of the figures a paragraph of this period gives
// (AnswerFigure.Kind): "result" in a review, "target" in a plan, "other"
// elsewhere.
func (p Period) FigureKind() string {
	switch p.Kind {
	case PeriodResult:
		return "result"
	case PeriodPlan:
		return "target"
	}
	return "other"
}

// MarshalText makes Period a JSON string.
func (p Period) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// ParaKind classifies a paragraph by its role in the report's structure.
type ParaKind int

const (
	ParaBody    ParaKind = iota
	ParaPart             // 一、2024年工作回顾
	ParaSection          // （一）… (may carry body text after its title)
	ParaLink             // trailing web link line: numbered, never quoted
)

// Paragraph is one non-empty line of a report. N is its 1-based number among
// the non-empty lines: the ¶N users see. Text is the line without its leading
// and trailing white space (the indent of full-width spaces); quotes and rune
// offsets refer to Text.
type Paragraph struct {
	Report  string
	N       int
	Text    string
	Kind    ParaKind
	Part    string // "一、2024年工作回顾"
	Section string // "（一）精准施策稳增长，提振经济取得新成效"
	Lead    string // topic lead phrase opening the paragraph, e.g. "强化项目支撑"
	Period  Period
	// Planted is set for a paragraph that reads like instructions to a
	// model (LooksLikeInstructions): numbered, never quoted.
	Planted bool
}

// Path is the section path shown beside citations.
func (p *Paragraph) Path() string {
	var parts []string
	for _, s := range []string{p.Part, p.Section, p.Lead} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " › ")
}

// Quotable reports whether the paragraph is report text that answers may quote.
func (p *Paragraph) Quotable() bool { return p.Kind != ParaLink && !p.Planted }

// Report is an ingested report.
type Report struct {
	Meta       Meta
	Version    string // sha256 of the source text, hex
	Paragraphs []Paragraph
	Passages   []Passage
	// quotable is its quotable paragraphs' normalized text, made by
	// Ingest, which normalizes every paragraph anyway: the index need
	// not normalize them again (nil: the index makes it).
	quotable *quotableText
}

// Tracks are the years whose targets one loaded report set and another
// reviewed: for each report, the report of the same city planning the
// year it reviews. In the order of the reviewing reports.
func Tracks(reports []*Report) []Track {
	var out []Track
	for _, r := range reports {
		for _, t := range reports {
			if t != r && t.Meta.Year == r.Meta.ReviewYear && t.Meta.City != "" &&
				Normalize(t.Meta.City) == Normalize(r.Meta.City) {
				out = append(out, Track{Target: t, Result: r, Year: r.Meta.ReviewYear})
				break
			}
		}
	}
	return out
}

// Ref names the report and the exact text version.
func (r *Report) Ref() ReportRef {
	return ReportRef{ID: r.Meta.ID, Title: r.Meta.Title, Version: r.Version}
}

// Paragraph returns ¶n, or an error naming the valid range.
func (r *Report) Paragraph(n int) (*Paragraph, error) {
	if n < 1 || n > len(r.Paragraphs) {
		return nil, fmt.Errorf("%w: report %s has paragraphs ¶1–¶%d, not ¶%d", ErrNoParagraph, r.Meta.ID, len(r.Paragraphs), n)
	}
	return &r.Paragraphs[n-1], nil
}

// Passage is a retrieval unit: a window of whole sentences inside one
// paragraph, never across paragraphs. Start and End are rune offsets into
// the paragraph's Text.
type Passage struct {
	ID     string // "panjin-2025/p23/0"
	Report string
	Para   int
	Start  int
	End    int
	Text   string // the exact runes [Start,End) of the paragraph
	Topic  string // in-paragraph topic sentence heading this window, if any
}

// UnmarshalText reads the form MarshalText writes.
func (p *Period) UnmarshalText(b []byte) error {
	s := string(b)
	if s == "" {
		*p = Period{}
		return nil
	}
	var year int
	var kind string
	if _, err := fmt.Sscanf(strings.Replace(s, "-", " ", 1), "%d %s", &year, &kind); err != nil {
		return fmt.Errorf("period %q: want YEAR-result or YEAR-plan", s)
	}
	switch kind {
	case "result":
		*p = Period{Kind: PeriodResult, Year: year}
	case "plan":
		*p = Period{Kind: PeriodPlan, Year: year}
	default:
		return fmt.Errorf("period %q: want YEAR-result or YEAR-plan", s)
	}
	return nil
}
