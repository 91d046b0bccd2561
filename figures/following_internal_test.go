package figures

import "testing"

// The words after a size name its thing up to a 及 that joins another
// thing; 及其 (and its) and a verb ending in 及 (惠及) are no such join.
func TestFollowingPhraseStopsAtConjunction(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"通用泊位及华锦阿美项目8个配套泊位", "通用泊位"},
		{"原油码头及其配套设施工程竣工验收", "原油码头及其配套设施工程"},
		{"惠及居民", "惠及居民"},
	} {
		if got, _ := followingPhrase([]rune(tc.text), 0); got != tc.want {
			t.Errorf("followingPhrase(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
