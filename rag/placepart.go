package rag

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/places"
)

// cityPartHeads end the names of things of a city that are no division of it
// yet have figures of their own, apart from the city's: a port, a bank, a
// scenic area, a wetland, a park, a company.
var cityPartHeads = []string{"港", "银行", "景区", "乐园", "湿地", "公园", "廊道", "码头", "机场", "公司", "集团", "医院"}

// partOpening finds the words a question opens with before its period
// word: its subject ("红海滩景区去年接待游客…": 红海滩景区).
var partOpening = regexp.MustCompile(`^(\p{Han}{2,10}?)的?(?:去年|今年|明年|本年|前年|[0-9]{4}年)`)

// groundPart keeps a figure question about a part of the city (its port,
// a scenic area, a bank) from being answered with the city's figure: once
// the figure grounding has found the report gives what was asked, it is
// grounded as a district is, on what was asked besides the part's name.
func (e *Engine) groundPart(d *Draft) {
	part, asked := e.partAsked(d)
	if part == nil {
		return
	}
	read := *d
	read.place, read.asked = part, asked
	e.groundPlace(&read)
}

// partAsked reads the part of a report's city that a figure question asks
// a figure of, where the place grounding sees the city itself: its own
// port (盘锦港, which is the city's for what the report writes of it, yet
// a part of it for a figure), or a named thing the question opens with
// (红海滩, 盘锦银行, 辽河口湿地). It returns the part as a place inside
// the city and the asked terms without its name; nil when there is none.
func (e *Engine) partAsked(d *Draft) (*PlaceSlot, []askedTerm) {
	if !asksPartFigure(d) || d.Lookup || claimCued(d.Read) || statedAmount.MatchString(d.norm) {
		return nil, nil // a claim of a part is checked as stated
	}
	s := d.place
	if s != nil && s.Relation == PlaceOwn && s.Kind == places.KindPort {
		part := *s
		part.Relation, part.mentioned, part.part = PlaceInside, true, true
		return &part, d.asked
	}
	if s != nil && s.Relation != PlaceOwn {
		return nil, nil // a district or another place: the place grounding's own
	}
	subject, name := e.namedPart(d)
	if name == "" {
		return nil, nil
	}
	part := &PlaceSlot{Name: name, Kind: "part", Relation: PlaceInside, mentioned: true, part: true, Report: reportID(d.Scope)}
	var rest []askedTerm
	for _, t := range d.asked {
		if !strings.Contains(subject, t.term) && !strings.Contains(t.term, name) {
			rest = append(rest, t)
		}
	}
	return part, rest
}

// namedPart is the opening a question asks of (its subject) and the name
// in it the report writes, when that thing is named like a part of the
// city (a head of cityPartHeads ends it, or ends what the report writes
// after it: 红海滩国家风景廊道); "" otherwise. The report's own place is
// no part of it.
func (e *Engine) namedPart(d *Draft) (subject, name string) {
	if m := partOpening.FindStringSubmatch(d.norm); m != nil {
		subject = m[1]
	} else {
		subject = headedOpening(d.norm)
	}
	if subject == "" || e.ix.ownPlaceWord(subject) || workOnBareHead(subject) {
		return "", "" // 修复湿地 is a kind of work done, no named wetland
	}
	corpus := e.ix.corpusFor(d.Scope)
	for _, name := range []string{subject, trimPartHead(subject)} {
		if utf8.RuneCountInString(name) < 2 || e.ix.ownPlaceWord(name) || !corpus.Contains(name) {
			continue
		}
		if hasPartHead(name) || e.writesHeadAfter(d.Scope, name) {
			return subject, name
		}
	}
	return "", ""
}

// headedOpening is the shortest opening of norm that a part head ends
// ("中小银行贷款余额…": 中小银行), "" when none does within ten characters.
func headedOpening(norm string) string {
	rs := []rune(norm)
	for n := 2; n <= min(10, len(rs)); n++ {
		if !isHan(rs[n-1]) {
			return ""
		}
		if hasPartHead(string(rs[:n])) {
			return string(rs[:n])
		}
	}
	return ""
}

func hasPartHead(name string) bool {
	for _, h := range cityPartHeads {
		if strings.HasSuffix(name, h) && name != h {
			return true
		}
	}
	return false
}

// trimPartHead is name without the part head that ends it (红海滩景区:
// 红海滩), name itself when none does.
func trimPartHead(name string) string {
	for _, h := range cityPartHeads {
		if strings.HasSuffix(name, h) {
			return strings.TrimSuffix(name, h)
		}
	}
	return name
}

// writesHeadAfter reports whether the report writes name followed, within
// a few characters, by a part head of two characters or more (港 alone
// ends too many words): 红海滩国家风景廊道 names a scenic area.
func (e *Engine) writesHeadAfter(rep *Report, name string) bool {
	for _, text := range e.ix.scopeTexts(rep) {
		for rest := text; ; {
			i := strings.Index(rest, name)
			if i < 0 {
				break
			}
			rest = rest[i+len(name):]
			after := []rune(rest)
			n := 0
			for n < len(after) && n < 6 && isHan(after[n]) {
				n++
			}
			for _, h := range cityPartHeads {
				if utf8.RuneCountInString(h) > 1 && strings.Contains(string(after[:n]), h) {
					return true
				}
			}
		}
	}
	return false
}

// statedAmount finds an amount a question states (增长19%, 300个): a
// claim, not the 2.5 of PM2.5.
var statedAmount = regexp.MustCompile(`[0-9.]+(?:%|％|万|亿|个|家|人|吨|元|公里|亩|条|项|座|处|倍)`)

// measureEnds end a question that asks a figure without a question word
// ("辽河口湿地去年PM2.5浓度").
var measureEnds = []string{"浓度", "指数", "增速", "总额", "余额", "总量", "规模", "面积", "产量", "收入"}

// asksPartFigure reports whether a question asks a figure: a figure
// question, a target, or a measure it ends with.
func asksPartFigure(d *Draft) bool {
	if d.Intent.Topic || d.Intent.List {
		return false
	}
	return d.Intent.Figure || containsAny(d.norm, wideTargetCues) ||
		slices.ContainsFunc(measureEnds, func(m string) bool { return strings.HasSuffix(strings.TrimRight(d.norm, "?？"), m) })
}

// workOnBareHead reports whether name is a year's doing put to a bare part
// head (修复湿地, 新建公园, 改造码头): it names the work, an indicator the
// report counts, not a particular wetland, park or wharf of the city.
func workOnBareHead(name string) bool {
	for _, v := range slices.Concat(yearDoings, workVerbs) {
		if rest, ok := strings.CutPrefix(name, v); ok && slices.Contains(cityPartHeads, rest) {
			return true
		}
	}
	return false
}
