package rag

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// An English question may state, as true, a value the report gives
// otherwise: a rank (12th for 第21位), a scenic grade (5A for 4A级), a star
// rating (five-star for 四星级), a level of honour (provincial for 国家级),
// a count of rounds (10 rounds for 八轮), a side (men's for 女篮). The
// Chinese checks compare the claim's characters with the report's; an
// English claim shares none, so the report's clause is found by the
// question's asked terms instead, and its value read by the class's own
// pattern.

// englishContrast is one class of value: how an English question states
// it (en, on the lowered question: group 1 the value) and how the report
// writes it (zh: the first group that matched the value), each read to a
// canonical value by its own function.
type englishContrast struct {
	en, zh *regexp.Regexp
	// enValue and zhValue are the canonical values; zhValue may give
	// several (冠亚军 is first and second).
	enValue func(string) string
	zhValue func(string) []string
	// nextTerm: the English value must stand right before an asked term
	// the report's clause writes right after its own value (provincial
	// little giant, 国家级专精特新“小巨人”): a level is of the thing it
	// qualifies, and national, provincial are common words.
	nextTerm bool
	// ofSubject: the value grades the thing the claim names before it
	// ("Red Beach is a 5A scenic area"): the report's clause must write
	// an asked term the question writes there (ocean of "Jinbotan Ocean
	// Park": 海洋乐园), or its value (金帛滩海洋乐园晋升国家4A级旅游景区 for
	// Red Beach) is another thing's.
	ofSubject bool
}

var englishContrasts = []englishContrast{
	{ // a place in a ranking
		en:      regexp.MustCompile(`\b([0-9]+)(?:st|nd|rd|th)\b|\b(?:ranked|ranks|rank|ranking|placed|came|stood)\s+(?:no\.?\s*)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:place\s+)?(?:in|among|on)\s+(?:the\s+)?(?:province|country|nation|liaoning|china|list|ranking)\b|\b(?:number|no\.)\s*([0-9]+)\b`),
		zh:      zhRank,
		enValue: englishNumber,
		zhValue: rankValues,
	},
	{ // a scenic spot's grade
		en:        regexp.MustCompile(`\b([1-5])a\b`),
		zh:        regexp.MustCompile(`([1-5])[Aa]`), // Normalize lowers 4A
		enValue:   englishNumber,
		zhValue:   oneNumber,
		ofSubject: true,
	},
	{ // a star rating
		en:        regexp.MustCompile(`\b(one|two|three|four|five|[1-5])[- ]?stars?\b`),
		zh:        regexp.MustCompile(`([1-5一二三四五])星`), // 四星级: closeValue takes 级
		enValue:   englishNumber,
		zhValue:   oneNumber,
		ofSubject: true,
	},
	{ // a level of honour
		en:       regexp.MustCompile(`\b(provincial|national|municipal|state-level|city-level)(?:[- ]level)?\b`),
		zh:       regexp.MustCompile(`(国家|省|市|县)级|(国家|省)重点`),
		enValue:  englishLevel,
		zhValue:  func(s string) []string { return []string{s} },
		nextTerm: true,
	},
	{ // a count of rounds
		en:      regexp.MustCompile(`\b([0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+rounds?\b`),
		zh:      regexp.MustCompile(`([0-9一二三四五六七八九十两]+)轮`),
		enValue: englishNumber,
		zhValue: oneNumber,
	},
	{ // a side: women's or men's
		en:      regexp.MustCompile(`\b(men|women|male|female)(?:'s|’s)?\b`),
		zh:      regexp.MustCompile(`([男女])(?:篮|足|排)`),
		enValue: func(s string) string { return englishSides[s] },
		zhValue: func(s string) []string { return []string{s} },
	},
}

// englishSides are the report's characters for the English words of a
// side: 女篮 is the women's.
var englishSides = map[string]string{"men": "男", "male": "男", "women": "女", "female": "女"}

// zhRank is a place in a ranking as the report writes it: 第N (位, 名)
// after the ranking's words (全省, 排行榜, 升至), 榜首, 冠军, 冠亚军.
var zhRank = regexp.MustCompile(`(全省|全国|全市|东北|榜|排名|排在|位居|居于|位列|名列|升至|升到|跃至|降至|降到)([^，。；、：,;]{0,8}?)第([0-9一二三四五六七八九十]+)|(榜首|冠亚军|冠军|亚军)`)

// valueEnds close a value the report writes: 第21位, 第7名, 四星级.
const valueEnds = "位名级"

// notRankAfter follow an ordinal that counts, not ranks: 第四批, 第五次.
const notRankAfter = "批次届期个轮项条座家年"

var englishNumbers = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
	"sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}

