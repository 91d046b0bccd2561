package rag

import (
	_ "embed"
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed siblings.txt
var siblingsText string

// Siblings are families of kinds that are never each other (ozone and
// PM2.5, e-bike charging points and car charging piles): a figure of one
// is no answer to a question about another.
type Siblings struct {
	families [][]siblingName // each longest name first
	first    [][]string      // each family's members by their first name
	english  [][]string      // … and by their first English one, if any
	heads    []string        // each family's shared head (sharedHeadOf), "" if none
}

// siblingName is one name of a family's member, normalized.
type siblingName struct {
	text   string
	member int
	latin  bool      // matched as whole words
	runes  runeBloom // runesOf(text): a question is read against every name
	// with are the words text names its member only beside, anywhere in
	// the same text ("公司+个体户": 个体户 asked with 公司 is every kind of
	// business, not the self-employed alone).
	with []string
}

// NewSiblings parses the sibling file format (see siblings.txt).
func NewSiblings(text string) (*Siblings, error) {
	s := &Siblings{}
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		members := strings.Split(line, " / ")
		if len(members) < 2 || len(members) > 64 {
			return nil, fmt.Errorf("siblings line %d: a family has 2 to 64 members, parted by \" / \"", n+1)
		}
		var fam []siblingName
		var first, english []string
		for m, member := range members {
			names := strings.Fields(member)
			if len(names) == 0 {
				return nil, fmt.Errorf("siblings line %d: member %d has no name", n+1, m+1)
			}
			first = append(first, names[0])
			english = append(english, names[0])
			for _, name := range names {
				if name[0] < utf8.RuneSelf && !strings.ContainsFunc(name, func(r rune) bool { return r >= utf8.RuneSelf }) {
					english[m] = strings.ReplaceAll(name, "_", " ")
					break
				}
			}
			for _, name := range names {
				name = Normalize(name)
				latin := name[0] < utf8.RuneSelf
				if !latin {
					words := strings.Split(name, "+")
					fam = append(fam, siblingName{text: words[len(words)-1], member: m, with: words[:len(words)-1]})
					continue
				}
				// "_" is a space or a hyphen.
				vs := append(uniqueStrings(strings.ReplaceAll(name, "_", " "), strings.ReplaceAll(name, "_", "-")), qualifierSlips(name)...)
				for _, v := range vs {
					fam = append(fam, siblingName{text: v, member: m, latin: true})
				}
			}
		}
		slices.SortStableFunc(fam, func(a, b siblingName) int { return len(b.text) - len(a.text) })
		for i := range fam {
			fam[i].runes = runesOf(fam[i].text)
		}
		s.families = append(s.families, fam)
		s.first, s.english = append(s.first, first), append(s.english, english)
		s.heads = append(s.heads, sharedHeadOf(first))
	}
	return s, nil
}

// qualifierSlips are a two-word English name with one letter after the
// first left out of its first word ("parkng berths" for parking berths):
// typed so, the name still names its member, where its last word alone
// ("berths") would name another. Only words of six letters or more, which
// a dropped letter seldom makes another word of.
func qualifierSlips(name string) []string {
	first, rest, ok := strings.Cut(name, "_")
	if !ok || len(first) < 6 || strings.ContainsFunc(first, func(r rune) bool { return !unicode.IsLetter(r) }) {
		return nil
	}
	var out []string
	for i := 1; i < len(first); i++ {
		if first[i] == first[i-1] {
			continue // "parkking" less one k is parking again
		}
		out = append(out, first[:i]+first[i+1:]+" "+strings.ReplaceAll(rest, "_", " "))
	}
	return out
}

func uniqueStrings(a, b string) []string {
	if a == b {
		return []string{a}
	}
	return []string{a, b}
}

// DefaultSiblings are the families shipped with the binary.
func DefaultSiblings() *Siblings {
	s, err := NewSiblings(siblingsText)
	if err != nil {
		panic(err) // the embedded file is tested; a parse error is a build bug
	}
	return s
}

