package rag

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/places"
)

// provinceAbbrev is each province-level place's one-character name (简称),
// by its short name: what a report writes inside its own words (援疆).
var provinceAbbrev = map[string]string{
	"北京": "京", "天津": "津", "河北": "冀", "山西": "晋", "内蒙古": "蒙", "辽宁": "辽", "吉林": "吉", "黑龙江": "黑",
	"上海": "沪", "江苏": "苏", "浙江": "浙", "安徽": "皖", "福建": "闽", "江西": "赣", "山东": "鲁", "河南": "豫",
	"湖北": "鄂", "湖南": "湘", "广东": "粤", "广西": "桂", "海南": "琼", "重庆": "渝", "四川": "川", "贵州": "黔",
	"云南": "滇", "西藏": "藏", "陕西": "陕", "甘肃": "甘", "青海": "青", "宁夏": "宁", "新疆": "疆",
}

// placeForms are the ways a report may write place p in its own phrases:
// its names, its one-character name, and 省 for the province of the
// report's city (relation wider).
func placeForms(p places.Place, relation string) []string {
	forms := []string{Normalize(p.Name)}
	if p.Short != "" {
		forms = append(forms, Normalize(p.Short))
	}
	if p.Kind == places.KindProvince {
		if a := provinceAbbrev[p.Short]; a != "" {
			forms = append(forms, a)
		}
		if relation == PlaceWider {
			forms = append(forms, "省")
		}
	}
	return forms
}

// placeGap is how many characters a report may write between a place and
// the words it qualifies (中央主要媒体 for 中央媒体).
const placeGap = 2

// writesPlaceWith reports whether the report writes the place, in one of
// forms, in the very phrase the question asks after it, and the clause
// holding it holds all the question asks there (asked, from askedAfter):
// "辽宁省稳增长奖励资金" is the report's 省稳增长奖励资金, "中央媒体刊发多少篇"
// its 中央主要媒体刊发400余篇, "新疆援疆项目" its 援疆项目. The place is
// then the city's source of funds, its partner or its media, not another
// place whose own figure is asked ("辽宁沿海经济带今年GDP目标" meets a
// clause without GDP). A one-character form must stand right before the
// asked words or inside them.
func writesPlaceWith(texts, forms []string, asked askedAfter) bool {
	return writesPlace(texts, forms, asked, false)
}

// writesCountryWith is writesPlaceWith for the whole country (中央, 全国):
// the report's phrase holding it names a thing of the country's own
// (中央主要媒体, 全国文明城市), so the question may word a verb after it its
// own way (heldHeadTail).
func writesCountryWith(texts, forms []string, asked askedAfter) bool {
	return writesPlace(texts, forms, asked, true)
}

func writesPlace(texts, forms []string, asked askedAfter, loose bool) bool {
	next := asked.next()
	if next == "" {
		return false
	}
	for _, f := range forms {
		gap := placeGap
		if utf8.RuneCountInString(f) == 1 {
			gap = 0
		}
		// 援疆 holds the place itself: the report's word is the question's.
		inside := gap == 0 && strings.Contains(next, f)
		for _, text := range texts {
			for from := 0; ; {
				i := strings.Index(text[from:], f)
				if inside {
					i = strings.Index(text[from:], next)
				}
				if i < 0 {
					break
				}
				at := from + i
				from = at + len(next)
				if !inside {
					at += len(f)
					from = at
				}
				if (inside || followsWithin(text[at:], next, gap)) && asked.heldBy(placeClause(text, at), loose) {
					return true
				}
			}
		}
	}
	return false
}

// followsWithin reports whether text opens with next after at most gap
// Han characters.
func followsWithin(text, next string, gap int) bool {
	for g := 0; ; g++ {
		if strings.HasPrefix(text, next) {
			return true
		}
		r, size := utf8.DecodeRuneInString(text)
		if g == gap || !isHan(r) {
			return false
		}
		text = text[size:]
	}
}

// placeClause is the clause of text around byte offset at: clauseEnds
// part it, not 、, which parts a list inside one.
func placeClause(text string, at int) string {
	start := strings.LastIndexAny(text[:at], clauseEnds) + 1
	end := strings.IndexAny(text[at:], clauseEnds)
	if end < 0 {
		return text[start:]
	}
	return text[start : at+end]
}

