package server

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/reportbot/reportbot/config"
)

// Wrong keys from one address are throttled: after a minute's burst of
// failures every request from it gets 429 with Retry-After, its key not
// even checked (so keys cannot be guessed at speed); other addresses are
// unaffected, and the address recovers as the minute passes.
func TestFailedAuthThrottledPerAddress(t *testing.T) {
	s, err := New(Options{Answerer: testEngine(t), Config: config.Defaults().Server, APIKeys: []string{"right-key-0123456789"}})
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	now := time.Date(2025, 3, 1, 8, 0, 0, 0, time.UTC)
	s.authFails.now = func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	get := func(addr, key string) *httptest.ResponseRecorder {
		rq := httptest.NewRequest("GET", "/v1/reports", nil)
		rq.RemoteAddr = addr
		if key != "" {
			rq.Header.Set("Authorization", "Bearer "+key)
		}
		w := httptest.NewRecorder()
		s.Handler().ServeHTTP(w, rq)
		return w
	}
	codes := map[int]int{}
	for i := 0; i < 2000; i++ {
		codes[get("203.0.113.7:4000", fmt.Sprintf("guess-%d", i)).Code]++
	}
	if codes[401] != authFailuresPerMinute || codes[429] != 2000-authFailuresPerMinute {
		t.Errorf("2000 wrong keys: %v; want %d × 401, the rest 429", codes, authFailuresPerMinute)
	}
	w := get("203.0.113.7:4001", "right-key-0123456789")
	if w.Code != 429 || w.Header().Get("Retry-After") == "" || !strings.Contains(w.Body.String(), `"too_many_auth_failures"`) {
		t.Errorf("the right key from a throttled address: %d %q %s", w.Code, w.Header().Get("Retry-After"), w.Body)
	}
	if w := get("198.51.100.9:5000", "right-key-0123456789"); w.Code != 200 {
		t.Errorf("another address: %d", w.Code)
	}
	if w := get("198.51.100.9:5000", "wrong"); w.Code != 401 {
		t.Errorf("another address, wrong key: %d", w.Code)
	}
	mu.Lock()
	now = now.Add(time.Minute / authFailuresPerMinute)
	mu.Unlock()
	if w := get("203.0.113.7:4002", "right-key-0123456789"); w.Code != 200 {
		t.Errorf("after a token refilled: %d", w.Code)
	}
}

// Paths ServeMux would redirect get the JSON 404, never a redirect with an
// HTML body; sent raw, as a client that does not clean paths sends them.
func TestUncleanPathsGetJSONErrors(t *testing.T) {
	r := start(t, Options{})
	for _, p := range []string{"//", "/./", "//v1/reports", "/v1//reports", "/v1/./reports", "/v1/reports/../reports",
		"/v1/reports/", "/healthz/", "/v1/reports/panjin-2025/paragraphs/%2e%2e/1", "/v1/reports/a%2F..%2F/paragraphs/1"} {
		conn, err := net.Dial("tcp", r.addr)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: reportbot\r\nConnection: close\r\n\r\n", p)
		resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		b, _ := io.ReadAll(resp.Body)
		conn.Close()
		if resp.StatusCode != 404 || resp.Header.Get("Location") != "" || errorCode(t, resp, b) != "not_found" {
			t.Errorf("GET %s: %d Location %q %s", p, resp.StatusCode, resp.Header.Get("Location"), b)
		}
	}
}

// writeJSON's buffers are reused: each response is its own value alone,
// after a longer one and after one too long to keep, concurrently too.
func TestWriteJSONReusesBuffers(t *testing.T) {
	values := []any{
		map[string]string{"long": strings.Repeat("长", 5000)},
		map[string]int{"n": 1},
		map[string]string{"huge": strings.Repeat("x", maxPooledJSON+1)},
		[]string{"a", "<b>"},
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				for _, v := range values {
					w := httptest.NewRecorder()
					writeJSON(w, http.StatusOK, v)
					want, _ := json.Marshal(v)
					want = bytes.ReplaceAll(want, []byte(`\u003c`), []byte("<"))
					want = bytes.ReplaceAll(want, []byte(`\u003e`), []byte(">"))
					if got := w.Body.Bytes(); !bytes.Equal(got, append(want, '\n')) {
						t.Errorf("writeJSON(%.40v) wrote %.80q", v, got)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}