// named is the set of family f's members that normalized text names, a
// bit each. A name inside a longer one already found names nothing: 出口
// in 进出口.
func (s *Siblings) named(f int, text string) uint64 {
	return s.namedIn(f, text, bloomOf(text))
}

// bloomOf is the rune Bloom filter of text: a name with a rune it lacks is
// not looked for (a question is read against every family's names).
func bloomOf(text string) *runeBloom {
	b := new(runeBloom)
	for _, r := range text {
		b.add(r)
	}
	return b
}

// namedIn is named with text's Bloom filter made once.
func (s *Siblings) namedIn(f int, text string, have *runeBloom) uint64 {
	var set uint64
	var used []bool
	for k := range s.families[f] {
		n := &s.families[f][k]
		if !have.covers(&n.runes) || !containsAll(text, n.with) {
			continue
		}
		for from := 0; from < len(text); {
			i := strings.Index(text[from:], n.text)
			if i < 0 {
				break
			}
			i += from
			end := i + len(n.text)
			from = end
			if n.latin && (i > 0 && latinWordByte(text[i-1]) || end < len(text) && latinWordByte(text[end])) {
				continue
			}
			if used == nil {
				used = make([]bool, len(text))
			}
			if slices.Contains(used[i:end], true) {
				continue
			}
			for k := i; k < end; k++ {
				used[k] = true
			}
			set |= 1 << n.member
			if !n.latin {
				set |= s.elided(f, n.text, text[:i])
			}
		}
	}
	return set
}

// elided are the members named by the items listed before name, which
// share its head: "刑事、治安警情" names 刑事警情 as well as 治安警情.
func (s *Siblings) elided(f int, name, before string) uint64 {
	var set uint64
	for strings.HasSuffix(before, "、") {
		before = strings.TrimSuffix(before, "、")
		item := lastHanRun(before)
		if item == "" {
			break
		}
		before = before[:len(before)-len(item)]
		for _, other := range s.families[f] {
			if other.latin || other.text == name {
				continue
			}
			// A head of name that other ends in, after a tail of item.
			for k := range name {
				if k > 0 && strings.HasSuffix(other.text, name[k:]) && strings.HasSuffix(item, other.text[:len(other.text)-len(name)+k]) {
					set |= 1 << other.member
					break
				}
			}
		}
	}
	return set
}

// lastHanRun is the run of Chinese characters that s ends with.
func lastHanRun(s string) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !isHan(r) {
			break
		}
		i -= size
	}
	return s[i:]
}

// siblingAsk is a family of which a question names exactly one member.
type siblingAsk struct {
	family int
	member uint64
}

// asks are the families of which normalized question names one member;
// none (the common case) spares every other look.
func (s *Siblings) asks(question string) []siblingAsk {
	var out []siblingAsk
	have := bloomOf(question)
	for f := range s.families {
		if m := s.namedIn(f, question, have); bits.OnesCount64(m) == 1 {
			out = append(out, siblingAsk{f, m}) // two named: a comparison
		}
	}
	return out
}

// mismatch is the first family asked of which the texts name members,
// none the one asked; -1 when none.
func (s *Siblings) mismatch(asks []siblingAsk, texts []string) (family int, asked, given uint64) {
	for _, a := range asks {
		var given uint64
		for _, t := range texts {
			given |= s.named(a.family, t)
		}
		if given != 0 && given&a.member == 0 {
			return a.family, a.member, given
		}
	}
	return -1, 0, 0
}

// siblingAsks are the sibling families the question asks one member of,
// read once.
func (d *Draft) siblingAsks() []siblingAsk {
	if !d.sibRead {
		d.sibAsks, d.sibRead = d.engine.siblings.asks(d.norm), true
	}
	return d.sibAsks
}

