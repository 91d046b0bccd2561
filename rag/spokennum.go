package rag

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// spokenNumbers writes the figures a claim speaks in words as the report
// writes them, so that a wrong one is corrected like any other: "八十台"
// is 80台, "三千亿" 3000亿, "一万五" 1.5万, "七十点一亿" 70.1亿, "五百多亿"
// 500多亿, "三成" 约30%, "翻了一番" 增长100%, "减半" 下降50%. Only in a
// claim (ClaimShaped), or in a clause that states beside one that asks
// (statedClause): elsewhere words such as 两个方面 or 八成是 are not figures.
func spokenNumbers(text string) string {
	if ClaimShaped(text) {
		return spokenFigures(text)
	}
	if digits := spokenFigures(text); statesSpokenCount(text, digits) {
		return digits
	}
	spans := spokenClauses(text)
	if len(spans) < 2 {
		return text
	}
	rs := []rune(text)
	var b strings.Builder
	last := 0
	for i, sp := range spans {
		b.WriteString(string(rs[last:sp.Start]))
		clause := string(rs[sp.Start:sp.End])
		if statedClause(clause) || premiseOfWordingAsked(rs, spans, i) {
			clause = spokenFigures(clause)
		}
		b.WriteString(clause)
		last = sp.End
	}
	b.WriteString(string(rs[last:]))
	return b.String()
}

// statesSpokenCount reports whether text, one clause that states (a
// change or a weighing word, no question), ends with a figure once its
// words are read in digits (digits): "去年打通了二十条断头路" claims 20条
// as "去年打通了20条断头路" does, and its count is checked the same way.
// Typed in words it is no bare figure (ClaimShaped reads digits only).
// Not 两个点: sites counted in words, which in digits read as a rate's
// points (spokenUnits reads 个点 so where a rate is asked).
func statesSpokenCount(text, digits string) bool {
	t := strings.TrimSpace(digits)
	tail := t[strings.LastIndexAny(t, "0123456789")+1:]
	return digits != text && statedClause(text) && bareFigure(t) && !strings.HasPrefix(tail, "个点")
}

// spokenClauses are text's clauses, a space between two Han characters
// cutting one as a comma does: a chat question types "旅游收入涨了六成多
// 挺厉害啊" for "…涨了六成多，挺厉害啊", the figure stated in the first
// clause and the aside after it no claim that makes the whole one.
func spokenClauses(text string) []Span {
	rs := []rune(text)
	cut := slices.Clone(rs)
	for i := 1; i+1 < len(rs); i++ {
		if (rs[i] == ' ' || rs[i] == '　') && isHan(rs[i-1]) && isHan(rs[i+1]) {
			cut[i] = '，' // one rune for one: the spans index text's runes
		}
	}
	return Clauses(string(cut))
}

// statedClause reports whether a clause of a question of several clauses
// states a figure rather than asks: "去年新增就业才一万一，今年目标多少"
// and "旅游收入涨了六成四，这么猛" state their premise in the first clause,
// and its spoken figure is checked as the same figure typed in digits is.
// A clause that asks (多少, 几), counts with no change nor weighing word
// (分三个方面) or quotes a name (实现“三个下降”, a slogan's numeral) is
// left as typed.
func statedClause(clause string) bool {
	t := strings.TrimSpace(clause)
	return !asksSomething(t) && containsAny(t, statingWords) && !strings.ContainsAny(t, quoteMarks)
}

// wordingAsked asks how the report words a thing (报告怎么说的, 报告里是
// 怎么写的, 文件咋讲): a clause before it that asks nothing is the premise
// the asker brings to be checked against those words ("去年是盘锦建市三十
// 周年，报告怎么说的"), its spoken figures as typed in digits.
var wordingAsked = regexp.MustCompile(`(?:报告|文件|里面|原文)\p{Han}{0,2}?(?:怎么|咋|如何)(?:说|讲|写|提|表述)`)

