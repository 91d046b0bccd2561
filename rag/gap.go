package rag

import (
	"fmt"
	"strings"
)

// Gap is how much a year's figure differs from the year before's, as the
// report's two figures give it: what a correction of a claimed difference
// ("今年公交车比去年多50台") says instead. It is derived, not quoted, so it
// travels as data beside the two cited figures; renderers word it.
type Gap struct {
	// Value is the size of the difference in the figures' own scale and
	// unit ("47台", "0.14万人", "2个百分点"); "" when they are the same.
	Value string `json:"value,omitempty"`
	// Way is +1 when the later figure is more (higher), -1 when less,
	// 0 when the two are the same.
	Way int `json:"way"`
	// AtLeast: one figure is a floor (90项以上), so the difference is one
	// too.
	AtLeast bool `json:"at_least,omitempty"`
	// Rate: the figures are rates, compared in percentage points, said
	// to be higher or lower rather than more or fewer.
	Rate bool `json:"rate,omitempty"`
	// Fall: both rates are falls (下降26.1%, 下降24.3%): the gap is said of
	// the size of the fall (降幅大, 降幅小).
	Fall bool `json:"fall,omitempty"`
	// Floors: both figures are floors (20%以上, 10%以上), compared as such.
	Floors bool `json:"floors,omitempty"`
	// About: a figure is approximate (5.5%左右): the gap is too.
	About bool `json:"about,omitempty"`
	// Times is how many times Result Figure is ("1.6"), given where a
	// claimed multiple is corrected; "" otherwise.
	Times string `json:"times,omitempty"`
	// Share is how far Figure fell below Result as a share of Result
	// ("46.7%"), given where a claimed share of a fall (少了一半以上) is
	// corrected: a multiple of 0.5 says it less plainly.
	Share string `json:"share,omitempty"`
}

// Words are the gap as a phrase: "多47台", "至少多10项", "高2个百分点",
// "持平"; in English "47台 more", "2 percentage points higher".
func (g Gap) Words(lang string) string {
	if lang == "en" {
		return g.english()
	}
	if g.Way == 0 {
		return "持平"
	}
	way := map[bool]map[int]string{false: {1: "多", -1: "少"}, true: {1: "高", -1: "低"}}[g.Rate][g.Way]
	if g.Fall {
		way = map[int]string{1: "降幅小", -1: "降幅大"}[g.Way]
	}
	if g.AtLeast {
		way = "至少" + way
	}
	if g.About {
		way = "约" + way
	}
	if g.Floors {
		way = "下限" + way
	}
	return way + g.Value
}

func (g Gap) english() string {
	if g.Way == 0 {
		return "the same"
	}
	v := g.Value
	if n, ok := strings.CutSuffix(v, "个百分点"); ok {
		v = n + " percentage points"
		if n == "1" {
			v = n + " percentage point"
		}
	}
	way := map[bool]map[int]string{false: {1: "more", -1: "less"}, true: {1: "higher", -1: "lower"}}[g.Rate][g.Way]
	if g.Fall {
		way = map[int]string{1: "smaller a fall", -1: "larger a fall"}[g.Way]
	}
	if g.AtLeast {
		v = "at least " + v
	}
	if g.About {
		v = "about " + v
	}
	if g.Floors {
		v = "a floor " + v
	}
	return v + " " + way
}

// gapValue is what a gap correction says the report wrote: both years'
// figures, labelled, and the difference between them.
func gapValue(p Part, lang string) string {
	before, after := p.Result, p.Figure
	if before.Period == after.Period {
		return pairValue(p, lang)
	}
	if lang == "en" {
		s := fmt.Sprintf("%s (%s) and %s (%s), %s", before.Value, before.Period.EnglishLabel(), after.Value, after.Period.EnglishLabel(), p.Gap.Words(lang))
		if p.Gap.Times != "" {
			s += fmt.Sprintf(", about %s times", p.Gap.Times)
		}
		if p.Gap.Share != "" {
			s += fmt.Sprintf(", a fall of about %s", p.Gap.Share)
		}
		return s
	}
	s := fmt.Sprintf("%s%s、%s%s，%s", before.Period.Label(), before.Value, after.Period.Label(), after.Value, p.Gap.Words(lang))
	if p.Gap.Times != "" {
		s += fmt.Sprintf("，后者约为前者的%s倍", p.Gap.Times)
	}
	if p.Gap.Share != "" {
		s += fmt.Sprintf("，降幅约%s", p.Gap.Share)
	}
	return s
}

// pairValue is what a correction of an order claimed between two
// indicators of one period says the report wrote: the period, each
// figure named, the subject's first, and how it stands to the other.
func pairValue(p Part, lang string) string {
	subject, other := p.Figure, p.Result
	words := p.Gap.Words(lang)
	if lang == "en" {
		s := fmt.Sprintf("%s %s and %s %s (%s)", subject.Indicator, subject.Value, other.Indicator, other.Value, subject.Period.EnglishLabel())
		if p.Gap.Way == 0 {
			return s + ", the same"
		}
		s += ", the former " + words
		if p.Gap.Times != "" {
			s += fmt.Sprintf(", about %s times the latter", p.Gap.Times)
		}
		return s
	}
	s := fmt.Sprintf("%s：%s%s、%s%s", subject.Period.Label(), subject.Indicator, subject.Value, other.Indicator, other.Value)
	if p.Gap.Way == 0 {
		return s + "，两者持平"
	}
	s += "，前者" + words
	if p.Gap.Times != "" {
		s += fmt.Sprintf("，约为后者的%s倍", p.Gap.Times)
	}
	return s
}

// checkGap: a gap correction has both figures, a citation of each and a
// difference it can say.
func checkGap(p Part) error {
	switch {
	case p.Type != PartCorrection:
		return fmt.Errorf("a gap outside a correction")
	case p.Result == nil || len(p.Citations) != 2:
		return fmt.Errorf("gap correction without both figures and their two citations")
	case p.Gap.Way < -1 || p.Gap.Way > 1 || (p.Gap.Way != 0) == (p.Gap.Value == ""):
		return fmt.Errorf("gap %+v says no difference it can word", *p.Gap)
	}
	return nil
}
