package rag

import (
	"regexp"
	"strconv"
	"strings"
)

// A question may ask of one round of a thing (第二批无废细胞示范单位, 二期
// 工程) that the report names only in another (首批8类84家, 一期). WHY:
// the thing's words match the other round's clause, whose figure then
// stands as the answer for a round the report never counts.

// batchOrdinal is the ordinal of a batch or a phase: 第二批, 首批, 二期.
var batchOrdinal = regexp.MustCompile(`第?([一二三四五六七八九十]+|[0-9]+|首)(批|期)`)

// roundOrdinal is an ordinal read: its number and whether a batch (批) or
// a phase (期).
type roundOrdinal struct {
	n    int
	kind string
}

// roundOrdinals are the ordinals of batches and phases s names; 首 is
// the first (首批 is 第一批).
func roundOrdinals(s string) []roundOrdinal {
	var out []roundOrdinal
	for _, m := range batchOrdinal.FindAllStringSubmatch(s, -1) {
		n := 1
		if m[1] != "首" {
			v, ok := ParseChineseNumber(m[1])
			if !ok {
				i, err := strconv.Atoi(m[1])
				if err != nil {
					continue
				}
				v = float64(i)
			}
			n = int(v)
		}
		out = append(out, roundOrdinal{n, m[2]})
	}
	return out
}

// askedRounds are the ordinals of the clause of norm that asks (holds a
// question word): "盘锦是第四批…试点，那第三批有哪些城市" asks of the third.
func askedRounds(norm string) []roundOrdinal {
	for _, c := range questionClauses(norm) {
		if s := norm[c[0]:c[1]]; containsAny(s, questionWords) {
			if r := roundOrdinals(s); len(r) > 0 {
				return r
			}
		}
	}
	return nil
}

// otherRound reports whether text names rounds of the kinds asked and
// none of those asked.
func otherRound(text string, asked []roundOrdinal) bool {
	named := false
	for _, o := range roundOrdinals(text) {
		for _, a := range asked {
			if o.kind != a.kind {
				continue
			}
			if o.n == a.n {
				return false
			}
			named = true
		}
	}
	return named
}

// groundRound declines a question asking of a round when every quote and
// figure given names another round of its kind, and drops such parts
// beside ones that do not. A claim's round is the correction's to check.
func (e *Engine) groundRound(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || hasCorrection(ans) || ClaimShaped(d.Read) {
		return
	}
	asked := askedRounds(d.norm)
	if len(asked) == 0 {
		return
	}
	other := func(p Part) bool {
		if (p.Type != PartQuote && p.Type != PartFigure) || len(p.Citations) == 0 {
			return false
		}
		return otherRound(strings.TrimSpace(ans.Citations[p.Citations[0]].Quote), asked)
	}
	kept := 0
	for _, p := range ans.Parts {
		if (p.Type == PartQuote || p.Type == PartFigure) && !other(p) {
			kept++
		}
	}
	if kept == 0 {
		ans.relatedOnly(GroundNotAnswered, "报告没有写到所问的这一批次。相关内容：", "The report does not mention the batch or phase asked. Related text:")
		return
	}
	ans.keepParts(func(p Part) bool { return !other(p) })
	ans.figuresFromParts()
}