// premiseOfWordingAsked reports whether clause i of text (runes rs, cut
// into spans) states the premise a later clause asks the report's
// wording of: it asks nothing and quotes no name.
func premiseOfWordingAsked(rs []rune, spans []Span, i int) bool {
	t := strings.TrimSpace(string(rs[spans[i].Start:spans[i].End]))
	if asksSomething(t) || strings.ContainsAny(t, quoteMarks) {
		return false
	}
	for _, sp := range spans[i+1:] {
		if wordingAsked.MatchString(string(rs[sp.Start:sp.End])) {
			return true
		}
	}
	return false
}

// quoteMarks open or close a quoted name in a question.
const quoteMarks = "“”「」\"'‘’《》"

// statingWords mark a clause as stating a figure: a change (涨了, 增长,
// 翻番) or the speaker's weighing of it (才, 只有, 足足).
var statingWords = []string{"才", "只有", "仅", "足足", "了", "增长", "增加", "提高", "下降", "减少", "翻", "达到", "超过"}

// spokenFigures writes the spoken figures of a claim, or of a clause
// stating one, in digits (spokenNumbers).
func spokenFigures(text string) string {
	text = doubling.ReplaceAllStringFunc(text, func(m string) string {
		if strings.ContainsAny(m, "两二") {
			return "增长300%" // 翻两番: four times
		}
		return "增长100%"
	})
	if !EnglishAsks(text) {
		text = englishMultiple.ReplaceAllStringFunc(text, func(m string) string {
			return "increased by " + englishMultiples[strings.ToLower(m)]
		})
	}
	text = grewTimes.ReplaceAllStringFunc(text, grownBy)
	text = replaceHalvings(text)
	text = replaceFractions(text)
	text = boundedHalf.ReplaceAllStringFunc(text, func(m string) string { return strings.Replace(m, "一半", "50%", 1) })
	rs := []rune(text)
	var b strings.Builder
	for i := 0; i < len(rs); {
		if j, digits, ok := spokenFigure(rs, i); ok {
			b.WriteString(digits)
			i = j
			continue
		}
		b.WriteRune(rs[i])
		i++
	}
	return b.String()
}

// doubling is "doubled" said in 番 or 倍: 翻了一番, 翻一倍, 翻番, 翻两番.
var doubling = regexp.MustCompile(`翻了?(?:一|两|二)?(?:番|倍)`)

// englishMultiple is "doubled" said in English; englishMultiples the
// increase each says, as the report writes a growth.
var englishMultiple = regexp.MustCompile(`(?i)\b(?:doubled|tripled|trebled|quadrupled)\b`)

// englishAsking words ask rather than claim: "how much did it grow after
// it doubled" states no figure.
var englishAsking = regexp.MustCompile(`(?i)\b(?:how|what|which|why|when|whether)\b`)

// EnglishAsks reports whether English text asks (how, what, whether…)
// rather than claims: the figures' move check reads claims only.
func EnglishAsks(text string) bool { return englishAsking.MatchString(text) }

var englishMultiples = map[string]string{"doubled": "100%", "tripled": "200%", "trebled": "200%", "quadrupled": "300%"}

// grewTimes is a growth said in 倍 after its verb: 增长了4倍, 提高两倍. Said
// so it is the increase (增长4倍 is +400%); 增长到4倍 and 是去年的4倍 are
// ratios, and the verb must come right before the number to be read.
var grewTimes = regexp.MustCompile(`(增长|增加|提高|提升|上涨|上升)了?([0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十]+)倍`)

// grownBy writes a growth in 倍 as the percent the reports use: 增长4倍 is
// 增长400%.
func grownBy(m string) string {
	sub := grewTimes.FindStringSubmatch(m)
	n, ok := digitsOrSpoken(sub[2])
	if !ok || n <= 0 {
		return m
	}
	return sub[1] + strconv.FormatFloat(n*100, 'f', -1, 64) + "%"
}

// halving is a fall said as a half: 减半, 减少了一半, 少了一半, 下降一半
// (下降50%). 一半 must follow its verb: 一半以上 and 占一半 are shares, not
// falls, and are left alone.
var halving = regexp.MustCompile(`减半|(下降|减少|降低|压降|缩减)了?一半|少了一半`)

