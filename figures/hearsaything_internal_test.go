package figures

import "testing"

// TestClaimThingHearsay: the words an asker opens what they heard with
// name no thing the claim's figure is of.
func TestClaimThingHearsay(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"华锦阿美配套产业园多大？听说是5平方公里？", "华锦阿美配套产业园多大是"},
		{"据说华锦阿美配套产业园5平方公里", "华锦阿美配套产业园"},
	} {
		if got := claimThing([]rune(tc.q), statedFigures(tc.q)); got != tc.want {
			t.Errorf("claimThing(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}
