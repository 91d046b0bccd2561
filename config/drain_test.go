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
		shutdown, drain, want time.Duration
		model                 string
		err                   bool
	}{
		{shutdown: 15 * time.Second, want: 13 * time.Second, model: "m"},
		{shutdown: 3 * time.Second, want: 2 * time.Second, model: "m"},
		{shutdown: 750 * time.Millisecond, want: 500 * time.Millisecond, model: "m"},
		{shutdown: 600 * time.Millisecond, want: 400 * time.Millisecond, model: "m", err: true},
		{shutdown: 600 * time.Millisecond, want: 400 * time.Millisecond}, // no model: nothing to drain
		{shutdown: 15 * time.Second, drain: 5 * time.Second, want: 5 * time.Second, model: "m"},
		{shutdown: 15 * time.Second, drain: 14500 * time.Millisecond, want: 14500 * time.Millisecond, model: "m"},
		{shutdown: 15 * time.Second, drain: 14600 * time.Millisecond, want: 14600 * time.Millisecond, model: "m", err: true},
		{shutdown: 15 * time.Second, drain: 20 * time.Second, want: 20 * time.Second, err: true},
		{shutdown: 15 * time.Second, drain: -time.Second, want: 13 * time.Second, err: true},
	}
	for _, tt := range tests {
		c := Defaults()
		c.Server.ShutdownTimeout, c.Server.DrainTimeout, c.LLM.Model = tt.shutdown, tt.drain, tt.model
		if tt.model != "" {
			c.LLM.BaseURL = "http://127.0.0.1:11434/v1" // a model needs its API
		}
		if got := c.Server.DrainAfter(); got != tt.want {
			t.Errorf("DrainAfter(%v) = %v, want %v", tt.shutdown, got, tt.want)
		}
		err := c.Validate()
		if (err != nil) != tt.err || err != nil && !strings.Contains(err.Error(), "server.") {
			t.Errorf("shutdown %v model %q: Validate() = %v", tt.shutdown, tt.model, err)
		}
	}
}
