package rag

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

//go:embed lexicon.txt
var lexiconText string

// Lexicon maps everyday and English words to the report's own terms.
type Lexicon struct {
	concepts []concept
	// byFirst maps the first rune of each Chinese member, byWord each
	// one-word Latin member and byPhrase the first word of each English
	// phrase to the concepts they name: a text is scanned once instead of
	// once per member.
	byFirst  map[rune][]memberRef
	byWord   map[string][]int
	byPhrase map[string][]phraseRef
	// known holds every Latin word a member is or holds: a word of a
	// phrase names nothing alone, but it is no word the reports lack.
	known map[string]bool
	// phrased: some member is a Chinese phrase (phraseSpans has work).
	phrased bool
	// splitPhrases maps the first word of a two-word English phrase to
	// the phrase's concept and second word, where the first word alone
	// names another concept and the second alone names the phrase's own
	// ("attract talent": attract alone is 招商, talent alone is 人才).
	splitPhrases map[string][]splitPhrase
	// links are the lines opening with ">": question-side links that
	// keyword search reads and the embeddings never see.
	links []questionLink
}

// questionLink sends a question's Chinese word to report terms only by
// keyword search: 今年防汛 asks what the plan writes as 防洪 and 排涝. It
// is no concept: a concept would also tie every paragraph that writes
// 防汛 to 防洪 in the embeddings, and reach English "flood" through 防汛's
// own line.
type questionLink struct {
	report []string
	words  []string
}

// splitPhrase is a two-word phrase member whose words a question may say
// apart ("How many talent will Panjin attract").
type splitPhrase struct {
	second  string
	concept int
}

type memberRef struct {
	word    string
	concept int
	ordinal int // position among all members, in file order
	// phrase marks a Chinese phrase member (政府_花钱): where it is found
	// it is one word, and the members inside it name nothing there.
	phrase bool
}

// phraseRef is an English phrase member: its words, matched as whole
// consecutive words ("foreign trade", "foreign-trade").
type phraseRef struct {
	words   []string
	concept int
}

type concept struct {
	id      int
	report  []string // normalized report terms
	members []string // report terms and everyday words, normalized
	phrases []string // the Chinese phrase members among members, joined
}

// NewLexicon parses a lexicon in the format of lexicon.txt.
func NewLexicon(text string) (*Lexicon, error) {
	lx := &Lexicon{}
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line, link := strings.CutPrefix(line, ">")
		head, tail, ok := strings.Cut(line, "|")
		if !ok {
			return nil, fmt.Errorf("lexicon: line %d: no \"|\" between report terms and everyday words", i+1)
		}
		if link {
			l, err := parseLink(head, tail)
			if err != nil {
				return nil, fmt.Errorf("lexicon: line %d: %w", i+1, err)
			}
			lx.links = append(lx.links, l)
			continue
		}
		// A concept's id is its line's place among the concept lines, and
		// the local embedding hashes its feature by that id (embed.go's
		// finish): a line inserted mid-file renumbers every concept after
		// it and moves their features, changing answers far from the new
		// line. Append new concepts at the file's end; ">" links take no id.
		// Members' file order also breaks ties in blankOrder.
		c := concept{id: len(lx.concepts)}
		for _, w := range strings.Fields(head) {
			m, err := parseMember(w)
			if err != nil {
				return nil, fmt.Errorf("lexicon: line %d: %w", i+1, err)
			}
			c.report = append(c.report, m)
		}
		if len(c.report) == 0 {
			return nil, fmt.Errorf("lexicon: line %d: no report term", i+1)
		}
		c.members = append(c.members, c.report...)
		for _, w := range strings.Fields(tail) {
			m, err := parseMember(w)
			if err != nil {
				return nil, fmt.Errorf("lexicon: line %d: %w", i+1, err)
			}
			if m[0] >= 0x80 && strings.Contains(m, "_") {
				m = strings.ReplaceAll(m, "_", "")
				c.phrases = append(c.phrases, m)
			}
			c.members = append(c.members, m)
		}
		lx.concepts = append(lx.concepts, c)
	}
	lx.index()
	return lx, nil
}

