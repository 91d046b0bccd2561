package rag

import "testing"

// A place bracketed right after a name is the company's seat, part of
// its name: no run of places, and no claim's place is corrected to it.
func TestSeatOfName(t *testing.T) {
	ix := seedIndex(t)
	tests := []struct {
		text string
		want int // place runs found
	}{
		{"中青旅遨游（辽宁）文体旅产业发展中心等项目落实落地", 0},
		{"赴瑞士、荷兰、美国等国家开展经贸交流", 1},
		{"（辽宁）", 1}, // no name before: the bracket holds the place alone
	}
	for _, tt := range tests {
		rs := []rune(tt.text)
		if got := ix.placeRuns(rs, 0, len(rs)); len(got) != tt.want {
			t.Errorf("placeRuns(%q) = %v, want %d runs", tt.text, got, tt.want)
		}
	}
	checkFoundWantNot(t, []foundWantNot{{"宁德时代的电池项目落户盘锦了吗？", false, "", "辽宁"}})
}
