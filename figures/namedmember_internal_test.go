package figures

import (
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// A figure of a list the question names another member of by its own
// word (签了 for 签约) is swapped for that member's; one named by its
// own word, or by none, stays.
func TestNamedMembers(t *testing.T) {
	seedReport(t)
	st := NewStepper(NewIndex(seedReports, rag.DefaultLexicon().Expand))
	var planned Figure
	for _, f := range st.idx.inParagraph("panjin-2025", 10) {
		if f.Text == "87个" {
			planned = f
		}
	}
	for _, tc := range []struct{ q, want string }{
		{"央地合作项目去年新签了几个", "19个"},
		{"央地合作项目去年新签约多少个", "19个"},
		{"央地合作项目去年梳理了多少个", "87个"},
		{"央地合作项目去年有多少个", "87个"},
	} {
		got := st.namedMembers([]Figure{planned}, rag.Normalize(tc.q))
		if got[0].Text != tc.want {
			t.Errorf("namedMembers(87个, %q) = %s, want %s", tc.q, got[0].Text, tc.want)
		}
	}
}