// englishNumber is an English number word or digits as digits.
func englishNumber(s string) string {
	if n, ok := englishNumbers[s]; ok {
		return strconv.Itoa(n)
	}
	return s
}

// englishLevel is the report's word for an English level of honour.
func englishLevel(s string) string {
	switch s {
	case "provincial":
		return "省"
	case "national", "state-level":
		return "国家"
	}
	return "市"
}

// oneNumber is a number written in digits or Chinese numerals as digits.
func oneNumber(s string) []string {
	if n, err := strconv.Atoi(s); err == nil {
		return []string{strconv.Itoa(n)}
	}
	if n, ok := ParseChineseNumber(s); ok {
		return []string{strconv.Itoa(int(n))}
	}
	return nil
}

// rankValues are the places a ranking the report writes gives: 榜首 and
// 冠军 first, 亚军 second, 冠亚军 both (of two things, neither said which).
func rankValues(s string) []string {
	switch s {
	case "榜首", "冠军":
		return []string{"1"}
	case "亚军":
		return []string{"2"}
	case "冠亚军":
		return []string{"1", "2"}
	}
	return oneNumber(s)
}

// englishStated is a value an English question states: where, as
// written, and canonical.
type englishStated struct {
	start, end  int // byte offsets in the lowered question
	text, value string
}

// statedValues are the values of class c the lowered question q states.
func (c englishContrast) statedValues(q string) []englishStated {
	var out []englishStated
	for _, m := range c.en.FindAllStringSubmatchIndex(q, -1) {
		for g := 2; g+1 < len(m); g += 2 {
			if m[g] >= 0 {
				// From the value: "ranked third" states third.
				out = append(out, englishStated{m[g], m[1], q[m[g]:m[1]], c.enValue(q[m[g]:m[g+1]])})
				break
			}
		}
	}
	return out
}

// zhMatch is a value of a class in a report clause: its runes and values.
type zhMatch struct {
	start, end int // runes of the clause
	values     []string
}

// reportValues are the values of class c clause rs writes.
func (c englishContrast) reportValues(rs []rune) []zhMatch {
	if c.zh == zhRank {
		return rankMatches(rs)
	}
	s := string(rs)
	var out []zhMatch
	for _, m := range c.zh.FindAllStringSubmatchIndex(s, -1) {
		for g := 2; g+1 < len(m); g += 2 {
			if m[g] >= 0 {
				out = append(out, zhMatch{runeLen(s[:m[0]]), closeValue(rs, runeLen(s[:m[1]])), c.zhValue(s[m[g]:m[g+1]])})
				break
			}
		}
	}
	return out
}

// rankMatches are the places in rankings clause rs writes, each from its
// scope word when 第 follows it at once (全省第一), else from 第 (全国化工园区
// …第21位 is shown as 第21位); not a count of batches (全国第四批).
func rankMatches(rs []rune) []zhMatch {
	s := string(rs)
	var out []zhMatch
	for _, m := range zhRank.FindAllStringSubmatchIndex(s, -1) {
		end := runeLen(s[:m[1]])
		if m[8] >= 0 { // 榜首, 冠亚军…
			out = append(out, zhMatch{runeLen(s[:m[8]]), end, rankValues(s[m[8]:m[9]])})
			continue
		}
		if end < len(rs) && strings.ContainsRune(notRankAfter, rs[end]) {
			continue
		}
		start := runeLen(s[:m[0]])
		if m[4] < m[5] {
			start = runeLen(s[:m[6]]) - 1 // words between: from 第
		}
		out = append(out, zhMatch{start, closeValue(rs, end), rankValues(s[m[6]:m[7]])})
	}
	return out
}

// closeValue is end, or one past it when the report's value closes with
// its measure there (第21位, 第7名, 四星级).
func closeValue(rs []rune, end int) int {
	if end < len(rs) && strings.ContainsRune(valueEnds, rs[end]) {
		return end + 1
	}
	return end
}

// englishClaimed reports whether the clause of the English question q
// (lowered) holding byte offset at states what it says rather than asks
// it: a yes-or-no question, one that asks to confirm (", right?"), or a
// clause stating before the one that asks ("Panjin had 10 rounds of heavy
// rain; how many…").
func englishClaimed(q string, at int) bool {
	start := strings.LastIndexAny(q[:at], ";,") + 1
	end := len(q)
	if i := strings.IndexAny(q[at:], ";,"); i >= 0 {
		end = at + i
	}
	clause := strings.TrimSpace(q[start:end])
	return !startsWithAny(clause, englishAskWords) && !strings.Contains(clause, "how many") && !strings.Contains(clause, "how much")
}

// englishAskWords open an English question that asks for something.
var englishAskWords = []string{"what", "which", "how", "when", "where", "who", "why", "whose", "list", "tell", "give", "name"}

