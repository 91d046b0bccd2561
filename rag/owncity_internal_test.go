package rag

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// ownCityInstitutions finds what one expression per city found before it
// was shared: leftmost, not overlapping, the shortest name up to a kind.
func TestOwnCityInstitutions(t *testing.T) {
	for _, tc := range []struct {
		clause, city string
		want         []string
	}{
		{"支持大连理工大学盘锦校区建设", "盘锦", []string{"盘锦校区"}},
		{"盘锦职业技术学院在籍学生突破1万人", "盘锦", []string{"盘锦职业技术学院"}},
		{"盘锦河蟹平台体验店开到全国", "盘锦", nil},
		{"盘锦盘锦校区和盘锦学院", "盘锦", []string{"盘锦盘锦校区", "盘锦学院"}},
		{"鞍山校区", "盘锦", nil},
		{"盘锦校区", "", nil},
	} {
		got := ownCityInstitutions(tc.clause, tc.city)
		if !slices.Equal(got, tc.want) {
			t.Errorf("ownCityInstitutions(%q, %q) = %q, want %q", tc.clause, tc.city, got, tc.want)
		}
		if tc.city == "" {
			continue
		}
		per := regexp.MustCompile(regexp.QuoteMeta(tc.city) + `\p{Han}{0,6}?(?:` + strings.Join(nameKinds, "|") + `)`)
		if old := per.FindAllString(tc.clause, -1); !slices.Equal(got, old) {
			t.Errorf("ownCityInstitutions(%q, %q) = %q, one expression per city found %q", tc.clause, tc.city, got, old)
		}
	}
}