// OtherKind reports whether text (an indicator, a quote) names only other
// kinds of a family of which the question names one: 规上工业增加值 for a
// question about 工业投资.
func (d *Draft) OtherKind(text string) bool {
	asks := d.siblingAsks()
	if len(asks) == 0 {
		return false
	}
	f, _, _ := d.engine.siblings.mismatch(asks, []string{Normalize(text)})
	return f >= 0
}

// OtherKindOf is OtherKind of text for asked, one of several things a
// question asks between ("39.7%是进口还是出口": 进口), not the whole question.
func (d *Draft) OtherKindOf(asked, text string) bool {
	return d.engine.siblings.OtherKindOf(asked, text)
}

// OtherKindOf reports whether text names only other kinds of a family of
// which asked names one.
func (s *Siblings) OtherKindOf(asked, text string) bool {
	asks := s.asks(Normalize(asked))
	if len(asks) == 0 {
		return false
	}
	f, _, _ := s.mismatch(asks, []string{Normalize(text)})
	return f >= 0
}

// KindNames are the words the question names the one member it asks of
// a sibling family with: "出口" of "39.7%是出口增速吧", "gdp" of "403亿是海洋
// GDP吧". Longest first.
func (d *Draft) KindNames() []string {
	var out []string
	for _, a := range d.siblingAsks() {
		for _, n := range d.engine.siblings.families[a.family] {
			if uint64(1)<<n.member == a.member && strings.Contains(d.norm, n.text) {
				out = append(out, n.text)
			}
		}
	}
	return out
}

// memberName is the first name of the lowest member in set, of family f,
// in English if en and it has one.
func (s *Siblings) memberName(f int, set uint64, en bool) string {
	if en {
		return s.english[f][bits.TrailingZeros64(set)]
	}
	return s.first[f][bits.TrailingZeros64(set)]
}

// groundSiblings declines an answer whose quotes and figures name only
// other kinds of what the question asks for: "臭氧浓度" answered with
// PM2.5's. They are offered as related text.
func (e *Engine) groundSiblings(d *Draft) {
	ans := d.Answer
	// A figure or a fact asked: a plan or topic question's quotes may
	// name a neighbour and still tell about the topic — unless each quote
	// is a figured item (更新改造燃气管道20公里), of its own kind only: a
	// plan asked of another kind (今年雨污管网改造) is not told by it.
	// A figure chosen among the things asked was checked against the one
	// it answers (Draft.OtherKindOf).
	if !ans.Found || d.Lookup || d.Matched || hasCorrection(ans) || d.Intent.Topic || d.Intent.Summary || d.Intent.List ||
		!d.Intent.Figure && containsAny(d.norm, planCues) && (d.ClaimShaped() || !quotesAllFigured(ans)) {
		return
	}
	asks := d.siblingAsks()
	if len(asks) == 0 {
		return
	}
	var quotes []string // normalized, one a quote part
	for _, p := range ans.Parts {
		if p.Type == PartQuote && len(p.Citations) > 0 {
			quotes = append(quotes, Normalize(ans.Citations[p.Citations[0]].Quote))
		}
	}
	if d.Intent.Figure {
		e.dropSiblingFigures(d, asks, quotes)
	}
	var texts []string
	for _, p := range ans.Parts {
		if p.Type == PartFigure && p.Figure != nil {
			texts = append(texts, Normalize(p.Figure.Indicator))
		}
	}
	for _, quote := range quotes {
		// A figure asked: a quote without a number ("加强…臭氧污染协同控制")
		// names the kind but gives none of it.
		if !d.Intent.Figure || strings.ContainsAny(quote, "0123456789") {
			texts = append(texts, quote)
		}
	}
	f, asked, given := e.siblings.mismatch(asks, texts)
	if f < 0 || !d.Intent.Figure && e.leadNamesMember(ans, f, asked) {
		return
	}
	ans.relatedOnly(GroundNoSuchFigure,
		fmt.Sprintf("报告给出的是“%s”的情况，没有“%s”的。相关内容：", e.siblings.memberName(f, given, false), e.siblings.memberName(f, asked, false)),
		fmt.Sprintf("The report gives this for %s, not for %s. Related text:", e.siblings.memberName(f, given, true), e.siblings.memberName(f, asked, true)))
}

