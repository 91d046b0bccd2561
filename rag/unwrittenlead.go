package rag

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// unwrittenLead is the name a question's subject opens with when its
// first word is one the reports never write and reads as a name (恒力 of
// 恒力石化盘锦项目, 中粮 of 中粮盘锦项目, 绿水湾 of 辽河绿水湾): the report's
// words beside it (石化, 项目) find paragraphs about other firms and
// places, which do not answer for this one. The name is the unwritten
// word with the asked words it touches; "" when there is none.
func (e *Engine) unwrittenLead(d *Draft) string {
	norm := d.Norm()
	for _, m := range d.missing {
		at := strings.Index(norm, m)
		if at < 0 || !AllHan([]rune(m)) || !e.ix.readsAsName(m) {
			continue
		}
		from := e.ix.leadStart(norm, at, d.asked)
		ends := leadEnds(norm, at+len(m), d.asked)
		end := namedEnd(norm, from, ends)
		if from < 0 || end < 0 || end <= at+len(m) && from == at {
			continue // not the subject, no name ends there, or no report word beside it
		}
		// The slip is read with the one word after it (汇丰粮油, not 汇丰粮油项目):
		// the report need not write the rest beside the name.
		next := norm[at+len(m) : ends[min(1, len(ends)-1)]]
		if _, _, ok := e.clauseHolding(d.Scope, oneSlipOf(m, next).MatchString, nil); ok {
			continue // 汇丰粮油 for the report's 汇福粮油: a slip, not another firm
		}
		return norm[from:end]
	}
	return ""
}

// leadStart is where a name holding the unwritten word at byte at starts:
// at itself when the subject opens there, or a written place word right
// before it that does (辽河 of 辽河绿水湾); -1 when neither. A word of
// another kind before it (农业干得, 高新即数) makes the unwritten one the
// rest of a phrase or a slip, no name.
func (ix *Index) leadStart(norm string, at int, asked []askedTerm) int {
	if subjectOpens(norm, at) {
		return at
	}
	for _, t := range asked {
		if pos, _ := ix.dict.POS(t.term); !t.missing && t.at >= 0 && t.at+len(t.term) == at && subjectOpens(norm, t.at) && pos == "ns" {
			return t.at
		}
	}
	return -1
}

// leadEnds are where a name from byte end may end: past each asked
// word that follows it one after another, past the city's own name
// between (中粮盘锦项目).
func leadEnds(norm string, end int, asked []askedTerm) []int {
	ends := []int{end}
	for {
		next := end + len(cityGap.FindString(norm[end:]))
		moved := false
		for _, t := range asked {
			if t.at == next && next+len(t.term) > end {
				end, moved = next+len(t.term), true
			}
		}
		if !moved {
			return ends
		}
		ends = append(ends, end)
	}
}

// namedEnd is the last of ends where the name from byte from ends as a
// named thing's does (恒力石化, not 万华化学盘锦项目进展); -1 when none.
func namedEnd(norm string, from int, ends []int) int {
	for k := len(ends) - 1; k >= 0 && from >= 0; k-- {
		if endsAsNamed(norm[from:ends[k]]) {
			return ends[k]
		}
	}
	return -1
}

// cityGap is the city's name, which may stand between a firm's and its
// project's (中粮盘锦项目).
var cityGap = regexp.MustCompile(`^(?:盘锦市?)?`)

// readsAsName reports whether an unwritten word reads as a proper name:
// each of its words is one the dictionary does not know (恒, 力) or a name
// it knows (万华, 中粮), or it ends as a place does (绿水湾). A common word
// (孩子, 工资) is a paraphrase of what the report may say in its own words.
func (ix *Index) readsAsName(m string) bool {
	if endsAsPlace(m) {
		return true
	}
	for _, w := range ix.dict.Segment(m, nil) {
		if pos, _ := ix.dict.POS(w); runeLen(w) > 1 && !properNames[pos] && pos != "j" {
			return false
		}
	}
	return true
}

// bayEnds end the names of bays, islands and other places.
const bayEnds = "湾岛"

// endsAsNamed reports whether name ends as the name of a firm, a
// project or a place does (恒力石化, 中粮盘锦项目, 绿水湾):
// a spoken phrase (老破小区, 新买公交车) ends otherwise.
func endsAsNamed(name string) bool {
	return endsAsPlace(name) || endsWithAny(name, namedEnds) && !slices.Contains(namedEnds, name)
}

// endsAsPlace reports whether s ends as a bay's or an island's name does.
func endsAsPlace(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(bayEnds, r)
}

// namedEnds end the names of firms, projects and resorts.
var namedEnds = []string{"石化", "化学", "化工", "集团", "公司", "项目", "粮油", "度假区", "景区", "公园", "基地", "校区"}

// oneSlipOf matches the unwritten word with one of its characters
// slipped, before the rest of its name (汇福粮油 for 汇丰粮油).
func oneSlipOf(m, rest string) *regexp.Regexp {
	rs := []rune(m)
	alts := make([]string, len(rs))
	for i := range rs {
		alts[i] = regexp.QuoteMeta(string(rs[:i])) + `\p{Han}` + regexp.QuoteMeta(string(rs[i+1:]))
	}
	return regexp.MustCompile("(?:" + strings.Join(alts, "|") + ")" + regexp.QuoteMeta(rest))
}
