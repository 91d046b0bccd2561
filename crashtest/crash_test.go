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
	"sort"
	"strconv"
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

// deliver hands an update to Telegram's delivery: a webhook POST until it
// is answered 200, or the getUpdates queue.
func (h *harness) deliver(u *update) {
	if h.sc.polling {
		h.srv.PushUpdate(u.body)
		return
	}
	h.inflight.Add(1)
	h.work <- u
}

// generate offers questions at the configured rate, each from a new user
// in a private chat, until the kills are over.
func (h *harness) generate() {
	defer h.genDone.Done()
	tick := time.NewTicker(time.Second / time.Duration(*flagRate))
	defer tick.Stop()
	for n := 0; ; n++ {
		select {
		case <-h.stopGen:
			return
		case <-tick.C:
		}
		id := h.nextID.Add(1)
		u := &update{id: id, user: 20000000 + id}
		u.body = mustJSON(map[string]any{"update_id": id, "message": map[string]any{
			"message_id": 1, "date": time.Now().Unix(), "text": h.questions[n%len(h.questions)],
			"from": map[string]any{"id": u.user, "is_bot": false, "first_name": "U"},
			"chat": map[string]any{"id": u.user, "type": "private", "first_name": "U"},
		}})
		h.mu.Lock()
		h.updates = append(h.updates, u)
		h.byUser[u.user] = u
		h.mu.Unlock()
		h.deliver(u)
	}
}

// observe watches the answers: most get a 👍 or 👎 from their asker (a
// callback query), some are delivered a second time (to the other
// replica), as Telegram does when a 200 got lost.
func (h *harness) observe() {
	defer h.genDone.Done()
	seen := 0
	for {
		select {
		case <-h.stopGen:
			return
		case <-time.After(50 * time.Millisecond):
		}
		calls := h.srv.Calls("sendMessage")
		for _, c := range calls[seen:] {
			chat, _ := strconv.ParseInt(c.Params["chat_id"], 10, 64)
			h.mu.Lock()
			q := h.byUser[chat]
			already := h.voted[chat]
			h.mu.Unlock()
			if c.Status != 200 || q == nil || already {
				continue
			}
			for _, row := range c.Keyboard() {
				for _, b := range row {
					if b.CallbackData == nil || !strings.HasPrefix(*b.CallbackData, "v:") {
						continue
					}
					sign := 1
					if strings.HasPrefix(*b.CallbackData, "v:-:") {
						sign = -1
					}
					if (h.intn(2) == 0) != (sign == 1) {
						continue // one of the two buttons, at random
					}
					h.voteOn(q, *b.CallbackData, sign)
				}
			}
			if h.intn(10) == 0 {
				h.duplicate(q)
			}
		}
		seen = len(calls)
	}
}

func (h *harness) voteOn(q *update, data string, sign int) {
	h.mu.Lock()
	if h.voted[q.user] {
		h.mu.Unlock()
		return
	}
	h.voted[q.user] = true
	h.mu.Unlock()
	if h.intn(5) == 0 {
		return // not everyone votes
	}
	qid, _ := strconv.ParseInt(data[4:], 10, 64)
	id := h.nextID.Add(1)
	v := &update{id: id, user: q.user, vote: sign, qid: qid}
	v.body = mustJSON(map[string]any{"update_id": id, "callback_query": map[string]any{
		"id": fmt.Sprintf("cb%d", id), "from": map[string]any{"id": q.user, "is_bot": false, "first_name": "U"},
		"message": map[string]any{"message_id": 101, "date": time.Now().Unix(), "text": "…",
			"chat": map[string]any{"id": q.user, "type": "private", "first_name": "U"}},
		"chat_instance": "1", "data": data,
	}})
	h.mu.Lock()
	h.updates = append(h.updates, v)
	h.mu.Unlock()
	h.deliver(v)
}

// duplicate delivers an answered question again; it must not be answered
// twice.
func (h *harness) duplicate(q *update) {
	h.mu.Lock()
	if h.duped[q.id] {
		h.mu.Unlock()
		return
	}
	h.duped[q.id] = true
	h.mu.Unlock()
	if h.sc.polling {
		return // getUpdates never serves a confirmed update again
	}
	h.dupsSent.Add(1)
	h.inflight.Add(1)
	h.work <- &update{id: q.id, body: q.body, user: q.user}
}