// leadNamesMember reports whether a quoted paragraph's lead (the topic
// phrase heading it) names member of family f: under 壮大市场主体 a sentence
// on 个体工商户 tells the plan for 市场主体 as a whole, which a question
// asking no figure ("市场主体今年怎么培育") asks.
func (e *Engine) leadNamesMember(ans *Answer, f int, member uint64) bool {
	for _, p := range ans.Parts {
		if p.Type != PartQuote || len(p.Citations) == 0 {
			continue
		}
		para := e.ix.citedParagraph(ans.Citations[p.Citations[0]])
		if para != nil && para.Lead != "" && e.siblings.named(f, Normalize(para.Lead))&member != 0 {
			return true
		}
	}
	return false
}

// latinWordByte: a byte that continues an English word ("re-exports").
func latinWordByte(b byte) bool { return isASCIIAlnum(b) || b == '-' }

// dropSiblingFigures drops the headline figures of another kind than the
// one asked when a quote of the answer names the kind asked: "How many new
// bus routes?" is not answered by 新购公交车辆85台 beside 新增优化城乡公交线路10条.
// quotes are the answer's quotes, normalized.
func (e *Engine) dropSiblingFigures(d *Draft, asks []siblingAsk, quotes []string) {
	ans := d.Answer
	for _, a := range asks {
		f, asked := a.family, a.member
		if !slices.ContainsFunc(quotes, func(q string) bool { return e.siblings.named(f, q)&asked != 0 }) {
			continue
		}
		other := func(p Part) bool {
			if p.Type != PartFigure || p.Figure == nil {
				return false
			}
			named := e.siblings.named(f, Normalize(p.Figure.Indicator))
			return named != 0 && named&asked == 0
		}
		if slices.ContainsFunc(ans.Parts, other) {
			ans.keepParts(func(p Part) bool { return !other(p) })
			ans.figuresFromParts()
		}
	}
}

// sharedHeadOf is the word a family's members (by their first names) all
// end with when it names none of them alone (吞吐量 of 集装箱吞吐量, 货物吞吐量,
// 旅客吞吐量); "" when they share no two-rune tail or one member is that
// tail. Read once, when the families are: groundWholeHead asks it of every
// family on every figure question.
func sharedHeadOf(first []string) string {
	head := []rune(Normalize(first[0]))
	for _, m := range first[1:] {
		r := []rune(Normalize(m))
		n := 0
		for n < len(head) && n < len(r) && head[len(head)-1-n] == r[len(r)-1-n] {
			n++
		}
		head = head[len(head)-n:]
	}
	h := string(head)
	if len(head) < 2 || !startsHan(h) || slices.ContainsFunc(first, func(m string) bool { return Normalize(m) == h }) {
		return ""
	}
	return h
}

// onlyInMembers reports whether every time normalized text writes head it
// is the tail of a name of family f: the report never gives the whole.
func (s *Siblings) onlyInMembers(f int, head, text string) bool {
	for i := range wordPositions(text, head) {
		if !slices.ContainsFunc(s.families[f], func(n siblingName) bool {
			return !n.latin && strings.HasSuffix(n.text, head) && strings.HasSuffix(text[:i+len(head)], n.text) && n.text != head
		}) {
			return false
		}
	}
	return true
}

