package rag

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/words"
)

// askedTerm is something a question asks about, weighed by how rare it is
// in the reports, with the report terms that stand for it (the lexicon's:
// 看病 is asked, 医疗 answers it).
type askedTerm struct {
	term   string
	weight float64
	syn    []string
	// head marks the question's last asked word: in a Chinese noun phrase
	// the head noun, what a figure must measure (支出 of 一般公共预算支出).
	head bool
	// missing marks a word the reports never write; noun, one the
	// dictionary knows as a noun (住院, 床位), which no other word answers.
	missing, noun bool
	// at is where the term is in the question (byte offset), -1 if not
	// found as written.
	at int
	// part marks a bigram of a longer word (授权 of 授权量), no word itself.
	part bool
	// joined marks a word a conjunction joins to the word before it
	// ("pm2.5和优良天数"): the two are siblings, neither qualifies the other.
	joined bool
}

// spellings are the ways the reports may write t: as asked, then its
// report terms.
func (t askedTerm) spellings() []string {
	return append([]string{t.term}, t.syn...)
}

// siblingJoins join two words as siblings: 和, 与, 及, 跟, 同, 、.
const siblingJoins = "和与及跟同、"

// joinedAfter reports whether the question text between prev and a term
// at at is one conjunction of siblingJoins (pm2.5和优良天数).
func joinedAfter(norm string, prev askedTerm, at int) bool {
	end := prev.at + len(prev.term)
	if end > at {
		return false
	}
	gap := strings.TrimSpace(norm[end:at])
	return utf8.RuneCountInString(gap) == 1 && joinedBefore(gap, len(gap))
}

// askedTerms reads what a question asks about: its words, not its filler,
// generic, period or place words. The question is cut into words first —
// the lexicon's everyday words, the longest runs the reports write, and
// the runs they never write (常住 of 常住人口) — so that a pair of
// characters across two words (病难 of 看病难) asks nothing. Runs the
// reports write count by their bigrams, so that part of a long run still
// counts; a word they never write counts whole, as the rarest term.
func (ix *Index) askedTerms(a analysis) []askedTerm {
	var out []askedTerm
	seen := map[string]bool{}
	add := func(t askedTerm) {
		if !seen[t.term] {
			seen[t.term] = true
			out = append(out, t)
		}
	}
	maxIDF := ix.maxIDF(a.rep)
	defer func() {
		if len(out) > 0 {
			out[headIndex(a.norm, out)].head = true
		}
		from := 0
		for i := range out {
			// A question-side link's report terms are how the reports
			// write the word asked (今年防汛: the plan's 排涝, 防洪), though
			// no concept makes them one with it: a clause holding them
			// holds it.
			if l := ix.lex.LinkedTo(out[i].term); len(l) > 0 {
				out[i].syn = append(slices.Clip(out[i].syn), l...)
			}
			out[i].at = -1
			if j := strings.Index(a.norm[from:], out[i].term); j >= 0 {
				out[i].at = from + j
				out[i].joined = i > 0 && out[i-1].at >= 0 && joinedAfter(a.norm, out[i-1], out[i].at)
				from += j
			}
		}
	}()
	for _, w := range ix.questionWords(a) {
		switch {
		case w.generic:
		case w.syn != nil && (genericExpansions[w.text] || genericWordSet[w.text] || allGeneric(w.syn)):
			// 计划, 目标: a lexicon word that is itself generic asks nothing.
		case w.syn != nil && !ix.writesAny(a.rep, w.syn) && !ix.writesAny(a.rep, []string{w.text}):
			// "unemployment" (失业率): a concept the reports never write is
			// asked as a missing noun; no other word answers it.
			add(askedTerm{term: w.text, weight: maxIDF, syn: w.syn, missing: true, noun: true})
		case w.syn != nil:
			idf := ix.idf(a.rep, w.text)
			if idf == 0 {
				idf = maxIDF / 2
			}
			add(askedTerm{term: w.text, weight: idf, syn: ix.invertedSpellings(a.rep, w.text, w.syn)})
		case w.missing:
			add(askedTerm{term: w.text, weight: maxIDF, missing: true, noun: w.noun})
		case isIdentifier(w.text) || startsHan(w.text) && !AllHan([]rune(w.text)):
			// 5g of 5G工厂 names the kind, as 村ba names its game: the
			// tokenizer's pieces (5, g) would ask nothing, and 智能工厂 is no answer to it. The
			// reports write it (else it is missing), rarely.
			add(askedTerm{term: w.text, weight: maxIDF / 2})
		default:
			// A word counts once however long it is: its bigrams share its
			// weight, so 成交额 does not outweigh 技术 and 合同 together.
			var ts []askedTerm
			for _, t := range ix.tok.Tokens(w.text) {
				if utf8.RuneCountInString(t) < 2 || genericTerms[t] || strings.IndexFunc(t, isStopRune) >= 0 {
					continue
				}
				if idf := ix.idf(a.rep, t); idf > 0 {
					ts = append(ts, askedTerm{term: t, weight: idf})
				}
			}
			for _, t := range ts {
				t.weight /= float64(len(ts))
				t.part = len(ts) > 1
				add(t)
			}
		}
	}
	return out
}

// invertedSpellings adds to syn, the report terms of the lexicon word w,
// each spelling's verb put before its object where the reports write it
// so: the review's noun phrase 科技成果转化 is the plan's 转化科技成果
// (90项以上), the same thing in the other order.
func (ix *Index) invertedSpellings(rep *Report, w string, syn []string) []string {
	out := syn
	for _, s := range append([]string{w}, syn...) {
		rs := []rune(s)
		if len(rs) < 4 || !startsHan(s) {
			continue
		}
		obj, verb := string(rs[:len(rs)-2]), string(rs[len(rs)-2:])
		inv := verb + obj
		if !ix.isVerb(verb) || slices.Contains(out, inv) || !ix.writesAny(rep, []string{inv}) {
			continue
		}
		if len(out) == len(syn) {
			out = slices.Clone(syn)
		}
		out = append(out, inv)
	}
	return out
}

// writesAny reports whether rep's text (every report's when nil) holds
// any of words.
func (ix *Index) writesAny(rep *Report, words []string) bool {
	corpus := ix.corpusFor(rep)
	for _, w := range words {
		if corpus.Contains(w) {
			return true
		}
	}
	return false
}

// headIndex picks the asked term a figure must measure: the one right
// after the question word ("吸引多少人才": 人才), else the last before it
// ("水稻产量多少万吨": 产量), else the last.
func headIndex(norm string, asked []askedTerm) int {
	q, qEnd := -1, -1
	for _, w := range []string{"多少", "几", "百分之"} {
		if i := strings.Index(norm, w); i >= 0 && (q < 0 || i < q) {
			q, qEnd = i, i+len(w)
		}
	}
	if q < 0 {
		return len(asked) - 1
	}
	counted := countsWithMeasure(norm[qEnd:])
	after, before, afterAt := -1, -1, len(norm)
	for i, t := range asked {
		p := strings.Index(norm, t.term)
		switch {
		case p < 0:
		case p >= qEnd && p < afterAt && utf8.RuneCountInString(norm[qEnd:p]) <= maxHeadGap:
			after, afterAt = i, p
		case p < q && !(counted && slices.Contains(additionWords, t.term)):
			before = i
		}
	}
	switch {
	case after >= 0:
		return after
	case before >= 0:
		return before
	}
	return len(asked) - 1
}

