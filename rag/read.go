package rag

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
	"github.com/mozillazg/go-pinyin"
)

// reader folds a question into the words the reports use before it is
// matched: traditional characters into simplified ones (OpenCC's t2s), and
// a typing slip that leaves a word the reports never use into a word they
// use, when a character of the same sound makes it (就叶 → 就业, 进出扣 →
// 进出口). Pinyin input methods make exactly these slips. Quotes are always
// the report's own text; only matching reads the folded question.
type reader struct {
	t2s *opencc.OpenCC
	// folds holds the characters of every t2s entry that changes its
	// text: a text without any of them is what Convert returns. Nil
	// when the dictionaries could not be listed: every text is converted.
	folds *runeSet
	// sounds maps a toneless reading to the reports' characters that have
	// it, most frequent first.
	sounds map[string][]rune
	chars  *charCounts // the characters sounds holds, and their counts
	lex    *Lexicon
	spell  *spelling
	home   *homeSlips // slips in the reports' own place names (潘锦)
	// isWord tells a dictionary word (words.Dict.IsWord); nil leaves
	// slips that only a two-character word shows (wordSlip) as typed.
	isWord func(string) bool
	// readingsOf caches the readings of the reports' characters.
	readingsOf map[rune][]string
	// otherReadings caches those of the characters questions bring that
	// the reports lack (rune → []string): a cache that only grows, to one
	// entry a Han character at most (a few MB, were every one asked).
	otherReadings sync.Map
}

// A question is read against the scope it is answered from: its
// characters (charCounts), and which two adjacent Han characters it
// writes — asked hundreds of times a question, so each scope keeps a Bloom
// filter of its pairs that turns most of them away, and its suffix array
// confirms the rest; an index of one report keeps the exact set (a map
// answers faster still), which a thousand reports could not afford.
func newReader(chars *charCounts, lex *Lexicon) (*reader, error) {
	t2s, err := opencc.New("t2s")
	if err != nil {
		return nil, fmt.Errorf("reader: opencc t2s: %w", err)
	}
	rd := &reader{t2s: t2s, folds: foldingRunes(t2s), sounds: map[string][]rune{}, chars: chars, lex: lex, spell: newSpelling(lex), readingsOf: map[rune][]string{}}
	args := pinyin.NewArgs()
	args.Heteronym = true
	// Most frequent first, then by code point: the order is part of the
	// result when two characters fit equally.
	order := append([]rune(nil), chars.chars...)
	slicesSortRunes(order, chars.count)
	for _, r := range order {
		rd.readingsOf[r] = readings(r, args)
		for _, reading := range rd.readingsOf[r] {
			rd.sounds[reading] = append(rd.sounds[reading], r)
		}
	}
	return rd, nil
}

// soundsIn are the characters of sc with reading, most frequent in sc
// first, then by code point.
func (rd *reader) soundsIn(reading string, sc *scope) []rune {
	all := rd.sounds[reading]
	if sc.chars == rd.chars {
		return all // the characters and the order sounds was made with
	}
	var out []rune
	for _, c := range all {
		if sc.chars.count(c) > 0 {
			out = append(out, c)
		}
	}
	slicesSortRunes(out, sc.chars.count)
	return out
}

// hanPairs are the pairs of adjacent Han characters of text, as a<<32|b.
func hanPairs(text string, f func(uint64)) {
	prev := rune(-1)
	for _, r := range text {
		if !isHan(r) {
			prev = -1
			continue
		}
		if prev >= 0 {
			f(uint64(prev)<<32 | uint64(r))
		}
		prev = r
	}
}

func readings(r rune, args pinyin.Args) []string {
	var out []string
	for _, rs := range pinyin.Pinyin(string(r), args) {
		out = append(out, rs...)
	}
	return out
}

// soundsAlike reports whether a pinyin keyboard gives a for b: a toneless
// reading of a is one of b's, or is it but for a final g (jing for jin),
// which fuzzy pinyin input treats as one.
func (rd *reader) soundsAlike(a, b rune) bool {
	fuzzy := func(s string) string { return strings.TrimSuffix(s, "g") }
	for _, ra := range rd.readingsOfRune(a) {
		for _, rb := range rd.readingsOfRune(b) {
			if fuzzy(ra) == fuzzy(rb) {
				return true
			}
		}
	}
	return false
}

// sharesInitial reports whether a reading of a and one of b open with the
// same initial consonant (盆 pen, 盘 pan); characters read with none
// share none.
func (rd *reader) sharesInitial(a, b rune) bool {
	for _, ra := range rd.readingsOfRune(a) {
		for _, rb := range rd.readingsOfRune(b) {
			if ia := pinyinInitial(ra); ia != "" && ia == pinyinInitial(rb) {
				return true
			}
		}
	}
	return false
}

// pinyinInitial is the initial consonant of a toneless reading: zh, ch,
// sh, or one letter before the first vowel; "" for none (an, er).
func pinyinInitial(r string) string {
	for _, two := range []string{"zh", "ch", "sh"} {
		if strings.HasPrefix(r, two) {
			return two
		}
	}
	if r == "" || strings.ContainsRune("aeiouv", rune(r[0])) {
		return ""
	}
	return r[:1]
}

// readingsOfRune is the toneless readings of r.
func (rd *reader) readingsOfRune(r rune) []string {
	if rds, ok := rd.readingsOf[r]; ok {
		return rds
	}
	return rd.readingsOfOther(r)
}

// readingsOfOther is the readings of a character the reports lack,
// looked up in the pinyin dictionary once.
func (rd *reader) readingsOfOther(r rune) []string {
	if rds, ok := rd.otherReadings.Load(r); ok {
		return rds.([]string)
	}
	args := pinyin.NewArgs()
	args.Heteronym = true
	rds := readings(r, args)
	rd.otherReadings.Store(r, rds)
	return rds
}

