package config

import (
	"strings"
	"testing"
	"time"
)

// With a model, the shutdown must leave a drain before model calls are
// cancelled and time after it to answer extractively.
func TestDrainAgainstShutdown(t *testing.T) {
	tests := []struct {
		shutdown, want time.Duration
		model          string
		err            bool
	}{
		{shutdown: 15 * time.Second, want: 13 * time.Second, model: "m"},
		{shutdown: 3 * time.Second, want: 2 * time.Second, model: "m"},
		{shutdown: 750 * time.Millisecond, want: 500 * time.Millisecond, model: "m"},
		{shutdown: 600 * time.Millisecond, want: 400 * time.Millisecond, model: "m", err: true},
		{shutdown: 600 * time.Millisecond, want: 400 * time.Millisecond}, // no model: nothing to drain
	}
	for _, tt := range tests {
		c := Defaults()
		c.Server.ShutdownTimeout, c.LLM.Model = tt.shutdown, tt.model
		if got := c.Server.DrainAfter(); got != tt.want {
			t.Errorf("DrainAfter(%v) = %v, want %v", tt.shutdown, got, tt.want)
		}
		err := c.Validate()
		if (err != nil) != tt.err || err != nil && !strings.Contains(err.Error(), "server.shutdown_timeout") {
			t.Errorf("shutdown %v model %q: Validate() = %v", tt.shutdown, tt.model, err)
		}
	}
}
