package main

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestRunCountsRequests(t *testing.T) {
	var got atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var body map[string]string
		if r.URL.Path != "/v1/ask" || r.Method != "POST" || r.Header.Get("Authorization") != "Bearer k" ||
			json.NewDecoder(r.Body).Decode(&body) != nil || body["question"] != "q" {
			w.WriteHeader(400)
			return
		}
		if got.Add(1)%10 == 0 {
			w.WriteHeader(429)
			return
		}
		w.Write([]byte(`{"answer":"a"}`))
	}))
	defer srv.Close()
	res, err := run(context.Background(), options{url: srv.URL, concurrency: 8, duration: time.Minute, max: 100, question: "q", key: "k", timeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	if got.Load() != 100 || res.ok != 90 || res.statuses[429] != 10 || len(res.latencies) != 90 || res.netErrors != 0 {
		t.Errorf("server saw %d; result ok=%d statuses=%v latencies=%d net=%d", got.Load(), res.ok, res.statuses, len(res.latencies), res.netErrors)
	}
	var out strings.Builder
	res.print(&out, options{url: srv.URL, concurrency: 8, max: 100})
	for _, want := range []string{"90 ok, 10 errors", "429×10", "p50 ", "answer size   14 bytes"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

// The run ends at -d even while every request hangs, and the requests in
// flight then count as cut off, not as errors. How many were in flight at
// the deadline depends on timing, so the count is checked below, where
// the test ends the run itself.
func TestRunStopsAtDeadline(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	res, err := run(context.Background(), options{url: srv.URL, concurrency: 4, duration: 100 * time.Millisecond, question: "q", timeout: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	if res.ok != 0 || res.cutOff > 4 || res.netErrors != 0 {
		t.Errorf("ok=%d cut=%d net=%d (%s), want 0, at most 4, 0", res.ok, res.cutOff, res.netErrors, res.firstErr)
	}
}

// Requests in flight when the run ends count as cut off: here it ends once
// all four are at the server.
func TestRunCutsOffRequestsInFlight(t *testing.T) {
	arrived, release := make(chan struct{}, 4), make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		arrived <- struct{}{}
		<-release
	}))
	defer srv.Close()
	defer close(release) // before Close, which waits for the handlers
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for range 4 {
			<-arrived
		}
		cancel()
	}()
	res, err := run(ctx, options{url: srv.URL, concurrency: 4, duration: time.Hour, question: "q", timeout: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	if res.ok != 0 || res.cutOff != 4 || res.netErrors != 0 {
		t.Errorf("ok=%d cut=%d net=%d (%s), want 0, 4, 0", res.ok, res.cutOff, res.netErrors, res.firstErr)
	}
}

func TestCheck(t *testing.T) {
	good := options{url: "http://127.0.0.1:1", concurrency: 1, duration: time.Second, key: "0123456789abcdef_-."}
	if err := good.check(); err != nil {
		t.Error(err)
	}
	for name, o := range map[string]options{
		"remote":    {url: "http://example.org", concurrency: 1, duration: time.Second},
		"public":    {url: "http://8.8.8.8:80", concurrency: 1, duration: time.Second},
		"no dur":    {url: "http://127.0.0.1:1", concurrency: 1},
		"no conns":  {url: "http://127.0.0.1:1", duration: time.Second},
		"neg n":     {url: "http://127.0.0.1:1", concurrency: 1, duration: time.Second, max: -1},
		"scheme":    {url: "ftp://127.0.0.1:1", concurrency: 1, duration: time.Second},
		"key crlf":  {url: "http://127.0.0.1:1", concurrency: 1, duration: time.Second, key: "k\r\nX-Evil: 1"},
		"key space": {url: "http://127.0.0.1:1", concurrency: 1, duration: time.Second, key: "a b"},
	} {
		if err := o.check(); err == nil {
			t.Errorf("%s: accepted %+v", name, o)
		}
	}
	remote := options{url: "http://example.org", concurrency: 1, duration: time.Second, allowRemote: true}
	if err := remote.check(); err != nil {
		t.Errorf("-allow-remote: %v", err)
	}
}

func TestPercentile(t *testing.T) {
	var l []time.Duration
	for i := 1; i <= 100; i++ {
		l = append(l, time.Duration(i))
	}
	for p, want := range map[float64]time.Duration{50: 50, 90: 90, 99: 99, 100: 100, 0: 1} {
		if got := percentile(l, p); got != want {
			t.Errorf("p%v = %v, want %v", p, got, want)
		}
	}
	if percentile(nil, 50) != 0 {
		t.Error("empty")
	}
}

func TestParseVmRSS(t *testing.T) {
	n, err := parseVmRSS(strings.NewReader("Name:\tx\nVmPeak:\t  100 kB\nVmRSS:\t   23456 kB\nThreads: 3\n"))
	if err != nil || n != 23456 {
		t.Errorf("%d %v", n, err)
	}
	if _, err := parseVmRSS(strings.NewReader("Name: x\n")); err == nil {
		t.Error("no VmRSS accepted")
	}
	if rssKB(-5) != -1 {
		t.Error("bad pid")
	}
}

// The raw client reads chunked and fixed-length bodies, follows a server
// that closes the connection, and speaks TLS.
func TestRunResponseShapes(t *testing.T) {
	big := strings.Repeat("答", 5000) // over net/http's buffer: sent chunked
	var n atomic.Int64
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch n.Add(1) % 3 {
		case 0:
			w.Write([]byte(big))
		case 1:
			w.Header().Set("Connection", "close")
			w.Write([]byte(`{"answer":"a"}`))
		default:
			w.Write([]byte(`{"answer":"a"}`))
		}
	})
	for _, tc := range []struct {
		name string
		srv  *httptest.Server
	}{
		{"http", httptest.NewServer(handler)},
		{"https", httptest.NewTLSServer(handler)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			defer tc.srv.Close()
			n.Store(0)
			o := options{url: tc.srv.URL, concurrency: 3, duration: time.Minute, max: 60, question: "q", timeout: time.Minute}
			if tc.srv.TLS != nil {
				o.tls = tc.srv.Client().Transport.(*http.Transport).TLSClientConfig
			}
			res, err := run(context.Background(), o)
			if err != nil {
				t.Fatal(err)
			}
			if res.ok != 60 || res.netErrors != 0 || len(res.statuses) != 0 {
				t.Errorf("ok=%d net=%d (%s) statuses=%v, want 60 ok", res.ok, res.netErrors, res.firstErr, res.statuses)
			}
			if n.Load() != 60 {
				t.Errorf("server saw %d requests, want 60", n.Load())
			}
		})
	}
}

