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

// Quotes naming a gathering but not the venue claimed leave it unconfirmed;
// quotes of no gathering answer another thing done at a place, where 办
// held nothing (在社区办了哪些民生实事).
func TestVenueUnnamed(t *testing.T) {
	for _, tc := range []struct {
		venue, given string
		want         bool
	}{
		{"大洼区", "举办红马赛、冰凌穿越挑战赛、全国冰钓赛等高水平赛事", true},
		{"盘锦体育中心", "圆满承办中国女篮职业赛事", true},
		{"大洼区", "大洼区承办全国冰钓赛", false},
		{"大洼区", "在大洼举办全国冰钓赛", false},
		{"社区", "高标准办好15件民生实事", false},
		{"农村", "困难家庭适老化改造504户，养老服务经验在全省推广", false},
	} {
		if got := venueUnnamed(tc.venue, tc.given); got != tc.want {
			t.Errorf("%s in %s: unnamed %v, want %v", tc.venue, tc.given, got, tc.want)
		}
	}
}
