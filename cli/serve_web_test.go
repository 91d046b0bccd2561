package cli

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

var runKeyRE = regexp.MustCompile(`staff console at http://\S+/console, key for this run: (\S+) `)

// serve on loopback without API keys prints a console key for the run on
// standard output (never in the log) and serves the chat page; with keys
// set it prints none.
func TestServeWebPages(t *testing.T) {
	for _, tt := range []struct {
		name string
		env  map[string]string
		key  bool
	}{
		{"no keys", map[string]string{}, true},
		{"api keys", map[string]string{"REPORTBOT_API_KEYS": "key-one-0123456789abc"}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			cfg := writeConfig(t, fmt.Sprintf("server:\n  addr: 127.0.0.1:0\ntelegram:\n  feedback_db: %s\n", filepath.Join(t.TempDir(), "fb.db")))
			var stdout, stderr syncBuffer
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			go func() {
				done <- Run(ctx, []string{"serve", "--config", cfg}, Env{Getenv: envFrom(tt.env), Stdout: &stdout, Stderr: &stderr})
			}()
			defer func() {
				cancel()
				select {
				case err := <-done:
					if err != nil {
						t.Errorf("serve: %v", err)
					}
				case <-time.After(30 * time.Second):
					t.Error("serve did not stop")
				}
			}()
			var base string
			waitFor(t, func() bool {
				m := servingRe.FindStringSubmatch(stdout.String())
				if m != nil {
					base = m[1]
				}
				return m != nil
			})
			m := runKeyRE.FindStringSubmatch(stdout.String())
			if (m != nil) != tt.key {
				t.Fatalf("run key printed: %v, want %v:\n%s", m != nil, tt.key, stdout.String())
			}
			if m != nil && strings.Contains(stderr.String(), m[1]) {
				t.Error("the run's console key is in the log")
			}
			resp, err := http.Get(base + "/")
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 || resp.Header.Get("Content-Security-Policy") == "" || !strings.Contains(string(b), `id="rb-data"`) {
				t.Errorf("chat page: %d %q", resp.StatusCode, resp.Header.Get("Content-Security-Policy"))
			}
		})
	}
}
