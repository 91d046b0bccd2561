package cli

import (
	"testing"

	"github.com/reportbot/reportbot/config"
)

func TestGCPercent(t *testing.T) {
	for _, tc := range []struct {
		name    string
		percent int
		gogc    string
		want    int
	}{
		{"default", config.Defaults().Server.GCPercent, "", 400},
		{"configured", 200, "", 200},
		{"left alone", 0, "", 0},
		{"GOGC wins", 200, "50", 0},
		{"GOGC off wins", 200, "off", 0},
	} {
		cfg := config.Defaults()
		cfg.Server.GCPercent = tc.percent
		getenv := func(k string) string {
			if k == "GOGC" {
				return tc.gogc
			}
			return ""
		}
		if got := gcPercent(cfg, getenv); got != tc.want {
			t.Errorf("%s: gcPercent = %d, want %d", tc.name, got, tc.want)
		}
	}
}
