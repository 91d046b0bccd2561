package rag

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxReportBytes bounds a report file; the seed is about 48 KB.
const MaxReportBytes = 8 << 20

var (
	partHeading    = regexp.MustCompile(`^[一二三四五六七八九十]+、`)
	sectionHeading = regexp.MustCompile(`^[（(][一二三四五六七八九十]+[)）]`)
	yearInText     = regexp.MustCompile(`(19|20)\d\d`)
)

// Ingest parses a report's text into numbered paragraphs with their
// structure, and cuts the passages that retrieval indexes.
func Ingest(meta Meta, text []byte) (*Report, error) {
	if meta.ID == "" {
		return nil, errors.New("ingest: report id is empty")
	}
	if len(text) > MaxReportBytes {
		return nil, fmt.Errorf("ingest: report %s: %d bytes is over the %d-byte limit", meta.ID, len(text), MaxReportBytes)
	}
	if !utf8.Valid(text) {
		return nil, fmt.Errorf("ingest: report %s: text is not valid UTF-8", meta.ID)
	}
	sum := sha256.Sum256(text)
	r := &Report{Meta: meta, Version: hex.EncodeToString(sum[:])}
	if r.Meta.ReviewYear == 0 && r.Meta.Year != 0 {
		r.Meta.ReviewYear = r.Meta.Year - 1
	}

	var part, section string
	period := Period{}
	var norms []string // by paragraph
	for _, line := range strings.Split(string(text), "\n") {
		line = strings.TrimFunc(line, func(r rune) bool { return unicode.IsSpace(r) || r == '\ufeff' })
		if line == "" {
			continue
		}
		p := Paragraph{Report: meta.ID, N: len(r.Paragraphs) + 1, Text: line}
		first := firstSentence(line)
		switch {
		case isLinkLine(line):
			p.Kind = ParaLink
		case partHeading.MatchString(line) && utf8.RuneCountInString(line) <= 40:
			p.Kind = ParaPart
			part, section = line, ""
			period = r.partPeriod(line)
		case sectionHeading.MatchString(line) && part != "":
			p.Kind = ParaSection
			section = strings.TrimRight(first, "。；;.")
		case strings.HasPrefix(line, "各位代表") && section != "":
			// The speaker turns from a section back to the whole part.
			section = ""
		}
		p.Part, p.Section, p.Period = part, section, period
		norms = append(norms, Normalize(line))
		p.Planted = instructionsIn(norms[len(norms)-1])
		if p.Kind == ParaBody && section != "" && isLeadSentence(first, 20) {
			p.Lead = strings.TrimRight(first, "。")
		}
		r.Paragraphs = append(r.Paragraphs, p)
	}
	if len(r.Paragraphs) == 0 {
		return nil, fmt.Errorf("ingest: report %s has no text", meta.ID)
	}
	r.settleFromText()
	r.quotable = joinQuotable(r.Paragraphs, func(i int) string { return norms[i] })
	for i := range r.Paragraphs {
		// Part headings ("二、2025年工作安排") match every question about a
		// year and answer none; list answers reach them through structure.
		if r.Paragraphs[i].Quotable() && r.Paragraphs[i].Kind != ParaPart {
			r.Passages = append(r.Passages, cutPassages(&r.Paragraphs[i])...)
		}
	}
	return r, nil
}

// cityInText finds the place of the congress a report was given to:
// "在盘锦市第九届人民代表大会…".
var cityInText = regexp.MustCompile(`在(\p{Han}{1,8}?[市县区州盟])第?[一二三四五六七八九十]+届人民代表大会`)

// settleFromText fills in what the metadata left out and the text says:
// the years its parts review and plan ("一、2024年工作回顾", "二、2025年工作
// 安排") and the city its congress sits in. A report without metadata
// still knows which years 去年 and 今年 are.
func (r *Report) settleFromText() {
	review, plan := 0, 0
	for _, p := range r.Paragraphs {
		if p.Kind != ParaPart {
			continue
		}
		switch p.Period.Kind {
		case PeriodResult:
			review = cmp.Or(review, p.Period.Year)
		case PeriodPlan:
			plan = cmp.Or(plan, p.Period.Year)
		}
	}
	if r.Meta.Year == 0 && plan == 0 && review != 0 {
		plan = review + 1
	}
	r.Meta.Year = cmp.Or(r.Meta.Year, plan)
	if r.Meta.ReviewYear == 0 && r.Meta.Year != 0 {
		r.Meta.ReviewYear = cmp.Or(review, r.Meta.Year-1)
	}
	for i := range r.Paragraphs {
		p := &r.Paragraphs[i]
		switch {
		case p.Period.Year != 0:
		case p.Period.Kind == PeriodResult:
			p.Period.Year = r.Meta.ReviewYear
		case p.Period.Kind == PeriodPlan:
			p.Period.Year = r.Meta.Year
		}
	}
	if r.Meta.City == "" {
		for _, p := range r.Paragraphs[:min(3, len(r.Paragraphs))] {
			if m := cityInText.FindStringSubmatch(p.Text); m != nil {
				r.Meta.City = m[1]
				break
			}
		}
	}
}

// partPeriod decides from a part heading whether it reviews results or plans
// ahead: "一、2024年工作回顾" is a review, "二、2025年工作安排" a plan.
func (r *Report) partPeriod(heading string) Period {
	year := 0
	if m := yearInText.FindString(heading); m != "" {
		fmt.Sscanf(m, "%d", &year)
	}
	switch {
	case strings.Contains(heading, "回顾") || strings.Contains(heading, "过去"):
		if year == 0 {
			year = r.Meta.ReviewYear
		}
		return Period{Kind: PeriodResult, Year: year}
	case strings.Contains(heading, "安排") || strings.Contains(heading, "任务") || strings.Contains(heading, "目标"):
		if year == 0 {
			year = r.Meta.Year
		}
		return Period{Kind: PeriodPlan, Year: year}
	}
	return Period{}
}

// isLinkLine: a web page's "解读：…" link or a bare URL line, not report
// text. A URL inside a sentence leaves the sentence report text.
func isLinkLine(line string) bool {
	return strings.HasPrefix(line, "解读：") || strings.HasPrefix(line, "解读:") ||
		strings.HasPrefix(line, "http://") || strings.HasPrefix(line, "https://")
}

// isLeadSentence: a short sentence with no comma that heads what follows,
// like "强化项目支撑。" or "有效投资夯实支撑。".
func isLeadSentence(s string, maxRunes int) bool {
	n := utf8.RuneCountInString(s)
	return n >= 4 && n <= maxRunes && strings.HasSuffix(s, "。") && !strings.ContainsAny(s, "，,；;：:")
}

func firstSentence(s string) string {
	for _, sp := range Sentences(s) {
		return s[sp.byteStart:sp.byteEnd]
	}
	return s
}