// groundWholeHead declines a figure asked of the word a sibling family's
// members share (盘锦港吞吐量) when the answer gives one member only
// (集装箱吞吐量增长1.9%) and the report never writes the word but as a
// member's tail: a part is no answer for the whole, nor a correction of a
// claim about it. The part's quote stays as related text.
func (e *Engine) groundWholeHead(d *Draft) {
	ans := d.Answer
	// A decline saying only the change is given ("盘锦港吞吐量多少" beside
	// 集装箱吞吐量增长1.9%) is sharpened: the figure is a member's, no total.
	if !ans.Found && !d.onlyChange || !d.Intent.Figure || d.Lookup || d.Matched || d.Intent.Topic || d.Intent.Summary || d.Intent.List {
		return
	}
	s := e.siblings
	for f := range s.families {
		head := s.heads[f]
		if head == "" || !strings.Contains(d.norm, head) || s.named(f, d.norm) != 0 || e.ix.lex.everydayFor(head, s.first[f]) ||
			e.ix.lex.namesQualifier(d.norm, head, s.first[f]) {
			continue
		}
		var given uint64
		reports := map[string]bool{}
		for _, p := range ans.Parts {
			switch {
			case (p.Type == PartFigure || p.Type == PartCorrection) && p.Figure != nil:
				// A claim "corrected" with a member's figure (盘锦港吞吐量增长5%吧 →
				// 1.9%) gives the part for the whole as much as a headline does.
				given |= s.named(f, Normalize(p.Figure.Indicator))
				reports[p.Figure.Report] = true
			case p.Type == PartQuote && len(p.Citations) > 0:
				given |= s.named(f, Normalize(ans.Citations[p.Citations[0]].Quote))
				reports[ans.Citations[p.Citations[0]].Report] = true
			}
		}
		if given == 0 {
			continue
		}
		inAsked, inOther := e.wholeHeadWritten(d, f, head, reports)
		if inAsked {
			continue
		}
		when := ""
		if inOther {
			when = askedPeriodWord(d)
		}
		ans.relatedOnly(GroundNoSuchFigure,
			fmt.Sprintf("报告没有给出%s%s的总数，只给出了“%s”的情况。相关内容：", when, head, s.memberName(f, given, false)),
			fmt.Sprintf("The report gives no total for this, only for %s. Related text:", s.memberName(f, given, true)))
		return
	}
}

// quotesAllFigured reports whether the answer quotes, and each quote
// holds a number.
func quotesAllFigured(ans *Answer) bool {
	n := 0
	for _, p := range ans.Parts {
		if p.Type == PartQuote && len(p.Citations) > 0 {
			if !strings.ContainsAny(ans.Citations[p.Citations[0]].Quote, "0123456789") {
				return false
			}
			n++
		}
	}
	return n > 0
}

// wholeHeadWritten reports whether the reports answered from write head, the
// word family f's members share, other than as a member's tail: in a
// paragraph of the period asked (or of none), and only in another's.
func (e *Engine) wholeHeadWritten(d *Draft, f int, head string, reports map[string]bool) (inAsked, inOther bool) {
	for id := range reports {
		r := e.ix.byID[id]
		if r == nil {
			return true, false
		}
		for i := range r.Paragraphs {
			if e.siblings.onlyInMembers(f, head, Normalize(r.Paragraphs[i].Text)) {
				continue
			}
			if !otherPeriodThanAsked(d, r.Paragraphs[i].Period) {
				return true, false
			}
			inOther = true
		}
	}
	return false, inOther
}

// otherPeriodThanAsked reports whether a paragraph of period p tells of
// another part of the report than the one asked: the whole written for
// last year (老旧管网360公里) is no total for this year's plan, where only
// a member (燃气管道20公里) is given.
func otherPeriodThanAsked(d *Draft, p Period) bool {
	return d.Intent.Period != PeriodNone && p.Kind != PeriodNone && p.Kind != d.Intent.Period
}

// askedPeriodWord names the period asked for a decline: "今年" or "去年";
// "" when none is asked.
func askedPeriodWord(d *Draft) string {
	switch d.Intent.Period {
	case PeriodPlan:
		return "今年"
	case PeriodResult:
		return "去年"
	}
	return ""
}