// countsWithMeasure reports whether the text after a question word opens
// with a measure word of things counted (几所, 多少个): then the things
// are named before, and a verb of adding there (学校新建几所) says how
// they came, not what is counted.
func countsWithMeasure(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return countWords[string(r)]
}

// maxHeadGap is how far after the question word its noun may start: a
// measure word and a particle ("多少个创新团队", "几台是电动的").
const maxHeadGap = 3

// isIdentifier reports whether w (normalized) is Latin letters and digits
// together (5g, pm10): a name, asked whole.
func isIdentifier(w string) bool {
	return identifierRe.FindString(w) == w && w != "" && !notIdentifier.MatchString(w)
}

// identifiersIn are the identifiers text (normalized) writes.
func identifiersIn(text string) []string {
	return slices.DeleteFunc(identifierRe.FindAllString(text, -1), notIdentifier.MatchString)
}

// notIdentifier are letter-and-digit runs that name no thing: an ordinal
// (40th, 12th) or a unit (km2, m3).
var notIdentifier = regexp.MustCompile(`^(?:[0-9]+(?:st|nd|rd|th)|(?:k?m|c?m|km|m)[23])$`)

// identifierRe is a run of Latin letters and digits holding both, as
// Normalize writes it (5g, 4a, pm2.5): a name, which a figure of
// something else lacks.
var identifierRe = regexp.MustCompile(`[0-9]+[a-z][a-z0-9]*|[a-z]+[0-9][a-z0-9.]*`)

// questionWord is a word of a question: a lexicon word with the report
// terms of its concept, a run the reports write, or a run they never do.
type questionWord struct {
	text          string
	syn           []string
	missing, noun bool
	generic       bool // a generic word: asks nothing, but a follow-up keeps it
}

// questionWords cuts a question's topical text into words.
func (ix *Index) questionWords(a analysis) []questionWord {
	text := ix.stripPlaces(a.norm)
	if ix.gaz != nil {
		// A place named (辽宁省, 大洼区) says where, not what.
		for _, m := range ix.gaz.Find(text) {
			// "Dalian University of Technology" is the report's 大连理工大学,
			// asked whole. A hyphened pair of places (Beijing-Harbin) names
			// a road by its ends: its kind word after it is what is asked.
			if !hyphenedAt(text, m.Start, m.End) && ix.namesReportTerm(text, m.As, a.rep) {
				continue
			}
			text = text[:m.Start] + strings.Repeat(" ", m.End-m.Start) + text[m.End:]
		}
	}
	for _, w := range periodWords {
		text = strings.ReplaceAll(text, w, " ")
	}
	text = blankFigureWord(blankClaimedPlace(text, a.norm))
	// "多少万吨", "几公里" say which unit the figure is in (the figures
	// step checks it), not what it measures.
	if mayAskUnit(text) {
		text = askedUnitWords.ReplaceAllStringFunc(text, blank)
	}
	// 超万人, 破千亿: the bound of a figure said by its magnitude alone,
	// no word of what it measures; as 超万 it would ask for the paragraph
	// writing the same bound (another year's 超万人), not the figure.
	text = magnitudeBound.ReplaceAllStringFunc(text, func(s string) string {
		_, n := utf8.DecodeRuneInString(s)
		return blank(s[:n]) + s[n:]
	})
	corpus := ix.corpusFor(a.rep)
	text = ix.lex.outsidePhrases(text, func(s string) string { return blankSpoken(blankFillers(s), corpus) })
	for _, y := range findYears(text) {
		end := y.end
		if strings.HasPrefix(text[end:], "年") {
			end += len("年")
		}
		text = text[:y.start] + strings.Repeat(" ", end-y.start) + text[end:]
	}
	var out []questionWord
	rs := []rune(text)
	compounds := mentionAsked(a.norm) == ""
	for i := 0; i < len(rs); {
		switch {
		case !isHan(rs[i]):
			n := len(out)
			k := ix.latinWordAt(rs, i, &out, corpus)
			if len(out) == n && len(a.compounds[string(rs[i:i+k])]) > 0 {
				// "group" of "Huajin Group" names nothing alone, but the
				// two name the report's 华锦集团.
				out = append(out, questionWord{text: string(rs[i : i+k])})
			}
			i += k
			if len(out) > n && len(a.compounds[out[n].text]) > 0 {
				// "Panjin Bank" is the report's 盘锦银行, not only 金融机构.
				out[n].syn = append(slices.Clip(out[n].syn), a.compounds[out[n].text]...)
			}
		default:
			j := i
			for j < len(rs) && isHan(rs[j]) {
				j++
			}
			if n, k := mixedNameAt(rs, i, j, corpus); n > 0 {
				out = append(out, ix.hanWords(string(rs[i:j-n]), a.rep, compounds)...)
				out = append(out, questionWord{text: string(rs[j-n : k])})
				i = k
				continue
			}
			out = append(out, ix.hanWords(string(rs[i:j]), a.rep, compounds)...)
			i = j
		}
	}
	return out
}

// hanWords cuts a run of Chinese into the words a question asks about.
// The dictionary cuts it ("去年新画了多少个停车位" → 新 画 了 … 停车位), the
// lexicon's everyday words counting as words; then a lexicon word stands
// for its report terms, a word the reports write is asked as written, a
// noun they never write is missing (住院, 水稻), and a verb or adjective
// they never write is how it is asked, not what (买了, 摊上, 翻新). Single
// characters in a row are read by unknownWords; a single character alone
// asks nothing.
//
// compounds says whether unwrittenCompound may join words: not when the
// question asks whether the report mentions a thing, which groundMention
// answers by the thing whole.
func (ix *Index) hanWords(run string, rep *Report, compounds bool) []questionWord {
	corpus := ix.corpusFor(rep)
	var out []questionWord
	var single []rune
	flush := func() {
		out = append(out, ix.unknownWords(single, rep)...)
		single = single[:0]
	}
	ws := ix.splitGenericTails(ix.dict.Segment(run, ix.lexiconLensIn(corpus)), corpus)
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		rs := []rune(w)
		switch {
		case ix.unwrittenRate(ws, i, corpus):
			// 发案 of 发案率: a verb the reports never write makes, with
			// 率, a rate they never give — asked, not how it is asked.
			flush()
			out = append(out, questionWord{text: w + "率", missing: true, noun: true})
			i++
		case ix.isLexiconWord(w):
			flush()
			_, syn := ix.lexiconWordAt(rs, 0)
			out = append(out, questionWord{text: w, syn: syn})
		case len(rs) == 1:
			if isStopRune(rs[0]) || strings.ContainsRune(spokenRunes, rs[0]) {
				flush()
				continue
			}
			if compounds && len(single) == 0 && ix.unwrittenCompound(ws, i, out, corpus) {
				out[len(out)-1] = questionWord{text: ws[i-1] + w, missing: true, noun: true}
				continue
			}
			single = append(single, rs[0])
		case genericWordSet[w]:
			flush() // 数量, 情况: any topic has them
			out = append(out, questionWord{text: w, generic: true})
		case corpus.Contains(w) && !ix.writesAsWords(rep, w):
			// 家规 of 多少家规上, written only across 国家规划: its
			// characters are read with those around them (规上).
			single = append(single, rs...)
		case corpus.Contains(w):
			flush()
			out = append(out, questionWord{text: w, syn: addedVerbs[w]})
		case ix.dict.IsNoun(w) || !ix.dict.IsWord(w) || namesQuantity(w):
			flush()
			out = append(out, questionWord{text: w, missing: true, noun: ix.dict.IsNoun(w) || namesQuantity(w)})
		default:
			flush()
		}
	}
	flush()
	return out
}

