package rag

import "testing"

func TestMagnitudeBound(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"今年引进人才超万人对吧", true},
		{"营收破千亿了吗", true},
		{"近百家企业", true},
		{"超万", true},
		{"接近百分之六十的村", false}, // 百分之 is a share, no magnitude
		{"通过千方百计招商", false},  // an idiom, no bound
	} {
		if got := magnitudeBound.MatchString(tc.text); got != tc.want {
			t.Errorf("magnitudeBound.MatchString(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestOtherName(t *testing.T) {
	sig := signature{name: "邢鹏"}
	for _, tc := range []struct {
		name string
		sig  signature
		want bool
	}{
		{"邢鹏飞", sig, true},
		{"邢鹏说", sig, false},
		{"王鹏", sig, true},
		{"邢鹏", sig, false},
		{"王鹏", signature{}, false}, // no signature: nothing to hold a name against
	} {
		if got := otherName(tc.name, tc.sig); got != tc.want {
			t.Errorf("otherName(%q, %+v) = %v, want %v", tc.name, tc.sig, got, tc.want)
		}
	}
}
