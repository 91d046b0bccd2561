package rag

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/places"
)

// routeJoin is what sets two places apart as a route's two ends: "阜新到盘锦",
// "锦州至盘锦". 和 is left out: "盘锦和营口比GDP" pairs two cities, no route.
var routeJoin = regexp.MustCompile(`^(?:到|至|-|—|－)$`)

// routeKind pairs the words asking a kind of route with the nouns naming
// it: a railway asked (锦州到盘锦的铁路) is no pipeline the report names by
// the same ends (锦盘输油管线).
type routeKind struct{ asked, named []string }

var routeKinds = []routeKind{
	{[]string{"火车", "铁路", "高铁", "动车", "城际"}, []string{"铁路", "高铁", "城际"}},
	{[]string{"高速", "公路", "修路"}, []string{"高速", "公路"}},
	{[]string{"管线", "管道", "输油"}, []string{"管线", "管道"}},
	{[]string{"航线"}, []string{"航线"}},
}

// anyRouteNoun and anyRouteAsked are of a way of no kind: 通道 names one,
// 通车 asks of one.
const anyRouteNoun, anyRouteAsked = "通道", "通车"

// routeAsked is a word of the question naming a way between places: without
// one, "盘锦到营口多远" asks of the cities, not of the report's 营盘输油管线.
var routeAsked = regexp.MustCompile(strings.Join(append(routeWords(func(k routeKind) []string { return k.asked }), anyRouteNoun, anyRouteAsked), "|"))

// routeNoun is what a report writes after the ends' first characters to name
// a route between them: 阜盘铁路, 锦盘输油管线, 秦沈二通道.
var routeNoun = regexp.MustCompile(`^[^，,。；;、]{0,2}?(` + strings.Join(append(routeWords(func(k routeKind) []string { return k.named }), anyRouteNoun), "|") + `)`)

// routeWords are the words of every kind, as side picks them, each once.
func routeWords(side func(routeKind) []string) []string {
	var out []string
	for _, k := range routeKinds {
		for _, w := range side(k) {
			if !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// fitsRouteAsked reports whether noun, a route's noun a report writes, is
// of a kind norm asks; a question naming no kind (通车 alone) takes any,
// and 通道 names no kind.
func fitsRouteAsked(norm, noun string) bool {
	if noun == anyRouteNoun {
		return true
	}
	kindAsked := false
	for _, k := range routeKinds {
		if containsAny(norm, k.asked) {
			kindAsked = true
			if containsAny(noun, k.named) {
				return true
			}
		}
	}
	return !kindAsked
}

// namesRouteEnd reports whether mention m is one end of a route the
// question names with another place (阜新到盘锦要通火车了吗) that the report
// writes in the short form Chinese uses for routes, the two ends' first
// characters (阜盘铁路): the question asks about the report's route, not
// about the other city.
func namesRouteEnd(texts []string, all []places.Mention, norm string, m places.Mention) bool {
	return routeEnds(texts, all, norm, m) != ""
}

// routeEnds is the short form the report writes for the route mention m
// names with another place (阜盘 for 阜新到盘锦), "" when none.
func routeEnds(texts []string, all []places.Mention, norm string, m places.Mention) string {
	if !routeAsked.MatchString(norm) {
		return ""
	}
	for _, o := range all {
		first, second := m, o
		if o.Start < m.Start {
			first, second = o, m
		}
		if o.Start == m.Start || first.End > second.Start || !routeJoin.MatchString(norm[first.End:second.Start]) {
			continue
		}
		a, b := endRune(first), endRune(second)
		if a == "" || b == "" {
			continue
		}
		for _, ends := range []string{a + b, b + a} {
			if writesRoute(texts, ends, norm) {
				return ends
			}
		}
	}
	return ""
}

// addRouteTerms makes the report's short form of a route the question
// names by its two ends a term: "阜新到盘锦" shares no word with ¶46's 阜盘铁路.
func (ix *Index) addRouteTerms(a *analysis) {
	if ix.gaz == nil || a.lang == "en" {
		return
	}
	found := ix.gaz.Find(a.norm)
	texts := ix.scopeTexts(a.rep)
	for _, m := range found {
		if ends := routeEnds(texts, found, a.norm, m); ends != "" {
			a.terms[ends] = max(a.terms[ends], ix.maxIDF(a.rep))
		}
	}
}

// endRune is the first character of a Chinese place mention, "" for a
// Latin one.
func endRune(m places.Mention) string {
	r, size := utf8.DecodeRuneInString(m.As)
	if !isHan(r) {
		return ""
	}
	return m.As[:size]
}

// writesRoute reports whether some text writes ends, followed closely by a
// route's noun of a kind norm asks.
func writesRoute(texts []string, ends, norm string) bool {
	return anyFollowedBy(texts, ends, func(rest string) bool {
		m := routeNoun.FindStringSubmatch(rest)
		return m != nil && fitsRouteAsked(norm, m[1])
	})
}

// anyFollowedBy reports whether some text writes w where the text after
// that w satisfies after, at any of w's places.
func anyFollowedBy(texts []string, w string, after func(rest string) bool) bool {
	return slices.ContainsFunc(texts, func(t string) bool {
		for rest := t; ; {
			i := strings.Index(rest, w)
			if i < 0 {
				return false
			}
			rest = rest[i+len(w):]
			if after(rest) {
				return true
			}
		}
	})
}
