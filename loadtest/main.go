// Command loadtest sends POST /v1/ask requests to a reportbot server from
// many connections and prints throughput, latency percentiles, errors and,
// with -pid, the server's resident memory before and after.
//
//	go run ./loadtest -url http://127.0.0.1:8080 -c 64 -d 60s -pid 1234
//
// It stops by itself after -d, or after -n requests when -n is set.
package main

import (
	"bufio"
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

type options struct {
	url           string
	concurrency   int
	duration      time.Duration
	max           int64
	question      string
	questionsFile string
	questions     []string // from questionsFile, asked in turn
	distinct      bool     // make every question new to the server
	key           string
	pid           int
	timeout       time.Duration
	allowRemote   bool
	tls           *tls.Config // for https; nil: the system's roots
	// rssTick, when set, says when to sample the RSS instead of a ticker
	// every rssEvery (tests).
	rssTick <-chan time.Time
}

func main() {
	var o options
	flag.StringVar(&o.url, "url", "http://127.0.0.1:8080", "server base `URL`")
	flag.IntVar(&o.concurrency, "c", 64, "concurrent connections")
	flag.DurationVar(&o.duration, "d", 30*time.Second, "run for this long")
	flag.Int64Var(&o.max, "n", 0, "stop after this many requests (0 = only -d bounds the run)")
	flag.StringVar(&o.question, "question", "2025年地区生产总值增长目标是多少？", "question to ask")
	flag.StringVar(&o.questionsFile, "questions", "", "ask the questions in `FILES` in turn, instead of -question: a file or a glob; one question a line, or question sets (.yaml, as in eval/testdata)")
	flag.BoolVar(&o.distinct, "distinct", false, "make every request's question one the server has not seen (a tail of full-width punctuation, see distinctTail)")
	flag.StringVar(&o.key, "key", "", "API key (default: $REPORTBOT_API_KEY)")
	flag.IntVar(&o.pid, "pid", 0, "server process id: report its VmRSS from /proc at start, end and every tenth of the run")
	flag.DurationVar(&o.timeout, "timeout", 30*time.Second, "per-request timeout")
	flag.BoolVar(&o.allowRemote, "allow-remote", false, "allow a non-loopback -url")
	flag.Parse()
	if o.key == "" {
		o.key = os.Getenv("REPORTBOT_API_KEY")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	res, err := run(ctx, o)
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
	res.print(os.Stdout, o)
	if res.ok == 0 {
		os.Exit(1)
	}
}

func (o options) check() error {
	if o.concurrency < 1 || o.concurrency > 10000 {
		return fmt.Errorf("-c must be 1..10000, got %d", o.concurrency)
	}
	if strings.ContainsFunc(o.key, func(r rune) bool { return r < 0x21 || r > 0x7e }) {
		return errors.New("-key must be printable ASCII without spaces")
	}
	if o.duration <= 0 {
		return fmt.Errorf("-d must be positive, got %v", o.duration)
	}
	if o.max < 0 {
		return fmt.Errorf("-n must be 0 or more, got %d", o.max)
	}
	u, err := url.Parse(o.url)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("-url must be http(s)://HOST:PORT, got %q", o.url)
	}
	if !o.allowRemote {
		ip := net.ParseIP(u.Hostname())
		if u.Hostname() != "localhost" && (ip == nil || !ip.IsLoopback()) {
			return fmt.Errorf("-url %s is not a loopback address (use -allow-remote to load someone else's server)", o.url)
		}
	}
	return nil
}

// result is what a run measured.
type result struct {
	elapsed    time.Duration
	ok         int64
	latencies  []time.Duration // successful requests only
	statuses   map[int]int64   // non-200 statuses
	netErrors  int64           // transport errors (not counting the deadline)
	cutOff     int64           // requests in flight when -d ended
	firstErr   string
	rssStart   int64 // kB, -1 unknown
	rssEnd     int64
	rssEvery   time.Duration
	rssSamples []int64 // kB, every rssEvery during the run: flat, or growing?
	answerSize int
	questions  int // different questions asked
	// CPU time (user+system) used during the run by the server (-pid; -1
	// unknown) and by the generator itself, which shares the machine.
	serverCPU, selfCPU time.Duration
}

func run(ctx context.Context, o options) (*result, error) {
	if err := o.check(); err != nil {
		return nil, err
	}
	if o.questionsFile != "" {
		qs, err := readQuestions(o.questionsFile)
		if err != nil {
			return nil, err
		}
		o.questions = qs
	}
	if len(o.questions) == 0 {
		o.questions = []string{o.question}
	}
	u, reqs, err := encodeRequests(o)
	if err != nil {
		return nil, err
	}

	res := &result{questions: len(o.questions), statuses: map[int]int64{}, rssStart: -1, rssEnd: -1, serverCPU: -1, selfCPU: -1}
	var serverCPU0 time.Duration = -1
	if o.pid > 0 {
		res.rssStart = rssKB(o.pid)
		serverCPU0 = processCPU(o.pid)
	}
	selfCPU0 := selfCPU()
	// The run's deadline bounds every request too, so the run ends on time.
	runCtx, cancel := context.WithTimeout(ctx, o.duration)
	defer cancel()
	var wg sync.WaitGroup
	start := time.Now()
	end, _ := runCtx.Deadline()
	lr := &loadRun{o: o, u: u, reqs: reqs, ctx: runCtx, end: end, res: res}
	sampled := sampleRSS(runCtx, o, res)
	for w := 0; w < o.concurrency; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lr.work()
		}()
	}
	wg.Wait()
	res.elapsed = time.Since(start)
	if t := selfCPU(); t >= 0 && selfCPU0 >= 0 {
		res.selfCPU = t - selfCPU0
	}
	if t := processCPU(o.pid); t >= 0 && serverCPU0 >= 0 {
		res.serverCPU = t - serverCPU0
	}
	cancel() // -n may end the run before -d: stop sampling now
	<-sampled
	if o.pid > 0 {
		res.rssEnd = rssKB(o.pid)
	}
	sort.Slice(res.latencies, func(i, j int) bool { return res.latencies[i] < res.latencies[j] })
	return res, nil
}

