package rag

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A question may name the members a figure is told of together (盘锦大米和
// 盘锦河蟹品牌价值…合计突破千亿元) and then set one apart (里河蟹的): that
// one's share, which the joint figure does not give. groundPartOfTotal reads
// lists written with 、 before their figure; this reads the members off the
// question and holds them to the headline's indicator, however joined.

// memberJoin splits the members a question names before its part cue:
// at the marks that join things asked alike (conjunctionMarks).
var memberJoin = regexp.MustCompile(strings.Join(conjunctionMarks, "|"))

// singledFromJoint is the member question norm sets apart after naming at
// least two members that indicator names together; "" when none. A member
// may be set apart by its name less the part all share (河蟹 of 盘锦河蟹).
func singledFromJoint(norm, indicator string) string {
	for _, cue := range shareCues {
		at := strings.LastIndex(norm, cue)
		if at < 0 {
			continue
		}
		members := jointMembers(norm[:at], indicator)
		if len(members) < 2 {
			return ""
		}
		return oneNamed(norm[at+len(cue):], members)
	}
	return ""
}

// jointMembers are the pieces of head joined by memberJoin that indicator
// writes: the longest end of each piece, and the longest start of the last,
// of two characters or more.
func jointMembers(head, indicator string) []string {
	pieces := memberJoin.Split(head, -1)
	if len(pieces) < 2 {
		return nil
	}
	var out []string
	for i, p := range pieces {
		rs := []rune(p)
		m := ""
		for k := 0; k+2 <= len(rs); k++ {
			end := string(rs[k:])
			if i == len(pieces)-1 {
				end = string(rs[:len(rs)-k])
			}
			if strings.Contains(indicator, end) {
				m = end
				break
			}
		}
		if m != "" {
			out = append(out, m)
		}
	}
	return out
}

// oneNamed is the one member tail names, by its whole name or by the part
// that sets it apart from the others; "" when none or several.
func oneNamed(tail string, members []string) string {
	prefix := members[0]
	for _, m := range members[1:] {
		prefix = commonPrefix(prefix, m)
	}
	return onlyOne(members, func(m string) bool {
		short := strings.TrimPrefix(m, prefix)
		return strings.Contains(tail, m) || utf8.RuneCountInString(short) >= 2 && strings.Contains(tail, short)
	})
}

// groundSingledFromJoint declines an answer whose headline is a figure told
// of several members together when the question sets one of them apart.
func (e *Engine) groundSingledFromJoint(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || d.Intent.List || hasCorrection(ans) || containsAny(d.norm, wholeCues) {
		return
	}
	for _, p := range ans.Parts {
		if p.Type != PartFigure || p.Figure == nil {
			continue
		}
		// The headline decides: a later figure may be context.
		if singledFromJoint(d.norm, Normalize(p.Figure.Indicator)) == "" {
			return
		}
		combinedOnly(ans)
		return
	}
}