// replaceHalvings writes each halving that ends its clause as the fall it
// states. One a word follows is a policy, not a figure's fall:
// 物业费减半征收 charges half, it says nothing of how far a figure fell.
func replaceHalvings(text string) string {
	var b strings.Builder
	last := 0
	for _, m := range halving.FindAllStringIndex(text, -1) {
		b.WriteString(text[last:m[0]])
		if r, _ := utf8.DecodeRuneInString(text[m[1]:]); m[1] < len(text) && !strings.ContainsRune(halvingEnds, r) {
			b.WriteString(text[m[0]:m[1]])
		} else {
			b.WriteString(halved(text[m[0]:m[1]]))
		}
		last = m[1]
	}
	b.WriteString(text[last:])
	return b.String()
}

// halvingEnds may follow a halving that states a fall: a claim's particles
// and cues, marks, spaces.
const halvingEnds = "了吧吗嘛呢啊呀么对是没不，,。.？?！! 　~～"

// halved writes a halving as the fall the reports write, about a half
// as a fraction is (ShareSlack): 减半 is 下降约50%, 减少了一半 减少约50%.
func halved(m string) string {
	if sub := halving.FindStringSubmatch(m); sub[1] != "" {
		return sub[1] + "约50%"
	}
	if m == "少了一半" {
		return "减少约50%"
	}
	return "下降约50%"
}

// boundedHalf is a half after a word of a bound or nearness (不到一半,
// 超过一半, 近一半): the share 50% bounded, which the report's share is
// held to as any bound is (超过55% is not 不到一半). Any other 一半 (占一半,
// 一半以上是去年的, 少一半多) is left alone: a portion or an amount in words.
var boundedHalf = regexp.MustCompile(`(?:不到|不足|少于|低于|未到|没到|超过|高于|多于|逾|将近|接近|近)一半`)

// fraction is a share said as a fraction, M of N parts: 三分之一, 四分之三.
// Not 百分之 (a percent said in words, read before this): 百 is no
// numeral of its denominator here.
var fraction = regexp.MustCompile(`([一二两三四五六七八九十]+)分之([一二两三四五六七八九十]+)`)

// replaceFractions writes each fraction as the percent it is, about it as
// a share in tenths is (三分之一 约33.3%, 四分之一 约25%, which ShareSlack
// holds to a third's or a quarter's step); after the speaker's own word of
// nearness (近三分之一) or a bound (以上) without the 约, and with a 左右
// after it read as the 约 it is. A fraction of N parts is less than
// one, and its denominator no 百 (百分之三十 is a percent).
func replaceFractions(text string) string {
	var b strings.Builder
	last := 0
	for _, m := range fraction.FindAllStringSubmatchIndex(text, -1) {
		n, okN := spokenValue(text[m[2]:m[3]])
		k, okK := spokenValue(text[m[4]:m[5]])
		before := text[:m[0]]
		if !okN || !okK || k <= 0 || k >= n || strings.HasSuffix(before, "百") {
			continue
		}
		about, end := "约", m[1]
		switch after := text[m[1]:]; {
		case startsWithAny(after, roundAfter):
			end += len(roundAfter[slices.IndexFunc(roundAfter, func(w string) bool { return strings.HasPrefix(after, w) })]) // 四分之一左右 is 约25%, as 三成左右 is
		case ownBound(before, after):
			about = "" // 近三分之一, 不到三分之一, 三分之一以上: the speaker's own bound
		}
		b.WriteString(text[last:m[0]])
		b.WriteString(about + strconv.FormatFloat(math.Round(k/n*1000)/10, 'f', -1, 64) + "%")
		last = end
	}
	b.WriteString(text[last:])
	return b.String()
}