// encodeRequests parses the server's URL and encodes one request a question.
func encodeRequests(o options) (*url.URL, [][]byte, error) {
	bodies := make([][]byte, len(o.questions))
	for i, q := range o.questions {
		b, err := json.Marshal(map[string]string{"question": q})
		if err != nil {
			return nil, nil, err
		}
		bodies[i] = b
	}
	u, err := url.Parse(strings.TrimRight(o.url, "/"))
	if err != nil {
		return nil, nil, err
	}
	reqs := make([][]byte, len(bodies))
	for i, b := range bodies {
		reqs[i] = encodeRequest(u, o.key, b)
	}
	return u, reqs, nil
}

// sampleRSS samples the server's resident memory into res every
// res.rssEvery until ctx is done; the channel closes when it stops (at
// once without -pid).
func sampleRSS(ctx context.Context, o options, res *result) <-chan struct{} {
	sampled := make(chan struct{})
	if o.pid <= 0 {
		close(sampled)
		return sampled
	}
	res.rssEvery = max(time.Second, o.duration/10)
	go func() {
		defer close(sampled)
		tick := o.rssTick
		if tick == nil {
			t := time.NewTicker(res.rssEvery)
			defer t.Stop()
			tick = t.C
		}
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick:
				res.rssSamples = append(res.rssSamples, rssKB(o.pid))
			}
		}
	}()
	return sampled
}

// loadRun is what the workers of a run share.
type loadRun struct {
	o    options
	u    *url.URL
	reqs [][]byte
	ctx  context.Context // the run's, ending at end
	end  time.Time
	// turn is the run's one question order: the workers take the questions
	// in turn between them, so a question comes again only after all the
	// others, and a list longer than the server's caches never hits them.
	issued, seq, turn atomic.Int64
	mu                sync.Mutex // guards res
	res               *result
}

// workerTally is one worker's counts, added to the result when it stops.
type workerTally struct {
	lat             []time.Duration
	statuses        map[int]int64
	ok, netErr, cut int64
	firstErr        string
	size            int
}

// work asks on one connection until the run ends, then adds its counts to
// the result.
func (lr *loadRun) work() {
	t := &workerTally{statuses: map[int]int64{}}
	c := newConn(lr.u, lr.o.tls)
	defer c.close()
	for lr.ctx.Err() == nil {
		if lr.o.max > 0 && lr.issued.Add(1) > lr.o.max {
			break
		}
		if !lr.ask(c, t) {
			break
		}
	}
	lr.add(t)
}

