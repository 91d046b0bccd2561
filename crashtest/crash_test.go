package crashtest

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/reportbot/reportbot/bot/telegramtest"
	"github.com/reportbot/reportbot/storage"
	"github.com/reportbot/reportbot/storage/storagetest"
)

var (
	flagKills     = flag.Int("crash.kills", 3, "SIGKILLs per scenario")
	flagRate      = flag.Int("crash.rate", 12, "questions offered per second (votes come on top)")
	flagMaxUp     = flag.Duration("crash.maxup", 1500*time.Millisecond, "longest a process runs between kills (uniform from 100ms)")
	flagBackend   = flag.String("crash.backend", "sqlite", "database of the webhook and polling scenarios: sqlite or postgres")
	flagScenarios = flag.String("crash.scenarios", "webhook,polling,replicas", "scenarios to run, comma-separated")
	flagReport    = flag.String("crash.report", "", "append a markdown table row per scenario to `FILE`")
	flagSeed      = flag.Int64("crash.seed", 0, "random seed; 0 = from the clock")
)

type scenario struct {
	name     string
	polling  bool
	replicas int
	postgres bool
}

func TestCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("kills processes")
	}
	pg := *flagBackend == "postgres"
	for _, sc := range []scenario{
		{name: "webhook", replicas: 1, postgres: pg},
		{name: "polling", polling: true, replicas: 1, postgres: pg},
		{name: "replicas", replicas: 2, postgres: true},
	} {
		if !strings.Contains(","+*flagScenarios+",", ","+sc.name+",") {
			continue
		}
		t.Run(sc.name, func(t *testing.T) { runScenario(t, sc) })
	}
}

// update is one update the fake Telegram delivers.
type update struct {
	id    int64
	body  string
	user  int64 // the asker, whose private chat gets the answer; also the voter
	vote  int   // ±1 for a vote, 0 for a question
	qid   int64 // the question voted on
	acked atomic.Bool
}

type harness struct {
	t    *testing.T
	sc   scenario
	srv  *telegramtest.Server
	reps []*replica
	db   *storage.Store
	dsn  string

	rngMu sync.Mutex
	rng   *rand.Rand

	mu        sync.Mutex
	updates   []*update
	byUser    map[int64]*update // question of each user
	voted     map[int64]bool    // users whose answer got a vote
	duped     map[int64]bool    // updates delivered a second time
	questions []string

	nextID   atomic.Int64
	issueMu  sync.Mutex   // numbering and queueing an update, together (issue)
	work     chan *update // webhook deliveries
	inflight atomic.Int64 // webhook deliveries not yet answered 200
	rr       atomic.Int64
	client   *http.Client
	dupsSent atomic.Int64
	ackMu    sync.Mutex
	ackTimes []time.Duration // how long each webhook POST answered 200 took
	stopGen  chan struct{}
	genDone  sync.WaitGroup
	senders  sync.WaitGroup
}

func runScenario(t *testing.T, sc scenario) {
	seed := *flagSeed
	if seed == 0 {
		seed = time.Now().UnixNano()
	}
	t.Logf("seed %d", seed)
	dir := t.TempDir()
	h := &harness{t: t, sc: sc, srv: telegramtest.New(t, token), rng: rand.New(rand.NewSource(seed)),
		byUser: map[int64]*update{}, voted: map[int64]bool{}, duped: map[int64]bool{},
		work: make(chan *update, 1<<16), client: &http.Client{Timeout: 10 * time.Second}, stopGen: make(chan struct{})}
	h.nextID.Store(100000)
	h.questions = readQuestions(t)
	if sc.postgres {
		h.dsn = storagetest.Postgres(t)
	} else {
		h.dsn = filepath.Join(dir, "reportbot.db")
	}
	db, err := storage.Open(context.Background(), h.dsn)
	if err != nil {
		t.Fatal(err)
	}
	h.db = db
	defer db.Close()
	for i := 0; i < sc.replicas; i++ {
		r := newReplica(t, fmt.Sprintf("r%d", i+1), dir, h.srv.URL, h.dsn, !sc.polling)
		r.start(t)
		h.reps = append(h.reps, r)
	}
	defer func() {
		for _, r := range h.reps {
			r.signal(t, syscall.SIGKILL) // only if a failure left them running
		}
	}()
	start := time.Now()
	if !sc.polling {
		for i := 0; i < 8; i++ {
			h.senders.Add(1)
			go h.sender()
		}
	}
	h.genDone.Add(2)
	go h.generate()
	go h.observe()

	for k := 0; k < *flagKills; k++ {
		time.Sleep(100*time.Millisecond + time.Duration(h.intn(int(*flagMaxUp-100*time.Millisecond))))
		r := h.reps[h.intn(len(h.reps))]
		r.signal(t, syscall.SIGKILL)
		if testing.Verbose() {
			t.Logf("killed %s at %s", r.name, time.Now().Format("15:04:05.000000"))
		}
		if len(h.reps) > 1 && h.intn(2) == 0 {
			// Stay dead past the lease (3 s): the other replica must take
			// over what this one held.
			time.Sleep(3500 * time.Millisecond)
		}
		r.start(t)
	}
	close(h.stopGen)
	h.genDone.Wait()
	h.drain()
	for _, r := range h.reps {
		r.signal(t, syscall.SIGTERM)
	}
	close(h.work)
	h.senders.Wait()
	h.check(time.Since(start))
}

func readQuestions(t *testing.T) []string {
	f, err := os.Open("../loadtest/questions.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var qs []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if q := strings.TrimSpace(sc.Text()); q != "" && !strings.HasPrefix(q, "#") {
			qs = append(qs, q)
		}
	}
	return qs
}

func (h *harness) intn(n int) int {
	h.rngMu.Lock()
	defer h.rngMu.Unlock()
	return h.rng.Intn(n)
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}
