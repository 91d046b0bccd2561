package rag

import "testing"

// TestPerUnitBase: the bases a rate is written on, before what it counts.
func TestPerUnitBase(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want string
	}{
		{"每千人医生数", "每千人"},
		{"单位gdp能耗", "单位gdp"},
		{"人均收入", "人均"},
		{"每万户", "每万户"},
		{"事业单位招聘", ""},
	} {
		if got := perUnit.FindString(tc.q); got != tc.want {
			t.Errorf("perUnit(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}