// read returns the question as the engine matches it: traditional
// characters folded, typing slips fixed (English ones too: spelling).
func (rd *reader) read(text string, sc *scope) string {
	if rd == nil {
		return text
	}
	if rd.needsFolding(text, sc) {
		if s, err := convertT2S(rd.t2s, text); err == nil {
			text = mainlandTerms(s, s != text, sc.text)
		}
	}
	text = rd.home.mend(mendDigits(aspectZhe(text)), sc)
	heard := dropObserved(dropAboutAsker(spokenNumbers(spokenUnits(spokenYears(readRankCounted(writtenProvinceCompared(targetSetAsks(readAmountAskSlip(wordSlips.Replace(apartYears(dropAsides(ourselves(dropMagnitudeGuess(dropPreamble(text)))))))))))))))
	heard = readFromAbove(rd.indicatorsCompared(heard))
	return rd.whoSlip(rd.fixSlips(rd.joinVerbObject(rd.dropParticles(rd.spell.fix(spellOut(heard), sc)), sc), sc), sc)
}

// digitMark is a mark between digits a keyboard or a locale puts in a
// number: a decimal comma (5,5%), a pinyin keyboard's 。 (2。04万), a
// thousands comma or space (14，114, 5 214).
var digitMark = regexp.MustCompile(`(\d)([,，。 ])(\d+)`)

// mendDigits writes the numbers of text as the reports do: 。 and a comma
// before one or two digits are a decimal point, a comma or space before
// three a thousands separator; a comma before four or more (2024,2025)
// parts two numbers and stays.
func mendDigits(text string) string {
	if !strings.ContainsAny(text, ",，。 ") {
		return text
	}
	return digitMark.ReplaceAllStringFunc(text, func(m string) string {
		sm := digitMark.FindStringSubmatch(m)
		before, mark, after := sm[1], sm[2], sm[3]
		switch {
		case mark == "。" || (mark == "," || mark == "，") && len(after) <= 2:
			return before + "." + after
		case len(after) == 3 && mark != ",":
			return before + after // 5,000 is read as it stands, and echoed so
		}
		return m
	})
}

// spokenUnit replaces the units speech uses for the report's: "200个亿"
// is 200亿, "10亿美金" 10亿美元, "一个小时" and "一个钟头" 一小时.
var spokenUnit = strings.NewReplacer("个亿", "亿", "美金", "美元", "个小时", "小时", "个钟头", "小时")

// overHundredMillion is speech's "a hundred million or more" (投资过亿的项目,
// 上亿项目, 超亿元企业), which the reports write 亿元以上: read so, the size
// is the report's size class, not a word it lacks. Not after a digit or
// numeral, where 亿 is a number's unit (超10亿, 超过一亿 stay).
var overHundredMillion = regexp.MustCompile(`(^|[^0-9零〇一二两三四五六七八九十百千万])(?:超过|过|上|超)亿(?:元)?`)

// spokenUnits reads the spoken units of text as the report writes them;
// "六个点" is 6% where the question is about a rate ("GDP目标六个点吧",
// "社零涨了5个点"), not elsewhere ("建了两个点" are two sites).
func spokenUnits(text string) string {
	text = spokenPercents(catties(latinUnits(spokenUnit.Replace(overHundredMillion.ReplaceAllString(text, "${1}亿元以上")))))
	text = spokenHalves(text)
	if !strings.Contains(text, "个点") || !containsAny(text, rateCues) && !containsAny(text, placeGapCues) {
		return text
	}
	rs := []rune(text)
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		if rs[i] != '个' || i+1 == len(rs) || rs[i+1] != '点' || i == 0 || !isCountRune(rs[i-1]) {
			out = append(out, rs[i])
			continue
		}
		// The number before it, as digits: "六个点" reads 6%, "二十四点七个点" 24.7%.
		j := spokenPointsStart(out)
		if n, ok := ParseChineseNumber(string(out[j:])); ok && j < len(out) {
			out = append(out[:j], []rune(strconv.FormatFloat(n, 'f', -1, 64))...)
		}
		j = digitsStart(out, j)
		if almostBefore(out[:j], rs[i+2:]) {
			out[j-1] = '近' // 涨了快30个点: almost 30, not faster by 30
		}
		i++ // the 点
		switch {
		case yearGapBefore(out[:j]) || rateMoved.MatchString(string(out[:j])):
			out = append(out, []rune("个百分点")...)
		case i+1 < len(rs) && rs[i+1] == '多':
			out = append(out, '多', '%') // 二十一个点多: 21多%, more than 21 and under 22
			i++
		default:
			out = append(out, '%')
		}
	}
	return string(out)
}

// almostBefore reports whether the 快 ending before, the words up to a
// spoken "N个点" (after, the words past it), says "almost": after 了 (涨了快
// 30个点) or closing with 了 (进出口快40个点了), and set beside no other rate
// (比去年快3个点了 is faster by 3).
func almostBefore(before, after []rune) bool {
	n := len(before)
	if n < 2 || before[n-1] != '快' {
		return false
	}
	if before[n-2] == '了' {
		return true
	}
	// The index is in bytes of the string, so the clause is cut from the
	// string, not from the runes (cut from them it went past their end).
	words := string(before)
	clause := afterLastAny(words, "，。？！,?!")
	return strings.HasPrefix(string(after), "了") && !strings.ContainsAny(clause, "比较")
}

// spokenPointsStart is where the number ending out begins: its numerals
// in words, with a decimal 点 between them (二十四点七).
func spokenPointsStart(out []rune) int {
	j := len(out)
	for j > 0 {
		switch {
		case strings.ContainsRune(numeralRunes, out[j-1]):
			j--
		case out[j-1] == '点' && j > 1 && j < len(out) && strings.ContainsRune(numeralRunes, out[j-2]):
			j--
		default:
			return notLeadingZero(out, j)
		}
	}
	return notLeadingZero(out, j)
}

// notLeadingZero moves start j of a number past a 零 that no 点 follows:
// a number in words opens with 零 only as 零点五; the 零 before it ends a
// word (社零六个点, 清零), and read into the number it loses 社零 its 零.
func notLeadingZero(out []rune, j int) int {
	for j+1 < len(out) && out[j] == '零' && out[j+1] != '点' {
		j++
	}
	return j
}

// digitsStart is where the number in digits ending out[:j] begins (j
// when none ends it).
func digitsStart(out []rune, j int) int {
	for j > 0 && isNumberRune(out[j-1]) {
		j--
	}
	return j
}

// rateMoved is a rate (率, 比重, 占比, 增速) then a verb moving it right
// before the number: "化工精细化率要提高3个点", "债务率下降一百个点". A rate
// raised by N points is raised by N percentage points, as the report
// writes such moves, not a growth of N%. Not 提高到 (the level reached).
var rateMoved = regexp.MustCompile(`(?:率|比重|占比|比例|增速)[^，。？！,?!]{0,8}?(?:提高|提升|上升|下降|降低|回落)了?$`)

