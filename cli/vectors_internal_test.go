package cli

import (
	"testing"
	"time"
)

// The retry schedule doubles up to ten times its first wait: the default
// reaches 5 minutes, a test's 1 ms never more than 10 ms.
func TestNextEmbedWait(t *testing.T) {
	for _, tc := range []struct{ wait, first, want time.Duration }{
		{30 * time.Second, 30 * time.Second, time.Minute},
		{4 * time.Minute, 30 * time.Second, 5 * time.Minute},
		{5 * time.Minute, 30 * time.Second, 5 * time.Minute},
		{4 * time.Millisecond, time.Millisecond, 8 * time.Millisecond},
		{8 * time.Millisecond, time.Millisecond, 10 * time.Millisecond},
		{10 * time.Millisecond, time.Millisecond, 10 * time.Millisecond},
	} {
		if got := nextEmbedWait(tc.wait, tc.first); got != tc.want {
			t.Errorf("nextEmbedWait(%v, %v) = %v, want %v", tc.wait, tc.first, got, tc.want)
		}
	}
}
