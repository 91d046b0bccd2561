package rag

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A figure the report tells of two things joined by 和, 及 or 与 (盘锦大米和
// 盘锦河蟹品牌价值…合计突破千亿元, 粮油加工及生物科技产业营业收入310亿元) is
// theirs together. A question naming one of them alone asks its own share
// ("盘锦大米品牌价值单独就超过600亿吧"), which the joint figure neither
// gives, confirms nor corrects. groundSingledFromJoint reads questions
// that name both members; this reads the members off the report's clause.

// jointMarks join two things a figure is told of together; 、 lists are
// groundPartOfTotal's.
var jointMarks = []string{"和", "及", "与"}

// jointFigure is a figure in a clause: digits, or a spelled scale (千亿).
var jointFigure = regexp.MustCompile(`[0-9]|[一二三四五六七八九十百千]+[万亿]`)

// jointMemberAsked is the one member of a pair that a clause of quote
// tells one figure of that question norm names without the other; ""
// when none. A member is named by what sets it apart from the other
// (大米 of 盘锦大米 beside 盘锦河蟹); the last member's end is unknown, so
// its first two such characters name it.
func jointMemberAsked(norm, quote string) string {
	for _, clause := range strings.FieldsFunc(quote, func(r rune) bool { return strings.ContainsRune("，。；：,;\n", r) }) {
		if !jointFigure.MatchString(clause) {
			continue
		}
		for _, m := range jointMarks {
			for at := strings.Index(clause, m); at > 0; {
				if one := namedOfPair(norm, lastHanRun(clause[:at]), leadingHan([]rune(clause[at+len(m):]))); one != "" {
					return one
				}
				next := strings.Index(clause[at+len(m):], m)
				if next < 0 {
					break
				}
				at += len(m) + next
			}
		}
	}
	return ""
}

// namedOfPair is left or right, whichever norm alone names; "" when it
// names both or neither.
func namedOfPair(norm, left, right string) string {
	shared := commonPrefix(left, right)
	l, r := strings.TrimPrefix(left, shared), strings.TrimPrefix(right, shared)
	if utf8.RuneCountInString(l) < 2 || utf8.RuneCountInString(r) < 2 {
		return ""
	}
	hasL, hasR := strings.Contains(norm, l), strings.Contains(norm, string([]rune(r)[:2]))
	for _, m := range jointMarks {
		if strings.Contains(norm, l+m) || strings.Contains(norm, m+string([]rune(r)[:2])) {
			return "" // 大米和螃蟹: the question joins the pair too, in its own words
		}
	}
	switch {
	case hasL && !hasR:
		return left
	case hasR && !hasL:
		return shared + string([]rune(r)[:2])
	}
	return ""
}

// placeAsked ask a member's place among others (盘锦河蟹品牌全省第几),
// which the report may tell of each of the pair (包揽…冠亚军).
var placeAsked = []string{"第几", "排名", "排第", "几名", "名次"}

// asksMemberOwn reports whether d asks a member's own figure where quote
// gives a joint one: by a cue (单独); or, where the report adds them up
// (合计), by asking the figure or claiming another. A claim of the joint
// figure itself ("盘锦大米品牌价值突破千亿元了") mistakes whose it is, which
// the quote's 合计 shows: it stays answered.
func asksMemberOwn(d *Draft, quote string) bool {
	return d.alone || containsAny(quote, totalCues) && (d.Intent.Figure || hasCorrection(d.Answer))
}

// groundMemberOfJoint declines an answer whose headline figure is told of
// two things together when the question names one of them and asks its
// own figure: by a cue (单独, 光是) or where the report adds them up (合计).
// Corrections of the member's claimed figure by the joint one go too.
func (e *Engine) groundMemberOfJoint(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || d.Intent.List || containsAny(d.norm, placeAsked) || ans.Lang == "en" || containsAny(d.norm, wholeCues) {
		return
	}
	if !d.Intent.Figure && !jointFigure.MatchString(d.norm) {
		return // 盘锦大米地理标志保护办法修订了吗 asks no figure
	}
	for _, p := range ans.Parts {
		if p.Type != PartCorrection && p.Type != PartFigure && p.Type != PartQuote || len(p.Citations) == 0 {
			continue
		}
		// The headline decides: a later part may be context.
		quote := Normalize(ans.Citations[p.Citations[0]].Quote)
		if asksMemberOwn(d, quote) && jointMemberAsked(d.norm, quote) != "" {
			combinedOnly(ans)
		}
		return
	}
}