// nextRequest is the next question's request, in turn, made distinct with
// -distinct.
func (lr *loadRun) nextRequest() []byte {
	next := int(lr.turn.Add(1) - 1)
	req := lr.reqs[next%len(lr.reqs)]
	if lr.o.distinct {
		q := lr.o.questions[next%len(lr.o.questions)] + distinctTail(int(lr.seq.Add(1)))
		body, err := json.Marshal(map[string]string{"question": q})
		if err != nil {
			panic(err) // a string map always encodes
		}
		req = encodeRequest(lr.u, lr.o.key, body)
	}
	return req
}

// ask sends the next request on c and counts its outcome in t; false when
// the run's end cut it off.
func (lr *loadRun) ask(c *conn, t *workerTally) bool {
	req := lr.nextRequest()
	t0 := time.Now()
	deadline := t0.Add(lr.o.timeout)
	if lr.end.Before(deadline) {
		deadline = lr.end
	}
	status, n, rerr := c.do(lr.ctx, req, deadline)
	d := time.Since(t0)
	switch {
	case rerr != nil && (lr.ctx.Err() != nil || !time.Now().Before(lr.end)):
		// The connection's deadline can fire a moment before
		// the run's context says it is done.
		t.cut++
		return false
	case rerr != nil:
		t.netErr++
		if t.firstErr == "" {
			t.firstErr = rerr.Error()
		}
	case status == http.StatusOK:
		t.ok++
		t.lat = append(t.lat, d)
		t.size = int(n)
	default:
		t.statuses[status]++
	}
	return true
}

func (lr *loadRun) add(t *workerTally) {
	lr.mu.Lock()
	defer lr.mu.Unlock()
	res := lr.res
	res.ok += t.ok
	res.netErrors += t.netErr
	res.cutOff += t.cut
	res.latencies = append(res.latencies, t.lat...)
	for k, v := range t.statuses {
		res.statuses[k] += v
	}
	if res.firstErr == "" {
		res.firstErr = t.firstErr
	}
	if t.size > 0 {
		res.answerSize = t.size
	}
}

// percentile returns the p-th percentile (0..100) of sorted latencies.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(float64(len(sorted))*p/100+0.5) - 1
	if i < 0 {
		i = 0
	}
	if i >= len(sorted) {
		i = len(sorted) - 1
	}
	return sorted[i]
}

func (r *result) print(w io.Writer, o options) {
	errs := r.netErrors
	for _, n := range r.statuses {
		errs += n
	}
	fmt.Fprintf(w, "target        %s/v1/ask  c=%d  d=%v  n=%d\n", strings.TrimRight(o.url, "/"), o.concurrency, o.duration, o.max)
	fmt.Fprintf(w, "questions     %d different, asked in turn%s\n", r.questions, map[bool]string{true: ", each with a distinct tail"}[o.distinct])
	fmt.Fprintf(w, "elapsed       %.2fs\n", r.elapsed.Seconds())
	fmt.Fprintf(w, "requests      %d ok, %d errors, %d cut off at the deadline\n", r.ok, errs, r.cutOff)
	fmt.Fprintf(w, "throughput    %.1f ok requests/s\n", float64(r.ok)/r.elapsed.Seconds())
	fmt.Fprintf(w, "latency       p50 %v  p90 %v  p99 %v  max %v\n",
		round(percentile(r.latencies, 50)), round(percentile(r.latencies, 90)),
		round(percentile(r.latencies, 99)), round(percentile(r.latencies, 100)))
	if len(r.statuses) > 0 {
		codes := make([]int, 0, len(r.statuses))
		for c := range r.statuses {
			codes = append(codes, c)
		}
		sort.Ints(codes)
		var parts []string
		for _, c := range codes {
			parts = append(parts, fmt.Sprintf("%d×%d", c, r.statuses[c]))
		}
		fmt.Fprintf(w, "http errors   %s\n", strings.Join(parts, " "))
	}
	if r.netErrors > 0 {
		fmt.Fprintf(w, "net errors    %d (first: %s)\n", r.netErrors, r.firstErr)
	}
	if r.answerSize > 0 {
		fmt.Fprintf(w, "answer size   %d bytes\n", r.answerSize)
	}
	fmt.Fprintf(w, "CPU           %s\n", r.cpuLine(errs))
	if o.pid > 0 {
		fmt.Fprintf(w, "server RSS    start %s  end %s (pid %d)\n", kb(r.rssStart), kb(r.rssEnd), o.pid)
		if len(r.rssSamples) > 0 {
			var parts []string
			for _, s := range r.rssSamples {
				parts = append(parts, strings.TrimSuffix(kb(s), " MiB"))
			}
			fmt.Fprintf(w, "RSS every %v  %s MiB\n", r.rssEvery, strings.Join(parts, " "))
		}
	}
}

