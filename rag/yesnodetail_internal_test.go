package rag

import (
	"strings"
	"testing"
)

// 是不是(都是)电动的 asks a make as 是电动的吗 does; a month claimed for a
// body set up (6月挂牌成立) asks a part of the year as 6月竣工 does.
func TestYesNoDetailForms(t *testing.T) {
	asksMake := func(q string) bool {
		for _, k := range askedDetails(Normalize(q)) {
			if k.evidence != nil && k.evidence.MatchString("新能源") && strings.Contains(k.zh, "具体情况") {
				return true
			}
		}
		return false
	}
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"今年买的132台公交是不是都是电动的", true},
		{"新买的公交车是不是新能源的", true},
		{"今年买多少台公交车", false},
	} {
		if got := asksMake(tc.q); got != tc.want {
			t.Errorf("%s: asks make %v, want %v", tc.q, got, tc.want)
		}
	}
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"辽河口国家公园今年6月正式挂牌成立？", true},
		{"产业学院上半年揭牌吗", true},
		{"辽河口国家公园今年挂牌成立吗", false},
	} {
		if got := byPartOfYear(Normalize(tc.q)); got != tc.want {
			t.Errorf("%s: part of year %v, want %v", tc.q, got, tc.want)
		}
	}
}
