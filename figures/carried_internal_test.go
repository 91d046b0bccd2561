package figures

import (
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// A pair's words that only compare with a wider place name no thing.
func TestComparedOnly(t *testing.T) {
	for _, tc := range []struct {
		words string
		want  bool
	}{
		{"，高于全省 ", true},
		{"，比全省高", true},
		{"、低于全国平均", true},
		{"，社零增长 ", false},
		{"，一般公共预算收入高于全省", false},
	} {
		if got := comparedOnly.MatchString(rag.TrimClaimTail(tc.words)); got != tc.want {
			t.Errorf("comparedOnly(%q) = %v, want %v", tc.words, got, tc.want)
		}
	}
}
