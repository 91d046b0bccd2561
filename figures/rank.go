package figures

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/reportbot/reportbot/rag"
)

// UnitRank is the unit of a place in a ranking: 全省第一 is 1 位次.
const UnitRank = "位次"

// rankRe finds a place in a ranking: an ordinal after a word that says
// what it ranks in or how it got there (全省第一, 排行榜第7名, 升至第21位).
var rankRe = regexp.MustCompile(`(?:全省|全国|全市|东北|榜|升至|位居|居于|位列|排名|排在|排)[^，。；、第\d]{0,6}?第([一二三四五六七八九十两零〇\d]+)(?:位|名)?`)

// notRanks follow an ordinal that counts, not ranks: 第四批, 第五次.
const notRanks = "批次轮届个期届年"

// rankMention is a ranking found in text.
type rankMention struct {
	start, end int // rune offsets of the whole match (全省第一)
	ordinal    int // rune offset of its 第
	place      float64
}

// findRanks returns the rankings written in text.
func findRanks(text string) []rankMention {
	if !strings.Contains(text, "第") {
		return nil // the regexp is slow to say so on every question
	}
	var out []rankMention
	for _, m := range rankRe.FindAllStringSubmatchIndex(text, -1) {
		if r := []rune(text[m[1]:]); len(r) > 0 && strings.ContainsRune(notRanks, r[0]) {
			continue
		}
		num := text[m[2]:m[3]]
		n, err := strconv.ParseFloat(num, 64)
		if err != nil {
			v, ok := rag.ParseChineseNumber(num)
			if !ok {
				continue
			}
			n = v
		}
		out = append(out, rankMention{
			start: len([]rune(text[:m[0]])), end: len([]rune(text[:m[1]])), ordinal: len([]rune(text[:m[2]])) - 1, place: n,
		})
	}
	return out
}

// rankFigures are the rankings of a paragraph as figures in UnitRank. A
// ranking's indicator is its clause before it; when that names only the
// kind of figure ("增速均全省第一"), the figures earlier in its sentence
// are what is ranked (固定资产投资增长、进出口总额增长).
func rankFigures(p *rag.Paragraph, figs []Figure) []Figure {
	rs := []rune(p.Text)
	var out []Figure
	for _, m := range findRanks(p.Text) {
		cs, ss := m.start, m.start
		for cs > 0 && !strings.ContainsRune(clauseEndRunes, rs[cs-1]) {
			cs-- // 、 stays: "研发经费投入总量、强度均居全省第三" ranks both
		}
		for ss > 0 && !strings.ContainsRune(sentenceEndRunes, rs[ss-1]) {
			ss--
		}
		var b strings.Builder // the clause without its figures: 全年实际利用外资
		last := cs
		for _, f := range figs {
			if f.Start >= last && f.End <= m.start {
				b.WriteString(string(rs[last:f.Start]))
				last = f.End
			}
		}
		b.WriteString(string(rs[last:m.start]))
		ind := strings.TrimSpace(b.String())
		for _, w := range []string{"位居", "均居", "居", "均", "都", "、"} {
			ind = strings.TrimSuffix(ind, w)
		}
		if len([]rune(ind)) < 2 || rankGeneric[ind] {
			var named []string
			for _, f := range figs {
				if f.Start >= ss && f.End <= m.start && f.Indicator != "" {
					named = append(named, trimGrowth(f.Indicator))
				}
			}
			ind = strings.Join(named, "、") + ind
		}
		out = append(out, Figure{
			Report: p.Report, Paragraph: p.N, Start: m.start, End: m.end, Text: string(rs[m.start:m.end]),
			Indicator: ind, Value: m.place, Max: m.place, Unit: UnitRank, Kind: KindOf(p.Period), Period: p.Period,
		})
	}
	return out
}

// rankGeneric are clause heads that name only the kind of figure ranked.
var rankGeneric = map[string]bool{"增速": true, "总量": true, "增幅": true, "水平": true, "规模": true}
