package figures

import (
	"regexp"
	"slices"
	"strings"

	"github.com/reportbot/reportbot/rag"
)

// A question may state by how much the report's place is ahead of a wider
// one: "一般公共预算收入增长高于全省2.8%吧", "比全省快2.8个点". Between two
// growth rates that is a gap in percentage points, which the report
// writes so (高于全省2.8个百分点); read as a rate of its own, the 2.8% would
// be held to the growth rate (8.3%) and "corrected".

// placeGapBefore ends the words that set a figure beside a wider place's:
// 高于全省, 比全省快, 较全国平均水平高出.
var placeGapBefore = regexp.MustCompile(`(?:(?:高|快|低|慢|多|少)于|超过|超出|领先|落后)(?:全省|全国|全市|省|国家)(?:平均水平|平均|水平)?(?:的)?$|(?:比|较)(?:全省|全国|全市)(?:平均水平|平均|水平)?(?:的)?(?:增速|增幅|增长)?(?:要)?(?:高|快|低|慢|多|少)(?:出|了)?$`)

// spokenPointsAt reports whether a count in 个 is followed by 点 and
// follows a way word: "高2.8个点", "下降了1个点" speak of percentage
// points; "建设10个点位" counts places.
func spokenPointsAt(rs []rune, m Mention) bool {
	if m.End >= len(rs) || rs[m.End] != '点' || m.End+1 < len(rs) && strings.ContainsRune("位状儿子", rs[m.End+1]) {
		return false
	}
	before := strings.TrimSuffix(strings.TrimRight(string(rs[max(0, m.Start-4):m.Start]), " "), "了")
	// gapWords hold 快 and 慢 too (比全省快2.8个点).
	return slices.ContainsFunc(gapWords, func(w moveWord) bool { return strings.HasSuffix(before, w.word) })
}

// asPoints reads the figures a question states of a gap over a wider
// place in percentage points: a % and a spoken 个点 ("2.8个点") both mean
// them. pointsFor is set to what the question wrote when it wrote %.
func asPoints(rs []rune, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Value.Unit == "个" && spokenPointsAt(rs, *m) {
			m.End++
			m.Text, m.Value.Unit = string(rs[m.Start:m.End]), "个百分点"
			continue
		}
		if m.Value.Unit == "%" && ratioMoved(rs, *m) {
			m.ratioPercent = true // 债务率下降50%: points, said as %
			continue
		}
		if m.Value.Unit != "%" || m.Value.Qualifier != "" {
			continue
		}
		before := strings.TrimRight(string(rs[max(0, m.Start-12):m.Start]), " ")
		if placeGapBefore.MatchString(before) {
			m.Value.Unit, m.points = "个百分点", true
		}
	}
}

// pointsNote tells a question that wrote % for a gap over a wider place
// that the report counts it in percentage points, before an answer that
// quotes that gap: the unit is the asker's slip, not a wrong figure.
func pointsNote(d *rag.Draft, mentions []Mention) {
	unitNote(d, mentions, func(m Mention) bool { return m.points },
		func(v Value) bool { return v.Unit == "个百分点" },
		"注：两个增速之差以“个百分点”计，报告写的是“个百分点”，不是“%”。",
		"Note: a gap between growth rates is in percentage points, as the report gives it, not in %.")
}

// unitNote puts note (en in English) before a found answer when one of
// mentions is written in the other unit (written) and a quote gives its
// number in the report's (quoted): the claim stands, only the unit is
// noted. pointsNote and percentNote, one for each way round.
func unitNote(d *rag.Draft, mentions []Mention, written func(Mention) bool, quoted func(Value) bool, note, en string) {
	ans := d.Answer
	if !ans.Found || !slices.ContainsFunc(mentions, func(m Mention) bool { return written(m) && quotesAs(ans, m.Value, quoted) }) {
		return
	}
	if d.Intent.Lang == "en" {
		note = en
	}
	ans.Parts = append([]rag.Part{rag.TextPart(rag.RoleNotice, note)}, ans.Parts...)
}

// quotesAs reports whether a quote of ans gives v's number as a value
// that is (in the unit a note tells).
func quotesAs(ans *rag.Answer, v Value, is func(Value) bool) bool {
	for _, c := range ans.Citations {
		for _, m := range Find(c.Quote) {
			if is(m.Value) && m.Value.SameNumber(v) {
				return true
			}
		}
	}
	return false
}