// spokenFigure reads a number in words at rs[i] that a unit, a scale or
// 成 follows, and returns where it ends and the figure in digits.
func spokenFigure(rs []rune, i int) (end int, digits string, ok bool) {
	if !isSpokenNumeral(rs[i]) || i > 0 && (isSpokenNumeral(rs[i-1]) || strings.ContainsRune(notCounting, rs[i-1])) {
		return 0, "", false
	}
	if strings.ContainsRune("万亿千百", rs[i]) {
		return 0, "", false // 万一, 亿万人民, 千千万万, 千万工程: words, not figures
	}
	j := numeralRunEnd(rs, i)
	run := string(rs[i:j])
	if j < len(rs) && rs[j] == '成' && j-i == 1 && rs[i] != '十' {
		return tenths(rs, i, j)
	}
	// 十几, 二十几: a tens said loosely is that many and more (10多, 20多).
	someMore := j < len(rs) && rs[j] == '几' && strings.ContainsRune("十百千", rs[j-1])
	// 来 after a round number says about so many (三百来人, 二十来个).
	roughly := j < len(rs) && rs[j] == '来' && strings.ContainsRune("十百千万", rs[j-1]) && unitAhead(rs[j+1:])
	if (run == "一" && !hourAhead(rs[j:])) || run == "十" && !someMore && !roughly && !unitAhead(rs[j:]) {
		return 0, "", false // 一个 is an article; 一小时 a span; 十 alone with no unit a name's (十四五)
	}
	n, ok := spokenValue(run)
	if !ok {
		return 0, "", false
	}
	// The largest scale the run says is the figure's: 三千亿 is 3000亿,
	// 一万五 1.5万.
	out, scaled := strconv.FormatFloat(n, 'f', -1, 64), true
	switch {
	case strings.Contains(run, "亿"):
		out = strconv.FormatFloat(n/1e8, 'f', -1, 64) + "亿"
	case strings.Contains(run, "万"):
		out = strconv.FormatFloat(n/1e4, 'f', -1, 64) + "万"
	default:
		scaled = false
	}
	k := j
	switch {
	case roughly:
		out, k = "约"+out, k+1
	case someMore:
		out, k = out+"多", k+1
	case k < len(rs) && (rs[k] == '多' || rs[k] == '余'):
		out, k = out+string(rs[k]), k+1
	case scaled && strings.HasPrefix(string(rs[k:]), "出头"):
		// 四百亿出头 is a little over 400亿: 400多亿, as the report's 403亿元 is.
		scale := out[len(out)-len("亿"):] // 亿 or 万, as scaled says
		out, k = strings.TrimSuffix(out, scale)+"多"+scale, k+2
	}
	if !scaled && k < len(rs) && (rs[k] == '万' || rs[k] == '亿') {
		out, k = out+string(rs[k]), k+1 // 五百多亿
	} else if !scaled && !unitAhead(rs[k:]) && !closesClaim(rs, i, k) {
		return 0, "", false
	}
	return k, out, true
}

// closesClaim: a number in words at rs[i:k] with no unit stands right
// after the words naming it and ends the claim ("信访总量下降三十八点五吗",
// "化工精细化率五十对吗"), so it is read in digits as the same claim typed
// in digits is (the premise check reads a bare number so placed). Not
// after 期 (星期三, 二期三期 name days and phases), nor when more words
// follow it (十四五规划, 三年行动 are names, not figures).
func closesClaim(rs []rune, i, k int) bool {
	if i == 0 || !unicode.Is(unicode.Han, rs[i-1]) || rs[i-1] == '期' {
		return false
	}
	after := string(rs[k:])
	for _, q := range boundAfter {
		after = strings.TrimPrefix(after, q)
	}
	for _, q := range roundAfter {
		after = strings.TrimPrefix(after, q)
	}
	return StartsClaimClose(strings.TrimLeft(after, " "))
}

// claimCloses end a claim right after its figure.
var claimCloses = []string{"吗", "吧", "嘛", "对吧", "对吗", "对不对", "是吗", "是不是", "没错吧", "?", "？"}

// StartsClaimClose reports whether s opens with words that end a claim
// right after its figure ("吗", "对吧"): the premise check (figures) reads
// a bare number so placed as the claim's, and this reader one in words,
// so both hold the same list.
func StartsClaimClose(s string) bool { return startsWithAny(s, claimCloses) }