// contrastClause is a report clause holding a value of a class, and how
// many of the question's asked terms it writes.
type contrastClause struct {
	p     *Paragraph
	span  Span
	rs    []rune
	match zhMatch
	held  int
}

// englishContrastCorrection corrects a value of a class an English
// question states where the report's clauses that write the question's
// asked terms best give that class another value, and none of them the
// stated one.
func (e *Engine) englishContrastCorrection(d *Draft) ([]Part, bool) {
	p, cite, ok := e.englishContrast(d)
	if !ok {
		return nil, false
	}
	if named, ok := e.ix.namedInEnglish(d.Read, d.missing, d.Scope); ok &&
		!slices.ContainsFunc(named.runs, func(n string) bool { return strings.Contains(cite.Quote, n) }) {
		// "Is Honghaitan a 5A scenic area?" where the 4A clause is
		// 金帛滩's: the value is another thing's, and the report gives
		// none of the thing named (红海滩).
		d.Answer.notAnsweredDirectly()
		return nil, true
	}
	return correctionCiting(d.Answer, p, cite), true
}

// englishContrast is the correction englishContrastCorrection makes and
// the clause it cites.
func (e *Engine) englishContrast(d *Draft) (Part, Citation, bool) {
	q := strings.ToLower(d.Read)
	if !slices.ContainsFunc(englishContrasts, func(c englishContrast) bool { return c.en.MatchString(q) }) {
		return Part{}, Citation{}, false // most questions state no such value
	}
	if e.ix.unknownName(d.Read, d.missing, d.Scope) {
		return Part{}, Citation{}, false // "Is Hongkou a 5A scenic area?": of a thing the report does not name
	}
	for _, c := range englishContrasts {
		for _, st := range c.statedValues(q) {
			if !englishClaimed(q, st.start) {
				continue
			}
			if p, cite, ok := e.ix.contrastElsewhere(c, st, q, d); ok {
				return p, cite, true
			}
		}
	}
	return Part{}, Citation{}, false
}

// refusedEnglishContrast answers an English claim of a value that
// retrieval found no answer to for words the reports lack ("Yihai Kerry was
// named a provincial green factory?": yihai, kerry), when those words name
// in pinyin a thing of the report (益海) whose clause gives the value
// otherwise (益海嘉里被评为国家级绿色工厂): the correction, the clause quoted.
// A refusal for another place, period or report stands.
func (e *Engine) refusedEnglishContrast(d *Draft) {
	ans := d.Answer
	if ans.Lang != "en" || ans.Understood == nil || ans.Understood.Grounding != "" && ans.Understood.Grounding != GroundNotAnswered {
		return
	}
	if u := ans.Understood; u.Place != nil && u.Place.Relation != PlaceOwn {
		return
	}
	named, ok := e.ix.namedInEnglish(d.Read, d.missing, d.Scope)
	if !ok {
		return
	}
	p, cite, ok := e.englishContrast(d)
	if !ok || !slices.ContainsFunc(named.runs, func(n string) bool { return strings.Contains(cite.Quote, n) }) {
		return
	}
	ans.Parts, ans.Citations, ans.Figures = nil, nil, nil
	parts := correctionQuoting(ans, p, cite)
	ans.Parts = []Part{parts[0], introPart(ans.Lang), parts[1]}
	ans.Found = true
	ans.Understood.Grounding = ""
}

// contrastElsewhere finds the correction of stated value st of class c:
// the clause writing most asked terms among those with a value of c, the
// one with a period the question asks first.
func (ix *Index) contrastElsewhere(c englishContrast, st englishStated, q string, d *Draft) (Part, Citation, bool) {
	terms := contrastTerms(d.asked, st.text)
	var next []askedTerm
	if c.nextTerm {
		next = termsAfter(terms, q, st.end)
		if len(next) == 0 {
			return Part{}, Citation{}, false
		}
	}
	var subject []askedTerm
	if c.ofSubject {
		subject = termsBefore(terms, q, st.start)
	}
	var best []contrastClause
	ix.walkQuotableClauses(d.Scope, func(p *Paragraph, cl normClause) bool {
		rs := []rune(cl.norm)
		if len(rs) != cl.span.End-cl.span.Start {
			return false // normalizing changed the length: offsets would not hold
		}
		for _, m := range c.reportValues(rs) {
			if next != nil && !termsRightAfter(rs, m.end, next) {
				continue
			}
			held := heldTerms(terms, string(rs))
			if held == 0 || len(subject) > 0 && !holdsAny(subject, string(rs)) {
				continue
			}
			cc := contrastClause{p, cl.span, rs, m, held}
			switch {
			case len(best) == 0 || held > best[0].held:
				best = []contrastClause{cc}
			case held == best[0].held:
				best = append(best, cc)
			}
		}
		return false
	})
	if asked := d.Intent.Period; asked != PeriodNone {
		// A clause of the period asked says more than another period's.
		if ofPeriod := slices.DeleteFunc(slices.Clone(best), func(cc contrastClause) bool { return cc.p.Period.Kind != asked }); len(ofPeriod) > 0 {
			best = ofPeriod
		}
	}
	if len(best) == 0 || slices.ContainsFunc(best, func(cc contrastClause) bool { return slices.Contains(cc.match.values, st.value) }) {
		return Part{}, Citation{}, false // the report says it, or nothing of it
	}
	if slices.ContainsFunc(best[1:], func(cc contrastClause) bool { return !slices.Equal(cc.match.values, best[0].match.values) }) {
		return Part{}, Citation{}, false // clauses alike give different values: which is meant is not known
	}
	b := best[0]
	cite := citationFor(b.p, trimSpan(b.p.Text, b.span))
	if b.match.end > cite.End-cite.Start {
		return Part{}, Citation{}, false
	}
	part := citedCorrection(cite, 0, b.match.start, b.match.end, d.Read[st.start:st.end], "")
	return part, cite, true
}