// unwrittenCompound reports whether ws[i], a noun of one character the
// dictionary cut off and the reports never write, closes with the written
// word before it a noun they never write: 消费券 is no 消费, and asked as
// 消费 alone it would be answered by 社会消费品零售总额. A character they
// do write (水 of 同源水, 修 of 公路修) may be their wording or a verb,
// which the dictionary's tags for single characters do not tell apart.
// It must stand alone (no other single one after it, which unknownWords
// reads) and name a thing, not a count or a side (数, 量, 额; 内, 外).
func (ix *Index) unwrittenCompound(ws []string, i int, out []questionWord, corpus textIndex) bool {
	if i == 0 || len(out) == 0 || out[len(out)-1].text != ws[i-1] || out[len(out)-1].missing ||
		utf8.RuneCountInString(ws[i-1]) < 2 || genericWordSet[ws[i-1]] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ws[i])
	if strings.ContainsRune(countOrSideRunes, r) {
		return false
	}
	if (!ix.dict.IsNoun(ws[i]) || corpus.Contains(ws[i])) && (!strings.ContainsRune(nameEndRunes, r) || corpus.Contains(ws[i-1]+ws[i])) {
		return false
	}
	if i+1 < len(ws) {
		next := []rune(ws[i+1])
		if len(next) == 1 && !isStopRune(next[0]) && !strings.ContainsRune(spokenRunes, next[0]) {
			return false
		}
	}
	return true
}

// nameEndRunes close the name of a body or of a kind of debt (数据局,
// 医保局, 专项债): written elsewhere (格局, 化债), they still make with the
// word before them a thing of its own, which that word alone does not name.
const nameEndRunes = "局厅委署债"

// countOrSideRunes close a word without making another thing of it: a
// count or measure of it (人口数, 用电量), or a side or part (城内, 区里).
const countOrSideRunes = "数量率额值价比度点处类种样内外里中上下前后边面方间部"

// namesQuantity reports whether w, a word of three characters or more,
// ends in 量 or 率: 出货量 asks a quantity, though the dictionary has it as
// no noun, and one the reports never write is a figure they never give.
func namesQuantity(w string) bool {
	rs := []rune(w)
	return len(rs) >= 3 && strings.ContainsRune("量率", rs[len(rs)-1]) && !endsWithAny(w, qualityWords)
}

// qualityWords end in 量 or 率 but ask how good, not how much (服务质量,
// 办事效率, 正能量).
var qualityWords = []string{"质量", "效率", "能量", "力量", "功率"}

// unwrittenRate reports whether ws[i] is a word of two characters or
// more that the reports never write, nor the lexicon knows, followed by
// 率: 发案率 asks a rate, whatever 发案 alone would ask.
func (ix *Index) unwrittenRate(ws []string, i int, corpus textIndex) bool {
	w := ws[i]
	return i+1 < len(ws) && ws[i+1] == "率" && utf8.RuneCountInString(w) >= 2 &&
		!ix.isLexiconWord(w) && !genericWordSet[w] && !corpus.Contains(w)
}

// splitGenericTails cuts a word the reports never write that ends in a
// generic word after one they write, or another generic one, in two:
// 保护措施 is 保护 and 措施, 准备措施 准备 and 措施, 管理规定 管理 and 规定.
// Whole, the dictionary's word would be asked as a missing noun, and a
// question about measures for a topic the report covers refused for it.
// A lexicon word (经济总量) stays whole: it stands for its report terms.
func (ix *Index) splitGenericTails(words []string, corpus textIndex) []string {
	var out []string
	for i, w := range words {
		head, tail, ok := genericTail(w)
		if !ok || corpus.Contains(w) || ix.isLexiconWord(w) || !corpus.Contains(head) && !genericWordSet[head] {
			if out != nil {
				out = append(out, w)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(words)+1), words[:i]...)
		}
		out = append(out, head, tail)
	}
	if out == nil {
		return words
	}
	return out
}

// genericTail splits w into a head of two runes or more and a generic
// word of two or more that ends it, or an aspect word (规定, 政策).
func genericTail(w string) (head, tail string, ok bool) {
	rs := []rune(w)
	if len(rs) < 4 {
		return "", "", false
	}
	for n := 2; n <= len(rs)-2; n++ {
		t := string(rs[len(rs)-n:])
		if genericWordSet[t] || aspectWords[t] {
			return string(rs[:len(rs)-n]), t, true
		}
	}
	return "", "", false
}

// unknownWords reads characters the dictionary cut one by one: the
// longest runs the reports write as words (辽滨, 抖音 of 抖音上; not 外开
// of 往外开, which they write only inside 对外开放), and between them
// runs they never write, kept only when a noun is among them (养狗, not
// 扫黑打掉) or they name a quantity (失叶率).
func (ix *Index) unknownWords(rs []rune, rep *Report) []questionWord {
	corpus := ix.corpusFor(rep)
	var out []questionWord
	var gap []rune
	flushGap := func() {
		switch {
		case len(gap) >= 2 && ix.anyNoun(gap):
			out = append(out, questionWord{text: string(gap), missing: true})
		case namesQuantity(string(gap)):
			// 失叶率: a run closing in 率 asks a rate, one the reports
			// never give, whatever its characters are alone.
			out = append(out, questionWord{text: string(gap), missing: true, noun: true})
		}
		gap = gap[:0]
	}
	for i := 0; i < len(rs); {
		n := 0
		for l := 2; i+l <= len(rs) && corpus.Contains(string(rs[i:i+l])); l++ {
			n = l
		}
		for n >= 2 && !ix.writesAsWords(rep, string(rs[i:i+n])) {
			n--
		}
		if n < 2 {
			n = 0
		}
		if n == 0 {
			gap = append(gap, rs[i])
			i++
			continue
		}
		flushGap()
		out = append(out, questionWord{text: string(rs[i : i+n])})
		i += n
	}
	flushGap()
	return out
}