// latinUnit is a number with a unit in Latin letters the reports write in
// Chinese: "100km" is 100公里, "35μg/m³" 35微克/立方米 (the micro sign or
// the Greek mu); not before another letter: "5km2".
var latinUnit = regexp.MustCompile(`(?i)(\d)\s?(km|kg|[μµu]g\s?[/／]\s?m(?:3|³|\^3))([^a-z0-9]|$)`)

// latinUnitWords are the report's words for a latinUnit, by its letters
// (lower-cased, micrograms by their first letter): Chinese, and English
// where an English question would otherwise gain Chinese words it did
// not ask (km and kg are read as 公里 and 千克 in either).
var latinUnitWords = map[string]struct{ zh, en string }{
	"km": {"公里", "公里"}, "kg": {"千克", "千克"}, "g/m3": {"微克/立方米", " micrograms"},
}

// latinUnitKey is the latinUnitWords key of a latinUnit's letters.
func latinUnitKey(u string) string {
	u = strings.ToLower(u)
	if u == "km" || u == "kg" {
		return u
	}
	return "g/m3" // μg/m³ in any of its spellings
}

func latinUnits(text string) string {
	if !hasDigit(text) {
		return text
	}
	english := !strings.ContainsFunc(text, isHan)
	return latinUnit.ReplaceAllStringFunc(text, func(m string) string {
		sm := latinUnit.FindStringSubmatch(m)
		w := latinUnitWords[latinUnitKey(sm[2])]
		if english {
			return sm[1] + w.en + sm[3]
		}
		return sm[1] + w.zh + sm[3]
	})
}

// catty is a weight in 斤, speech's unit for grain: the reports write 吨
// (2000斤 a ton), so "30亿斤" is checked as 150万吨.
var catty = regexp.MustCompile(`(\d+(?:\.\d+)?)(万|亿)?斤`)

// cattyScale is what a scale word before 斤 multiplies by.
var cattyScale = map[string]float64{"": 1, "万": 1e4, "亿": 1e8}

func catties(text string) string {
	if !strings.Contains(text, "斤") || !hasDigit(text) {
		return text
	}
	return catty.ReplaceAllStringFunc(text, func(m string) string {
		sm := catty.FindStringSubmatch(m)
		n, err := strconv.ParseFloat(sm[1], 64)
		if err != nil {
			return m
		}
		n *= cattyScale[sm[2]] / 2000
		switch {
		case n >= 1e4:
			return strconv.FormatFloat(n/1e4, 'f', -1, 64) + "万吨"
		default:
			return strconv.FormatFloat(n, 'f', -1, 64) + "吨"
		}
	})
}

// spokenPercent is a percentage said in words: 百分之三点五 is 3.5%, as
// the reports write it (a number they never write in words is no word
// the report lacks).
var spokenPercent = regexp.MustCompile(`百分之([零一二两三四五六七八九十百]+(?:点[零一二三四五六七八九]+)?)`)

func spokenPercents(text string) string {
	if !strings.Contains(text, "百分之") {
		return text
	}
	return spokenPercent.ReplaceAllStringFunc(text, func(m string) string {
		n, ok := ParseChineseNumber(strings.TrimPrefix(m, "百分之"))
		if !ok {
			return m
		}
		return strconv.FormatFloat(n, 'f', -1, 64) + "%"
	})
}

// rateCues mark a question about a rate, where 个点 is a percentage.
//
// The indicators the reports give only as a rate of growth (社零, 进出口,
// GDP, 固投) are cues too: "今年社零五个点对吧" asks 5%, not five of
// something.
var rateCues = []string{"增长", "增速", "涨", "降", "提高", "目标", "增幅", "占比", "比例", "率",
	"社零", "进出口", "GDP", "gdp", "生产总值", "固投", "CPI", "预算收入", "增加值"}

// numeralRunes write a number in words.
const numeralRunes = "零一二两三四五六七八九十百"

// isCountRune: a digit or a Chinese numeral, not 几 (几个点 asks).
func isCountRune(r rune) bool {
	return r >= '0' && r <= '9' || strings.ContainsRune(numeralRunes, r)
}

// targetSetAsk is a target's figure asked by the verb that set it: "目标定的
// 多少", "指标定在多少", "目标设了几个". The verb says no more than 是 does, and
// read as a word (定 of 确定的) it draws the paragraph on how the targets
// were set instead of the figure.
var targetSetAsk = regexp.MustCompile(`(目标|指标)(?:定的|定得|定了|定成|定为|定在|设的|设定的|设了|设在)(多少|几)`)

// targetSetAsks reads a target asked by its setting verb as asked by 是,
// when nothing before it asks: after another asked figure ("去年GDP增长多少，
// 今年目标定了多少") the pair is read as typed.
func targetSetAsks(text string) string {
	m := targetSetAsk.FindStringSubmatchIndex(text)
	if m == nil || asksSomething(text[:m[0]]) {
		return text
	}
	return text[:m[0]] + text[m[2]:m[3]] + "是" + text[m[4]:m[5]] + text[m[1]:]
}

// wordSlips are words typed other than the report writes them: speech's
// 上一年 for 上年, Cantonese 旧年 (last year) and 几多 (how many), and units a pinyin keyboard misspells after the
// question word asking a figure in them: "多少公理" asks kilometres, "几公倾"
// hectares. Only after 多少 or 几, where the words themselves (公理, an
// axiom) make no sense.
var wordSlips = strings.NewReplacer("上一年", "上年", "旧年", "去年", "几多", "多少",
	"多少公理", "多少公里", "几公理", "几公里", "多少万公理", "多少万公里",
	"多少公倾", "多少公顷", "几公倾", "几公顷",
	"多少万标厢", "多少万标箱", "多少标厢", "多少标箱", "几万标厢", "几万标箱")

// amountAskSlip is 多 and then a character a pinyin keyboard gives for 少
// when the flat and curled s are confused (多扫, 多绍), or 多 with 少 left
// out before 钱 (补多钱, dialect for 多少钱): asked of a figure, these make
// no word. Not 多烧 (多烧煤 burns more), nor after a degree (更多钱, 很多钱,
// 这么多钱 are much money).
var amountAskSlip = regexp.MustCompile(`多[扫嫂绍稍勺哨邵]|(^|[^更很太好许较最么])多钱`)

