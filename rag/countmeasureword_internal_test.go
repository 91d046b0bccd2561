package rag

import "testing"

// TestAsksAmountMeasureWords: 颗 counts things (芯片, 马达) as 棵 and 株 count
// trees; a share (市场占有率15.7%) tells no such count.
func TestAsksAmountMeasureWords(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"手机马达出货多少颗", true},
		{"种了多少棵树", true},
		{"手机马达市场占有率多少", false},
	} {
		if got := AsksAmount(Normalize(tc.q)); got != tc.want {
			t.Errorf("AsksAmount(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}