// anyNoun reports whether any of the characters is a noun by itself:
// 狗 of 养狗 makes a word the reports never write, while 扫黑打掉 is only
// verbs and adjectives, how something is said.
func (ix *Index) anyNoun(rs []rune) bool {
	for _, r := range rs {
		if ix.dict.IsNoun(string(r)) {
			return true
		}
	}
	return false
}

// lexiconLens are the lengths in runes of the lexicon's Chinese words
// that start at rs[i] (a words.Extra).
func (ix *Index) lexiconLens(rs []rune, i int) []int {
	if ix.lex == nil || rs[i] < 0x80 {
		return nil
	}
	var out []int
	rest := string(rs[i:])
	for _, m := range ix.lex.byFirst[rs[i]] {
		if strings.HasPrefix(rest, m.word) {
			out = append(out, utf8.RuneCountInString(m.word))
		}
	}
	return out
}

// lexiconLensIn is lexiconLens but for a lexicon word that opens a longer
// noun the reports never write: 停车场 is not 停车 and 场 (the report's
// 停车泊位 are no car parks), so the dictionary's word stands.
func (ix *Index) lexiconLensIn(corpus textIndex) words.Extra {
	return func(rs []rune, i int) []int {
		lens := ix.lexiconLens(rs, i)
		if len(lens) == 0 {
			return nil
		}
		longest := slices.Max(lens)
		for l := min(len(rs)-i, maxNounRunes); l > longest; l-- {
			w := string(rs[i : i+l])
			if ix.dict.IsNoun(w) && !ix.isLexiconWord(w) && !corpus.Contains(w) {
				return nil
			}
		}
		return lens
	}
}

// maxNounRunes bounds the longer nouns lexiconLensIn looks for.
const maxNounRunes = 4

// isLexiconWord reports whether w is one of the lexicon's Chinese words.
func (ix *Index) isLexiconWord(w string) bool {
	rs := []rune(w)
	if len(rs) == 0 {
		return false
	}
	m, _ := ix.lexiconWordAt(rs, 0)
	return m == len(rs)
}

// levelAsked finds a rate or share asked as it stands: "破案率多少",
// "占比是百分之几"; a sum's 达 (总额达多少, also how the reader folds 总额
// 是多少) asks its level as 达到 does, which a growth does not give; so
// does a target's 要到 (总量要到多少): the level planned, not its growth.
var levelAsked = regexp.MustCompile(`(?:率|比例|比重|占比|强度)(?:现在|目前|如今|当前|眼下)?(?:是|有|为|能有|达到|能达到|大概)?(?:多少|几|百分之)|(?:余额|总额|总量|规模)(?:现在|目前|如今|当前|眼下)?(?:是|有|为|达到|达|大概|(?:要|能|将|会|预计|计划)(?:达到|到|达))?(?:多少|几)|\b(?:ratio|proportion|share|balance|total amount|total value)\b|\b(?:what|how much) (?:is|was|were|are) (?:the )?total\b`)

// amountLevelAsked finds an amount of money or output asked as it stands
// ("营业收入是多少", "去年GDP是多少", "how much did tourism revenue amount
// to"), which the growth the report gives of it (营业收入增长40%) does not
// tell. Only the economy as a whole is 经济 here: a sector before it (海洋经济,
// 民营经济) is a thing of its own whose level the report may write.
var amountLevelAsked = regexp.MustCompile(`(?:收入|营收|营业额|成交额|交易额|销售额|生产总值|gdp|产值|增加值|利润|经费)(?:是|有|为|达到|大概)?(?:多少|几)|(?:^|盘锦|全市|我市|[^\p{Han}])经济(?:总量|规模|盘子|体量)?(?:是|有|为|达到|大概)?多大|(?:生产总值|gdp)(?:总量|规模)?(?:是|有|为|达到|大概)?多大|(?:^|盘锦|全市|我市|[^\p{Han}])经济(?:盘子|体量)(?:是|有|为|达到|大概)?多少|\bhow (?:big|large) is (?:the |panjin'?s? )?economy\b|\bsize of (?:the |panjin'?s? )?economy\b|\bamount(?:ed)? to\b|\bhow much (?:is|was|were|are|did) (?:the |its )?(?:[a-z'-]+ ){0,3}(?:revenue|gdp|income|output|turnover|sales|debts?|deposits?|loans?|savings|spending|expenditure|budget)\b`)

// pointsAsked asks in points or tenths (经费几个点, 收入几成): a rate of
// change, which no amount is counted in.
var pointsAsked = regexp.MustCompile(`(?:几|多少)个?(?:百分)?点|几成`)

// investmentAmount finds an investment asked as an amount ("what is
// Huajin Aramco's total investment", "what was the investment in the
// terminal"): the report's 固定资产投资增长20% is how the city's investment
// grew, no project's amount.
var investmentAmount = regexp.MustCompile(`\bwhat(?:'s| is| was| are| were) (?:the )?(?:[a-z'-]+ ){0,3}(?:total )?investments?(?: of| in| for|[ ?.!]*$)`)

// amountInvestment names the investment the report gives as an amount
// (实际到位内资451.5亿元, 实际利用外资7.5亿美元): asked so, it is answered.
var amountInvestment = regexp.MustCompile(`\b(?:domestic|foreign|overseas|utilized|utilised|actual|inbound)(?: direct)? (?:capital|investments?)\b|\bfdi\b`)

// mayAskLevel reports whether norm holds what every levelAsked match
// holds (率, 比, 度, 额, 量, 模, 收, 值, 润, 费 or gdp, or one of its English
// words), sparing the regexp.
func mayAskLevel(norm string) bool {
	return strings.ContainsAny(norm, "率比度额量模收值润费盘济") || containsAny(norm, levelWords)
}

var levelWords = []string{"ratio", "proportion", "share", "balance", "total amount", "total value", "total", "gdp", "amount", "how much", "investment", "economy"}

// changeCues ask how a figure moved, which a change answers.
var changeCues = []string{"增长", "增速", "增幅", "涨", "提高了", "提升了", "下降", "降了", "降低", "减少", "少了", "多了", "变化",
	"grow", "growth", "increase", "rise", "rose", "fell", "fall", "decline", "drop", "change",
	"go up", "goes up", "went up", "gone up", "go down", "goes down", "went down", "gone down", "jump", "climb", "surge", "soar", "shrank", "shrink", "expand"}

// AsksLevel reports whether a normalized question asks a rate or share as
// it stands, not how it moved.
func AsksLevel(norm string) bool {
	return mayAskLevel(norm) && (levelAsked.MatchString(norm) || amountLevelAsked.MatchString(norm) && !pointsAsked.MatchString(norm) ||
		investmentAmount.MatchString(norm) && !planSetsWords.MatchString(norm) && !amountInvestment.MatchString(norm)) && !containsCue(norm, changeCues)
}

