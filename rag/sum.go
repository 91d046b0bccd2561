package rag

import (
	"fmt"
	"strings"
)

// Sum is a total a question claimed ("人大建议和政协提案一共324件吧") of
// figures the report gives separately: the figures, each as written and
// cited, and what they add up to. The total is computed, never quoted, so
// it travels as data beside the figures; renderers word it as computed.
type Sum struct {
	// Of are the report's figures added, in the question's order; the
	// part's Citations cite each (a citation may serve several).
	Of []AnswerFigure `json:"of"`
	// Value is their total in their own scale and unit ("324件",
	// "9.33亿元"), added in decimal.
	Value string `json:"value"`
	// Approx: a figure added is approximate (左右, 余), and so the total.
	Approx bool `json:"approx,omitempty"`
}

// sumWords are the words of a sum by language: one figure added, the
// separator between them, the total (approximate first, exact second),
// and a claim it bears out. The web page holds the same (web/lang.go
// sum_*).
var sumWords = map[string]map[string]string{
	"zh": {"item": "{l}{i}{v}", "sep": "、", "about": "约", "value": "{p}，相加为{a}{t}（据报告数字计算）",
		"check": "核对：报告分别写的是{v}，与所说的{s}一致。"},
	"en": {"item": "{i} {v}{l}", "sep": " and ", "about": "about ", "value": "{p}, which add up to {a}{t} (computed from the report's figures)",
		"check": "Check: the report gives {v}, as stated ({s})."},
}

// sumValue is what a sum says the report wrote: each figure with what
// it measures (labelled with its period when they differ), and the
// computed total.
func sumValue(s *Sum, lang string) string {
	w, ok := sumWords[lang]
	if !ok {
		w = sumWords["zh"]
	}
	mixed := false
	for _, f := range s.Of {
		mixed = mixed || f.Period != s.Of[0].Period
	}
	items := make([]string, len(s.Of))
	for i, f := range s.Of {
		label := ""
		if l := f.Period.EnglishLabel(); mixed && lang == "en" && l != "" {
			label = " (" + l + ")"
		} else if l := f.Period.Label(); mixed && lang != "en" && l != "" {
			label = "【" + l + "】"
		}
		items[i] = strings.NewReplacer("{l}", label, "{i}", f.Indicator, "{v}", f.Value).Replace(w["item"])
	}
	about := ""
	if s.Approx {
		about = w["about"]
	}
	return strings.NewReplacer("{p}", strings.Join(items, w["sep"]), "{a}", about, "{t}", s.Value).Replace(w["value"])
}

// SumCheck is a sum part's sentence: the figures, their computed total,
// and that it bears out the claim Stated.
func (p Part) SumCheck(lang string) string {
	w, ok := sumWords[lang]
	if !ok {
		w = sumWords["zh"]
	}
	return strings.NewReplacer("{v}", sumValue(p.Sum, lang), "{s}", p.Stated).Replace(w["check"])
}

// checkSum: a sum part has two figures or more, each of its paragraph's
// runes, a total and a citation for each paragraph.
func checkSum(p Part, src ReportSource) error {
	s := p.Sum
	switch {
	case p.Type != PartSum && p.Type != PartCorrection:
		return fmt.Errorf("a sum outside a sum part or a correction")
	case len(s.Of) < 2 || s.Value == "" || p.Stated == "":
		return fmt.Errorf("sum %+v adds fewer than two figures, or says no total or no claim", *s)
	case len(p.Citations) == 0 || len(p.Citations) > len(s.Of):
		return fmt.Errorf("sum of %d figures with %d citations", len(s.Of), len(p.Citations))
	}
	for i := range s.Of {
		if err := checkFigure(&s.Of[i], src); err != nil {
			return err
		}
	}
	return nil
}
