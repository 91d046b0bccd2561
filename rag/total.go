package rag

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// enumeration is a run of names parted by 、: "供水、供热、燃气、排水".
var enumeration = regexp.MustCompile(`\p{Han}+(?:、\p{Han}+)+`)

// eachReached is 均 saying each member reached the one figure (重点建设用地
// 安全利用率、受污染耕地安全利用率均达到100%): the figure is every member's,
// as with 分别 or 各; not 平均, 人均, 年均 or 均衡, 均等.
var eachReached = regexp.MustCompile(`(?:^|[^平人年户日月])均[^衡等匀值]`)

// wholeCues ask for the whole of an enumeration, not one of its members.
var wholeCues = []string{"一共", "总共", "合计", "总计", "加起来", "共计", "总数", "total", "altogether", "combined", "in all"}

// groundPartOfTotal declines an answer whose headline figure counts
// several things together when the question names only one of them:
// 更新改造供水、供热、燃气、排水等老旧管网360公里 is not how many kilometres
// of heating pipes were renewed. The total is offered as related text.
func (e *Engine) groundPartOfTotal(d *Draft) {
	ans := d.Answer
	// A claim of a figure ("燃气管道改造了360公里是吧") is held to the
	// same: the total is not the member's. A year is no figure claimed.
	asksFigure := d.Intent.Figure || d.ClaimShaped() && statedNumberAt(d.norm) >= 0
	if !ans.Found || d.Lookup || d.Intent.List || !asksFigure || containsAny(d.norm, wholeCues) {
		return
	}
	if hasCorrection(ans) && !dropTotalCorrections(d) {
		return // a correction of something else, or others still stand
	}
	var named string
	for _, p := range ans.Parts {
		if p.Type != PartQuote && p.Type != PartFigure || len(p.Citations) == 0 {
			continue
		}
		quote := ans.Citations[p.Citations[0]].Quote
		if p.Type == PartFigure && p.Figure != nil {
			quote = p.Figure.Indicator + p.Figure.Value // a figure cites its value alone
		}
		quote = Normalize(quote)
		switch {
		case named == "":
			// The headline decides: a later part may be context.
			if named = totalOfSeveral(d.norm, d.asked, quote); named == "" {
				return
			}
		case strings.Contains(quote, named) && totalOfSeveral(d.norm, d.asked, quote) == "":
			return // the member's own figure, of another year (更新改造燃气管道20公里)
		}
	}
	if named != "" {
		combinedOnly(ans)
	}
}

// combinedOnly declines ans as giving only a figure of several items
// together where one is asked: one wording for groundPartOfTotal and
// groundSingledFromJoint, which find that case two ways.
func combinedOnly(ans *Answer) {
	ans.relatedOnly(GroundNoSuchFigure, "报告只给出几项合在一起的数字，没有单列所问的一项。相关内容：",
		"The report gives only a combined figure, not one for the item asked. Related text:")
}

// dropTotalCorrections drops the corrections (and headline figures) of d's
// answer that correct a figure claimed of one member with the figure of
// several together: "供热管网改造300公里" is not wrong by 供水、供热、燃气、
// 排水等老旧管网360公里, which gives none for heating alone. It reports
// whether they were its only corrections, so that the claim is declined as
// a figure question's would be; other corrections ("农村公路修了200公里")
// stand.
func dropTotalCorrections(d *Draft) bool {
	ans := d.Answer
	ofTotal := func(p Part) bool {
		// The cited clause decides too: a figure's indicator and value drop
		// the 均 of "A、B均达到100%", which makes it each member's.
		return p.Figure != nil && totalOfSeveral(d.norm, d.asked, Normalize(p.Figure.Indicator+p.Figure.Value)) != "" &&
			(len(p.Citations) == 0 || totalOfSeveral(d.norm, d.asked, Normalize(ans.Citations[p.Citations[0]].Quote)) != "")
	}
	if !slices.ContainsFunc(ans.Parts, func(p Part) bool { return p.Type == PartCorrection && ofTotal(p) }) {
		return false
	}
	// The total's headline goes with its correction: it is no member's.
	ans.keepParts(func(p Part) bool { return p.Type != PartCorrection && p.Type != PartFigure || !ofTotal(p) })
	ans.figuresFromParts()
	return !hasCorrection(ans)
}