// asksAmountLevel reports whether a normalized question asks an amount of
// money or output as it stands, and not a rate or share.
func asksAmountLevel(norm string) bool {
	return AsksLevel(norm) && !levelAsked.MatchString(norm)
}

// stockCues ask how much of a thing there is in all (湿地总面积, 盘锦一共有多少
// 个公园, does Panjin have): what a year added (修复湿地150.2公顷, 新建和改造城市
// 公园20处) does not answer them. flowWords tell what a year did; in the
// question they make it ask that ("一共新增了多少"), not a stock. Buying
// (购置公交车辆132台) and retiring (退出油井301口) are such doings too, as
// is finding anew (新找到活干的人: the jobs a year added, 城镇新增就业).
var (
	stockCues = []string{"总面积", "总数", "总共有", "一共有", "共有多少", "现有", "目前有", "现在有", "拥有", "总长", "总里程", "总规模",
		"in total", "total number", "total area", "are there in", "does panjin have", "do we have", "altogether"}
	flowWords = []string{"新增", "新建", "增加", "增划", "新开", "新购", "新签", "建成", "建设", "修复", "改造", "续建", "引进", "培育", "完成", "开工", "实施", "投产",
		"签约", "安装", "打通", "造林", "植树", "治理", "整治", "创建", "招", "吸引", "办理", "开通", "提供", "救助", "惠及", "纳入", "获评",
		"购置", "购买", "采购", "退出", "关停", "淘汰", "新找",
		"new ", "added", "add ", "built", "build", "restored", "renovat", "introduc", "install", "opened", "signed", "planted", "completed", "attract"}
)

// claimAllCues say in a claim that its figure is how many in all
// (全市油井一共301口, 全市公园总共20处): allCues without the 多少 a question
// asks with.
var claimAllCues = []string{"一共", "总共", "total"}

// ClaimsStock reports whether a normalized claim states how much of a
// thing there is in all (盘锦总共有85台公交车, 全市湿地面积是150.2公顷, total
// farmland is…), as stockCues, allCues and asksExtent read a question,
// and not what a year did to it (flowWords) nor how it moved.
func ClaimsStock(norm string) bool {
	return (containsAny(norm, stockCues) || containsAny(norm, claimAllCues) || asksExtent(norm)) &&
		!containsAny(norm, flowWords) && !containsCue(norm, changeCues)
}

// addedVerbs are the verbs of a count added that the reports write one
// for another (新增普惠性幼儿园学位520个, 增加普惠性托育学位640个), each with
// the report terms it stands for: a question's 新增 names a figure the
// report counts with 增加. Not a lexicon concept: both are the reports'
// own words, and a concept would tie every passage holding either.
var addedVerbs = map[string][]string{"新增": {"新增", "增加"}}

// changeAskedHan and changeAskedEnglish ask by how much a figure moved.
// Two expressions, each run only on a question its cue lets through: one
// alternation of both ran over every question holding 增, how or growth.
var (
	changeAskedHan     = regexp.MustCompile(`(?:增长|增加|上涨|涨|增|下降|降低|降|减少|减|提高|提升)了?(?:多少|几)|(?:增速|增幅|涨幅|降幅)(?:是|为|有)?(?:多少|几)`)
	changeAskedEnglish = regexp.MustCompile(`\bby how much\b|\bhow fast\b|\bgrowth\b|\bhow much did\b.*\b(?:grow|increase|rise|fall|drop|decline)\b`)
)

// AsksChange reports whether a normalized question asks by how much a
// figure moved. "增加了多少个停车位" asks a count added, which 增划1.1万个
// answers: a measure word after 多少 makes it no change, as does a noun
// after 增加了多少 (托育学位).
func AsksChange(norm string) bool {
	if endsWithChangeNoun(beforeBesideWider(norm)) && !containsAny(norm, changeRankWords) {
		// "海洋经济生产总值增速": the noun alone asks it. "全省第一的增速"
		// names the figures by their rank, which the quotes say after them.
		return true
	}
	han, english := mayAskChangeHan(norm), mayAskChangeEnglish(norm)
	if !han && !english {
		return false
	}
	norm = strings.ReplaceAll(norm, "新增", "新") // "新增多少" asks a count added
	// "审减多少亿" asks the amount a cut took off (审减…资金0.8亿元), as
	// 新增 asks a count added: the verb's 减 asks no rate of decline.
	norm = amountCutVerbs.Replace(norm)
	// "提高了多少个百分点" asks a change in points, no count of things.
	norm = strings.ReplaceAll(norm, "个百分点", "百分点")
	return (han && (changeAskedHan.MatchString(norm) || asksOverYearBefore(norm)) || english && changeAskedEnglish.MatchString(norm)) &&
		!countAdded.MatchString(norm)
}

// comparedAsked asks how much more or less than the year before (实际到位
// 内资比去年多多少): a difference, which the year's level (451.5亿元) does
// not answer, though a growth rate does.
var comparedAsked = regexp.MustCompile(`比(?:去年|上年|前年|上一年|\d{4}年)(?:多|少|高|低)了?(?:多少|几)`)

// planYearWords name the year a plan is for: 今年比去年多多少 sets the
// year's target beside last year's result, two figures the report gives.
var planYearWords = []string{"今年", "明年", "本年"}

// asksOverYearBefore: the question asks a year's difference from the year
// before it, not the plan year's from the last (planYearWords).
func asksOverYearBefore(norm string) bool {
	return comparedAsked.MatchString(norm) && !containsAny(norm, planYearWords)
}

// amountCutVerbs are verbs of cutting an amount off (审减, 压减), read without
// their 减 when asking whether a change is asked.
var amountCutVerbs = strings.NewReplacer("审减", "审", "压减", "压", "核减", "核", "削减", "削", "缩减", "缩", "节减", "节", "裁减", "裁", "精减", "精")

// changeNouns name by how much a figure moved; a question that ends with
// one, asking no 多少 ("去年海洋经济增速", "粮食产量的增幅呢"), asks that.
var changeNouns = []string{"增速", "增幅", "涨幅", "降幅", "增长率", "增长速度"}

// changeRankWords name figures by their place among others.
var changeRankWords = []string{"第一", "第二", "第三", "第几", "前列", "排名", "最快", "最高"}

// endsWithChangeNoun reports whether norm ends with a changeNoun, a
// closing particle and marks aside.
func endsWithChangeNoun(norm string) bool {
	t := strings.TrimRight(norm, "？?！!。. ")
	t = strings.TrimSuffix(strings.TrimSuffix(t, "呢"), "是")
	for _, n := range changeNouns {
		if before, ok := strings.CutSuffix(t, n); ok {
			// "海洋经济生产总值和增速" asks the level too: no change alone.
			return !strings.ContainsAny(lastRunes(before, 1), "和及与同、，,") && !strings.Contains(before, "多少")
		}
	}
	return false
}

