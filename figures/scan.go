package figures

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/reportbot/reportbot/rag"
)

// mention is one figure the scanner found. Offsets are runes.
type mention struct {
	start, end int // the figure as written, qualifiers included
	num        int // where the number itself starts (after a prefix qualifier)
	unitEnd    int // end of number+unit, before a suffix qualifier
	val        Value
	bare       bool // no unit, scale or percent: "3442", "5.5"
}

type scanMode int

const (
	// modeReport finds the figures of report text: numbers with a unit, a
	// percent or a scale character. Bare numbers are left out.
	modeReport scanMode = iota
	// modeText also keeps bare numbers, for checking answers and questions.
	modeText
	// modeParse is modeText for one figure string: bare years are numbers.
	modeParse
)

// Prefix qualifiers, longest first.
var prefixQualifiers = []string{"不少于", "不低于", "不超过", "不高于", "不足", "不到", "超过", "将近", "大约", "突破", "约", "近", "超", "逾"}

// Suffix qualifiers, longest first.
var suffixQualifiers = []string{"左右", "以上", "以内", "以下", "上下"}

var (
	upWords   = []string{"增长", "增加", "提高", "提升", "上升"}
	downWords = []string{"下降", "降低", "减少", "压减", "下滑"}
)

// units maps the unit as written (after any scale character) to its base.
var units = map[string]string{
	"%": "%", "个百分点": "个百分点", "百分点": "个百分点", "倍": "倍",
	"美元": "美元", "元": "元",
	"平方公里": "平方公里", "平方千米": "平方公里", "平方米": "平方米", "立方米": "立方米",
	"公里": "公里", "千米": "公里", "英里": "英里", "里": "里", "米": "米", "公顷": "公顷", "亩": "亩",
	"吨级": "吨级", "吨/年": "吨/年", "吨": "吨", "千伏": "千伏", "千瓦时": "千瓦时", "千瓦": "千瓦",
	"微克/立方米": "微克/立方米", "微克": "微克/立方米", "毫克/立方米": "毫克/立方米", "毫克": "毫克/立方米", "千克": "千克", "公斤": "千克",
	"人次": "人次", "人": "人", "名": "名", "个": "个", "家": "家", "户": "户", "项": "项", "所": "所",
	"台": "台", "辆": "辆", "座": "座", "处": "处", "条": "条", "件": "件", "口": "口", "套": "套",
	"部": "部", "篇": "篇", "场次": "场次", "场": "场", "次": "次", "期": "期", "类": "类", "株": "株",
	"头": "头", "只": "只", "艘": "艘", "架": "架", "张": "张", "床": "床", "间": "间", "栋": "栋",
	"起": "起", "周年": "周年", "年": "年", "个工作日": "个工作日", "工作日": "个工作日", "个月": "个月", "天": "天", "小时": "小时", "分钟": "分钟", "岁": "岁",
}

// maxUnitRunes is the longest key of units, in runes.
const maxUnitRunes = 6 // 微克/立方米

// timeUnits may take the suffix 内 ("50分钟内").
var timeUnits = map[string]bool{"个工作日": true, "天": true, "小时": true, "分钟": true, "年": true, "个月": true}

// scales, longest first, for Arabic numbers ("451.5亿", "1.9万").
var scales = []struct {
	s   string
	exp int
}{{"万亿", 12}, {"千万", 7}, {"百万", 6}, {"万", 4}, {"亿", 8}, {"千", 3}}

const cnNumRunes = "零〇一二两三四五六七八九十百千万亿点"

// isCnNum reports whether r is one of cnNumRunes (a switch: it is asked of
// every character scanned).
func isCnNum(r rune) bool {
	switch r {
	case '零', '〇', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿', '点':
		return true
	}
	return false
}