// contrastTerms are the asked terms the report writes other than the
// stated value's own words ("12th", "5a").
func contrastTerms(asked []askedTerm, stated string) []askedTerm {
	return slices.DeleteFunc(slices.Clone(asked), func(t askedTerm) bool {
		return t.missing || len(t.spellings()) == 0 || strings.Contains(stated, t.term) || strings.ContainsFunc(t.term, unicode.IsDigit)
	})
}

// heldTerms is how much of terms text writes: the runes of the longest
// spelling of each it writes, a spelling two terms share counted once
// (经开区 of development zone and of chemical parks).
func heldTerms(terms []askedTerm, text string) int {
	n := 0
	var counted []string
	for _, t := range terms {
		if longest := t.longestWritten(text, counted); longest != "" {
			counted = append(counted, longest)
			n += runeLen(longest)
		}
	}
	return n
}

// longestWritten is the longest Han spelling of t that text writes,
// but for those in except: "" when it writes none. heldTerms and
// termsWritten share it.
func (t askedTerm) longestWritten(text string, except []string) string {
	longest := ""
	for _, s := range t.spellings() {
		if startsHan(s) && runeLen(s) > runeLen(longest) && strings.Contains(text, s) && !slices.Contains(except, s) {
			longest = s
		}
	}
	return longest
}

// termsAfter are the terms the question writes right after byte offset at
// (one word between at most): what a level there qualifies.
func termsAfter(terms []askedTerm, q string, at int) []askedTerm {
	rest := strings.Fields(q[at:])
	if len(rest) > 3 {
		rest = rest[:3]
	}
	near := strings.Join(rest, " ")
	return slices.DeleteFunc(slices.Clone(terms), func(t askedTerm) bool { return !strings.Contains(near, t.term) })
}

// termsBefore are the terms the question q (lowered) writes in the
// clause holding byte offset at, before it: the thing a value there is
// claimed of (beach of "Red Beach is a 5A scenic area").
func termsBefore(terms []askedTerm, q string, at int) []askedTerm {
	before := q[strings.LastIndexAny(q[:at], ";,")+1 : at]
	return slices.DeleteFunc(slices.Clone(terms), func(t askedTerm) bool { return !strings.Contains(before, t.term) })
}

// holdsAny: text writes some spelling of one of terms.
func holdsAny(terms []askedTerm, text string) bool {
	return heldTerms(terms, text) > 0
}

// maxLevelReach is how many characters after a level its thing may start:
// 国家级专精特新“小巨人”企业.
const maxLevelReach = 8

// termsRightAfter: each of terms is written within maxLevelReach
// characters after rune offset at of rs. A level qualifies every word
// after it: "a provincial technology transformation pilot" is not the
// thing of 国家级制造业中试平台, which writes the pilot (中试) but no
// technology.
func termsRightAfter(rs []rune, at int, terms []askedTerm) bool {
	after := string(rs[at:min(len(rs), at+maxLevelReach+4)])
	return !slices.ContainsFunc(terms, func(t askedTerm) bool {
		return !slices.ContainsFunc(t.spellings(), func(s string) bool {
			i := strings.Index(after, s)
			return startsHan(s) && i >= 0 && runeLen(after[:i]) <= maxLevelReach
		})
	})
}

// correctionCiting is correction p of clause c, cited to the answer's
// quote that holds c when there is one, else with c quoted after it.
func correctionCiting(ans *Answer, p Part, c Citation) []Part {
	for i, o := range ans.Citations {
		if o.holds(c) {
			p.Citations = []int{i}
			return []Part{p}
		}
	}
	return correctionQuoting(ans, p, c)
}