// mayAskChangeHan reports whether norm holds what every changeAskedHan
// match holds: a word of change and 多少 or 几.
func mayAskChangeHan(norm string) bool {
	return strings.ContainsAny(norm, "增涨降减提比") && (strings.Contains(norm, "多少") || strings.Contains(norm, "几"))
}

// mayAskChangeEnglish reports whether norm holds what every
// changeAskedEnglish match holds: one of its phrases.
func mayAskChangeEnglish(norm string) bool { return containsAny(norm, changeEnglishCues) }

var changeEnglishCues = []string{"by how much", "how fast", "growth", "how much did"}

var countAdded = regexp.MustCompile(`(?:增长|增加|上涨|涨|下降|降低|降|减少|提高|提升)了?(?:多少|几)(?:万|亿|千)?[个亩人处家台辆条所项名户座套株棵吨公米元位]|(?:增加|增)了?(?:多少|几)\p{Han}`)

// addedAsked finds a question asking how many things a year added.
// The thing may come between: "今年新增托育学位多少个".
var addedAsked = regexp.MustCompile(`(?:新增|增加|多|新开|新建)了?(?:多少|几)|新增[^的是，,。？?\s]{1,8}?(?:多少|几)`)

// moneyAddedAsked is an increase asked in money ("实际到位内资增加了多少亿",
// "多了多少亿元"): only a sum written as added gives it, not the level
// (451.5亿元) nor the rate (增长20.2%) beside it.
var moneyAddedAsked = regexp.MustCompile(`(?:新增|增加|多)了?` + howMuchMoney)

// moneyAdded is a sum written as added: 新增…2亿元, 增加3000万元.
var moneyAdded = regexp.MustCompile(`(?:新增|增加|多)[^、，,。；;]*?` + sumOfMoney)

// howMuchMoney asks a sum of money after the word of change: 多少亿元,
// 多少万美元, 多少钱. Shared by the asked growth and increase. 万 or 亿
// before another unit (多少万亩, 多少万人) counts that, no money.
const howMuchMoney = `多少(?:(?:亿|万)(?:元|美元|$|[^\p{Han}]|[了呢啊吧吗呀的])|元|美元|钱)`

// sumOfMoney is a sum of money written: 3亿元, 3000万美元.
const sumOfMoney = `[0-9.]+(?:亿|万)?(?:元|美元)`

// addsMoney reports whether a clause writes a sum as added.
func addsMoney(norm string) bool { return moneyAdded.MatchString(norm) }

// AsksAdded reports whether a normalized question asks how many were
// added: "2024年新增了多少家跨境电商企业", "去年跨境电商企业增加了多少家".
func AsksAdded(norm string) bool {
	return addedAsked.MatchString(norm) && !containsAny(norm, stockCues)
}

// reachedWords give what there is in all, as the report writes it: 达到70家.
var reachedWords = []string{"达到", "增至", "突破", "升至", "提升至", "提高至", "累计", "总数"}

// allCues ask how many in all ("停车位总共多少个"), which may be a stock or
// the sum of things named ("保交楼保交房一共几个"); additionWords open what a
// year added (增划停车泊位1.1万个), which is neither.
var (
	allCues       = []string{"总共多少", "一共多少", "总共几", "一共几"}
	additionWords = []string{"新增", "新建", "增划", "增加", "新购", "新开", "新签", "增设", "新设", "培育"}
)

// asksAll reports whether a normalized question asks how many in all, not
// how many a year did ("一共新增了多少").
func asksAll(norm string) bool {
	return containsAny(norm, allCues) && !containsAny(norm, flowWords)
}

// asksExtent reports whether a normalized question asks how large a thing
// is (耕地面积多少), not what a year added to it ("新增耕地面积多少" has
// its word of doing) nor how it moved.
func asksExtent(norm string) bool {
	return strings.Contains(norm, "面积") && !containsAny(norm, flowWords) && !containsCue(norm, changeCues)
}

// additionOnly reports whether a clause gives only what was added: an
// addition word before each of its numbers' items.
func additionOnly(norm string) bool {
	seen := false
	for _, item := range strings.Split(norm, "、") {
		if !strings.ContainsFunc(item, unicode.IsDigit) {
			continue
		}
		// "培育…企业10家、雏鹰瞪羚企业20家": a later item with no verb of
		// its own is counted by the addition word before it.
		sharesVerb := seen && !containsAny(item, reachedWords) && !changeClause(item)
		if !containsAny(item, additionWords) && !sharesVerb {
			return false
		}
		seen = true
	}
	return seen
}

// levelOnly reports whether a clause gives a rate's level reached (普惠率
// 达到90.6%, 占有率增至15.7%) and no change: by how much the rate moved is
// not in it. A count reached (企业达到70家) may be asked beside a change
// ("how many companies, and how fast did … grow"): not this.
func levelOnly(norm string) bool {
	if changeClause(norm) {
		return false
	}
	for _, item := range strings.Split(norm, "、") {
		if containsAny(item, reachedWords) && percentOnly(item) {
			return true
		}
	}
	return false
}

// reachedOnly reports whether a clause gives only what there is in all
// (跨境电商企业达到70家), not what a year added.
func reachedOnly(norm string) bool {
	return containsAny(norm, reachedWords) && !containsAny(norm, flowWords) && !changeClause(norm)
}

// AsksStock reports whether a normalized question asks how much there is
// in all, not how much was added or how it moved.
func AsksStock(norm string) bool {
	return (containsAny(norm, stockCues) || englishHasCount.MatchString(norm)) && !containsAny(norm, flowWords) && !containsCue(norm, changeCues)
}

// englishHasCount asks how many of a thing something has: "how many berths
// does Panjin port have", as "does panjin have" of the city does. Having
// is a stock; what a year added or plans to build (增划停车泊位1.1万个,
// 8个配套泊位建设) does not say how many there are.
var englishHasCount = regexp.MustCompile(`\bhow many\b.*\b(?:does|do)\b.*\bhave\b`)

// holdsStock reports whether a clause gives a figure of how much there is
// of something asked: an item of it (parted by 、) that names it, with a
// number that tells no addition and no change. "新增普惠性幼儿园学位520个、普惠率达到90.6%" gives 普惠率 as it
// stands, beside what the year added.
func holdsStock(norm string, asked []askedTerm) bool {
	flow := false
	for _, item := range strings.Split(norm, "、") {
		// "引进各类人才超万人、其中高层次人才31人", "培育…企业10家、雏鹰瞪羚
		// 企业20家": an item with no verb of its own is counted by the
		// doing before it. "让18万农村居民…": people a measure reaches.
		own := containsAny(item, reachedWords) || changeClause(item)
		flow = containsAny(item, flowWords) || reachedCount.MatchString(item) || flow && !own
		if countsSomething(item) && !flow && !changeClause(item) && coveredShare(asked, item) > 0 {
			return true
		}
	}
	return false
}

// reachedCount is a count of those a measure reaches or moves (让18万农村
// 居民…, 带动3000人…): how many it touched, not how many there are.
var reachedCount = regexp.MustCompile(`(?:让|使|帮助|带动)[0-9]`)