// numeralRunEnd is where the numeral run from rs[i] ends: numerals, and
// a decimal 点 with a digit after it (七十点一).
func numeralRunEnd(rs []rune, i int) int {
	j := i
	for j < len(rs) {
		_, digitNext := chineseDigit(rs, j+1)
		if !isSpokenNumeral(rs[j]) && !(rs[j] == '点' && j > i && digitNext) {
			break
		}
		j++
	}
	return j
}

func chineseDigit(rs []rune, i int) (float64, bool) {
	if i >= len(rs) {
		return 0, false
	}
	d, ok := chineseDigits[rs[i]]
	return d, ok
}

// tenths reads N成 (tenths) as a share where it is one, not a word: 三成
// is about 30%, 两成半 about 25%, 九成九 99%; but 八成是 ("most likely"),
// 七成熟, 一成不变 are words.
func tenths(rs []rune, i, j int) (int, string, bool) {
	next := j + 1
	if next < len(rs) && strings.ContainsRune("是为立功效果本绩交都员型片熟品色就不", rs[next]) {
		return 0, "", false
	}
	d := chineseDigits[rs[i]]
	if d == 0 {
		return 0, "", false
	}
	pct := d * 10
	switch e, isDigit := chineseDigit(rs, next); {
	case isDigit:
		// 八成八 is still a share said in whole percents, rounded as 三成
		// is (88.3% said 八成八): 约, unless the speaker bounds it (近八成八).
		about := "约"
		if ownBound(string(rs[:i]), string(rs[next+1:])) {
			about = ""
		}
		return next + 1, about + strconv.FormatFloat(pct+e, 'f', -1, 64) + "%", true // 九成九
	case next < len(rs) && rs[next] == '半':
		pct, next = pct+5, next+1 // 两成半
	}
	if next < len(rs) && rs[next] == '多' {
		return next + 1, strconv.FormatFloat(pct, 'f', -1, 64) + "多%", true
	}
	about := "约"
	if rest := string(rs[next:]); startsWithAny(rest, roundAfter) {
		// 三成左右 is 约30%: the 左右 says what 约 does, and a rate's own
		// 左右 would read as a target's wording, held to the number.
		return next + 2, about + strconv.FormatFloat(pct, 'f', -1, 64) + "%", true
	}
	if ownBound(string(rs[:i]), string(rs[next:])) {
		about = "" // the speaker's own word says how near: 近三成, 不到三成, 两成以下
	}
	return next, about + strconv.FormatFloat(pct, 'f', -1, 64) + "%", true
}

// ownBound: the speaker's own words before or after a spoken share say
// how near it is or bound it (近三成, 不到三分之一, 三分之一以上), so the
// share is no rounded figure of ours to read with 约.
func ownBound(before, after string) bool {
	return endsWithAny(before, nearWords) || endsWithAny(before, underWords) || startsWithAny(after, boundAfter)
}

// underWords bound a spoken figure from above before it: 不到三分之一 is
// the speaker's own "under a third", not about a third.
var underWords = []string{"不到", "不足", "少于", "低于", "不超过", "未到", "没到"}

// nearWords say how near a spoken figure is before it.
var nearWords = []string{"约", "近", "超", "过", "逾", "差不多", "大概", "大约", "将近", "接近"}

// roundAfter say a spoken share is rounded, as its 约 already says.
var roundAfter = []string{"左右", "上下"}

// boundAfter make the figure before them a bound: 两成以下 is 20%以下.
var boundAfter = []string{"以下", "以上", "以内"}