// parseLink reads a ">" line: Chinese report terms, then the question's
// words, Chinese or English ("opening_up" is the phrase "opening up"; an
// English word matches on word boundaries).
func parseLink(head, tail string) (questionLink, error) {
	var l questionLink
	for _, part := range []struct {
		words   string
		to      *[]string
		english bool
	}{{head, &l.report, false}, {tail, &l.words, true}} {
		for _, w := range strings.Fields(part.words) {
			m, err := parseMember(w)
			if err != nil {
				return l, err
			}
			if m[0] >= 0x80 && strings.Contains(m, "_") {
				return l, fmt.Errorf("link word %q: a question-side link holds no Chinese phrase", w)
			}
			if m[0] < 0x80 && !part.english {
				return l, fmt.Errorf("link word %q: a question-side link's report terms are Chinese", w)
			}
			*part.to = append(*part.to, m)
		}
	}
	if len(l.report) == 0 || len(l.words) == 0 {
		return l, fmt.Errorf("a question-side link needs report terms and words")
	}
	return l, nil
}

// Linked returns the report terms of the question-side links whose words
// norm contains, leaving out those norm already holds.
func (lx *Lexicon) Linked(norm string) []string {
	var out []string
	for _, l := range lx.links {
		if !slices.ContainsFunc(l.words, func(w string) bool { return linkWordIn(norm, w) }) {
			continue
		}
		for _, t := range l.report {
			if !strings.Contains(norm, t) && !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
	}
	return out
}

// LinkedTo returns the report terms of the question-side links that list
// word itself among their words: 防洪 and 排涝 for 防汛.
func (lx *Lexicon) LinkedTo(word string) []string {
	if lx == nil {
		return nil // an index built without a lexicon links nothing
	}
	var out []string
	for _, l := range lx.links {
		if slices.Contains(l.words, word) {
			out = append(out, l.report...)
		}
	}
	return out
}

// linkWordIn reports whether norm holds a link's word; a phrase's words
// may be parted by a hyphen as by a space ("port-based" is the phrase
// "port based"), as a concept's phrase members may.
func linkWordIn(norm, w string) bool {
	if ContainsTerm(norm, w) {
		return true
	}
	return strings.Contains(w, " ") && strings.Contains(norm, "-") && ContainsTerm(strings.ReplaceAll(norm, "-", " "), w)
}

// linkPhraseTerms maps each word of the English link words found in norm
// to that link's report terms, as phraseTerms does a concept's: "opening
// up" is found where 开放带动 is.
func (lx *Lexicon) linkPhraseTerms(norm string) map[string][]string {
	var out map[string][]string
	for _, l := range lx.links {
		for _, w := range l.words {
			if w[0] >= 0x80 || !linkWordIn(norm, w) {
				continue
			}
			if out == nil {
				out = map[string][]string{}
			}
			for _, word := range strings.Fields(w) {
				out[word] = append(out[word], l.report...)
			}
		}
	}
	return out
}

// holdsLinkPhrase reports whether norm holds an English link phrase of
// two words or more ("opening up"): a single linked word (develop,
// strategy) is too common to name a topic by itself.
func (lx *Lexicon) holdsLinkPhrase(norm string) bool {
	if lx == nil {
		return false
	}
	for _, l := range lx.links {
		for _, w := range l.words {
			if w[0] < 0x80 && strings.Contains(w, " ") && linkWordIn(norm, w) {
				return true
			}
		}
	}
	return false
}

// parseMember normalizes a member as the file writes it. Chinese words
// joined by "_" are a Chinese phrase (政府_花钱), kept with its "_" for the
// caller to join. Words joined by "_" or "-" are an English phrase, kept as its words joined by one space
// ("fixed-asset_investment" is "fixed asset investment"). A
// member that could never match is an error: an English word is letters
// and digits with '.' or '&' only inside ("pm2.5", "r&d"), a Chinese one
// starts with a Chinese character.
func parseMember(w string) (string, error) {
	m := Normalize(w)
	switch {
	case m == "":
		return "", fmt.Errorf("member %q is empty once normalized", w)
	case m[0] >= 0x80:
		if strings.Contains(m, "_") && slices.Contains(strings.Split(m, "_"), "") {
			return "", fmt.Errorf("phrase %q: a Chinese phrase is words joined by single \"_\"", w)
		}
		return m, nil
	case strings.ContainsAny(m, "_-"):
		var words []string
		for _, part := range strings.Split(m, "_") {
			for _, word := range strings.Split(part, "-") {
				if !isLatinMember(word) {
					return "", fmt.Errorf("phrase %q: a phrase is English words joined by \"_\" or \"-\", each of letters and digits with '.' or '&' only inside", w)
				}
				words = append(words, word)
			}
		}
		return strings.Join(words, " "), nil
	case !isLatinMember(m):
		return "", fmt.Errorf("member %q: an English word is letters and digits with '.' or '&' only inside, a Chinese one starts with a Chinese character", w)
	}
	return m, nil
}

// isLatinMember reports whether m is an English word: ASCII letters and
// digits with '.' and '&' only between them.
func isLatinMember(m string) bool {
	return m != "" && wordLen(m) == len(m)
}

// index builds the lookup maps of the parsed concepts.
func (lx *Lexicon) index() {
	lx.byFirst = map[rune][]memberRef{}
	lx.byWord = map[string][]int{}
	lx.byPhrase = map[string][]phraseRef{}
	lx.known = map[string]bool{}
	ordinal := 0
	for _, c := range lx.concepts {
		for _, m := range c.members {
			ordinal++
			switch {
			case m == "":
			case m[0] >= 0x80:
				r, _ := utf8.DecodeRuneInString(m)
				phrase := slices.Contains(c.phrases, m)
				lx.phrased = lx.phrased || phrase
				lx.byFirst[r] = append(lx.byFirst[r], memberRef{m, c.id, ordinal, phrase})
			case strings.Contains(m, " "):
				words := strings.Split(m, " ")
				lx.byPhrase[words[0]] = append(lx.byPhrase[words[0]], phraseRef{words, c.id})
				for _, w := range words {
					lx.known[w] = true
				}
			default:
				lx.byWord[m] = append(lx.byWord[m], c.id)
				lx.known[m] = true
			}
		}
	}
	lx.knowLinkWords()
	lx.indexSplitPhrases()
	for _, refs := range lx.byPhrase {
		// Longest first: the first that matches is the longest.
		slices.SortStableFunc(refs, func(a, b phraseRef) int { return len(b.words) - len(a.words) })
	}
}

// knowLinkWords counts a link's one-word English words as words the
// lexicon knows ("developed" links to 研发): a question holding one asks
// of the report's term, not of something the report lacks.
func (lx *Lexicon) knowLinkWords() {
	for _, l := range lx.links {
		for _, w := range l.words {
			if w[0] < 0x80 && !strings.Contains(w, " ") {
				lx.known[w] = true
			}
		}
	}
}

// indexSplitPhrases fills splitPhrases from byWord and byPhrase.
func (lx *Lexicon) indexSplitPhrases() {
	lx.splitPhrases = map[string][]splitPhrase{}
	for first, refs := range lx.byPhrase {
		for _, p := range refs {
			own := lx.byWord[first]
			if len(p.words) != 2 || len(own) == 0 || slices.Contains(own, p.concept) ||
				!slices.Contains(lx.byWord[p.words[1]], p.concept) {
				continue
			}
			lx.splitPhrases[first] = append(lx.splitPhrases[first], splitPhrase{p.words[1], p.concept})
		}
	}
}

// DefaultLexicon is the lexicon shipped with the binary.
func DefaultLexicon() *Lexicon {
	lx, err := NewLexicon(lexiconText)
	if err != nil {
		panic(err) // the embedded file is tested; a parse error is a build bug
	}
	return lx
}

// Concepts returns the ids of concepts whose words occur in normalized text.
// Chinese words match as substrings; Latin words and phrases as whole
// words, and the words of a phrase found name nothing alone ("foreign
// investment" is 外资, not also 固定资产投资 for "investment"); nor do the
// words inside a Chinese phrase found (政府花钱 is 支出, not 花钱's 消费).
func (lx *Lexicon) Concepts(norm string) []int {
	// On the stack for the lexicon's few hundred concepts: the text is
	// every question's, twice.
	var buf [512]bool
	var found []bool
	if len(lx.concepts) <= len(buf) {
		found = buf[:len(lx.concepts)]
	} else {
		found = make([]bool, len(lx.concepts))
	}
	spans := lx.phraseSpans(norm)
	for i, r := range norm {
		for _, m := range lx.byFirst[r] {
			if !found[m.concept] && strings.HasPrefix(norm[i:], m.word) && !insidePhrase(spans, i, i+len(m.word)) {
				found[m.concept] = true
			}
		}
	}
	lx.latinConcepts(norm, found)
	var ids []int
	for id, ok := range found {
		if ok {
			ids = append(ids, id)
		}
	}
	return ids
}

// insidePhrase reports whether text[start:end] lies inside a phrase of
// spans and is shorter than it: 花钱 of 政府花钱 names nothing there, the
// phrase's own word (or a longer one) still does.
func insidePhrase(spans []phraseSpan, start, end int) bool {
	for _, sp := range spans {
		if sp.start <= start && end <= sp.end && end-start < sp.end-sp.start {
			return true
		}
	}
	return false
}

// phraseSpan is a Chinese phrase member found in a text, in bytes.
type phraseSpan struct{ start, end int }

// phraseSpans are the Chinese phrase members of text, left to right, the
// longest at each place; a phrase inside one found is not found again.
func (lx *Lexicon) phraseSpans(text string) []phraseSpan {
	if !lx.phrased {
		return nil
	}
	var out []phraseSpan
	for i, r := range text {
		if len(out) > 0 && i < out[len(out)-1].end {
			continue
		}
		best := phraseSpan{start: -1}
		for _, m := range lx.byFirst[r] {
			if m.phrase && len(m.word) > best.end-best.start && strings.HasPrefix(text[i:], m.word) {
				best = phraseSpan{i, i + len(m.word)}
			}
		}
		if best.start >= 0 {
			out = append(out, best)
		}
	}
	return out
}

// outsidePhrases applies f to the text between the Chinese phrase
// members of text, keeping the phrases as written: a filler inside a
// phrase (政府 of 政府花钱) is part of its word.
func (lx *Lexicon) outsidePhrases(text string, f func(string) string) string {
	if lx == nil {
		return f(text)
	}
	spans := lx.phraseSpans(text)
	if len(spans) == 0 {
		return f(text)
	}
	var b strings.Builder
	last := 0
	for _, sp := range spans {
		b.WriteString(f(text[last:sp.start]))
		b.WriteString(" " + text[sp.start:sp.end] + " ")
		last = sp.end
	}
	b.WriteString(f(text[last:]))
	return b.String()
}

// InnerTerms are the report terms of the concepts a question names only
// by a Chinese word inside a longer word of another concept: 工资 of 拖欠
// 工资 names 居民收入 less than 拖欠工资 names 欠薪. They weigh less than the
// terms of the words the question says whole.
func (lx *Lexicon) InnerTerms(norm string) map[string]bool {
	type match struct{ start, end, concept int }
	var ms []match
	for i, r := range norm {
		for _, m := range lx.byFirst[r] {
			if strings.HasPrefix(norm[i:], m.word) {
				ms = append(ms, match{i, i + len(m.word), m.concept})
			}
		}
	}
	whole := map[int]bool{}
	var inner []int
	for _, m := range ms {
		if slices.ContainsFunc(ms, func(o match) bool {
			return o.concept != m.concept && o.start <= m.start && m.end <= o.end && o.end-o.start > m.end-m.start
		}) {
			inner = append(inner, m.concept)
		} else {
			whole[m.concept] = true
		}
	}
	var out map[string]bool
	for _, c := range inner {
		if whole[c] {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		for _, t := range lx.concepts[c].report {
			out[t] = true
		}
	}
	return out
}

// latinConcepts marks the concepts of the Latin words and phrases of s:
// a run joined by '-' or '&' also names what its parts name.
//
// A word that opens a split phrase names the phrase's concept, not its
// own, where the question also says the phrase's second word: "How many
// talent will Panjin attract" asks about 人才, and its attract is the verb
// of attract talent, not 招商.
func (lx *Lexicon) latinConcepts(s string, found []bool) {
	var words []string
	var split []string
	lx.scanLatin(s, func(_ []string, ids []int) {
		for _, id := range ids {
			found[id] = true
		}
	}, func(w string) {
		words = append(words, w)
		if len(lx.splitPhrases[w]) > 0 {
			split = append(split, w)
			return
		}
		lx.markWord(w, found)
	})
	for _, w := range split {
		lx.markSplitWord(w, words, found)
	}
}

// markWord marks the concepts Latin word w names, and those of its parts
// when '-' or '&' joins them.
func (lx *Lexicon) markWord(w string, found []bool) {
	for _, id := range lx.byWord[w] {
		found[id] = true
	}
	if strings.ContainsAny(w, "-&") {
		for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '&' }) {
			for _, id := range lx.byWord[part] {
				found[id] = true
			}
		}
	}
}

