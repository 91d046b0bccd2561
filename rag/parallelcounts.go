package rag

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A report often counts several kinds of a thing side by side in one
// clause: "3个保交楼和2个保交房任务按时完成", "126件人大代表建议、198件政协提案
// 全部办复", "1个省级、2个市级产教联合体". Asked for the lot (一共, 各, both
// named, or only the shared kind named), the headline figure alone is one
// part of it, and an asker takes it for the whole: every count of the run
// is shown.

// parallelCount is a count written before its noun, then the noun up to a
// joiner or the clause's end: 3个保交楼和, 2个保交房任务按时完成.
var parallelCount = regexp.MustCompile(`(\d+(?:\.\d+)?)(个|件|家|所|座|条|项|处|户|台|辆|名|支|批|类)(\p{Han}+?)(和|与|及|、|[^\p{Han}]|$)`)

// countItem is one count of a parallel run: its value's runes in the
// clause and the noun it counts.
type countItem struct {
	start, end  int // rune offsets of the value in the clause
	value, unit string
	name        string
}

// parallelCounts are the counts of clause written side by side, each of
// the same unit and each but the last ended by a joiner; nil when the
// clause has fewer than two or anything else between them.
func parallelCounts(clause string) []countItem {
	locs := parallelCount.FindAllStringSubmatchIndex(clause, -1)
	if len(locs) < 2 {
		return nil
	}
	var items []countItem
	for k, m := range locs {
		if k > 0 && m[0] != locs[k-1][1] {
			return nil // words between: not one run
		}
		if k < len(locs)-1 && !strings.Contains("和与及、", clause[m[8]:m[9]]) || m[9] == m[8] && k < len(locs)-1 {
			return nil // a count that ends the clause before another
		}
		unit := clause[m[4]:m[5]]
		if k > 0 && unit != items[0].unit {
			return nil
		}
		start := utf8.RuneCountInString(clause[:m[2]])
		items = append(items, countItem{start: start, end: start + utf8.RuneCountInString(clause[m[2]:m[3]]) + utf8.RuneCountInString(unit),
			value: clause[m[2]:m[5]], unit: unit, name: clause[m[6]:m[7]]})
	}
	// The last noun runs on into the clause's predicate (保交房任务按时完成):
	// it is cut to its neighbour's length, as listed names run parallel.
	n := len(items)
	items[n-1].name = firstRunes(items[n-1].name, utf8.RuneCountInString(items[n-2].name))
	return items
}

// elideHead gives a short name the head it shares with a longer one
// written after it: 1个省级、2个市级产教联合体 counts 省级产教联合体.
func elideHead(name, full string) string {
	n, m := utf8.RuneCountInString(name), utf8.RuneCountInString(full)
	if n >= m || n > 3 {
		return name
	}
	return name + lastRunes(full, m-n)
}

// asksAllCounts reports whether a question asks for every count of a run
// of names: a whole or each of them cued, two of them named, or only the
// kind they share named.
func asksAllCounts(norm string, names []string) bool {
	if containsAny(norm, wholeCues) || splitAsked.MatchString(norm) {
		return true
	}
	named := 0
	for _, name := range names {
		if strings.Contains(norm, name) {
			named++
		}
	}
	if named >= 2 {
		return true
	}
	if named > 0 {
		return false
	}
	// The kind they share, or its own ending (产教联合体 of 级产教联合体).
	for shared := sharedTail(names); utf8.RuneCountInString(shared) >= 2; shared = shared[utf8.RuneLen([]rune(shared)[0]):] {
		if strings.Contains(norm, shared) {
			return true
		}
	}
	return false
}

// sharedTail is the longest ending every name has.
func sharedTail(names []string) string {
	tail := names[0]
	for _, name := range names[1:] {
		for !strings.HasSuffix(name, tail) {
			_, size := utf8.DecodeRuneInString(tail)
			tail = tail[size:]
		}
	}
	return tail
}

// groundParallelCounts adds to a headline count the other counts written
// beside it in its clause, when the question asks for all of them.
func (e *Engine) groundParallelCounts(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || hasCorrection(ans) || !d.Intent.Figure || d.ClaimShaped() {
		return
	}
	at := -1
	for k, p := range ans.Parts {
		if p.Type == PartFigure && p.Figure != nil && len(p.Citations) > 0 {
			at = k
			break
		}
	}
	if at < 0 {
		return
	}
	head := ans.Parts[at]
	siblings := siblingCounts(ans.Citations[head.Citations[0]], *head.Figure, d.norm)
	if len(siblings) < 2 {
		return
	}
	var run []Part
	for _, f := range siblings {
		fig := f
		run = append(run, Part{Type: PartFigure, Figure: &fig, Citations: head.Citations})
	}
	ans.Parts = append(ans.Parts[:at], append(run, ans.Parts[at+1:]...)...)
	ans.figuresFromParts()
}

// siblingCounts are the figures of the run of counts head is written in,
// in the clause of cited quote c, when norm asks for all of them; nil
// otherwise.
func siblingCounts(c Citation, head AnswerFigure, norm string) []AnswerFigure {
	q := []rune(c.Quote)
	vs := head.Start - c.Start
	if c.Paragraph != head.Paragraph || vs < 0 || vs >= len(q) {
		return nil
	}
	for _, sp := range Clauses(c.Quote) {
		if vs < sp.Start || vs >= sp.End {
			continue
		}
		items := parallelCounts(string(q[sp.Start:sp.End]))
		if items == nil {
			return nil
		}
		headAt := -1
		for k := range items {
			if sp.Start+items[k].start == vs {
				headAt = k
			}
		}
		last := len(items) - 1
		if headAt == last && strings.HasPrefix(head.Indicator, items[last].name) {
			// The index read the last noun whole (市级产教联合体), not cut
			// to its neighbour's length.
			items[last].name = head.Indicator
		}
		names := make([]string, len(items))
		for k := range items {
			names[k] = elideHead(items[k].name, items[last].name)
		}
		if headAt < 0 || !asksAllCounts(norm, names) {
			return nil
		}
		var out []AnswerFigure
		for k, it := range items {
			f := head
			if k == headAt {
				out = append(out, f) // the headline keeps its place in the run
				continue
			}
			f.Indicator, f.Value, f.Number, f.Max, f.Qualifier, f.Direction = names[k], it.value, parseCount(it.value, it.unit), nil, "", 0
			f.Start, f.End = c.Start+sp.Start+it.start, c.Start+sp.Start+it.end
			out = append(out, f)
		}
		return out
	}
	return nil
}

// parseCount is the number of a count's value ("126件" → 126).
func parseCount(value, unit string) float64 {
	n, _ := strconv.ParseFloat(strings.TrimSuffix(value, unit), 64) // the pattern matched digits
	return n
}