// askedAfter is what a question asks after a place, up to its first
// question word, without period words: its runs of Han characters and
// its Latin words ("媒体刊发" of "中央媒体刊发多少篇"; "沿海经济带", "gdp",
// "目标" of "辽宁沿海经济带今年GDP目标").
type askedAfter []string

// readAskedAfter reads what norm asks after byte offset end.
func readAskedAfter(norm string, end int) askedAfter {
	rest := strings.TrimPrefix(norm[end:], "的")
	for _, c := range questionCues {
		if i := strings.Index(rest, c); i >= 0 {
			rest = rest[:i]
		}
	}
	rest = blankWords(rest, periodWords)
	return strings.FieldsFunc(rest, func(r rune) bool {
		return !isHan(r) && !unicode.IsLetter(r) && !unicode.IsDigit(r) || r == '的' || r == '了' || r == '是'
	})
}

// next is the first two characters asked, "" unless they are Han.
func (a askedAfter) next() string {
	if len(a) == 0 {
		return ""
	}
	rs := []rune(a[0])
	if len(rs) < 2 || !isHan(rs[0]) || !isHan(rs[1]) {
		return ""
	}
	return string(rs[:2])
}

// heldBy reports whether clause holds every pair of adjacent characters
// of each Han run asked, and each other word (or lone character) whole.
// A pair may stand one character apart: a question shortens the report's
// two-character verb ("媒体发了" of the report's 媒体刊发).
func (a askedAfter) heldBy(clause string, loose bool) bool {
	for k, w := range a {
		rs := []rune(w)
		if !isHan(rs[0]) || len(rs) == 1 {
			if !strings.Contains(clause, w) {
				return false
			}
			continue
		}
		for i := 0; i+1 < len(rs); i++ {
			if !holdsPair(clause, rs[i], rs[i+1]) {
				if loose && k == len(a)-1 && heldHeadTail(rs, i) {
					break
				}
				return false
			}
		}
	}
	return true
}

// askedTails are words a question may close its last asked words with
// that ask only for the kind of answer, not a thing the clause must write.
var askedTails = []string{"目标", "计划", "情况", "任务"}

// heldHeadTail reports whether the last asked run rs, held by a clause up
// to its character i, names the report's own phrase with a verb the
// question words its own way after it: at least three characters held,
// and at most two left once a tail asking the answer's kind is dropped
// ("中央媒体发稿" for the report's 中央主要媒体刊发, "全国文明城市创建目标"
// for its 全国文明城市). A held head of two, or four characters left, is
// another thing asked ("辽宁沿海经济带生产总值").
func heldHeadTail(rs []rune, i int) bool {
	if i+1 < 3 {
		return false
	}
	rest := string(rs[i+1:])
	for _, t := range askedTails {
		rest = strings.TrimSuffix(rest, t)
	}
	return utf8.RuneCountInString(rest) <= 2
}

// holdsPair reports whether clause writes first then second, adjacent or
// with one Han character between them.
func holdsPair(clause string, first, second rune) bool {
	if strings.Contains(clause, string([]rune{first, second})) {
		return true
	}
	for rest := clause; ; {
		i := strings.IndexRune(rest, first)
		if i < 0 {
			return false
		}
		rest = rest[i+utf8.RuneLen(first):]
		mid, size := utf8.DecodeRuneInString(rest)
		if isHan(mid) && strings.HasPrefix(rest[size:], string(second)) {
			return true
		}
	}
}

// scopeTexts are the normalized quotable paragraphs of rep (every
// report's when nil).
func (ix *Index) scopeTexts(rep *Report) []string {
	var out []string
	for _, r := range ix.reports {
		if rep != nil && r != rep {
			continue
		}
		for i := range r.Paragraphs {
			if p := &r.Paragraphs[i]; p.Quotable() {
				out = append(out, ix.para(p).norm)
			}
		}
	}
	return out
}

// institutionSuffixes end the names of bodies: a place before words that
// end in one opens the body's name (辽宁数字商业产业学院), not the place
// whose own figure is asked.
var institutionSuffixes = []string{"学院", "大学", "学校", "中学", "小学", "集团", "公司", "医院", "银行", "研究院", "研究所", "博物馆", "协会",
	// A campus carries its university's place before its own (大连理工大学
	// 盘锦校区), which a question shortens (大连理工盘锦校区).
	"校区", "分校"}