// rateBeforeSlip ends a rate or a change, of which 多钱 asks how much, not how
// many yuan (门诊报销比例多钱, 社零增长多钱).
var rateBeforeSlip = []string{"率", "比例", "比重", "占比", "增长", "增速", "增幅", "下降", "降幅", "提高", "提升"}

// readAmountAskSlip reads each amountAskSlip as the 多少 it stands for.
func readAmountAskSlip(q string) string {
	var b strings.Builder
	last := 0
	for _, m := range amountAskSlip.FindAllStringIndex(q, -1) {
		slip := q[m[0]:m[1]]
		b.WriteString(q[last:m[0]])
		last = m[1]
		before, isMoney := strings.CutSuffix(slip, "多钱")
		switch {
		case !isMoney:
			b.WriteString("多少")
		case endsWithAny(q[:m[0]]+before, rateBeforeSlip):
			b.WriteString(before + "多少")
		default:
			b.WriteString(before + "多少钱")
		}
	}
	b.WriteString(q[last:])
	return b.String()
}

// rankCounted asks a place in a ranking by counting places ("全国化工园区
// 排多少名", "全省排几位"): it asks 排第几, a rank, not a head count in 名
// or 位 nor a figure of the province or the country the ranking is among.
// Not the 排 of 安排/编排/彩排 (安排多少名党员干部 counts people).
var rankCounted = regexp.MustCompile(`(^|[^安编彩])排(在)?(?:多少|几)[名位]`)

// readRankCounted rewrites each rank asked by counting places as 排第几.
func readRankCounted(q string) string { return rankCounted.ReplaceAllString(q, "${1}排${2}第几") }

// particles are the aspect characters speech puts inside a
// lexicon word: 找着工作 (找工作), 种过树 (种树). Not 的: 花的钱 is the money
// spent, not 花钱.
const particles = "着了过"

// dropParticles drops a particle between two Han characters when the
// characters around it, without it, are an everyday word of the lexicon:
// "去年新找着工作的有多少人" reads 找工作, which the lexicon knows for 就业.
func (rd *reader) dropParticles(text string) string {
	if rd.lex == nil || !strings.ContainsAny(text, particles) {
		return text
	}
	rs := []rune(text)
	out := rs[:0:0]
	for i, r := range rs {
		if strings.ContainsRune(particles, r) && i > 0 && i+1 < len(rs) && isHan(rs[i-1]) && isHan(rs[i+1]) && rd.joinsMember(rs, i) {
			continue
		}
		out = append(out, r)
	}
	return string(out)
}

// joinsMember reports whether one or two characters before rs[i] and one
// or two after it make a Chinese lexicon member.
func (rd *reader) joinsMember(rs []rune, i int) bool {
	for l := 1; l <= 2 && i-l >= 0; l++ {
		for r := 1; r <= 2 && i+r < len(rs); r++ {
			w := string(rs[i-l:i]) + string(rs[i+1:i+1+r])
			if AllHan([]rune(w)) && rd.lex.isChineseMember(w) {
				return true
			}
		}
	}
	return false
}

// objectMeasures may stand, after 多少 or 几, between a verb and its
// one-character object in speech: 修了几条路, 退了多少口井. A measure
// word that closes the question is no object: "政协提案多少件" is no 案件.
const objectMeasures = "个条棵株座口台辆家所处部套项万千百公里亩件名位户次场篇批届期轮张起例笔栋幢"

// gluedYear finds a year written against a Latin word, as staff type
// them: "2025GDP目标", "GDP2024". PM2.5 has no year in it.
var gluedYear = regexp.MustCompile(`([A-Za-z])((?:19|20)\d\d)\b|\b((?:19|20)\d\d)([A-Za-z])`)

// apartYears sets a year glued to a Latin word apart from it.
func apartYears(text string) string {
	if !strings.ContainsAny(text, "0123456789") {
		return text
	}
	return gluedYear.ReplaceAllString(text, "$1$3 $2$4")
}

// selfNamed is a resident saying who they are before asking: "我是退役军人，".
var selfNamed = regexp.MustCompile(`^(?:我是|俺是|咱是|我们是)([\p{Han}]{1,12}?)(?:啊|呀)?[，,。！!\s]`)

// ourselves reads 我们 after "我是X，" as X: "我是退役军人，报告提到我们了
// 吗" asks about 退役军人, not about the report's own 我们.
func ourselves(text string) string {
	m := selfNamed.FindStringSubmatchIndex(text)
	if m == nil {
		return text
	}
	who, rest := text[m[2]:m[3]], text[m[1]:]
	for _, w := range []string{"我们", "俺们", "咱们"} {
		rest = strings.ReplaceAll(rest, w, who)
	}
	return text[:m[1]] + rest
}

// preambles open a chat question before it asks anything: politeness
// ("麻烦问一下", "我想知道"), longer forms first. addresses do too, but
// only before a comma or a space: 老师队伍 and 亲子 are what is asked.
var (
	preambles = []string{"不好意思", "打扰一下", "打扰了", "打扰", "麻烦问一下", "麻烦问下", "麻烦你", "麻烦", "打听一下", "打听下", "打听",
		"我想知道", "想知道", "我想问一下", "我想问下", "我想问", "我想查一下", "我想查下", "我想查", "想问一下", "想问下", "请教一下", "请教",
		"请问一下", "请问", "问一下", "问下", "你好", "您好", "领导好", "老师好", "师傅好"}
	addresses = []string{"大哥", "大姐", "哥们儿", "哥们", "兄弟", "同志", "领导", "师傅", "老师", "亲"}
)

