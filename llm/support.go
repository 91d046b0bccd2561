package llm

import (
	_ "embed"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/reportbot/reportbot/places"
	"github.com/reportbot/reportbot/rag"
)

// Support thresholds: the share of a sentence's content units (Han
// bigrams, words, numbers) that its cited passages contain, at or above
// which the sentence counts as supported. Chosen on the tuning half of
// testdata/support.yaml and checked on its other half by
// TestSupportThreshold; docs/llm.md has the sweep.
const (
	supportThresholdZH = 0.65
	supportThresholdEN = 0.65
)

// supporter decides whether a model's sentence is supported by the
// passages it cites: its content overlaps them, it names no place or
// foreign word they lack, and it carries no link, markup, claim about the
// report itself or reference to a paragraph the model was not given.
type supporter struct {
	lex      *rag.Lexicon
	gaz      *places.Gazetteer
	glossary map[string][]string // English word → the report's words for it
}

//go:embed glossary.txt
var glossaryText string

func newSupportChecker() (*supporter, error) {
	gaz, err := places.Load()
	if err != nil {
		return nil, fmt.Errorf("llm: support check: %w", err)
	}
	gl, err := parseGlossary(glossaryText)
	if err != nil {
		return nil, fmt.Errorf("llm: support check: %w", err)
	}
	return &supporter{lex: rag.DefaultLexicon(), gaz: gaz, glossary: gl}, nil
}

// parseGlossary reads glossary.txt: "word 中文 中文…" a line, # comments.
func parseGlossary(text string) (map[string][]string, error) {
	gl := map[string][]string{}
	for i, line := range strings.Split(text, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if len(f) < 2 || f[0] != strings.ToLower(f[0]) {
			return nil, fmt.Errorf("glossary.txt:%d: want a lower-case English word and its Chinese words", i+1)
		}
		for _, t := range f[1:] {
			gl[f[0]] = append(gl[f[0]], rag.Normalize(t))
		}
	}
	return gl, nil
}

// evidence is what a sentence may rest on: the report's title and the
// cited paragraphs with their section paths and period labels, as the
// model saw them.
type evidence struct {
	norm     string
	numbers  map[string]bool
	concepts map[int]bool
}

func (s *supporter) evidence(title string, paras []*rag.Paragraph) *evidence {
	var b strings.Builder
	b.WriteString(title)
	for _, p := range paras {
		fmt.Fprintf(&b, "\n%s\n%s %s\n%s", p.Path(), p.Period.Label(), p.Period.EnglishLabel(), p.Text)
	}
	ev := &evidence{norm: rag.Normalize(b.String()), numbers: map[string]bool{}, concepts: map[int]bool{}}
	for _, n := range figureTokens(b.String()) {
		ev.numbers[n] = true
	}
	if s.lex != nil {
		for _, id := range s.lex.Concepts(ev.norm) {
			ev.concepts[id] = true
		}
	}
	return ev
}

// measure is how much of a sentence the evidence supports.
type measure struct {
	units, covered int
	entity         string // an uncovered name or foreign word, "" if none
}

func (m measure) score() float64 {
	if m.units == 0 {
		return 0
	}
	return float64(m.covered) / float64(m.units)
}

// glueHan are words answers use around what they report; they need no
// support. They are cut out before Han text is split into bigrams.
var glueHan = []string{
	"根据报告", "报告中", "报告里", "报告提出", "报告指出", "报告显示", "报告明确", "报告称", "报告说", "报告",
	"根据", "按照", "提出", "指出", "表示", "显示", "明确", "其中", "以及", "包括", "方面", "主要有", "主要",
	"分别为", "分别是", "分别", "今年", "去年", "明年", "全年", "同时", "此外", "另外", "总之", "总体来看",
	"具体来说", "具体", "计划", "预计", "力争", "目标为", "目标是", "达到", "实现", "左右", "以上", "约为",
	"大约", "约", "该市", "本市", "全市", "市政府", "政府", "我们", "要", "还", "并", "如下", "等",
}