// markSplitWord marks the concepts w names in a question of words: the
// concept of its split phrase whose second word the question says, else
// its own.
func (lx *Lexicon) markSplitWord(w string, words []string, found []bool) {
	split := false
	for _, p := range lx.splitPhrases[w] {
		if slices.Contains(words, p.second) {
			found[p.concept] = true
			split = true
		}
	}
	if !split {
		lx.markWord(w, found)
	}
}

// scanLatin walks s once over its runs of ASCII letters, digits, '-', '.'
// and '&' (the characters Latin members are made of). Where a run opens a
// phrase member, phrase gets the phrase's words and concepts and the walk
// goes on after it; any other run goes to word, trimmed.
func (lx *Lexicon) scanLatin(s string, phrase func(words []string, ids []int), word func(run string)) {
	for i := 0; i < len(s); {
		if !isLatinRunByte(s[i]) {
			i++
			continue
		}
		if n, words, ids := lx.phraseAt(s[i:]); n > 0 {
			phrase(words, ids)
			i += n
			continue
		}
		j := i
		for j < len(s) && isLatinRunByte(s[j]) {
			j++
		}
		word(strings.Trim(s[i:j], "-.&"))
		i = j
	}
}

// phraseTerms maps each word of the English phrases found in normalized
// text to the report terms of the phrase's concepts.
func (lx *Lexicon) phraseTerms(norm string) map[string][]string {
	var out map[string][]string
	lx.scanLatin(norm, func(words []string, ids []int) {
		if out == nil {
			out = map[string][]string{}
		}
		for _, w := range words {
			for _, id := range ids {
				out[w] = append(out[w], lx.concepts[id].report...)
			}
		}
	}, func(string) {})
	return out
}

