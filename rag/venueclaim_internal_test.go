package rag

import "testing"

// A venue claimed for a gathering is read from the question; a where
// question, a procedure (办理) and no place claim none.
func TestClaimedVenue(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"全国冰钓赛在大洼区举办，对吧", "大洼区"},
		{"中国女篮职业赛事是在盘锦体育中心办的吧", "盘锦体育中心"},
		{"红马赛在哪个区举办", ""},
		{"冰钓赛在大洼区办理报名吗", ""},
		{"红马赛今年举办吗", ""},
	} {
		if got := claimedVenue(Normalize(tc.q)); got != tc.want {
			t.Errorf("%s: venue %q, want %q", tc.q, got, tc.want)
		}
	}
}