// stopHan break Han runs: particles and function characters.
const stopHan = "的了是在和与及把被对为以吗呢吧啊么这那也都就还会能我你他她它们其之而或从到于让给过着很更最将"

// glueWords are English words answers use around what they report.
var glueWords = wordSet(`a an the of in on at for to from by with as into within over under about around
		approximately roughly nearly almost some least more most than less and or but also both either nor not no
		is are was were be been being am will would shall should can could may might must has have had do does did
		it its it's this that these those there here which who whom whose what when where how why
		he she they them their his her we our us you your i me my
		report reports reported reporting government city city's municipal panjin panjin's
		says said say states stated state notes noted mentions mentioned according plans planned plan aims aim aimed
		sets set calls called call targets target expects expected expect seeks seek intends intend
		year years year's annual annually this next last per cent percent percentage points point
		about total overall approximately respectively including include includes included such other another each every
		new key main major further efforts effort work measures measure continue continued continuing
		promote promoting promoted improve improving improved strengthen strengthening strengthened
		develop developing developed development advance advancing advanced build building built
		implement implementing implemented support supporting supported achieve achieving achieved reach reaching reached
		ensure ensuring ensured expand expanding expanded boost boosting increase increasing increased
		goal goals task tasks area areas aspect aspects part parts section sections
		yes so then thus therefore however while during after before since until
		million billion thousand hundred ten tens one two three four five six seven eight nine
		first second third fourth fifth sixth seventh eighth`)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// measureSupport counts a sentence's content units and those the evidence
// contains. Han text is cut into bigrams between stop characters and glue
// words; words (Latin or any other script) and numbers are units of their
// own; a place name is covered only if the evidence names it.
func (s *supporter) measureSupport(sentence string, ev *evidence, free map[string]bool) measure {
	norm := digitComma.ReplaceAllString(rag.Normalize(sentence), "$1$2")
	u := &unitCounter{s: s, ev: ev, free: free, sentence: sentence, zh: sentenceLang(norm) == "zh"}
	for _, g := range glueHan {
		norm = strings.ReplaceAll(norm, g, " ")
	}
	for _, r := range norm {
		switch {
		case unicode.Is(unicode.Han, r):
			u.flushWord()
			if strings.ContainsRune(stopHan, r) {
				u.flushHan()
				continue
			}
			u.han = append(u.han, r)
		case unicode.Is(unicode.So, r): // emoji and other symbols
			u.flushHan()
			u.flushWord()
			u.count(strings.ContainsRune(ev.norm, r), string(r))
		case unicode.IsLetter(r) || unicode.IsDigit(r) || (len(u.word) > 0 && (r == '.' || r == '-' || r == '\'')):
			u.flushHan()
			u.word = append(u.word, r)
		default:
			u.flushHan()
			u.flushWord()
		}
	}
	u.flushHan()
	u.flushWord()
	if s.gaz != nil && u.m.entity == "" {
		for _, p := range s.gaz.Find(rag.Normalize(sentence)) {
			if !placeCovered(p, ev) {
				u.m.entity = p.As
				break
			}
		}
	}
	return u.m
}

// unitCounter is measureSupport's state: the run of Han characters or the
// word being read, and the counts so far.
type unitCounter struct {
	s        *supporter
	ev       *evidence
	free     map[string]bool
	sentence string
	zh       bool
	han      []rune
	word     []rune
	m        measure
}

// count adds a unit; one not covered is the sentence's entity when named.
func (u *unitCounter) count(covered bool, entity string) {
	u.m.units++
	switch {
	case covered:
		u.m.covered++
	case entity != "" && u.m.entity == "":
		u.m.entity = entity
	}
}

// flushHan counts the Han run's bigrams (a lone character as itself).
func (u *unitCounter) flushHan() {
	switch {
	case len(u.han) == 1:
		u.count(strings.ContainsRune(u.ev.norm, u.han[0]), "")
	case len(u.han) > 1:
		for i := 0; i+1 < len(u.han); i++ {
			u.count(strings.Contains(u.ev.norm, string(u.han[i:i+2])), "")
		}
	}
	u.han = u.han[:0]
}