// With -distinct no two requests ask the same text, and each is a known
// question with a tail of full-width punctuation only.
func TestRunDistinct(t *testing.T) {
	var mu sync.Mutex
	seen := map[string]bool{}
	srv := questionServer(func(q string) int {
		mu.Lock()
		defer mu.Unlock()
		if seen[q] {
			return http.StatusConflict
		}
		seen[q] = true
		return http.StatusOK
	})
	defer srv.Close()
	// "问" and "问？" must not meet: "问"+"？？…" vs "问？"+"？…".
	res, err := run(context.Background(), options{url: srv.URL, concurrency: 4, duration: time.Minute, max: 200, questions: []string{"问", "问？"}, distinct: true, timeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	if res.ok != 200 || len(res.statuses) != 0 || res.netErrors != 0 {
		t.Errorf("ok=%d statuses=%v net=%d, want 200 distinct questions", res.ok, res.statuses, res.netErrors)
	}
	for q := range seen {
		if tail, ok := strings.CutPrefix(q, "问"); !ok || strings.Trim(tail, "？。") != "" {
			t.Errorf("question %q is not 问 with a punctuation tail", q)
		}
	}
	if got := distinctTail(6); got != "。？？"+strings.Repeat("。", 29) {
		t.Errorf("distinctTail(6) = %q", got)
	}
}

// A server that drops idle keep-alive connections (without saying
// "Connection: close") costs a retry, not an error.
func TestRunRetriesDroppedKeepAlive(t *testing.T) {
	var n atomic.Int64
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`{}`))
	}))
	// Close every connection after its first response, as an idle timeout
	// firing between requests would.
	srv.Config.ConnState = func(c net.Conn, s http.ConnState) {
		if s == http.StateIdle && n.Add(1) > 0 {
			c.Close()
		}
	}
	srv.Start()
	defer srv.Close()
	res, err := run(context.Background(), options{url: srv.URL, concurrency: 2, duration: time.Minute, max: 40, question: "q", timeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	if res.ok != 40 || res.netErrors != 0 {
		t.Errorf("ok=%d net=%d (%s), want 40 ok", res.ok, res.netErrors, res.firstErr)
	}
}

// With -pid the server's RSS is sampled through the run, to show whether it
// stays flat. The test ticks the sampler itself, from the handler, so the
// number of samples does not depend on timing: each request waits until
// its tick is taken.
func TestRunSamplesRSS(t *testing.T) {
	if _, err := os.Stat("/proc/self/status"); err != nil {
		t.Skip("no /proc on this system")
	}
	tick := make(chan time.Time)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tick <- time.Now()
		w.Write([]byte(`{}`))
	}))
	defer srv.Close()
	o := options{url: srv.URL, concurrency: 1, duration: time.Hour, max: 3, question: "q", timeout: time.Hour, pid: os.Getpid(), rssTick: tick}
	res, err := run(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	if res.ok != 3 || len(res.rssSamples) != 3 || res.rssEvery != 6*time.Minute {
		t.Fatalf("%d ok, %d samples every %v; want 3, 3 every 6m0s (a tenth of -d)", res.ok, len(res.rssSamples), res.rssEvery)
	}
	for _, s := range res.rssSamples {
		if s <= 0 {
			t.Errorf("sample %d kB", s)
		}
	}
	var out strings.Builder
	res.print(&out, o)
	if !strings.Contains(out.String(), "RSS every 6m0s  ") {
		t.Errorf("report lacks the samples:\n%s", out.String())
	}
}