// afterLastAny is s past the last of marks in it (the whole of s when
// none is): the clause a point ends. Cut past the mark's whole rune, so a
// full-width mark (。) leaves no stray bytes.
func afterLastAny(s, marks string) string {
	i := strings.LastIndexAny(s, marks)
	if i < 0 {
		return s
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return s[i+size:]
}

// beforeFirstAny is s up to the first of marks in it (the whole of s
// when none is): the clause that opens s.
func beforeFirstAny(s, marks string) string {
	if i := strings.IndexAny(s, marks); i >= 0 {
		return s[:i]
	}
	return s
}

// endsWithAny reports whether s ends with one of suffixes.
func endsWithAny(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// spokenValue is ParseChineseNumber with speech's shortening: a last
// digit after 亿, 万, 千 or 百 counts the next place down (一亿五 is 1.5亿,
// 一万五 15000, 三千五 3500, 一百五 150), and a run ending in a scale is
// its head's value in that scale (两千五亿 2500亿).
func spokenValue(s string) (float64, bool) {
	rs := []rune(s)
	if n := len(rs); n >= 2 {
		// A trailing 亿 or 万 scales a head that says no scale as large
		// (一亿五千万 is read whole).
		if scale, ok := chinesePlaces[rs[n-1]]; ok && scale >= 1e4 && !strings.ContainsAny(string(rs[:n-1]), largerScales[rs[n-1]]) {
			head, ok := spokenValue(string(rs[:n-1]))
			return head * scale, ok
		}
	}
	if n := len(rs); n >= 3 {
		if d, isDigit := chineseDigits[rs[n-1]]; isDigit && d > 0 {
			if place, ok := chinesePlaces[rs[n-2]]; ok && place >= 100 {
				if head, ok := ParseChineseNumber(string(rs[:n-1])); ok {
					return head + d*place/10, true
				}
			}
		}
	}
	return ParseChineseNumber(s)
}

// largerScales are, for 万 and 亿, the scales as large or larger.
var largerScales = map[rune]string{'万': "万亿", '亿': "亿"}

// notCounting precede a numeral that is not a figure: 第五, 每千, 哪两个,
// 几百, 这两年, 统一.
const notCounting = "第每哪几这那统唯星礼周初"

func isSpokenNumeral(r rune) bool {
	_, digit := chineseDigits[r]
	_, place := chinesePlaces[r]
	return digit || place
}

// spokenUnitWords are the units a claim counts in after a number in words;
// 微克 and 毫克 (a concentration: PM2.5三十九微克) and 周年 (an anniversary:
// 建市五十周年) are units the reports write figures in too.
var spokenUnitWords = []string{"平方公里", "平方米", "立方米", "千瓦时", "千瓦", "公里", "千米", "公顷", "人次", "美元", "万元", "元", "亿",
	"小时", "分钟", "台", "亩", "吨", "人", "名", "个", "家", "项", "件", "条", "所", "座", "套", "辆", "艘", "口", "株", "棵", "户", "张", "床", "处", "场", "次", "部", "批", "类", "米", "天", "%",
	"微克", "毫克", "周年"}

// unitAhead: rs opens with a unit of spokenUnitWords.
func unitAhead(rs []rune) bool {
	s := string(rs)
	for _, u := range spokenUnitWords {
		if strings.HasPrefix(s, u) {
			return true
		}
	}
	return false
}

// hourAhead: rs opens with 小时 or 分钟, after which 一 is one ("一小时"),
// not an article (spokenUnits has read 一个小时 as 一小时).
func hourAhead(rs []rune) bool {
	return len(rs) >= 2 && (rs[0] == '小' && rs[1] == '时' || rs[0] == '分' && rs[1] == '钟')
}

// yearDigits are the characters a year is written with digit by digit:
// 二〇二四年, 二零二五年.
var yearDigits = map[rune]byte{'〇': '0', '零': '0', 'Ｏ': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9'}

// spokenYears writes a year given digit by digit in characters as the
// reports do, in digits: "二〇二四年GDP" is 2024年GDP, and as people say it
// short, "二四年GDP" is 2024年GDP too (not 24年: the claim checks read that
// as a span of 24 years, "二四年是建市40周年吧"). Four
// such characters before 年 are a year, two of this century's twenties
// too (saidShortYear); 一二三四 elsewhere are left alone.
func spokenYears(text string) string {
	if !strings.Contains(text, "年") {
		return text
	}
	rs := []rune(text)
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		if i+4 < len(rs) && rs[i+4] == '年' && (i == 0 || yearDigits[rs[i-1]] == 0) {
			if y, ok := yearOf(rs[i : i+4]); ok {
				b.WriteString(y)
				i += 3
				continue
			}
		}
		if y, ok := saidShortYear(rs, i); ok {
			b.WriteString(y)
			i++
			continue
		}
		b.WriteRune(rs[i])
	}
	return b.String()
}

// saidShortYear reads a year said by its last two digits at rs[i] as the
// year of this decade it names: 二四年 is 2024, 二〇年 2020. Only 二 then a digit other than 三, standing alone before 年:
// "二三年" and "三五年" are as often "two or three years", "二年级" a grade.
func saidShortYear(rs []rune, i int) (string, bool) {
	if i+2 >= len(rs) || rs[i] != '二' || rs[i+2] != '年' || rs[i+1] == '三' || i > 0 && (yearDigits[rs[i-1]] != 0 || rs[i-1] == '十') {
		return "", false
	}
	if i+3 < len(rs) && rs[i+3] == '级' {
		return "", false
	}
	d, ok := yearDigits[rs[i+1]]
	if !ok {
		return "", false
	}
	return "202" + string(d), true
}

// yearOf reads four year characters, one digit each, starting 一九 or 二〇.
func yearOf(rs []rune) (string, bool) {
	out := make([]byte, 0, 4)
	for _, r := range rs {
		d, ok := yearDigits[r]
		if !ok {
			return "", false
		}
		out = append(out, d)
	}
	if s := string(out); strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20") {
		return s, true
	}
	return "", false
}

// countAndHalf is a count and a half said with its measure word between:
// 四个半, 五个半点, 两个半小时. Not before 岛 (三个半岛 are peninsulas).
var countAndHalf = regexp.MustCompile(`(^|[^0-9零〇一二两三四五六七八九十百千万第每哪几这那])([0-9]+|[一二两三四五六七八九十]+)个半([^岛]|$)`)

// spokenHalves writes a count and a half as the decimal the report
// writes: "每千人托位数四个半" is 4.5个 and "增长五个半点" 5.5个点 (read as
// 5.5% by the 个点 rule after it), so neither is checked as its whole
// number alone (4个, 5%) and "corrected" or let pass wrongly.
func spokenHalves(text string) string {
	if !strings.Contains(text, "个半") {
		return text
	}
	return countAndHalf.ReplaceAllStringFunc(text, func(m string) string {
		sub := countAndHalf.FindStringSubmatch(m)
		n, ok := digitsOrSpoken(sub[2])
		if !ok {
			return m
		}
		measure := "个"
		if strings.Contains(bareHalfTail, sub[3]) && halfOfRate(text) {
			measure = "个点" // GDP目标五个半是不是: 5.5 points, as 五个半点
		}
		return sub[1] + strconv.FormatFloat(n+0.5, 'f', -1, 64) + measure + sub[3]
	})
}

// halfOfRate: a question with a count and a half and no measure after it
// is about a rate (GDP, 增长): the half is points, said short, not a
// count of things ("5.5个", then "corrected" against 5.5%). 目标 alone is
// no rate's cue: 托位数目标四个半 counts places.
func halfOfRate(text string) bool {
	return slices.ContainsFunc(rateCues, func(c string) bool { return c != "目标" && strings.Contains(text, c) })
}

// bareHalfTail may follow a count and a half that names no measure of
// its own (五个半是不是, 五个半对吧, at the end).
const bareHalfTail = "是吗吧对呢啊嘛，,。？?！! "

// digitsOrSpoken is the value of a number a question writes in digits
// ("4") or says in words ("四", "二十"), as grewTimes and countAndHalf
// capture it.
func digitsOrSpoken(s string) (float64, bool) {
	if n, err := strconv.ParseFloat(s, 64); err == nil {
		return n, true
	}
	return spokenValue(s)
}
