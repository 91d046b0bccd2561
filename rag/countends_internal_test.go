package rag

import "testing"

// TestCountEnds: a count ends with its measure word, medals' 块 and 枚
// among them (拿了3枚金牌), so that a claimed count of a noun no report
// writes is not confirmed by a quote naming the event alone.
func TestCountEnds(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"盘锦健儿拿了3块", true},
		{"盘锦健儿拿了3枚", true},
		{"去年新建了5个", true},
		{"增长了3", false},
		{"拿了金", false},
	} {
		if got := countEnds.MatchString(c.text); got != c.want {
			t.Errorf("countEnds(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
