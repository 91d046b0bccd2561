package rag

import "testing"

// One clause stating a count in words ends with the figure as one typed
// in digits does, so its count is read in digits and checked.
func TestSpokenNumbersStatedCount(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"去年打通了二十条断头路", "去年打通了20条断头路"},
		{"老旧小区去年改了二十一个", "老旧小区去年改了21个"},
		{"化债一共用了十项举措", "化债一共用了10项举措"},
		{"去年应急演练一共搞了八次", "去年应急演练一共搞了8次"},
		// Asking, no stating word, or a count naming a longer thing: as typed.
		{"去年打通了几条断头路", "去年打通了几条断头路"},
		{"去年打通二十条断头路", "去年打通二十条断头路"},
		{"盘锦有了两个国家级开发区", "盘锦有了两个国家级开发区"},
		{"实现了“三个下降”", "实现了“三个下降”"},
		{"去年新建了两个点", "去年新建了两个点"}, // sites, not a rate's points
	} {
		if got := spokenNumbers(tc.in); got != tc.want {
			t.Errorf("spokenNumbers(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