// sender POSTs updates to the replicas, round-robin, retrying each until
// one answers 200 (Telegram's webhook delivery).
func (h *harness) sender() {
	defer h.senders.Done()
	for u := range h.work {
		for {
			r := h.reps[int(h.rr.Add(1))%len(h.reps)]
			req, _ := http.NewRequest(http.MethodPost, "http://"+r.addr+webhookPath, strings.NewReader(u.body))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("X-Telegram-Bot-Api-Secret-Token", webhookSecret)
			began := time.Now()
			resp, err := h.client.Do(req)
			if err == nil {
				resp.Body.Close()
				if resp.StatusCode == http.StatusOK {
					took := time.Since(began)
					h.ackMu.Lock()
					h.ackTimes = append(h.ackTimes, took)
					h.ackMu.Unlock()
					u.acked.Store(true)
					h.inflight.Add(-1)
					break
				}
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
}

// drain waits until every update was acknowledged and the shared inbox and
// outbox are empty: all processed and sent.
func (h *harness) drain() {
	deadline := time.Now().Add(3 * time.Minute)
	for {
		h.mu.Lock()
		all := append([]*update(nil), h.updates...)
		h.mu.Unlock()
		pending := 0
		for _, u := range all {
			if h.sc.polling && u.id < h.srv.Offset() {
				u.acked.Store(true)
			}
			if !u.acked.Load() {
				pending++
			}
		}
		bl, err := h.db.Backlog(context.Background())
		if err == nil && pending == 0 && h.inflight.Load() == 0 && bl.Updates == 0 && bl.Replies == 0 {
			return
		}
		if time.Now().After(deadline) {
			h.t.Fatalf("not drained after 3 minutes: %d updates unacknowledged, backlog %+v (%v)", pending, bl, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// result is what a scenario measured.
type result struct {
	Kills, Questions, Votes, Acked, Processed, Lost int
	Duplicates, ResentAfterKill                     int
	VotesConfirmed, VotesStored, DuplicateVotes     int
	ConfirmedNotStored, Failed, DupDeliveries       int
	Integrity                                       string
	Duration                                        time.Duration
	AckP50, AckP99                                  time.Duration // webhook: time to the 200
}

// percentile returns the p-th percentile of ds (sorted in place).
func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	return ds[min(len(ds)-1, int(float64(len(ds))*p))]
}

func (h *harness) check(d time.Duration) {
	t := h.t
	ctx := context.Background()
	res := result{Kills: *flagKills, Duration: d.Round(time.Second), DupDeliveries: int(h.dupsSent.Load())}
	h.ackMu.Lock()
	res.AckP50, res.AckP99 = percentile(h.ackTimes, 0.50), percentile(h.ackTimes, 0.99)
	h.ackMu.Unlock()
	sent := h.srv.Calls("sendMessage")
	answers := map[int64]int{} // chat → messages
	texts := map[string]int{}  // chat + text → times sent
	for _, c := range sent {
		if c.Status != 200 {
			continue
		}
		chat, _ := strconv.ParseInt(c.Params["chat_id"], 10, 64)
		answers[chat]++
		texts[c.Params["chat_id"]+"\x00"+c.Params["text"]]++
	}
	confirmed := map[string]bool{}
	for _, c := range h.srv.Calls("answerCallbackQuery") {
		if c.Status == 200 && !strings.Contains(c.Params["text"], "没能") {
			confirmed[c.Params["callback_query_id"]] = true
		}
	}
	votes := map[int64][2]int{} // question id → up, down
	recorded := 0
	if err := h.db.EachQuestion(ctx, time.Time{}, func(v storage.Voted) error {
		votes[v.QuestionID] = [2]int{v.Up, v.Down}
		recorded++
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	h.mu.Lock()
	all := append([]*update(nil), h.updates...)
	h.mu.Unlock()
	for _, u := range all {
		if u.vote == 0 {
			res.Questions++
		} else {
			res.Votes++
		}
		if !u.acked.Load() {
			continue
		}
		res.Acked++
		state, err := h.db.InboxState(ctx, u.id)
		if err != nil {
			t.Fatal(err)
		}
		if state == "failed" {
			res.Failed++
		}
		processed := state == "done"
		if u.vote == 0 {
			processed = processed && answers[u.user] > 0
		} else {
			vs := votes[u.qid]
			n := vs[0] + vs[1]
			want := 0
			if u.vote < 0 {
				want = 1
			}
			processed = processed && n >= 1 && vs[want] == 1
			if n > 1 {
				res.DuplicateVotes++
			}
			if confirmed[fmt.Sprintf("cb%d", u.id)] {
				res.VotesConfirmed++
				if n == 0 {
					res.ConfirmedNotStored++
				}
			}
		}
		if processed {
			res.Processed++
		} else {
			res.Lost++
			t.Errorf("acknowledged update %d (vote %d) lost: inbox %q, %d messages to its chat", u.id, u.vote, state, answers[u.user])
		}
	}
	ackedVotes := 0
	for _, u := range all {
		if u.vote != 0 && u.acked.Load() {
			ackedVotes++
		}
	}
	for _, vs := range votes {
		res.VotesStored += vs[0] + vs[1]
	}
	if res.VotesStored != ackedVotes {
		t.Errorf("%d votes stored for %d acknowledged vote updates", res.VotesStored, ackedVotes)
	}
	// A message sent twice is a duplicate answer. The one case the design
	// admits: a kill between Telegram accepting a message and the outbox
	// recording it, after which the reply is claimed again and the message
	// resent. Any other duplicate is a bug.
	for key, n := range texts {
		if n < 2 {
			continue
		}
		res.Duplicates += n - 1
		chat, _ := strconv.ParseInt(key[:strings.IndexByte(key, 0)], 10, 64)
		h.mu.Lock()
		q := h.byUser[chat]
		h.mu.Unlock()
		_, claims, err := h.db.OutboxState(ctx, q.id)
		if err != nil {
			t.Fatal(err)
		}
		if testing.Verbose() {
			var at []string
			for _, c := range sent {
				if c.Params["chat_id"] == key[:strings.IndexByte(key, 0)] {
					at = append(at, c.At.Format("15:04:05.000000")+" "+strconv.Itoa(c.Status))
				}
			}
			t.Logf("duplicate: update %d sent %d times, outbox claims %d, sends at %v", q.id, n, claims, at)
		}
		if claims >= 2 {
			res.ResentAfterKill += n - 1
		} else {
			t.Errorf("question %d answered %d times, and its reply was never taken over after a kill", q.id, n)
		}
	}
	if res.Duplicates > 0 && testing.Verbose() {
		for _, r := range h.reps {
			t.Logf("log of %s:\n%s", r.name, tail(r.logs))
		}
	}
	if recorded != res.Questions {
		t.Errorf("%d questions recorded for %d question updates", recorded, res.Questions)
	}
	problems, err := h.db.Check(ctx)
	switch {
	case err != nil:
		res.Integrity = "error: " + err.Error()
		t.Error(err)
	case len(problems) > 0:
		res.Integrity = strings.Join(problems, "; ")
		t.Errorf("integrity: %v", problems)
	default:
		res.Integrity = "ok"
	}
	if res.ConfirmedNotStored > 0 || res.DuplicateVotes > 0 || res.Failed > 0 {
		t.Errorf("votes confirmed but not stored %d, duplicate votes %d, failed updates %d", res.ConfirmedNotStored, res.DuplicateVotes, res.Failed)
	}
	var refused []telegramtest.Call
	for _, c := range h.srv.Refused() {
		// A request cut short by the kill is not one the bot got wrong.
		if !strings.Contains(c.Error, "unexpected EOF") {
			refused = append(refused, c)
		}
	}
	if len(refused) > 0 {
		t.Errorf("the fake Bot API refused %d calls, first: %s %s", len(refused), refused[0].Method, refused[0].Error)
	}
	backend := "sqlite"
	if h.sc.postgres {
		backend = "postgres"
	}
	ack := "–"
	if !h.sc.polling {
		ack = fmt.Sprintf("%.1f / %.1f", ms(res.AckP50), ms(res.AckP99))
	}
	line := fmt.Sprintf("| %s | %s | %d | %d | %d | %d | %d | %d | %d | %d (%d resent after a kill) | %d | %d | %d | %s | %s | %v |",
		h.sc.name, backend, h.sc.replicas, res.Kills, res.Questions, res.Votes, res.Acked, res.Processed, res.Lost,
		res.Duplicates, res.ResentAfterKill, res.VotesConfirmed, res.VotesStored, res.DuplicateVotes, res.Integrity, ack, res.Duration)
	t.Log(header)
	t.Log(line)
	if *flagReport != "" {
		f, err := os.OpenFile(*flagReport, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintln(f, line)
		f.Close()
	}
}

// header heads the table of results (crashtest/run.sh prints it too).
const header = "| scenario | db | replicas | kills | questions | votes | acked | processed | lost | duplicate answers | votes confirmed | votes stored | duplicate votes | integrity | ack p50 / p99 ms | time |"

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}