// flushWord counts the word read: a number the evidence has (the report's
// years are free; a figure that does not match is the figure check's), or
// a word it has directly or through the lexicon or glossary. In a Chinese
// sentence a foreign word is a name, a code or a payload ("DAN", "PWNED");
// in English an all-capital word is: not covered, it is an entity.
func (u *unitCounter) flushWord() {
	w := strings.Trim(string(u.word), ".-'")
	u.word = u.word[:0]
	switch {
	case w == "" || u.free[w] || glueWords[w]:
	case isNumber(w):
		n := w
		if strings.Contains(w, ".") {
			n = strings.TrimSuffix(strings.TrimRight(w, "0"), ".")
		}
		u.count(u.ev.numbers[w] || u.ev.numbers[n], "")
	default:
		entity := ""
		if u.zh || isAcronym(w, u.sentence) {
			entity = w
		}
		u.count(u.s.wordCovered(w, u.ev), entity)
	}
}

// wordCovered reports whether the evidence contains a word or a concept
// the lexicon gives it ("gdp" → 地区生产总值), plural "s" forgiven.
func (s *supporter) wordCovered(w string, ev *evidence) bool {
	for _, v := range []string{w, strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "es")} {
		if v == "" {
			continue
		}
		if rag.ContainsTerm(ev.norm, v) {
			return true
		}
		for _, t := range s.glossary[v] {
			if strings.Contains(ev.norm, t) {
				return true
			}
		}
		if s.lex != nil {
			for _, id := range s.lex.Concepts(v) {
				if ev.concepts[id] {
					return true
				}
			}
		}
	}
	return false
}

func placeCovered(m places.Mention, ev *evidence) bool {
	p := m.Place
	for _, n := range []string{m.As, p.Name, p.Short, strings.ToLower(p.English)} {
		if n != "" && rag.ContainsTerm(ev.norm, rag.Normalize(n)) {
			return true
		}
	}
	return false
}

// isAcronym reports whether w (normalized) is written in capitals of two
// or more letters in the original sentence.
func isAcronym(w, sentence string) bool {
	if len(w) < 2 {
		return false
	}
	for _, f := range strings.FieldsFunc(sentence, func(r rune) bool { return !(unicode.IsLetter(r) || unicode.IsDigit(r)) }) {
		if strings.EqualFold(f, w) && f == strings.ToUpper(f) && strings.IndexFunc(f, unicode.IsLetter) >= 0 {
			return true
		}
	}
	return false
}

func isNumber(w string) bool {
	_, err := strconv.ParseFloat(w, 64)
	return err == nil && strings.IndexFunc(w, func(r rune) bool { return r > unicode.MaxASCII }) < 0
}

// sentenceLang is "en" for a sentence mostly in Latin letters.
func sentenceLang(norm string) string {
	han, latin := 0, 0
	for _, r := range norm {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case r < 0x80 && unicode.IsLetter(r):
			latin++
		}
	}
	if latin > 2*han {
		return "en"
	}
	return "zh"
}

// threshold is the support a sentence in lang needs.
func threshold(lang string) float64 {
	if lang == "en" {
		return supportThresholdEN
	}
	return supportThresholdZH
}