func isLatinRunByte(b byte) bool { return isASCIIAlnum(b) || b == '-' || b == '.' || b == '&' }

// wordLen is the length of the phrase word that opens s: letters and
// digits, with '.' or '&' between two of them ("pm2.5", "r&d").
func wordLen(s string) int {
	i := 0
	for i < len(s) {
		switch {
		case isASCIIAlnum(s[i]):
		case (s[i] == '.' || s[i] == '&') && i > 0 && i+1 < len(s) && isASCIIAlnum(s[i+1]):
		default:
			return i
		}
		i++
	}
	return i
}

// phraseAt finds the longest English phrase member that s opens (s starts
// a word): its length in bytes, its words and the concepts it names; 0
// when none.
func (lx *Lexicon) phraseAt(s string) (int, []string, []int) {
	refs := lx.byPhrase[s[:wordLen(s)]]
	if len(refs) == 0 {
		return 0, nil, nil
	}
	end := 0
	var words []string
	var ids []int
	for _, p := range refs { // longest first
		if end > 0 && len(p.words) < len(words) {
			break
		}
		if e := matchPhrase(s, p.words); e > 0 {
			end, words = e, p.words
			ids = append(ids, p.concept)
		}
	}
	return end, words, ids
}

// matchPhrase returns the length of the text that opens s and spells the
// words, each whole and parted from the next by spaces or one hyphen;
// 0 when s does not open with them.
func matchPhrase(s string, words []string) int {
	i := 0
	for k, w := range words {
		if k > 0 {
			j := i
			if j < len(s) && s[j] == '-' {
				j++
			} else {
				for j < len(s) && s[j] == ' ' {
					j++
				}
			}
			if j == i {
				return 0
			}
			i = j
		}
		if n := wordLen(s[i:]); s[i:i+n] != w {
			return 0
		}
		i += len(w)
	}
	return i
}