// countsSomething reports whether a clause holds a number that counts or
// measures, not only one that names a grade or a kind (国家4A级, 5G工厂,
// 30万吨级码头, PM2.5): 晋升国家4A级旅游景区 says how many scenic spots there
// are no more than 5G工厂 says how many factories.
func countsSomething(norm string) bool {
	if !strings.ContainsFunc(norm, unicode.IsDigit) {
		return false
	}
	return strings.ContainsFunc(gradeNumber.ReplaceAllString(norm, ""), unicode.IsDigit)
}

// gradeNumber is a number that names a grade or a kind: beside Latin
// letters (4A, 5G, PM2.5) or a size class (30万吨级).
var gradeNumber = regexp.MustCompile(`[0-9.]+[a-z]+|[a-z]+[0-9.]+|[0-9.]+(?:万|千)?(?:吨|千伏|米)?级`)

// placeHas reports whether a normalized question asks how many of a
// thing its own city has, with no period and no word of doing or change:
// "盘锦有几个4A景区", "全市有多少所学校" ask a stock, which what a year
// added does not give. The words before 有 must be the place and no more:
// "盘锦大米和盘锦河蟹品牌价值加一块儿有多少" asks a value, not what 盘锦 has.
func (ix *Index) placeHas(norm string, period PeriodKind) bool {
	if period != PeriodNone || containsAny(norm, flowWords) || containsCue(norm, changeCues) {
		return false
	}
	for _, cue := range placeHasCues {
		if i := strings.Index(norm, cue); i > 0 {
			subject := strings.TrimSpace(ix.stripPlaces(norm[:i]))
			return (subject == "" || cityWords[subject] || thingsHasCount.MatchString(norm[i:]) && !strings.Contains(subject, "批")) && !containsAny(norm[i:], didCues)
		}
	}
	return false
}

// thingsHasCount is 有多少 or 有几 and a measure word of things ending the
// question: "专精特新企业有多少家", "盘锦港有多少个泊位" ask how many of the
// thing there are, as "盘锦有几个" does, which one the year joined (华孚环境
// 获批…小巨人企业) or a plan to build more (8个配套泊位建设) does not give.
// The measure word keeps out a value asked of a thing (品牌价值…有多少);
// a batch named (首批示范单位有多少家) is one round of a doing, which its
// clause counts.
var thingsHasCount = regexp.MustCompile(`^有(?:多少|几)(?:个|家|所|座|处|条|名|位|台|辆|艘|部|项)[\p{Han}]{0,4}?(?:呢|啊|呀)?[?？]?$`)

// didCues after 有几个 ask how many did something ("盘锦有几个土特产进了
// 全国名录"), which the year's doing answers: no stock.
var didCues = []string{"了", "过", "入选", "获评", "评为", "被"}

// cityWords name the report's own city without its name: the words a
// question asks of its own place with (ownSelves), and the whole city.
var cityWords = wordSet(append(slices.Clone(ownSelves), "全市", "咱们市", "我们市"))

// placeHasCues ask how many a place has.
var placeHasCues = []string{"有多少", "有几"}

// changeClause reports whether a clause's figure is a change (下降26.1%,
// 增长4.7%), not a level.
func changeClause(norm string) bool {
	for _, w := range []string{"增长", "增加", "提高", "提升", "上升", "下降", "降低", "减少", "压减", "下滑"} {
		if i := strings.Index(norm, w); i >= 0 {
			rest := strings.TrimPrefix(norm[i+len(w):], "了")
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsDigit(r) {
				return true
			}
		}
	}
	return false
}

// blankFillers blanks the filler words of text, the longest at each
// place: one pass, where a ReplaceAll per filler word was a hundred. The
// text is copied from its first filler on, and not at all without one.
func blankFillers(text string) string {
	var b strings.Builder
	done := 0 // text[:done] is in b, once a filler was found
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		n := 0
		for _, w := range fillerByFirst[r] {
			if len(w) > n && strings.HasPrefix(text[i:], w) {
				n = len(w)
			}
		}
		if n == 0 {
			i += size
			continue
		}
		if done == 0 {
			b.Grow(len(text)) // a filler's blank is no longer than it
		}
		b.WriteString(text[done:i])
		b.WriteByte(' ')
		i += n
		done = i
	}
	if done == 0 {
		return text
	}
	b.WriteString(text[done:])
	return b.String()
}

// askedUnitWords are a figure question's unit: "多少万吨", "几公里", and
// a span of time, which the figures step holds to a figure of time
// ("企业开办要几个小时" asks 企业开办, answered by 1天以内).
var askedUnitWords = regexp.MustCompile(`(?:多少|几)(?:(?:万|亿|千)?(?:美元|元|万吨|吨|公顷|平方米|亩|公里|米|人次|倍|标箱)|万人|亿|万|个?(?:小时|钟头|分钟))|百分之(?:几|多少)`)

// magnitudeBound is a bound word before a bare magnitude: 超万, 破千, 近百.
// What follows must be what is counted, a larger magnitude or no word:
// 接近百分之 and 千方百计 hold no bound.
var magnitudeBound = regexp.MustCompile(`[超逾破过近][百千万亿](?:[人家个户项台辆所座条名吨元亿]|[^\p{Han}]|$)`)

// mayAskUnit reports whether text holds what every askedUnitWords match
// holds, sparing the regexp.
func mayAskUnit(text string) bool {
	return strings.Contains(text, "多少") || strings.Contains(text, "几") || strings.Contains(text, "百分之")
}

func blank(s string) string { return strings.Repeat(" ", len(s)) }

// spokenRunes end a run of words the reports never write: question words,
// measure words and particles of speech ("开几条", "好进不", "户沾光").
const spokenRunes = "几个条部趟位户次项家件座名不啥咋俩整儿呐啦嘛"

// allGeneric reports whether every report term is generic.
func allGeneric(terms []string) bool {
	for _, t := range terms {
		if !genericExpansions[t] && !genericWordSet[t] {
			return false
		}
	}
	return len(terms) > 0
}

// lexiconWordAt is the length of the longest Chinese lexicon word at
// rs[i], with the report terms of its concept; 0 when none.
func (ix *Index) lexiconWordAt(rs []rune, i int) (int, []string) {
	if ix.lex == nil || rs[i] < 0x80 {
		return 0, nil
	}
	rest := string(rs[i:])
	best, bestSyn := 0, []string(nil)
	for _, m := range ix.lex.byFirst[rs[i]] {
		if n := utf8.RuneCountInString(m.word); n > best && strings.HasPrefix(rest, m.word) {
			best, bestSyn = n, ix.lex.concepts[m.concept].report
		}
	}
	return best, bestSyn
}