// totalOfSeveral is the member a question names of an enumeration that a
// clause of quote gives one figure for, when it names just one; "" when
// none. A clause with 分别 or 各 gives one figure a member. An English
// question names a member by a word whose report terms hold it (gas: 燃气).
func totalOfSeveral(norm string, asked []askedTerm, quote string) string {
	for _, clause := range strings.FieldsFunc(quote, func(r rune) bool { return strings.ContainsRune("，。；：,;\n", r) }) {
		if strings.Contains(clause, "分别") || strings.Contains(clause, "各") || eachReached.MatchString(clause) || !strings.ContainsAny(clause, "0123456789") {
			continue
		}
		for _, loc := range enumeration.FindAllStringIndex(clause, -1) {
			// A list of names stands before its one figure; a run glued to
			// figures on both sides (增长20%以上、进出口总额增长39.7%) is a
			// list of clauses, each with its own.
			before, _ := utf8.DecodeLastRuneInString(clause[:loc[0]])
			after, _ := utf8.DecodeRuneInString(clause[loc[1]:])
			if strings.ContainsRune("0123456789.%", before) || !strings.ContainsRune("0123456789", after) {
				continue
			}
			items := enumerationItems(clause[loc[0]:loc[1]])
			if len(items) < 2 {
				continue
			}
			named := englishNamed(norm, asked, items, clause)
			for _, it := range items {
				if strings.Contains(norm, it) && !slices.Contains(named, it) {
					named = append(named, it)
				}
			}
			// Two members named are the list, asked loosely ("供水供暖燃气这些老管子");
			// one named as an example of its kind ("人民日报等媒体") is too.
			if len(named) == 1 && !namedAsExample(norm, named[0]) {
				return named[0]
			}
			if one := singledOut(norm, items); one != "" {
				return one
			}
		}
	}
	return ""
}

// englishNamed are the items an English question names by words whose
// report terms are items (gas: 燃气) as the kind of the thing the clause
// counts: right before a word asked whose report term the clause holds
// ("gas pipelines": 燃气 before 管网's pipelines), as 燃气管网 says it, with
// the words joined to it by and, or and commas ("water and heating pipes").
func englishNamed(norm string, asked []askedTerm, items []string, clause string) []string {
	item := func(t askedTerm) string {
		if i := slices.IndexFunc(items, func(it string) bool { return slices.Contains(t.syn, it) }); i >= 0 && !startsHan(t.term) {
			return items[i]
		}
		return ""
	}
	var out []string
	for i := 0; i+1 < len(asked); i++ {
		t, next := asked[i], asked[i+1]
		if item(t) == "" || t.at < 0 || next.at != t.at+len(t.term)+1 || !containsAnyTerm(clause, next.syn) {
			continue
		}
		out = append(out, item(t))
		for j := i - 1; j >= 0 && asked[j].at >= 0 && item(asked[j]) != "" && joinsItems(norm, asked[j], asked[j+1]); j-- {
			out = append(out, item(asked[j]))
		}
	}
	return out
}

// joinsItems reports whether only "and", "or" or a comma stand between a
// and b in norm.
func joinsItems(norm string, a, b askedTerm) bool {
	end := a.at + len(a.term)
	if end > b.at {
		return false
	}
	gap := strings.TrimSpace(strings.Trim(norm[end:b.at], " ,"))
	return gap == "" || gap == "and" || gap == "or"
}

// exampleMarks, right after a name, make it an example of a kind: the
// question asks the kind's figure ("人民日报等媒体", "供热这类管网").
var exampleMarks = []string{"等", "之类", "这类", "这些", "那些"}

// notExample follow a mark that is then another word: 这些年, 那些年 are
// times, 等到, 等了, 等于 a verb.
var notExample = []string{"年", "到", "了", "于", "着", "待"}

// namedAsExample reports whether norm writes name followed by an
// example mark.
func namedAsExample(norm, name string) bool {
	for i := range wordPositions(norm, name) {
		rest := norm[i+len(name):]
		// The name's own noun may come between: 供水管网等老旧管网.
		for skip := 0; skip <= maxExampleNoun; skip++ {
			for _, m := range exampleMarks {
				if strings.HasPrefix(rest, m) && !startsWithAny(rest[len(m):], notExample) {
					return true
				}
			}
			r, size := utf8.DecodeRuneInString(rest)
			if !isHan(r) {
				break
			}
			rest = rest[size:]
		}
	}
	return false
}

// maxExampleNoun is how many characters of the name's own noun may stand
// between it and an example mark (管网 of 供水管网等).
const maxExampleNoun = 2

// enumerationItems are the names of an enumeration run. Its first and last
// runs carry the words around the list ("更新改造供水", "排水等老旧管网"):
// they are cut to their neighbour's length, as listed names run parallel.
// Names under two characters are too short to tell: no items.
func enumerationItems(run string) []string {
	items := strings.Split(run, "、")
	n := len(items)
	if i := strings.Index(items[n-1], "等"); i > 0 {
		items[n-1] = items[n-1][:i]
	} else {
		items[n-1] = firstRunes(items[n-1], utf8.RuneCountInString(items[n-2]))
	}
	items[0] = lastRunes(items[0], utf8.RuneCountInString(items[1]))
	for _, it := range items {
		if utf8.RuneCountInString(it) < 2 {
			return nil
		}
	}
	return items
}

func firstRunes(s string, n int) string {
	rs := []rune(s)
	return string(rs[:min(n, len(rs))])
}

func lastRunes(s string, n int) string {
	rs := []rune(s)
	return string(rs[max(0, len(rs)-n):])
}

// ListedNames are the names of each enumeration in text, a list each:
// 更新改造供水、供热、燃气、排水等老旧管网 lists 供水, 供热, 燃气, 排水.
func ListedNames(text string) [][]string {
	if !strings.Contains(text, "、") {
		return nil // every enumeration holds one
	}
	var out [][]string
	for _, run := range enumeration.FindAllString(text, -1) {
		if items := enumerationItems(run); items != nil {
			out = append(out, items)
		}
	}
	return out
}