// fold maps full-width digits and signs to ASCII rune by rune, so that
// offsets into the folded text are offsets into the original (NFKC would do
// the same for these runes).
func fold(rs []rune) []rune {
	f := make([]rune, len(rs))
	for i, r := range rs {
		switch {
		case r >= '０' && r <= '９':
			r = r - '０' + '0'
		case r == '％':
			r = '%'
		case r == '．':
			r = '.'
		case r == '－':
			r = '-'
		case r == '～':
			r = '~'
		case r == '／':
			r = '/'
		}
		f[i] = r
	}
	return f
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isLatin(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }

func hasPrefixAt(rs []rune, i int, s string) bool {
	for _, r := range s {
		if i >= len(rs) || rs[i] != r {
			return false
		}
		i++
	}
	return true
}

func hasSuffixAt(rs []rune, end int, s string) bool {
	n := len([]rune(s))
	return end-n >= 0 && hasPrefixAt(rs, end-n, s)
}

// scan finds the figures in rs.
func scan(rs []rune, mode scanMode) []mention {
	f := fold(rs)
	var out []mention
	for i := 0; i < len(f); {
		if !isDigit(f[i]) && !isCnNum(f[i]) {
			i++ // no number starts here (figureScan.numberStarts): most characters
			continue
		}
		m, next, ok := scanAt(rs, f, i, mode)
		if ok {
			// Lists like "增长64％、29.9％" share the first figure's direction.
			if m.val.Direction == 0 && len(out) > 0 {
				prev := out[len(out)-1]
				if prev.end == m.start-1 && f[prev.end] == '、' && prev.val.Unit == m.val.Unit {
					m.val.Direction = prev.val.Direction
				}
			}
			out = append(out, m)
		}
		if next <= i {
			next = i + 1
		}
		i = next
	}
	return out
}

// scanAt tries a figure whose number starts at i. It returns where scanning
// continues, so a rejected number ("2024年", "第五次") is skipped whole.
// The steps read the candidate left to right; any of them may reject it.
func scanAt(rs, f []rune, i int, mode scanMode) (mention, int, bool) {
	s := figureScan{rs: rs, f: f, mode: mode, at: i}
	if !s.numberStarts() {
		return mention{}, i + 1, false
	}
	if skip, ok := s.number(); !ok {
		return mention{}, skip, false
	}
	if skip, ok := s.prefix(); !ok {
		return mention{}, skip, false
	}
	s.rangeEnd()
	if skip, ok := s.notCodeOrDate(); !ok {
		return mention{}, skip, false
	}
	s.dollarSign()
	s.unit()
	s.suffix()
	if skip, ok := s.keep(); !ok {
		return mention{}, skip, false
	}
	s.val.Direction = directionBefore(f, s.start)
	return mention{start: s.start, end: s.j, num: s.numStart, unitEnd: s.unitEnd, val: s.val, bare: s.bare}, s.j, true
}

// figureScan is one scanAt attempt: the parts of the candidate figure as
// they are read. Offsets are runes into rs and f.
type figureScan struct {
	rs, f []rune // the text and its folded form (see fold)
	mode  scanMode
	at    int // where the attempt starts: the number, or 百分之

	numStart      int    // the number's first digit or numeral
	percentPrefix bool   // written 百分之五点五
	chinese       bool   // a Chinese numeral
	cnSingle      bool   // the Chinese numeral is one scale character: 万, 千, 百
	intText       string // the Arabic number without separators
	end           int    // end of the number, or of a range's upper end
	start         int    // the figure as written: its prefix qualifier, or $ in answers
	before        int    // start without $: what precedes it decides ordinals and codes
	j             int    // how far the figure has been read
	unitEnd       int    // end of number, scale and unit, before a suffix qualifier
	scaled        bool   // a scale character or English scale word was applied
	dollar        bool   // $ or US$ before the number
	bare          bool   // no unit and no scale
	val           Value
}

// numberStarts reports whether a number starts at s.at (after 百分之, or
// not in the middle of another number).
func (s *figureScan) numberStarts() bool {
	f, i := s.f, s.at
	s.numStart = i
	if hasPrefixAt(f, i, "百分之") && i+3 < len(f) && (isDigit(f[i+3]) || isCnNum(f[i+3])) {
		s.percentPrefix, s.numStart = true, i+3
		return true
	}
	switch {
	case isDigit(f[i]):
		return i == 0 || !isDigit(f[i-1]) && f[i-1] != '.'
	case isCnNum(f[i]) && f[i] != '点':
		return i == 0 || !isCnNum(f[i-1])
	}
	return false
}

// number reads the Arabic or Chinese number at numStart.
func (s *figureScan) number() (skip int, ok bool) {
	f, n0 := s.f, s.numStart
	if isDigit(f[n0]) {
		mant, e := arabic(f, n0)
		if e == n0 {
			return s.at + 1, false
		}
		n, _ := strconv.ParseFloat(mant, 64)
		s.intText, s.val.Number, s.val.Max, s.j, s.end = mant, n, n, e, e
		return 0, true
	}
	e := n0
	for e < len(f) && isCnNum(f[e]) {
		e++
	}
	// Trailing 点 is punctuation-like ("五点" of a clock); drop it.
	for e > n0 && f[e-1] == '点' {
		e--
	}
	if e == n0 {
		return s.at + 1, false
	}
	n, ok := rag.ParseChineseNumber(string(f[n0:e]))
	if !ok {
		return e, false
	}
	s.chinese = true
	s.cnSingle = e-n0 == 1 && strings.ContainsRune("十百千万亿", f[n0])
	s.val.Number, s.val.Max, s.j, s.end = n, n, e, e
	return 0, true
}

// prefix takes a qualifier before the number (超过, 约…) and rejects
// ordinals, rate bases, citation markers and Latin codes.
func (s *figureScan) prefix() (skip int, ok bool) {
	s.start, s.before = s.at, s.at
	if s.percentPrefix {
		s.val.Unit = "%"
		return 0, true
	}
	for _, q := range prefixQualifiers {
		if hasSuffixAt(s.rs, s.start, q) && !inWord(s.rs, s.start, q) {
			s.val.Qualifier = q
			s.start -= len([]rune(q))
			break
		}
	}
	s.before = s.start
	if s.before == 0 {
		return 0, true
	}
	f, b := s.f, s.before
	switch p := f[b-1]; {
	case p == '第' || p == '每':
		return s.end, false // ordinal or rate base: 第五次, 每千人
	case p == '¶':
		return s.end, false // citation marker
	case isLatin(p) && !s.chinese:
		return skipCode(f, s.end), false // PM2.5, p23
	case p == '-' && b > 1 && isLatin(f[b-2]):
		return skipCode(f, s.end), false // panjin-2025
	}
	return 0, true
}

// rangeEnd extends an Arabic number to a range: 1—2个, 5~6%.
func (s *figureScan) rangeEnd() {
	f, end := s.f, s.end
	if s.chinese || s.percentPrefix || end >= len(f)-1 || !strings.ContainsRune("—–-~至到", f[end]) || !isDigit(f[end+1]) {
		return
	}
	mant, e := arabic(f, end+1)
	if hi, err := strconv.ParseFloat(mant, 64); err == nil && e > end+1 && hi > s.val.Number {
		s.val.Max, s.j, s.end = hi, e, e
	}
}

// notCodeOrDate rejects an Arabic number that is part of a code (5G, 4A级)
// or is a year, a date or a session (2024年, 1月8日, 20届).
func (s *figureScan) notCodeOrDate() (skip int, ok bool) {
	f, j := s.f, s.j
	if s.chinese || j >= len(f) {
		return 0, true
	}
	if isLatin(f[j]) {
		return skipCode(f, j), false
	}
	if s.percentPrefix {
		return 0, true
	}
	v := s.val
	if (f[j] == '年' || f[j] == '起' && yearBeforeQi(f, s.numStart, j)) && v.Number >= 1000 && v.Number < 3000 && v.Max == v.Number && !strings.Contains(s.intText, ".") && len(s.intText) == 4 {
		return j + 1, false
	}
	if f[j] == '月' || f[j] == '日' || f[j] == '号' || f[j] == '时' || f[j] == '届' {
		return j + 1, false
	}
	return 0, true
}

// yearBeforeQi reports whether the number f[start:qi] before 起 is the
// year something starts from ("从2025起", "自2025起实施", "2025起，"), not
// a count of incidents ("全年发生1500起交通事故"): 从, 自 or 于 opens it, or
// no noun follows.
func yearBeforeQi(f []rune, start, qi int) bool {
	if start > 0 && strings.ContainsRune("从自于", f[start-1]) {
		return true
	}
	return qi+1 == len(f) || strings.ContainsRune("，,。；;、！!？?）) 实开施", f[qi+1])
}

// dollarSign notes a $ before an Arabic number; in answers the figure
// starts at the $ (or US$).
func (s *figureScan) dollarSign() {
	s.dollar = !s.chinese && s.before > 0 && s.f[s.before-1] == '$'
	if !s.dollar || s.mode == modeReport {
		return
	}
	s.start = s.before - 1
	if s.start >= 2 && s.f[s.start-2] == 'U' && s.f[s.start-1] == 'S' {
		s.start -= 2 // US$
	}
}

// unit reads what follows the number: 余/多, a scale character and the
// unit; in answers also English scale and unit words. 百分之 has already
// given the unit.
func (s *figureScan) unit() {
	if !s.percentPrefix {
		f := s.f
		s.approx()
		if !s.chinese && unitAt(f, s.j) == "" {
			if exp := scaleAt(f, s.j); exp != 0 {
				s.scale(exp, scaleLen(f, s.j))
				s.approx()
			}
		}
		if u := unitAt(f, s.j); u != "" && !(s.mode != modeReport && (opensNoun(f, s.j, u) || locativeLi(f, s.j, u))) {
			s.val.Unit = units[u]
			s.j += len([]rune(u))
		} else if u == "" && !s.chinese && s.mode != modeReport {
			s.englishWords()
		}
	}
	s.unitEnd = s.j
}

// locativeLi: a 里 after a scale character is "within", not a length: 进出口
// 147亿里，出口多少 asks of the 147亿元; no question measures 万里 or 亿里.
// So is a 里 that opens 里面, 里头 or 里边: "开复工项目502里面新建多少" asks
// among the 502, and no length is claimed to be "corrected".
func locativeLi(f []rune, j int, u string) bool {
	if u != "里" {
		return false
	}
	within := j+1 < len(f) && strings.ContainsRune("面头边", f[j+1])
	return within || j > 0 && (f[j-1] == '万' || f[j-1] == '亿')
}

// opensNoun reports whether unit u at f[j] is the first character of a
// noun ("一万多人才": 人 of 人才), in a question: the number counts the noun,
// in no unit.
func opensNoun(f []rune, j int, u string) bool {
	end := j + len([]rune(u))
	return end < len(f) && strings.Contains(measureNouns, u+string(f[end]))
}

// approx takes 余 or 多 as a qualifier when a unit or a scale follows
// (300余场次, 1.2万余件); after a bare number it is not the figure's.
func (s *figureScan) approx() {
	f, j := s.f, s.j
	if j+1 < len(f) && (f[j] == '余' || f[j] == '多') && (unitAt(f, j+1) != "" || scaleAt(f, j+1) != 0) {
		s.val.Qualifier += string(f[j])
		s.j++
	}
}

// scale multiplies the number by 10^exp for a scale word n runes long.
func (s *figureScan) scale(exp, n int) {
	s.val.Number = scaleBy(s.val.Number, exp)
	s.val.Max = scaleBy(s.val.Max, exp)
	s.j += n
	s.scaled = true
}

// englishWords reads answers' "45.15 billion yuan", "19,000 people",
// "$750 million".
func (s *figureScan) englishWords() {
	if exp, n := englishWord(s.f, s.j, englishScales); n > 0 && !s.scaled {
		if exp == 2 {
			// "5.7 hundred million": 亿 said in English, a hundred of a
			// million; "hundred" alone is a hundred.
			if e, m := englishWord(s.f, s.j+n, englishScales); m > 0 && e > 2 {
				exp, n = exp+e, n+m
			}
		}
		s.scale(exp, n)
	}
	if u, n := englishUnit(s.f, s.j); n > 0 {
		s.val.Unit = u
		s.j += n
	} else if s.dollar {
		s.val.Unit = "美元"
	}
}

// suffix takes a qualifier after the figure: 左右, 以上…, or 内 right after
// a time unit (50分钟内).
func (s *figureScan) suffix() {
	for _, q := range suffixQualifiers {
		if hasPrefixAt(s.rs, s.j, q) {
			s.val.Qualifier += q
			s.j += len([]rune(q))
			break
		}
	}
	if timeUnits[s.val.Unit] && s.j == s.unitEnd && s.j < len(s.f) && s.f[s.j] == '内' {
		s.val.Qualifier += "内"
		s.j++
	}
}

// keep decides whether the candidate is a figure. Bare numbers count only
// in answers and questions, and not as list markers or years.
func (s *figureScan) keep() (skip int, ok bool) {
	if s.chinese {
		return s.end, s.chineseIsFigure()
	}
	s.bare = s.val.Unit == "" && !s.scaled
	if !s.bare {
		return 0, true
	}
	if s.mode == modeReport || listMarker(s.f, s.before, s.end) {
		return s.end, false
	}
	v := s.val
	if s.mode == modeText && v.Max == v.Number && len(s.intText) == 4 && v.Number >= 1900 && v.Number <= 2100 {
		return s.end, false // a year written without 年
	}
	return 0, true
}

// chineseIsFigure: a Chinese numeral is a figure as a percent or multiple,
// or as a magnitude (≥ 100, or a lone 万/千 after a prefix qualifier) with
// a unit; small counts name things.
func (s *figureScan) chineseIsFigure() bool {
	v := s.val
	switch {
	case s.percentPrefix || v.Unit == "%" || v.Unit == "个百分点" || v.Unit == "倍":
		return true
	case v.Unit == "" && s.spokenMoney():
		return true // "技改资金超过百亿": money in speech (judge reads it so)
	case v.Unit == "" || s.mode == modeReport && v.Unit == "年":
		return false // 八轮, 三年行动, 一站式
	case s.cnSingle && s.start == s.at:
		return false // 万人徒步, 每千人
	case v.Number < 100 && !s.cnSingle:
		return false // 八个方面, 两个试点, 一件事
	}
	return true
}

// spokenMoney reports whether a Chinese magnitude in 亿 with no unit,
// in a question or an answer, is an amount claimed: after a prefix
// qualifier (超过百亿, 突破千亿, 不到五十亿), where speech leaves 元 out.
// Not a class (百亿级产业), and not without a qualifier (百亿元以上项目
// has its unit; "百亿" alone names a size, not a claim).
func (s *figureScan) spokenMoney() bool {
	return s.mode != modeReport && s.start != s.at && s.f[s.end-1] == '亿' && (s.j >= len(s.f) || s.f[s.j] != '级')
}

// directionBefore reads a direction word just before start (增长5.5%,
// 下降了18.6%): +1, -1, or 0 for neither.
func directionBefore(f []rune, start int) int {
	k := start
	if k > 0 && f[k-1] == '了' {
		k--
	}
	for _, w := range downWords {
		if hasSuffixAt(f, k, w) {
			return -1
		}
	}
	for _, w := range upWords {
		if hasSuffixAt(f, k, w) {
			return 1
		}
	}
	return 0
}

// wordsEndingInQualifier are words whose last character would otherwise
// read as a qualifier: 新签约19个 is not "about 19".
var wordsEndingInQualifier = []string{"签约", "履约", "节约", "制约", "集约", "合约", "公约", "特约", "预约", "邀约", "违约",
	"附近", "最近", "临近", "就近", "远近", "赶超", "高超", "超超"}

// inWord reports whether the qualifier q ending at end is the tail of a word.
func inWord(rs []rune, end int, q string) bool {
	for _, w := range wordsEndingInQualifier {
		if strings.HasSuffix(w, q) && len(w) > len(q) && hasSuffixAt(rs, end, w) {
			return true
		}
	}
	return false
}

var englishScales = map[string]int{"hundred": 2, "thousand": 3, "million": 6, "billion": 9, "trillion": 12}

var englishUnits = map[string]string{
	"percent": "%", "per cent": "%", "percentage points": "个百分点", "percentage point": "个百分点",
	"points": "个百分点", "pp": "个百分点", "yuan": "元", "rmb": "元", "us dollars": "美元", "dollars": "美元",
	"usd": "美元", "people": "人", "persons": "人", "jobs": "人", "tons": "吨", "tonnes": "吨", "mu": "亩",
	"hectares": "公顷", "kilometers": "公里", "kilometres": "公里", "km": "公里", "times": "倍",
	"projects": "个", "buses": "台", "vehicles": "台", "enterprises": "家", "companies": "家", "households": "户",
	"teu": "标箱", "micrograms": "微克/立方米", "berths": "个", "spaces": "个", "places": "个", "slots": "个",
	"routes": "条", "schools": "所",
}

// englishWord matches, after one optional space, a key of words as a
// whole word (case-insensitive), returning its value and the runes it takes.
func englishWord(f []rune, j int, words map[string]int) (int, int) {
	k := j
	if k < len(f) && f[k] == ' ' {
		k++
	}
	e := k
	for e < len(f) && isLatin(f[e]) {
		e++
	}
	if e == k {
		return 0, 0
	}
	if v, ok := words[strings.ToLower(string(f[k:e]))]; ok {
		return v, e - j
	}
	return 0, 0
}

func englishUnit(f []rune, j int) (string, int) {
	k := j
	if k < len(f) && f[k] == ' ' {
		k++
	}
	// Up to two words: "percentage points", "US dollars".
	best, bestN := "", 0
	e := k
	for w := 0; w < 2; w++ {
		for e < len(f) && isLatin(f[e]) {
			e++
		}
		if u, ok := englishUnits[strings.ToLower(string(f[k:e]))]; ok && e > k {
			best, bestN = u, e-j
		}
		if e >= len(f) || f[e] != ' ' {
			break
		}
		e++
	}
	if best == "" {
		return countNounAfter(f, k, j)
	}
	if best == "倍" && !multipleAfter(f, j+bestN) {
		best = "次"
	}
	return best, bestN
}

// timesMultipleWords follow an English "N times" that is a multiple (倍): a
// comparison ("five times as much", "3 times higher", "twice the"), or
// what the multiple is of ("five times its 2023 amount", "times that").
// Otherwise "N times" counts occurrences, as 次 does: "featured 16 times
// on CCTV", "held drills 18 times".
var timesMultipleWords = map[string]bool{"as": true, "more": true, "higher": true, "larger": true, "bigger": true,
	"greater": true, "faster": true, "over": true, "the": true, "that": true, "this": true, "its": true, "their": true,
	"what": true, "than": true, "of": true}

// multipleAfter reports whether the word after f[e] makes "times" a multiple.
func multipleAfter(f []rune, e int) bool {
	for e < len(f) && f[e] == ' ' {
		e++
	}
	s := e
	for e < len(f) && isLatin(f[e]) {
		e++
	}
	return timesMultipleWords[strings.ToLower(string(f[s:e]))]
}

// countNouns are English units that count things, which a question may
// describe first: "30,000 new urban jobs", "20 new companies".
var countNouns = map[string]bool{"people": true, "persons": true, "jobs": true, "projects": true, "buses": true,
	"vehicles": true, "enterprises": true, "companies": true, "households": true, "berths": true, "spaces": true,
	"places": true, "slots": true, "routes": true, "schools": true}

// countNounAfter finds a count noun two to four words on from k, after
// words that describe it (not "of", "in", a number…); its unit and the
// runes from j to its end. Four: "21 key water conservancy projects"
// names its projects after three words, and read bare the 21 was held to
// another thing's 21 (第21位) instead of the projects' 12项.
func countNounAfter(f []rune, k, j int) (string, int) {
	e := k
	for w := 0; w < maxCountDescribers+1; w++ {
		s := e
		for e < len(f) && isLatin(f[e]) && f[e] >= 'a' {
			e++
		}
		word := string(f[s:e])
		if e == s || describesNot[word] {
			return "", 0
		}
		if w > 0 && countNouns[word] {
			return englishUnits[word], e - j
		}
		if e >= len(f) || f[e] != ' ' {
			return "", 0
		}
		e++
	}
	return "", 0
}

// maxCountDescribers is the most words a count noun's description may
// take before it.
const maxCountDescribers = 3

// describesNot are words that end a description before its noun.
var describesNot = map[string]bool{"of": true, "in": true, "and": true, "or": true, "for": true, "to": true, "by": true,
	"the": true, "a": true, "is": true, "are": true, "was": true, "were": true, "than": true, "more": true, "less": true}

// arabic reads digits with optional thousands separators and decimals,
// returning the number without separators and where it ends.
func arabic(f []rune, i int) (string, int) {
	var b strings.Builder
	j := i
	for j < len(f) && isDigit(f[j]) {
		b.WriteRune(f[j])
		j++
	}
	for j+3 < len(f) && f[j] == ',' && isDigit(f[j+1]) && isDigit(f[j+2]) && isDigit(f[j+3]) && (j+4 == len(f) || !isDigit(f[j+4])) {
		b.WriteString(string(f[j+1 : j+4]))
		j += 4
	}
	if j+1 < len(f) && f[j] == '.' && isDigit(f[j+1]) {
		b.WriteRune('.')
		j++
		for j < len(f) && isDigit(f[j]) {
			b.WriteRune(f[j])
			j++
		}
	}
	return b.String(), j
}

// skipCode skips the rest of a Latin-digit code such as PM2.5 or 5G.
func skipCode(f []rune, i int) int {
	for i < len(f) && (isLatin(f[i]) || isDigit(f[i]) || f[i] == '.' || f[i] == '-') {
		i++
	}
	return i
}

// listMarker: "1." or "2、" or "(3)" opening a line of an answer.
func listMarker(f []rune, start, end int) bool {
	lineStart := start == 0
	if start > 0 {
		k := start - 1
		for k >= 0 && (f[k] == ' ' || f[k] == '\t' || f[k] == '　') {
			k--
		}
		lineStart = k < 0 || f[k] == '\n' || f[k] == '(' || f[k] == '（'
	}
	if !lineStart || end >= len(f) {
		return false
	}
	return strings.ContainsRune(".、)）:：", f[end])
}

func unitAt(f []rune, j int) string {
	for n := maxUnitRunes; n >= 1; n-- {
		if j+n > len(f) {
			continue
		}
		if _, ok := units[string(f[j:j+n])]; ok {
			return string(f[j : j+n])
		}
	}
	return ""
}

func scaleAt(f []rune, j int) int {
	for _, s := range scales {
		if hasPrefixAt(f, j, s.s) {
			return s.exp
		}
	}
	return 0
}

func scaleLen(f []rune, j int) int {
	for _, s := range scales {
		if hasPrefixAt(f, j, s.s) {
			return len([]rune(s.s))
		}
	}
	return 0
}

// scaleBy multiplies by 10^exp through the decimal text, so 451.5亿 is
// exactly 45150000000 rather than 45150000000.000004.
func scaleBy(n float64, exp int) float64 {
	v, err := strconv.ParseFloat(strconv.FormatFloat(n, 'f', -1, 64)+"e"+strconv.Itoa(exp), 64)
	if err != nil {
		return n
	}
	return v
}