// relayedAsk opens a question asked for someone else: "同事让我问一下",
// "领导叫我查查", "帮我妈问问", "领导想知道". Who sent it (同事, 领导) is
// no word of what is asked, yet read as one it is a term the report
// lacks or a qualifier it never writes beside the figure, and the
// answer is declined. The sender is at most four characters before the
// verb of asking, at the very start (before 想 only a person: 外资我想问
// 一下 keeps its topic); after 帮/替 only a verb no other word ends in
// (问问, 查一下) closes it, since 帮扶企业…问题 is no relay.
var relayedAsk = regexp.MustCompile(`^(?:(?:我|俺)?[\p{Han}]{1,4}?(?:让|叫|托|要|请)(?:我|俺)(?:帮(?:忙|他|她|他们)?)?(?:来)?(?:问问|问一下|问下|打听一下|打听|查一下|查下|查查|问|查)|(?:帮|替)(?:我)?[\p{Han}]{1,4}?(?:问问|问一下|问下|打听一下|打听|查一下|查下|查查)|(?:我|俺)?(?:同事|领导|朋友|家人|家里人|亲戚|邻居|同学|老师|客户|老板|老人|妈妈|爸爸|妈|爸|老公|老婆|孩子)?想(?:知道|问问|问一下|问下|问))(?:一下)?`)

// dropRelay removes a relayed ask's opening (relayedAsk), with the
// punctuation after it; a question that is nothing else is left whole.
func dropRelay(text string) string {
	m := relayedAsk.FindStringIndex(text)
	if m == nil {
		return text
	}
	rest := strings.TrimLeftFunc(text[m[1]:], func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) })
	if rest == "" {
		return text
	}
	return rest
}

// dropPreamble removes the preambles and addresses that open text, with
// the punctuation after each: "不好意思，请问今年GDP目标多少" asks
// "今年GDP目标多少". A question that is nothing else is left whole.
func dropPreamble(text string) string {
	rest := strings.TrimLeftFunc(text, unicode.IsSpace)
	gap := func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }
	for cut := true; cut; {
		cut = false
		for _, p := range preambles {
			if after, ok := strings.CutPrefix(rest, p); ok {
				rest, cut = strings.TrimLeftFunc(after, gap), true
				break
			}
		}
		for _, p := range addresses {
			if after, ok := strings.CutPrefix(rest, p); ok && strings.IndexFunc(after, gap) == 0 {
				rest, cut = strings.TrimLeftFunc(after, gap), true
				break
			}
		}
		if r := dropRelay(rest); r != rest {
			rest, cut = r, true
		}
	}
	if rest == "" {
		return text
	}
	return rest
}

// joinVerbObject puts a one-character object back beside its verb where
// speech parts them, when the two make an everyday word of the lexicon:
// "去年种了多少树" reads 种树多少, "路修了多少" reads 修路了多少 — the word
// the lexicon knows for the report's 植树造林 or 农村公路. The reversed
// pair must be no word the reports write (树种 could be one), and 多少钱
// asks a sum: "花了多少钱" is no 花钱, the lexicon's consumer spending.
func (rd *reader) joinVerbObject(text string, sc *scope) string {
	if rd.lex == nil {
		return text
	}
	rs := []rune(text)
	for i := 0; i+1 < len(rs); i++ {
		if !isHan(rs[i]) || !isHan(rs[i+1]) {
			continue
		}
		// Where the pair closes the question or stands before a particle or
		// 多/几 (the cheap test first: it fails for almost every pair).
		if (i+2 == len(rs) || strings.ContainsRune(particles+"多几", rs[i+2])) && rd.lex.isChineseMember(string([]rune{rs[i+1], rs[i]})) &&
			!sc.pair(rs[i], rs[i+1]) && (i == 0 || !rd.heldBefore(rs[i-1], rs[i], sc) && !rd.slipHolds(rs, i-1, sc)) {
			rs[i], rs[i+1] = rs[i+1], rs[i] // 路修了多少
			continue
		}
		if k := splitObject(rs, i); k > 0 && rs[k] != '钱' && rd.lex.isChineseMember(string([]rune{rs[i], rs[k]})) {
			between := slices.DeleteFunc(slices.Clone(rs[i+1:k]), func(r rune) bool { return strings.ContainsRune(particles, r) })
			joined := append(append([]rune{rs[i], rs[k]}, between...), rs[k+1:]...)
			rs = append(rs[:i:i], joined...)
		}
	}
	return string(rs)
}

// heldBefore reports whether a and b make a word already, one the reports
// write, the lexicon knows or the dictionary holds: "公车买几台" keeps 公车
// and reads no 买车.
func (rd *reader) heldBefore(a, b rune, sc *scope) bool {
	w := string([]rune{a, b})
	return sc.pair(a, b) || rd.lex.isChineseMember(w) || rd.isWord != nil && rd.isWord(w)
}

// slipHolds reports whether rs[k], a slip threeRunSlip mends, makes with
// its neighbours a word of the reports that holds the object after it:
// "公教车买几台" keeps 车 in 公交车, and reads no 买车.
func (rd *reader) slipHolds(rs []rune, k int, sc *scope) bool {
	_, ok := rd.threeRunSlip(rs, k, sc)
	return ok && !sc.pair(rs[k-1], rs[k]) && !sc.pair(rs[k], rs[k+1])
}

// splitObject returns the index of the one-character object the verb at
// rs[i] takes across an aspect particle and a question of quantity or of
// which (了多少, 了几条, 哪座, 什么), or 0 when there is none. The
// object may close the question or stand before a closing particle
// ("今年要修多少路啊").
func splitObject(rs []rune, i int) int {
	j := i + 1
	for j < len(rs) && strings.ContainsRune(particles, rs[j]) {
		j++
	}
	asked := objectQuestionAt(rs, j)
	if asked == 0 {
		return 0
	}
	j += asked
	for n := 0; n < 3 && j < len(rs) && strings.ContainsRune(objectMeasures, rs[j]); n++ {
		if halfMeasure(rs, j) {
			return 0 // 公 of 几台公车 opens the object, no 公里
		}
		j++
	}
	if j >= len(rs) || !isHan(rs[j]) || j+1 < len(rs) && isHan(rs[j+1]) && !closingParticle(rs[j+1:]) {
		return 0 // no object, or a word of several characters (多少公里路段)
	}
	return j
}

// halfMeasure reports whether rs[j] is the first character of a
// two-character measure (公里, 公顷) without its second: then it is no
// measure but the object's own first character (几台公车).
func halfMeasure(rs []rune, j int) bool {
	return rs[j] == '公' && (j+1 >= len(rs) || !strings.ContainsRune("里顷斤吨", rs[j+1]))
}

// objectQuestions ask how many or which of an object: 多少路, 哪座桥,
// 什么桥. (哪些 is left out: joined across it, a held-out set lost a
// first-ranked paragraph.)
var objectQuestions = [][]rune{[]rune("多少"), []rune("哪几"), []rune("什么"), []rune("几"), []rune("哪"), []rune("啥")}