// opensPhrase reports whether an English phrase member may open with the
// Latin run w: its first word opens one.
func (lx *Lexicon) opensPhrase(w string) bool {
	return len(lx.byPhrase[w[:wordLen(w)]]) > 0
}

// isChineseMember reports whether w is exactly a Chinese member.
func (lx *Lexicon) isChineseMember(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	for _, m := range lx.byFirst[r] {
		if m.word == w {
			return true
		}
	}
	return false
}

// sameConcept reports whether a and b are both exactly Chinese members
// of one concept.
func (lx *Lexicon) sameConcept(a, b string) bool {
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	for _, m := range lx.byFirst[ra] {
		if m.word != a {
			continue
		}
		for _, n := range lx.byFirst[rb] {
			if n.word == b && n.concept == m.concept {
				return true
			}
		}
	}
	return false
}

// chineseMembersOf is the Chinese members (report terms among them) of the
// concepts a Latin word names as a one-word member.
func (lx *Lexicon) chineseMembersOf(w string) []string {
	var out []string
	for _, id := range lx.byWord[w] {
		for _, m := range lx.concepts[id].members {
			if m[0] >= 0x80 && !slices.Contains(out, m) {
				out = append(out, m)
			}
		}
	}
	return out
}

// knows reports whether w is a Latin member or a word of a phrase member.
func (lx *Lexicon) knows(w string) bool { return lx.known[w] }