// latinWordAt adds the English word at rs[i] when the lexicon knows it
// (no Chinese text can hold an English word, so only its report terms
// can answer it) and returns the runes it spans.
func (ix *Index) latinWordAt(rs []rune, i int, out *[]questionWord, corpus textIndex) int {
	j := i
	for j < len(rs) && rs[j] < 0x80 && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || rs[j] == '-' ||
		rs[j] == '&' && j > i && j+1 < len(rs) && unicode.IsLetter(rs[j+1]) || // r&d
		rs[j] == '.' && j > i && unicode.IsDigit(rs[j-1]) && j+1 < len(rs) && unicode.IsDigit(rs[j+1])) { // pm2.5
		j++
	}
	if j == i {
		return 1
	}
	w := string(rs[i:j])
	if n, syn := ix.phraseAt(rs, i, w); n > 0 {
		// An English phrase is one word ("foreign trade"): its words
		// alone may name something else, or nothing.
		*out = append(*out, questionWord{text: string(rs[i : i+n]), syn: syn})
		return n
	}
	if ix.lex != nil && !englishGeneric[w] {
		var syn []string
		for _, id := range ix.lex.byWord[w] {
			syn = append(syn, ix.lex.concepts[id].report...)
		}
		if len(syn) > 0 {
			*out = append(*out, questionWord{text: w, syn: syn})
			return j - i
		}
	}
	if isIdentifier(w) {
		// An identifier (pm10, 5g): the reports write it or it is missing,
		// and no other word answers it (PM2.5 is not pm10).
		written := corpus.Contains(w) || corpus.Contains(strings.ToUpper(w))
		*out = append(*out, questionWord{text: w, missing: !written, noun: !written})
	}
	return j - i
}

// phraseAt is the length in runes of the lexicon's English phrase that
// the word w at rs[i] opens, with the report terms of its concepts.
func (ix *Index) phraseAt(rs []rune, i int, w string) (int, []string) {
	if ix.lex == nil || !ix.lex.opensPhrase(w) {
		return 0, nil
	}
	n, _, ids := ix.lex.phraseAt(string(rs[i:]))
	var syn []string
	for _, id := range ids {
		syn = append(syn, ix.lex.concepts[id].report...)
	}
	return n, syn // a phrase is ASCII: bytes are runes
}

// englishGeneric are English words for the kind of figure, not for what
// it measures.
var englishGeneric = map[string]bool{"growth": true, "target": true, "targets": true, "increase": true, "rate": true,
	"number": true, "plan": true, "plans": true, "planned": true, "goal": true, "total": true, "value": true, "level": true}

// coversHead reports whether text holds the question's head word (or a
// report term for it); true when it has none, or when the reports never
// write it and it is no noun (a spoken word: 沾光, 遛弯), which the share
// already weighs. A noun they never write (住院 of 医保住院) is what the
// question asks for, and nothing in the reports is it.
func coversHead(asked []askedTerm, text string) bool {
	for _, t := range asked {
		if t.head && (!t.missing || t.noun) {
			return t.in(text)
		}
	}
	return true
}

// coveredShare is the share of the asked weight that text (normalized)
// holds, each term itself or through a report term that stands for it;
// 1 when nothing is asked.
func coveredShare(asked []askedTerm, text string) float64 {
	var total, got float64
	for _, t := range asked {
		total += t.weight
		if t.in(text) {
			got += t.weight
		}
	}
	if total == 0 {
		return 1
	}
	return got / total
}

// in reports whether text (normalized) holds t, itself or through a
// report term that stands for it.
func (t askedTerm) in(text string) bool {
	return ContainsTerm(text, t.term) || containsAnyTerm(text, t.syn) || writtenAsListItems(text, t.term)
}

// writtenAsListItems reports whether text writes the Han term as neighbouring
// items of a 、 list: 港澳台侨 asked of "港澳台、侨务" (the segmenter joins
// what the list parts).
func writtenAsListItems(text, term string) bool {
	if utf8.RuneCountInString(term) < 3 || !AllHan([]rune(term)) || !strings.Contains(text, "、") {
		return false
	}
	return strings.Contains(strings.ReplaceAll(text, "、", ""), term)
}

// substantive are the asked terms of substance: neither generic nor how
// a summary asks (成果, 情况).
func substantive(asked []askedTerm) []askedTerm {
	var out []askedTerm
	for _, t := range asked {
		if t.weight >= 1 && !slices.Contains(summaryWords, t.term) {
			out = append(out, t)
		}
	}
	return out
}

func containsAnyTerm(text string, terms []string) bool {
	for _, t := range terms {
		if ContainsTerm(text, t) {
			return true
		}
	}
	return false
}

// writesAsWords reports whether rep's text (every report's when nil)
// writes s, a run of Chinese, as words somewhere: where the dictionary
// cuts the run of Chinese holding it, s starts or ends at a cut (新签 of
// 新签约, 小微 of 中小微), or, itself a word, lies inside one (毕业 of
// 毕业生, 造林 of 植树造林). 外开 is written only inside 对外开放, 点建
// only across 重点建设 and 家规 across 国家规划, each a piece of two words
// or the middle of one: a question's 往外开, 充电点建了 or 多少家规上 asks
// none of them.
func (ix *Index) writesAsWords(rep *Report, s string) bool {
	if rep == nil {
		for _, r := range ix.reports {
			if ix.writesAsWords(r, s) {
				return true
			}
		}
		return false
	}
	sc := ix.scopeFor(rep)
	if sc == nil || !sc.text.Contains(s) {
		return false
	}
	word := ix.dict.IsWord(s)
	return sc.writesAt(s, func(norm string, at int) bool { return ix.writtenAsWordsAt(norm, at, at+len(s), word) })
}

// writtenAsWordsAt reports whether the dictionary, cutting the run of
// Chinese of text that holds text[start:end], cuts it at start or at end,
// or, when inWord, leaves text[start:end] inside one of its words.
func (ix *Index) writtenAsWordsAt(text string, start, end int, inWord bool) bool {
	from, to := hanRunAround(text, start, end)
	if start == from || end == to {
		return true
	}
	at := from
	for _, w := range ix.dict.Segment(text[from:to], nil) {
		wordStart := at
		at += len(w)
		switch {
		case at == start || at == end:
			return true
		case at > end:
			return inWord && wordStart <= start
		}
	}
	return false
}

// mixedNameAt reads a name the reports write in Chinese and Latin letters
// together (村BA): the run of Chinese rs[i:j] ending in one or two
// characters that, with the Latin letters right after, the corpus writes.
// Cut apart, the letters name nothing and the character asks nothing, so
// the name would go unasked. n is how many characters of the run open the
// name, k where it ends; n is 0 when there is none.
func mixedNameAt(rs []rune, i, j int, corpus textIndex) (n, k int) {
	k = j
	for k < len(rs) && rs[k] < 0x80 && unicode.IsLetter(rs[k]) {
		k++
	}
	if k == j || k < len(rs) && rs[k] < 0x80 && unicode.IsDigit(rs[k]) {
		return 0, 0
	}
	for n = 1; n <= 2 && j-n >= i; n++ {
		if corpus.ContainsTerm(string(rs[j-n : k])) {
			return n, k
		}
	}
	return 0, 0
}