// objectQuestionAt is the length in runes of the question word at rs[j],
// 0 when none.
func objectQuestionAt(rs []rune, j int) int {
	for _, q := range objectQuestions {
		if j+len(q) <= len(rs) && slices.Equal(rs[j:j+len(q)], q) {
			return len(q)
		}
	}
	return 0
}

// closingParticle reports whether rs is only a sentence-final particle
// and punctuation: 啊 of "修多少路啊" ends the question, no word.
func closingParticle(rs []rune) bool {
	return len(rs) > 0 && (isSentenceParticle(rs[0]) || rs[0] == '吗') && !slices.ContainsFunc(rs[1:], isHan)
}

// shorthandRe finds chat shorthand for words the cues are written in:
// "gdp growth last yr?" asks about last year.
var shorthandRe = regexp.MustCompile(`(?i)\b(?:yr|yrs|govt)\b`)

var shorthands = map[string]string{"yr": "year", "yrs": "years", "govt": "government"}

// containsFold reports whether text holds ASCII word w in any case. w
// starts with a lower-case letter that no rune outside ASCII folds to
// (any but k and s), so a window starting with another byte is no match.
func containsFold(text, w string) bool {
	for i := 0; i+len(w) <= len(text); i++ {
		if text[i]|0x20 == w[0] && strings.EqualFold(text[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

// perOne reads 每一千/每一万/每一百 as the reports write them.
var perOne = strings.NewReplacer("每一千", "每千", "每一万", "每万", "每一百", "每百")

// spellOut writes chat shorthand out in full, and English amounts of
// yuan as the reports write them: "projects worth over 5 million yuan" is
// the report's 500万元以上项目.
func spellOut(text string) string {
	if containsFold(text, "yr") || containsFold(text, "govt") {
		text = shorthandRe.ReplaceAllStringFunc(text, func(w string) string { return shorthands[strings.ToLower(w)] })
	}
	if strings.Contains(text, "每一") {
		// "每一千人能摊上几个托位": the report writes 每千人.
		text = perOne.Replace(text)
	}
	if containsFold(text, "illion yuan") {
		text = englishYuan.ReplaceAllStringFunc(text, chineseYuan)
	}
	if strings.Contains(text, ",") {
		text = groupedInWan(text)
	}
	if strings.ContainsFunc(text, isHan) {
		text = gluedFigure.ReplaceAllStringFunc(text, unglue)
	}
	return text
}

// gluedFigure is a Latin abbreviation typed right against the figure
// stated of it in a Chinese question: "去年GDP3.5%吧" states 3.5% of GDP.
// Only a rate or a decimal is parted: CO2, SO2, NO2 are names of their
// own, and a bare integer after letters is as often part of one.
var gluedFigure = regexp.MustCompile(`([A-Za-z]{2,})([0-9]+(?:\.[0-9]+%?|%))`)

// unglue parts a gluedFigure match with a space, unless the letters and
// digits are one name together (PM2.5).
func unglue(m string) string {
	sub := gluedFigure.FindStringSubmatch(m)
	if strings.EqualFold(sub[1], "pm") {
		return m
	}
	return sub[1] + " " + sub[2]
}

// englishYuan is an English amount of yuan in millions or billions.
var englishYuan = regexp.MustCompile(`(?i)\b(?:(more than|over|above|at least) )?([0-9]+(?:\.[0-9]+)?) (million|billion) yuan\b`)

// groupedNumber is a number written in groups of three digits parted by
// commas (11,500, 500,000), as English writes it.
var groupedNumber = regexp.MustCompile(`\b[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?\b`)

// groupedInWan writes text's groupedNumbers in 万 or 亿 (inWan), but
// for one joined by a hyphen to the word after it: "a 300,000-ton
// terminal" names a size class (30万吨级), no figure stated.
func groupedInWan(text string) string {
	var b strings.Builder
	last := 0
	for _, m := range groupedNumber.FindAllStringIndex(text, -1) {
		if m[1] < len(text) && text[m[1]] == '-' {
			continue
		}
		b.WriteString(text[last:m[0]])
		b.WriteString(inWan(text[m[0]:m[1]]))
		last = m[1]
	}
	b.WriteString(text[last:])
	return b.String()
}

// inWan writes a groupedNumber of ten thousand or more as the reports
// write such a number, in 万 or 亿 ("11,500 talents" is 引进人才1.15万人,
// "500,000 mu" 50万亩): read digit by digit it matches none of their
// figures, and its pieces (500) match others (500万元). A number the
// reports would write whole (14,114 is 14114名) stays as asked, without
// its commas.
func inWan(m string) string {
	plain := strings.ReplaceAll(m, ",", "")
	n, err := strconv.ParseFloat(plain, 64)
	if err != nil || n < 10000 {
		return m
	}
	for _, u := range []struct {
		size float64
		name string
	}{{1e8, "亿"}, {1e4, "万"}} {
		if n >= u.size && math.Mod(n, u.size/100) == 0 {
			return strconv.FormatFloat(n/u.size, 'f', -1, 64) + u.name
		}
	}
	return plain
}

// chineseYuan writes an englishYuan match of under a hundred million in
// 万元: 5 million is 500万元, more than 5 million 500万元以上.
func chineseYuan(m string) string {
	sub := englishYuan.FindStringSubmatch(m)
	n, err := strconv.ParseFloat(sub[2], 64)
	if err != nil {
		return m
	}
	wan := n * 100 // millions in 万
	if strings.EqualFold(sub[3], "billion") {
		wan = n * 100000
	}
	if wan == 10000 && sub[1] != "" {
		// "over 100 million yuan" is the reports' size class 亿元以上
		// (其中亿元以上项目80个): left as asked it names no such kind, and
		// the whole's figure (300个) would answer it.
		return "亿元以上"
	}
	if wan >= 10000 {
		// 亿: the reports write 451.5亿元 whole; a question's "100
		// million" or "45.15 billion" is left as asked.
		return m
	}
	yuan := strconv.FormatFloat(wan, 'f', -1, 64) + "万元"
	if sub[1] != "" {
		// "over 5 million yuan" is a size class: 500万元以上 (项目).
		return yuan + "以上"
	}
	return yuan
}

// foldOnly is read without fixing typing slips: how a question is read
// before it is known which report it asks about.
func (rd *reader) foldOnly(text string, sc *scope) string {
	if rd != nil && rd.needsFolding(text, sc) {
		if s, err := convertT2S(rd.t2s, text); err == nil {
			return aspectZhe(mainlandTerms(s, s != text, sc.text))
		}
	}
	return aspectZhe(text)
}

// notableZhe are the words whose 著 is 著 in simplified writing too
// (显著, 著名): every other 著 a question writes is Taiwan's and Hong
// Kong's form of the particle and verb 着 (接著, 找著, 来著, 著力), which
// OpenCC's t2s leaves as it is, so the question missed the report's 着.
var notableZhe = []string{"著名", "著作", "著称", "著述", "著书", "著录", "显著", "卓著", "昭著", "名著", "专著", "论著", "原著", "巨著", "编著", "译著", "遗著", "新著", "土著", "著者"}

// aspectZhe writes each 著 of text but a notable one (notableZhe) as 着.
func aspectZhe(text string) string {
	if !strings.Contains(text, "著") {
		return text // most questions
	}
	var b strings.Builder
	for i, r := range text {
		if r == '著' && !inNotableZhe(text, i) {
			r = '着'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// inNotableZhe reports whether the 著 at byte i of text is a notable
// word's (notableZhe).
func inNotableZhe(text string, i int) bool {
	for _, w := range notableZhe {
		at := strings.Index(w, "著")
		if i >= at && strings.HasPrefix(text[i-at:], w) {
			return true
		}
	}
	return false
}

// needsFolding: some Han character the reports never use, which may be a
// traditional one (a text of the reports' own characters needs nothing),
// and some character OpenCC would change (most questions with a word the
// reports lack have none, and converting was 3% of an answer).
func (rd *reader) needsFolding(text string, sc *scope) bool {
	unknown, folds := false, rd.folds == nil
	for _, r := range text {
		if r < 0x80 {
			continue
		}
		unknown = unknown || isHan(r) && sc.chars.count(r) == 0
		folds = folds || rd.mayFold(r)
		if unknown && folds {
			return true
		}
	}
	return false
}

// mayFold: r is among rd.folds, or beyond what a runeSet holds.
func (rd *reader) mayFold(r rune) bool { return r >= 1<<16 || rd.folds.has(r) }

// foldingRunes holds, for every t2s entry whose first value (the one
// Convert writes) differs from it, one character the entry cannot match
// without: itself when it is one character, else one of its characters
// that is such an entry (間 of 乾隆年間), else all of them. Nil when a
// dictionary's trie does not list as many entries as it holds.
func foldingRunes(cc *opencc.OpenCC) *runeSet {
	var changing []string
	for _, g := range cc.DictChains {
		for _, d := range g.Dicts {
			ids := d.Trie.PrefixPredict(nil, 0)
			if keys, _, _, _ := d.Trie.Status(); keys != len(ids) {
				return nil
			}
			for _, id := range ids {
				key, err := d.Trie.Key(id)
				if err != nil {
					return nil
				}
				v, err := d.Trie.Value(id)
				if err != nil || v < 0 || v >= len(d.Values) {
					return nil
				}
				if vals := d.Values[v]; len(vals) == 0 || vals[0] != string(key) {
					changing = append(changing, string(key))
				}
			}
		}
	}
	set := new(runeSet)
	add := func(r rune) {
		if r < 1<<16 {
			set[r>>6] |= 1 << (r & 63)
		}
	}
	for _, k := range changing {
		if utf8.RuneCountInString(k) == 1 {
			r, _ := utf8.DecodeRuneInString(k)
			add(r)
		}
	}
	singles := *set
	for _, k := range changing {
		if !strings.ContainsFunc(k, func(r rune) bool { return r >= 1<<16 || singles.has(r) }) {
			for _, r := range k {
				add(r)
			}
		}
	}
	return set
}

// fixSlips replaces a character that makes a word with neither neighbour
// in the reports by one of the same sound that makes a phrase of four
// characters the reports write (新增就叶 → 新增就业). Three was too few:
// 充电桩 became the e-bike 充电装(置), 知识水平 became 知市水平. Lexicon words, filler words and stop characters are
// left alone, and so is any character that already pairs with a
// neighbour: a colloquial question is not a typing slip.
func (rd *reader) fixSlips(text string, sc *scope) string {
	rs := []rune(text)
	// Which characters are protected is read only once one needs fixing,
	// which is seldom; until then rs is the question's.
	var protected []bool
	changed := false
	for i, r := range rs {
		if !isHan(r) {
			continue
		}
		left := i > 0 && isHan(rs[i-1])
		right := i+1 < len(rs) && isHan(rs[i+1])
		if isStopRune(r) && !(left && right) {
			// A function character is a slip only inside a word: 旅有收入
			// (旅游收入), not 有多少 opening a clause.
			continue
		}
		lp, rp := left && sc.pair(rs[i-1], r), right && sc.pair(r, rs[i+1])
		// One pair only, between two Han characters: a slip may still
		// have made it (增化停车: 增化 is in 新增化工), if a character of
		// the same sound pairs with both and makes a phrase.
		half := left && right && lp != rp
		if !left && !right || (lp || rp) && !half {
			continue
		}
		if protected == nil {
			protected = rd.protectedSpans(rs)
		}
		if protected[i] {
			continue
		}
		if c, ok := rd.cueSlip(rs, i); ok {
			rs[i], changed = c, true
			continue
		}
		best, bestLen := r, 0
		for _, reading := range rd.readingsOfRune(r) {
			for _, c := range rd.soundsIn(reading, sc) {
				if !(left && sc.pair(rs[i-1], c)) && !(right && sc.pair(c, rs[i+1])) {
					continue // no reports' word starts or ends here with c
				}
				if strings.ContainsRune(negations, c) && !strings.ContainsRune(negations, r) {
					continue // a negation written in would turn the claim round: 还算充足 is no 不算充足
				}
				if half && !(sc.pair(rs[i-1], c) && sc.pair(c, rs[i+1])) {
					continue
				}
				rs[i] = c
				if n := phraseAround(sc, rs, i); n > bestLen {
					best, bestLen = c, n
				}
			}
		}
		rs[i] = r
		if half && phraseAround(sc, rs, i) > 0 {
			continue // r makes a phrase of the reports already
		}
		if bestLen >= 4 {
			rs[i], changed = best, true
		} else if c, ok := rd.threeRunSlip(rs, i, sc); ok && !lp && !rp {
			rs[i], changed = c, true
		} else if c, ok := rd.wordSlip(rs, i, sc); ok && !lp && !rp {
			rs[i], changed = c, true
		}
	}
	if !changed {
		return text
	}
	return string(rs)
}

// negations turn what they stand before round: a slip is never mended
// into one.
const negations = "不没未无非"

// phraseAround is 4 when a run of four Han characters through rs[i] is
// one the reports write, else 0.
func phraseAround(sc *scope, rs []rune, i int) int {
	// Only a four-character phrase changes a character (fixSlips), so
	// only those are looked up, and only where every pair is the reports'.
	const n = 4
	for a := max(0, i-n+1); a <= i && a+n <= len(rs); a++ {
		w := rs[a : a+n]
		if !AllHan(w) {
			continue
		}
		if sc.pair(w[0], w[1]) && sc.pair(w[1], w[2]) && sc.pair(w[2], w[3]) && sc.text.Contains(string(w)) {
			return n
		}
		if quotedPhrase(sc, w) {
			return n
		}
	}
	return 0
}

// quotedPhrase reports whether the reports write the four characters w
// with a closing quotation mark inside them, a name quoted and the word
// after it (“十五五”规划 for 十五五规划): every other pair is the reports'.
// Two characters at least on either side: one beside the mark leaves a
// three-character phrase, which made words of characters read wrong.
func quotedPhrase(sc *scope, w []rune) bool {
	for k := 2; k <= len(w)-2; k++ {
		ok := true
		for j := 1; j < len(w) && ok; j++ {
			ok = j == k || sc.pair(w[j-1], w[j])
		}
		if ok && sc.text.Contains(string(w[:k])+"”"+string(w[k:])) {
			return true
		}
	}
	return false
}

// pair reports whether the scope's text writes Han characters a and b
// next to each other.
func (sc *scope) pair(a, b rune) bool {
	// The Bloom filter first: most pairs asked (fixSlips' homophones) are
	// not the reports', and it rules them out faster than the set's map.
	if sc.pairBloom != nil && !sc.pairBloom.mayHold([2]rune{a, b}) {
		return false
	}
	k := uint64(a)<<32 | uint64(b)
	if sc.pairSet != nil {
		_, ok := sc.pairSet[k]
		return ok
	}
	var buf [2 * utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], a)
	n += utf8.EncodeRune(buf[n:], b)
	return sc.text.Contains(string(buf[:n]))
}

// contentAsks ask what a text says: their verb is no slip of a word the
// reports write beside the words before them.
var contentAsks = []string{"讲了什么", "讲了啥", "讲什么", "讲啥", "讲的什么", "讲的啥", "讲了哪些", "说了什么", "说了啥", "说什么", "说的什么", "说了哪些"}

// protectedSpans marks the runes inside words that are no slips: the
// lexicon's everyday words the reports lack on purpose (看病, 找工作) and
// the question's filler words (咋样, 多少).
func (rd *reader) protectedSpans(rs []rune) []bool {
	out := make([]bool, len(rs))
	text := string(rs)
	mark := func(bi int, w string) {
		start := utf8.RuneCountInString(text[:bi])
		for k := start; k < start+utf8.RuneCountInString(w) && k < len(out); k++ {
			out[k] = true
		}
	}
	for bi, r := range text {
		if rd.lex != nil {
			for _, m := range rd.lex.byFirst[r] {
				if strings.HasPrefix(text[bi:], m.word) {
					mark(bi, m.word)
				}
			}
		}
		for _, w := range fillerByFirst[r] {
			if strings.HasPrefix(text[bi:], w) {
				mark(bi, w)
			}
		}
		for _, w := range adminLevels {
			if strings.HasPrefix(text[bi:], w) {
				mark(bi, w) // 县级 is no slip for 省级: it asks another level
			}
		}
		for _, w := range contentAsks {
			if strings.HasPrefix(text[bi:], w) {
				mark(bi, w) // "稳增长讲了什么" asks what it says: 稳增长奖(励) is no fix
			}
		}
		for _, w := range askingForms {
			if strings.HasPrefix(text[bi:], w) {
				mark(bi, w) // "还是旅客接待量" asks which: 还市 (全市旅客…) is no fix
			}
		}
		if strings.ContainsRune(countNumerals, r) {
			if m, _ := utf8.DecodeRuneInString(text[bi+utf8.RuneLen(r):]); strings.ContainsRune(countMeasures, m) {
				mark(bi, text[bi:bi+utf8.RuneLen(r)+utf8.RuneLen(m)]) // "两年一共" counts years: 辆年 is no fix
			}
		}
	}
	for _, loc := range comparedSide.FindAllStringIndex(text, -1) {
		mark(loc[0], text[loc[0]:loc[1]]) // 比全省低 sets a side: 比全省第(一) is no fix
	}
	return out
}

// countNumerals are numerals a question counts with in words, and
// countMeasures the measure words after them: 两年, 二项, 三个 are counts,
// never slips for a report's word (两 → 辆). 几号 and 几日 ask a day:
// 几号投产 is no 机号 (机械), 几号开幕 no 期号 (期间). 哪 asks which one
// as 几 asks how many: 哪年开工 is no 纳年 (纳规).
const (
	countNumerals = "两二三四五六七八九十几哪"
	countMeasures = "年项个件家台次条座所位名天周月批轮类种届号日"
)

// adminLevels name administrative levels, each a word of its own.
var adminLevels = []string{"国家级", "省级", "市级", "县级", "区级", "乡级", "镇级", "村级"}

// fillerByFirst indexes fillerWords by their first rune.
var fillerByFirst = func() map[rune][]string {
	m := map[rune][]string{}
	for _, w := range fillerWords {
		r, _ := utf8.DecodeRuneInString(w)
		m[r] = append(m[r], w)
	}
	return m
}()

// slicesSortRunes orders runes by count, most first, then by code point.
func slicesSortRunes(rs []rune, count func(rune) int) {
	sort.Slice(rs, func(i, j int) bool {
		ci, cj := count(rs[i]), count(rs[j])
		if ci != cj {
			return ci > cj
		}
		return rs[i] < rs[j]
	})
}
