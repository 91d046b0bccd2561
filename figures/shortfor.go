package figures

import "strings"

// shortFor reports whether name is a contraction of the longer indicator
// long: it opens with long's first two characters, ends with its last, and
// keeps the rest in order (普惠率 of 普惠性幼儿园覆盖率). The report writes one
// year's figure under the short name and the other year's under the long
// one; both are the same measure. A name that keeps long's last two
// characters whole (亿元以上项目 of 亿元以上产业链项目) drops a modifier from
// the middle, no contraction: it names a wider thing, not the same one.
func shortFor(name, long string) bool {
	n, l := []rune(name), []rune(long)
	if len(n) < 3 || len(l) <= len(n) || string(n[:2]) != string(l[:2]) || n[len(n)-1] != l[len(l)-1] || n[len(n)-2] == l[len(l)-2] {
		return false
	}
	rest := string(l[2 : len(l)-1])
	for _, r := range n[2 : len(n)-1] {
		i := strings.IndexRune(rest, r)
		if i < 0 {
			return false
		}
		rest = rest[i+len(string(r)):]
	}
	return true
}
