package figures

import (
	"strings"
	"unicode"
)

// changeWords say which way a stated figure moved, as a question writes
// them before it: "上升了25.8%", "fell 1.9%", "increased by 11.1%".
var changeWords = []struct {
	word string
	dir  int
}{
	{"上升", 1}, {"增长", 1}, {"增加", 1}, {"提高", 1}, {"提升", 1}, {"上涨", 1}, {"涨", 1}, {"增", 1},
	{"下降", -1}, {"降低", -1}, {"减少", -1}, {"下滑", -1}, {"下跌", -1}, {"回落", -1}, {"降", -1}, {"减", -1},
	{"rose", 1}, {"rise", 1}, {"risen", 1}, {"grew", 1}, {"grow", 1}, {"grown", 1}, {"increased", 1}, {"increase", 1}, {"went up", 1}, {"go up", 1}, {"jumped", 1}, {"climbed", 1},
	{"fell", -1}, {"fall", -1}, {"fallen", -1}, {"dropped", -1}, {"drop", -1}, {"declined", -1}, {"decline", -1}, {"decreased", -1}, {"decrease", -1}, {"went down", -1}, {"go down", -1}, {"shrank", -1},
}

// statedChange is the way a stated figure moved and the question's words
// for it with the figure ("上升了25.8%", "fell 1.9%"); 0 and m's own text
// when the question says neither way right before it.
func statedChange(rs []rune, m Mention) (dir int, text string) {
	start := max(0, m.Start-16)
	before := strings.ToLower(string(rs[start:m.Start]))
	trimmed := strings.TrimRightFunc(before, func(r rune) bool { return unicode.IsSpace(r) || r == '了' })
	trimmed = strings.TrimSuffix(strings.TrimRightFunc(trimmed, unicode.IsSpace), " by")
	for _, w := range changeWords {
		if !strings.HasSuffix(trimmed, w.word) {
			continue
		}
		at := len(trimmed) - len(w.word)
		if w.word[0] < 0x80 && at > 0 && isLatinByte(trimmed[at-1]) {
			continue // "overgrew"
		}
		return w.dir, string([]rune(before)[len([]rune(trimmed[:at])):]) + m.Text
	}
	return 0, m.Text
}

func isLatinByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// wrongWay reports whether a stated change runs against the report's
// figure of the same number: "上升了25.8%" where it says 下降25.8%.
func wrongWay(stated int, f *Figure) bool {
	return stated != 0 && f.Direction != 0 && stated != f.Direction
}
