package rag

import "strings"

// A grant is always for something: "养狗有补助吗" asks of a grant for
// keeping a dog. Where what it is for is a word no report writes, the
// report's grants for other things (补贴支持住房消费, 社会救助) do not
// answer it, though 补助 alone covers the question well enough that the
// match looked sound.

// grantWords are the everyday and the report's words for a grant.
var grantWords = []string{"补助", "补贴", "救助"}

// grantLinks are the runes that may stand between what a grant is for
// and the grant word (有, 的, 能领, 可以申请): any other word between
// (孩子做康复有补助) makes the grant for that word, not the one missing.
const grantLinks = "有的能可以领拿申请享受得到给没"

// perEach opens a missing word that says whose share of a grant is asked
// (每台, 一户, 单个), not what the grant is for.
const perEach = "每一单各"

// grantForMissing reports whether a word of missing, one the report
// lacks, says in the same clause what a grant asked of is for
// (养狗有补助, 生二胎的补贴).
func grantForMissing(norm string, missing []string) bool {
	for _, m := range missing {
		if strings.ContainsRune(perEach, []rune(m)[0]) {
			continue // 每台能补贴多少: how much each gets, asked of the grant the report names
		}
		for at := range wordPositions(norm, m) {
			rest := norm[at+len(m):]
			for _, g := range grantWords {
				i := strings.Index(rest, g)
				if i >= 0 && strings.Trim(rest[:i], grantLinks) == "" {
					return true
				}
			}
		}
	}
	return false
}