// Expand returns the report terms of the concepts found in a question that
// the question does not already contain.
func (lx *Lexicon) Expand(norm string) []string {
	var out []string
	for _, id := range lx.Concepts(norm) {
		for _, t := range lx.concepts[id].report {
			if !strings.Contains(norm, t) {
				out = append(out, t)
			}
		}
	}
	return out
}

// ContainsTerm matches Latin words on word boundaries ("ai" must not match
// "said"), anything else as a substring.
func ContainsTerm(s, term string) bool {
	if term == "" {
		return false
	}
	if term[0] >= 0x80 {
		return strings.Contains(s, term)
	}
	return latinWordAtByte(s, term) >= 0
}

// latinWordAtByte is the byte offset of the first whole-word occurrence
// of Latin word w in s (no letter or digit either side); -1 when none.
func latinWordAtByte(s, w string) int {
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return -1
		}
		i += off
		before := i == 0 || !isASCIIAlnum(s[i-1])
		after := i+len(w) == len(s) || !isASCIIAlnum(s[i+len(w)])
		if before && after {
			return i
		}
		off = i + 1
	}
}

// blankOrder blanks longer members first, then in file order: blanked
// first, a member inside a longer one (要钱 in 跟上面要钱, the report's 图解
// in 图解版) left the rest of the longer one (跟上面, 版) as a word the
// report never writes, and an answerable question was refused for it.
func blankOrder(a, b memberRef) int {
	if la, lb := utf8.RuneCountInString(a.word), utf8.RuneCountInString(b.word); la != lb {
		return lb - la
	}
	return a.ordinal - b.ordinal
}