var (
	// urlLike matches links however written: schemes, www., bare domains,
	// defanged forms (evil[.]example, hxxp) and "dot com".
	urlLike = regexp.MustCompile(`(?i)\b(?:https?|hxxps?|ftp|file|javascript|data|vbscript)\s*:|\bwww\s*\.|\b[a-z0-9-]+(?:\.|\[\.\]|\(\.\)|\s+dot\s+)(?:com|net|org|cn|io|xyz|top|info|ru|co|me|ly|gl|app|dev|site|example|gov|edu|link|click)\b|\[\.\]|\(dot\)|\bt\.me/|@[a-z0-9_]{4,}\b`)
	// markupLike matches HTML tags and entities, Markdown links, images
	// and code, and escaped or percent-encoded angle brackets.
	markupLike = regexp.MustCompile(`(?i)<\s*/?\s*[a-z!?][^>]*>|<\s*/?\s*[a-z]+|&(?:[a-z]+|#x?[0-9a-f]+);|!?\[[^\]]*\]\([^)]*\)|` + "`" + `|\\u[0-9a-f]{4}|\\x[0-9a-f]{2}|%3c|%3e|%2f%2f|\{\{|\}\}|\$\{`)
	// encodedBlob matches a long run of base64 or hex.
	encodedBlob = regexp.MustCompile(`[A-Za-z0-9+/]{24,}={0,2}|(?:[0-9a-fA-F]{2}[\s:]?){12,}`)
	// aboutReport matches claims about the report itself: withdrawn,
	// false, changed, superseded; and "actually" contradictions.
	aboutReport = regexp.MustCompile(`(?i)撤回|撤销|作废|废止|失效|无效|虚假|造假|不实|伪造|篡改|被修改|已修改|被更改|已更改|已修订|修订版|新版|更新版|已更新|勘误|有误|错误|不准确|不可信|不可靠|谣言|假的|假消息|过时|过期|不再有效|以.{0,8}为准|其实|实际上|事实上|真实情况|真相|\b(?:withdrawn|retracted|revoked|rescinded|invalid|void|fake|false|falsified|fabricated|forged|tampered|incorrect|inaccurate|unreliable|outdated|obsolete|superseded|errata|erratum|hoax|rumou?rs?|misinformation|disinformation|actually|in fact|in reality|no longer valid)\b|\b(?:has|have|was|were|been)\s+(?:secretly\s+)?(?:changed|amended|revised|updated|corrected|replaced|edited|altered|modified)\b`)
)

// forbidden says why a sentence may not be shown whatever its support:
// a link, markup, an encoded payload, a claim about the report, or a
// reference to a paragraph not given. "" when none applies; text the
// evidence itself contains is allowed.
func forbidden(sentence string, ev *evidence, allowed map[int]*rag.Paragraph) string {
	norm := rag.Normalize(sentence)
	for _, c := range []struct {
		re  *regexp.Regexp
		why string
	}{
		{urlLike, "a link"},
		{markupLike, "markup"},
		{aboutReport, "a claim about the report itself"},
	} {
		for _, m := range c.re.FindAllString(norm, -1) {
			if !strings.Contains(ev.norm, m) {
				return c.why + " (" + clip(m, 20) + ")"
			}
		}
	}
	if m := encodedBlob.FindString(sentence); m != "" && !strings.Contains(ev.norm, rag.Normalize(m)) {
		return "an encoded payload"
	}
	for _, n := range rag.ParagraphRefs(norm) {
		if n <= 0 || allowed[n] == nil {
			return fmt.Sprintf("a reference to a paragraph not given (%d)", n)
		}
	}
	return ""
}

// verdict is what the support check says of one sentence.
type verdict struct {
	ok     bool
	reason string // why not, for logs and the regeneration prompt
	score  float64
	units  int
}

const reasonNothing = "it says nothing the cited passages could support"

// judge checks one sentence against the evidence.
func (s *supporter) judge(sentence string, ev *evidence, allowed map[int]*rag.Paragraph, free map[string]bool) verdict {
	if why := forbidden(sentence, ev, allowed); why != "" {
		return verdict{reason: "it contains " + why}
	}
	m := s.measureSupport(sentence, ev, free)
	v := verdict{score: m.score(), units: m.units}
	switch {
	case m.entity != "":
		v.reason = fmt.Sprintf("it names %q, which the cited passages do not", m.entity)
	case m.units == 0:
		v.reason = reasonNothing
	case v.score < threshold(sentenceLang(rag.Normalize(sentence))):
		v.reason = fmt.Sprintf("the cited passages support only %.0f%% of it", 100*v.score)
	default:
		v.ok = true
	}
	return v
}
