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
