package figures

import "github.com/reportbot/reportbot/rag"

// shortFor reports whether name is a contraction of the longer indicator
// long (普惠率 of 普惠性幼儿园覆盖率, rag.Contracts). The report writes one
// year's figure under the short name and the other year's under the long
// one; both are the same measure. A name that keeps long's last two
// characters whole (亿元以上项目 of 亿元以上产业链项目) drops a modifier from
// the middle, no contraction: it names a wider thing, not the same one.
func shortFor(name, long string) bool {
	if !rag.Contracts(name, long) {
		return false
	}
	n, l := []rune(name), []rune(long)
	return n[len(n)-2] != l[len(l)-2]
}