// cpuLine says how much CPU the server and the generator used, as a
// share of one CPU and per request answered (errors included).
func (r *result) cpuLine(errs int64) string {
	n := r.ok + errs
	part := func(d time.Duration) string {
		if d < 0 {
			return "unknown"
		}
		s := fmt.Sprintf("%.2f s", d.Seconds())
		if r.elapsed > 0 {
			s += fmt.Sprintf(", %.2f CPUs", d.Seconds()/r.elapsed.Seconds())
		}
		if n > 0 {
			s += fmt.Sprintf(", %.1f µs a request", float64(d.Microseconds())/float64(n))
		}
		return s
	}
	return "server " + part(r.serverCPU) + "; generator " + part(r.selfCPU)
}

func round(d time.Duration) time.Duration {
	switch {
	case d > time.Second:
		return d.Round(time.Millisecond)
	case d > time.Millisecond:
		return d.Round(10 * time.Microsecond)
	}
	return d.Round(time.Microsecond)
}

func kb(n int64) string {
	if n < 0 {
		return "unknown"
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/1024)
}

// rssKB reads VmRSS (kB) from /proc/PID/status; -1 if unavailable.
func rssKB(pid int) int64 {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return -1
	}
	defer f.Close()
	n, err := parseVmRSS(f)
	if err != nil {
		return -1
	}
	return n
}

func parseVmRSS(r io.Reader) (int64, error) {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		rest, ok := strings.CutPrefix(sc.Text(), "VmRSS:")
		if !ok {
			continue
		}
		f := strings.Fields(rest)
		if len(f) != 2 || f[1] != "kB" {
			return 0, fmt.Errorf("odd VmRSS line %q", sc.Text())
		}
		return strconv.ParseInt(f[0], 10, 64)
	}
	if err := sc.Err(); err != nil {
		return 0, err
	}
	return 0, errors.New("no VmRSS line")
}

// processCPU is the user+system CPU time of process pid so far, from
// /proc/PID/stat; -1 if unavailable.
func processCPU(pid int) time.Duration {
	if pid <= 0 {
		return -1
	}
	f, err := os.Open(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return -1
	}
	defer f.Close()
	d, err := parseStatCPU(f)
	if err != nil {
		return -1
	}
	return d
}

// clockTick is the unit of /proc/PID/stat's times: USER_HZ, 100 on every
// Linux architecture Go supports.
const clockTick = 10 * time.Millisecond

// parseStatCPU reads utime+stime (fields 14 and 15) of a /proc/PID/stat
// line. The command name (field 2) is in parentheses and may hold spaces
// and parentheses itself, so the fields are counted after its last ")".
func parseStatCPU(r io.Reader) (time.Duration, error) {
	raw, err := io.ReadAll(io.LimitReader(r, 4096))
	if err != nil {
		return 0, err
	}
	i := strings.LastIndexByte(string(raw), ')')
	if i < 0 {
		return 0, errors.New("stat: no command name")
	}
	f := strings.Fields(string(raw[i+1:]))
	if len(f) < 13 {
		return 0, fmt.Errorf("stat: %d fields after the command name, want at least 13", len(f))
	}
	var sum int64
	for _, s := range f[11:13] { // fields 14 and 15; f[0] is field 3
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || n < 0 {
			return 0, fmt.Errorf("stat: bad CPU time %q", s)
		}
		sum += n
	}
	return time.Duration(sum) * clockTick, nil
}

// selfCPU is the generator's own user+system CPU time so far; -1 if
// unavailable.
func selfCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return -1
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// distinctTail writes n in binary as 32 full-width punctuation marks ("？"
// for 1, "。" for 0). Appended to a question it makes a text no cache has
// seen while changing nothing the engine reads (punctuation is not a
// term); the fixed width keeps "X" and "X？" in one question file from
// ever meeting.
func distinctTail(n int) string {
	var b strings.Builder
	for i := 0; i < 32; i, n = i+1, n>>1 {
		if n&1 == 1 {
			b.WriteString("？")
		} else {
			b.WriteString("。")
		}
	}
	return b.String()
}