func isASCIIAlnum(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// blankMembers replaces every Chinese member found in text with a space,
// member by member in blankOrder (an earlier member's replacement can
// break a later one's match, so the order is part of the result). Only
// members starting with a rune of text can match; the others are skipped.
func (lx *Lexicon) blankMembers(text string) string {
	var have runeBloom // see blankWords: a member with a rune text lacks is not in it
	have.add(' ')
	for _, r := range text {
		have.add(r)
	}
	var refs []memberRef
	seen := map[rune]bool{}
	for _, r := range text {
		if r >= 0x80 && !seen[r] {
			seen[r] = true
			for _, m := range lx.byFirst[r] {
				if have.holdsAll(m.word) {
					refs = append(refs, m)
				}
			}
		}
	}
	slices.SortFunc(refs, blankOrder)
	for _, m := range refs {
		text = strings.ReplaceAll(text, m.word, " ")
	}
	return text
}

// reportTermsOf is the report terms of the concepts Chinese word is a
// member of as a whole: 长护险 names 长期护理保险, but 消费券 names nothing
// that 消费 does. nil for a word no concept has as a member.
func (lx *Lexicon) reportTermsOf(word string) []string {
	if lx == nil {
		return nil
	}
	r, _ := utf8.DecodeRuneInString(word)
	var out []string
	last := -1 // a concept's members come together, in its order
	for _, m := range lx.byFirst[r] {
		if m.word == word && m.concept != last {
			out = append(out, lx.concepts[m.concept].report...)
			last = m.concept
		}
	}
	return out
}

// genericMembers are the Chinese members found in text whose concepts
// stand only for generic report terms (承认 and 毛病 for 问题, 不足): they
// say how a question asks, like the generic words themselves.
func (lx *Lexicon) genericMembers(text string, generic map[string]bool) []string {
	var out []string
	for i, r := range text {
		for _, m := range lx.byFirst[r] {
			if strings.HasPrefix(text[i:], m.word) && !slices.Contains(out, m.word) &&
				!slices.ContainsFunc(lx.concepts[m.concept].report, func(t string) bool { return !generic[t] }) {
				out = append(out, m.word)
			}
		}
	}
	return out
}

// genericOnly reports whether word names only concepts whose report terms
// are all generic ("problems": 问题, 不足), the English counterpart of
// genericMembers: a question asking that asks about no topic of its own.
func (lx *Lexicon) genericOnly(word string, generic map[string]bool) bool {
	ids := lx.Concepts(word)
	for _, id := range ids {
		if slices.ContainsFunc(lx.concepts[id].report, func(t string) bool { return !generic[t] }) {
			return false
		}
	}
	return len(ids) > 0
}

// membersHolding returns the Chinese members found in norm that are
// longer than one of words and hold it, of a concept some Chinese member
// of which holds none of words: 民营经济 (民企) of "去年民营经济怎么样"
// for 经济, not 经济社会 of "去年经济社会发展主要成绩", the whole year.
func (lx *Lexicon) membersHolding(norm string, words []string) []string {
	var out []string
	for i, r := range norm {
		for _, m := range lx.byFirst[r] {
			if strings.HasPrefix(norm[i:], m.word) && holdsLonger(m.word, words) && lx.namedWithout(m.concept, words) {
				out = append(out, m.word)
			}
		}
	}
	return out
}

// minWholeMember is how many characters a Chinese member found whole in a
// text must have to name a topic by itself: shorter ones a text's pairs
// of characters already read.
const minWholeMember = 4

// longMembersIn returns the Chinese members of at least minWholeMember
// characters found in norm.
func (lx *Lexicon) longMembersIn(norm string) []string {
	var out []string
	for i, r := range norm {
		for _, m := range lx.byFirst[r] {
			if utf8.RuneCountInString(m.word) >= minWholeMember && strings.HasPrefix(norm[i:], m.word) {
				out = append(out, m.word)
			}
		}
	}
	return out
}

// holdsLonger reports whether w holds one of words and is longer.
func holdsLonger(w string, words []string) bool {
	for _, x := range words {
		if len(w) > len(x) && strings.Contains(w, x) {
			return true
		}
	}
	return false
}

// namedWithout reports whether a Chinese member of the concept holds none
// of words.
func (lx *Lexicon) namedWithout(id int, words []string) bool {
	for _, m := range lx.concepts[id].members {
		if r, _ := utf8.DecodeRuneInString(m); isHan(r) && !containsAny(m, words) {
			return true
		}
	}
	return false
}

// everydayFor reports whether some concept has word, normalized, among
// its everyday words and one of names among its report terms: people say
// 生产总值 for 地区生产总值, so the word is that name, not a whole.
func (lx *Lexicon) everydayFor(word string, names []string) bool {
	if lx == nil {
		return false
	}
	for _, c := range lx.concepts {
		if slices.Contains(c.report, word) || !slices.Contains(c.members, word) {
			continue
		}
		for _, n := range names {
			if slices.Contains(c.report, Normalize(n)) {
				return true
			}
		}
	}
	return false
}

// namesQualifier reports whether normalized question q holds an everyday
// word of a concept whose report terms hold what one of names puts before
// head: 货柜 says 集装箱 of 集装箱吞吐量, so the member is asked.
func (lx *Lexicon) namesQualifier(q, head string, names []string) bool {
	if lx == nil {
		return false
	}
	for _, c := range lx.concepts {
		named := false
		for _, n := range names {
			n = Normalize(n)
			if k := strings.TrimSuffix(n, head); k != n && utf8.RuneCountInString(k) >= 2 && slices.Contains(c.report, k) {
				named = true
			}
		}
		if !named {
			continue
		}
		for _, m := range c.members {
			if m != head && startsHan(m) && !slices.Contains(c.report, m) && strings.Contains(q, m) {
				return true
			}
		}
	}
	return false
}
