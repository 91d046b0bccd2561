package rag

import "testing"

// TestCommaAfterAskersWork: a space after where the asker works parts the
// ask as a comma does; other spaces stay.
func TestCommaAfterAskersWork(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"我在饭店打工 社零去年涨了多少", "我在饭店打工，社零去年涨了多少"},
		{"我在饭店打工　社零去年涨了多少", "我在饭店打工，社零去年涨了多少"},
		{"我在饭店打工，社零去年涨了多少", "我在饭店打工，社零去年涨了多少"},
		{"营口去年旅游收入涨了多少 盘锦呢", "营口去年旅游收入涨了多少 盘锦呢"},
		{"我在饭店打工 2024年社零", "我在饭店打工 2024年社零"},
	} {
		if got := commaAfterAskersWork(tc.in); got != tc.want {
			t.Errorf("commaAfterAskersWork(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
