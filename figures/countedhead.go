package figures

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Chinese compounds are head-final: 幼儿园学位 names places (学位) at
// kindergartens, not kindergartens. A question counting a thing in its own
// measure word (多少所普惠性幼儿园) is not answered by a generic 个 count
// (新增普惠性幼儿园学位520个) whose indicator puts another noun after that
// thing: the figure counts the head noun.

// countedHeadAfter reports whether the question counts, in the measure
// word written (所, not 个), the noun right after it, and the figure's
// indicator ind, counted in 个, names that noun with another noun after
// it (a count or a side of it aside: 数量, 数, 内).
func countedHeadAfter(norm, written, unit, ind string) bool {
	if unit != "个" || written == "" || written == "个" || !isClassifier(written) {
		return false
	}
	noun := countedNounAfter(norm, written)
	rs := []rune(noun)
	for k := 0; len(rs)-k >= 2; k++ {
		tail := string(rs[k:])
		i := strings.Index(ind, tail)
		if i < 0 {
			continue
		}
		rest := ind[i+len(tail):]
		r, _ := utf8.DecodeRuneInString(rest)
		return unicode.Is(unicode.Han, r) && !strings.ContainsRune(countOrSide, r) && !strings.Contains(norm, rest)
	}
	return false
}

// countOrSide close a noun without naming another thing: a count or
// measure of it (数量, 个数), or a side or part (内, 里).
const countOrSide = "数量个内外里中"

// countedNounAfter is the run of Han characters after the question's
// 多少 or 几 and the measure word written: 普惠性幼儿园 of 多少所普惠性幼儿园.
func countedNounAfter(norm, written string) string {
	for _, q := range []string{"多少", "几"} {
		i := strings.Index(norm, q+written)
		if i < 0 {
			continue
		}
		rest := norm[i+len(q+written):]
		end := 0
		for end < len(rest) {
			r, size := utf8.DecodeRuneInString(rest[end:])
			if !unicode.Is(unicode.Han, r) || strings.ContainsRune("呢吗啊呀了", r) {
				break
			}
			end += size
		}
		return rest[:end]
	}
	return ""
}
