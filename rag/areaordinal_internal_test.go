package rag

import "testing"

func TestAreaOrdinalCorrection(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	tests := []correctionCase{
		// An area of work given another number than its heading's, in a
		// claim or a bare statement.
		{"狠抓创新赋能是今年第四个方面吧", "报告写的是（二）狠抓创新赋能"},
		{"今年第七方面是狠抓清险除患？", "报告写的是（八）狠抓清险除患"},
		// Its own number stays uncorrected.
		{"狠抓创新赋能是今年第二个方面吧", ""},
		{"今年第八方面是狠抓清险除患？", ""},
		// Two areas, each with its own number.
		{"第二方面狠抓创新赋能和第八方面狠抓清险除患各讲了啥", ""},
		{"第八个方面狠抓清险除患、第二个方面狠抓创新赋能有什么不同", ""},
	}
	checkCorrections(t, e, tests)
}

func TestNamesArea(t *testing.T) {
	tests := []struct {
		q, title string
		want     bool
	}{
		{"狠抓开放带动是第三方面吧", "狠抓开放带动", true},
		// The 狠抓 every title opens with names no one area.
		{"狠抓改革是第三方面吧", "狠抓开放带动", false},
	}
	for _, tt := range tests {
		if got := namesArea([]rune(tt.q), []rune(tt.title)); got != tt.want {
			t.Errorf("namesArea(%q, %q) = %v, want %v", tt.q, tt.title, got, tt.want)
		}
	}
}