// namesInstitution reports whether the question asks after the place the
// name of a body (its first run ends in an institution suffix) that the
// report writes with the place directly before the run's first words:
// the report's 建成"辽宁数字商业""华为鲲鹏"等产业学院 for 辽宁数字商业产业学院.
func namesInstitution(texts, forms []string, asked askedAfter) bool {
	next := asked.next()
	if next == "" || !slices.ContainsFunc(institutionSuffixes, func(s string) bool {
		return strings.HasSuffix(asked[0], s) && len(asked[0]) > len(s)
	}) {
		return false
	}
	for _, f := range forms {
		if utf8.RuneCountInString(f) < 2 {
			continue // 辽 alone opens too many words (辽河) to mark a name
		}
		if slices.ContainsFunc(texts, func(t string) bool { return strings.Contains(t, f+next) }) {
			return true
		}
	}
	return false
}

// roadAfter finds a road word a few characters after a place (往北京去的
// 那条高速): the place is where the road leads.
var roadAfter = regexp.MustCompile(`^[^，,。；;？?！!]{0,6}?(高速|公路|铁路|高铁|国道)`)

// towardWords open a place as the end a road leads to.
var towardWords = []string{"通往", "开往", "去往", "往", "到"}

// namesRoadEnd reports whether norm asks a place, between byte offsets
// start and end, as the end of a road (往北京去的那条高速) that the report
// names by its ends' one-character names (京哈高速): a road of the city's
// own, not the other place's record.
func namesRoadEnd(texts []string, p places.Place, norm string, start, end int) bool {
	a := provinceAbbrev[p.Short]
	if a == "" || !slices.ContainsFunc(towardWords, func(w string) bool { return strings.HasSuffix(norm[:start], w) }) {
		return false
	}
	m := roadAfter.FindStringSubmatch(norm[end:])
	if m == nil {
		return false
	}
	road := m[1]
	return anyFollowedBy(texts, a, func(rest string) bool {
		r, size := utf8.DecodeRuneInString(rest)
		return isHan(r) && strings.HasPrefix(rest[size:], road)
	})
}

// startsMidWord reports whether the Chinese character at byte offset at of
// norm continues a word begun before it, as the question's run of Chinese
// is cut into words: a place name found there is the tail of one word and
// the head of the next (东西安全 is 东西 and 安全, not 西安), no place asked.
func (ix *Index) startsMidWord(norm string, at int) bool {
	if ix.dict == nil || at <= 0 || at >= len(norm) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(norm[at:]); !isHan(r) {
		return false
	}
	start, end := hanRunAround(norm, at, at)
	if strings.HasPrefix(norm[start:], "那") && start+len("那") <= at {
		// A 那 opening a follow-up ("那大洼区呢") is no part of the place's
		// word, though the dictionary joins 那大.
		start += len("那")
	}
	if start == at {
		return false
	}
	for off, w := start, ix.dict.Segment(norm[start:end], nil); len(w) > 0 && off < at; w = w[1:] {
		off += len(w[0])
		if off > at {
			return true
		}
	}
	return false
}

// actsAcrossCountry reports whether a report text writes 在全国 before a
// count of the city's, of the very thing the words before the question's
// 全国 name: "河蟹平台体验店全国开几家" asks the count the city builds
// across the country (在全国推广建设盘锦河蟹平台体验店30个), no figure of
// the country itself. The thing is the Han pair right before the count.
func actsAcrossCountry(texts []string, before string) bool {
	for _, text := range texts {
		for from := 0; ; {
			i := strings.Index(text[from:], "在全国")
			if i < 0 {
				break
			}
			from += i + len("在全国")
			sentence := text[from:]
			if j := strings.IndexAny(sentence, "。；;，,"); j >= 0 {
				sentence = sentence[:j]
			}
			d := strings.IndexAny(sentence, "0123456789")
			if d < 0 {
				continue
			}
			thing := []rune(lastHanRun(sentence[:d]))
			if len(thing) >= 2 && strings.Contains(before, string(thing[len(thing)-2:])) {
				return true
			}
		}
	}
	return false
}