// -n ends the run when its requests are done, even with -pid sampling.
func TestRunStopsAfterNWithPid(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(`{}`)) }))
	defer srv.Close()
	res, err := run(context.Background(), options{url: srv.URL, concurrency: 2, duration: time.Hour, max: 10, question: "q", timeout: time.Minute, pid: os.Getpid()})
	if err != nil {
		t.Fatal(err)
	}
	if res.ok != 10 || res.elapsed > time.Minute {
		t.Errorf("ok=%d elapsed=%v, want 10 requests and an end well before -d", res.ok, res.elapsed)
	}
	// The "server" is this process: both CPU times are read.
	if res.serverCPU < 0 || res.selfCPU < 0 {
		t.Errorf("server CPU %v, generator CPU %v; want both known", res.serverCPU, res.selfCPU)
	}
}

func TestParseStatCPU(t *testing.T) {
	for _, tc := range []struct {
		line string
		want time.Duration
		ok   bool
	}{
		{"4242 (reportbot) S 1 4242 4242 0 -1 4194560 1234 0 0 0 2919 310 0 0 20 0 9 0 100 2000000 5000", 32290 * time.Millisecond, true},
		// The command name may hold spaces and parentheses.
		{"7 (a) b (c)) R 1 7 7 0 -1 0 0 0 0 0 5 7 0 0 20 0 1 0 1 1 1", 120 * time.Millisecond, true},
		{"7 (x) R 1 7 7 0 -1 0 0 0 0 0 5", 0, false}, // cut short
		{"7 (x) R 1 7 7 0 -1 0 0 0 0 0 5 -3 0", 0, false},
		{"no name here", 0, false},
	} {
		got, err := parseStatCPU(strings.NewReader(tc.line))
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("%q: %v, %v; want %v, ok %v", tc.line, got, err, tc.want, tc.ok)
		}
	}
}

func TestCPULine(t *testing.T) {
	r := &result{elapsed: 10 * time.Second, ok: 990, serverCPU: 15 * time.Second, selfCPU: -1}
	want := "server 15.00 s, 1.50 CPUs, 15000.0 µs a request; generator unknown"
	if got := r.cpuLine(10); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
