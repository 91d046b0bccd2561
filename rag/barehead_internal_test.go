package rag

import "testing"

// TestQualifierBefore: a kind written before a head is its qualifier; a
// verb of coming into being, signing or settling in, a scope or time word
// ends it.
func TestQualifierBefore(t *testing.T) {
	for _, tc := range []struct{ text, head, want string }{
		{"全市新增外贸型企业18家", "企业", "外贸型"},
		{"新签约注册项目300个", "项目", ""},
		{"新进驻项目6个", "项目", ""},
		{"去年新签约项目", "项目", ""},
		{"新增的企业", "企业", ""},
	} {
		i := len(tc.text) - len(tc.head)
		for j := 0; j+len(tc.head) <= len(tc.text); j++ {
			if tc.text[j:j+len(tc.head)] == tc.head {
				i = j
				break
			}
		}
		if got := qualifierBefore(tc.text, i); got != tc.want {
			t.Errorf("qualifierBefore(%q before %q) = %q, want %q", tc.text, tc.head, got, tc.want)
		}
	}
}

// TestCountsQualifiedHeadSize: a count asked of a head bounded only by
// money (亿元以上), or asked with a bare 多少 before it, is not answered by
// a kind of that head the question lacks (产业链, 外贸型).
func TestCountsQualifiedHeadSize(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q, clause string
		want      bool
	}{
		{"去年开复工的亿元以上项目有多少个？", "实施亿元以上产业链项目39个", true},
		{"去年开复工的亿元以上项目有多少个？", "推动全年开复工项目502个", false},
		{"今年亿元以上项目有多少个", "全年实施500万元以上项目600个、其中亿元以上项目125个", false},
		{"去年盘锦新增了多少企业", "全市新增外贸型企业18家", true},
		{"去年新增外贸型企业多少家", "全市新增外贸型企业18家", false},
		{"规模以上工业企业有多少家", "规模以上工业企业18家", false},
	} {
		norm := Normalize(tc.q)
		a := ix.analyze(norm, nil)
		if got := countsQualifiedHead(norm, ix.askedTerms(a), Normalize(tc.clause), ix.broadWord); got != tc.want {
			t.Errorf("countsQualifiedHead(%q, %q) = %v, want %v", tc.q, tc.clause, got, tc.want)
		}
	}
}
