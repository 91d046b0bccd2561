package figures

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/rag"
)

// UnitRank is the unit of a place in a ranking: 全省第一 is 1 位次.
const UnitRank = "位次"

// rankContext are the words before an ordinal that make it a place in a
// ranking (全省第一, 排行榜第7名, 升至第21位), with up to six characters
// between (全国化工园区第10名). A move to a place is a ranking whatever
// its verb (升至, 升到, 跃至, 降到…). At most two runes each: rankStart
// matches the two before a gap.
var rankContext = []string{"全省", "全国", "全市", "东北", "榜", "登上", "位居", "居于", "位列", "名列", "排名", "排在", "排",
	"升至", "升到", "跃至", "跃到", "进至", "进到", "降至", "降到", "跌至", "跌到", "退至", "退到", "滑至", "滑到", "落至", "落到"}

// maxRankGap is how many characters may stand between the context word
// and 第.
const maxRankGap = 6

// notRanks follow an ordinal that counts, not ranks: 第四批, 第五次.
const notRanks = "批次轮届个期届年"

// ordinalDigits may make up an ordinal's number.
const ordinalDigits = "一二三四五六七八九十两零〇0123456789"

// rankMention is a ranking found in text.
type rankMention struct {
	start, end int // rune offsets of the whole match (全省第一)
	ordinal    int // rune offset of its 第
	place      float64
}

// findRanks returns the rankings written in text.
func findRanks(text string) []rankMention {
	if !strings.Contains(text, "第") {
		return nil
	}
	rs := []rune(text)
	var out []rankMention
	for i, r := range rs {
		if r != '第' {
			continue
		}
		j := i + 1
		for j < len(rs) && strings.ContainsRune(ordinalDigits, rs[j]) {
			j++
		}
		if j == i+1 || j < len(rs) && strings.ContainsRune(notRanks, rs[j]) {
			continue
		}
		place, ok := ordinalNumber(string(rs[i+1 : j]))
		if !ok {
			continue
		}
		start := rankStart(rs, i)
		if start < 0 {
			continue
		}
		end := j
		if end < len(rs) && (rs[end] == '位' || rs[end] == '名') {
			end++
		}
		out = append(out, rankMention{start: start, end: end, ordinal: i, place: place})
	}
	return out
}

// rankStart is where the context word before the 第 at rs[i] starts: the
// furthest within maxRankGap characters that are no punctuation, so that
// the ranking reads whole (全国景点排行榜第7名); -1 when there is none.
func rankStart(rs []rune, i int) int {
	start := -1
	for gap := 0; gap <= maxRankGap && i-gap > 0; gap++ {
		if gap > 0 && strings.ContainsRune("，。；、第0123456789", rs[i-gap]) {
			break
		}
		before := string(rs[max(0, i-gap-2) : i-gap])
		for _, w := range rankContext {
			if strings.HasSuffix(before, w) {
				start = i - gap - len([]rune(w))
				break
			}
		}
	}
	return start
}

func ordinalNumber(s string) (float64, bool) {
	if n, err := strconv.ParseFloat(s, 64); err == nil {
		return n, true
	}
	return rag.ParseChineseNumber(s)
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

// englishRank is a place in a ranking written in English: "ranked first",
// "placed 3rd", "second in the province". The verb or the ranking's scope
// makes it one: "the first city to…" ranks nothing.
var englishRank = regexp.MustCompile(`(?i)\b(?:(?:ranked|ranks|rank|ranking|placed|came|stood|was|is)\s+(?:no\.?\s?)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[0-9]+(?:st|nd|rd|th)?)\b|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[0-9]+(?:st|nd|rd|th))\s+(?:place\s+)?(?:in|among)\s+(?:the\s+)?(?:province|liaoning|country|nation|china|northeast))`)

var englishOrdinals = map[string]float64{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}

// mayRankInEnglish reports whether text holds, in any case, what every
// ranking findEnglishRanks keeps holds: an ordinal word or a number with
// its suffix (3rd). Few texts do, English questions with numbers neither,
// and the rest are spared the expression.
func mayRankInEnglish(text string) bool {
	if !strings.ContainsFunc(text, func(r rune) bool { return r < utf8.RuneSelf && unicode.IsLetter(r) }) {
		return false // the cheaper look, for most texts
	}
	lower := strings.ToLower(text) // what findEnglishRanks reads a place in
	for w := range englishOrdinals {
		if strings.Contains(lower, w) {
			return true
		}
	}
	for i := 1; i+2 <= len(lower); i++ {
		if isDigit(rune(lower[i-1])) && slices.Contains(ordinalSuffixes, lower[i:i+2]) {
			return true
		}
	}
	return false
}

var ordinalSuffixes = []string{"st", "nd", "rd", "th"}

// findEnglishRanks returns the rankings written in English in text, at
// rune offsets.
func findEnglishRanks(text string) []rankMention {
	if !mayRankInEnglish(text) {
		return nil
	}
	return englishRanksIn(text)
}

// englishRanksIn is findEnglishRanks without its guard.
func englishRanksIn(text string) []rankMention {
	var out []rankMention
	for _, m := range englishRank.FindAllStringSubmatchIndex(text, -1) {
		a, b := m[2], m[3]
		if a < 0 {
			a, b = m[4], m[5]
		}
		word := strings.ToLower(text[a:b])
		place, ok := englishOrdinals[word]
		if !ok {
			n, err := strconv.Atoi(strings.TrimRight(word, "stndrh"))
			// "was 2024": a year or a count is no place.
			if err != nil || n < 1 || n > 100 || !strings.HasSuffix(word, "st") && !strings.HasSuffix(word, "nd") && !strings.HasSuffix(word, "rd") && !strings.HasSuffix(word, "th") {
				continue
			}
			place = float64(n)
		}
		start, end := utf8.RuneCountInString(text[:a]), utf8.RuneCountInString(text[:b])
		out = append(out, rankMention{start: start, end: end, ordinal: start, place: place})
	}
	return out
}
