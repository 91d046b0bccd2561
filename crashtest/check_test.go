package crashtest

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/reportbot/reportbot/bot/telegramtest"
	"github.com/reportbot/reportbot/storage"
)

// result is what a scenario measured.
type result struct {
	Kills, Questions, Votes, Acked, Processed, Lost int
	Duplicates, ResentAfterKill                     int
	VotesConfirmed, VotesStored, DuplicateVotes     int
	ConfirmedNotStored, Failed                      int
	Integrity                                       string
	Duration                                        time.Duration
	AckP50, AckP99                                  time.Duration // webhook: time to the 200
}

// observed is what the fake Telegram and the database saw.
type observed struct {
	sent      []telegramtest.Call
	answers   map[int64]int    // chat → messages sent to it
	texts     map[string]int   // chat NUL text → times sent
	confirmed map[string]bool  // callback query ids thanked for their vote
	votes     map[int64][2]int // question id → 👍, 👎 stored
	recorded  int              // questions recorded
}

func (h *harness) observed() observed {
	o := observed{sent: h.srv.Calls("sendMessage"), answers: map[int64]int{}, texts: map[string]int{},
		confirmed: map[string]bool{}, votes: map[int64][2]int{}}
	for _, c := range o.sent {
		if c.Status != 200 {
			continue
		}
		chat, _ := strconv.ParseInt(c.Params["chat_id"], 10, 64)
		o.answers[chat]++
		o.texts[c.Params["chat_id"]+"\x00"+c.Params["text"]]++
	}
	for _, c := range h.srv.Calls("answerCallbackQuery") {
		if c.Status == 200 && !strings.Contains(c.Params["text"], "没能") { // not "could not record"
			o.confirmed[c.Params["callback_query_id"]] = true
		}
	}
	err := h.db.EachQuestion(context.Background(), time.Time{}, func(v storage.Voted) error {
		o.votes[v.QuestionID] = [2]int{v.Up, v.Down}
		o.recorded++
		return nil
	})
	if err != nil {
		h.t.Fatal(err)
	}
	return o
}

func (h *harness) check(d time.Duration) {
	t := h.t
	res := result{Kills: *flagKills, Duration: d.Round(time.Second)}
	h.ackMu.Lock()
	res.AckP50, res.AckP99 = percentile(h.ackTimes, 0.50), percentile(h.ackTimes, 0.99)
	h.ackMu.Unlock()
	o := h.observed()
	h.checkUpdates(o, &res)
	h.checkDuplicates(o, &res)
	if o.recorded != res.Questions {
		t.Errorf("%d questions recorded for %d question updates", o.recorded, res.Questions)
	}
	if res.ConfirmedNotStored > 0 || res.DuplicateVotes > 0 || res.Failed > 0 {
		t.Errorf("votes confirmed but not stored %d, duplicate votes %d, failed updates %d", res.ConfirmedNotStored, res.DuplicateVotes, res.Failed)
	}
	res.Integrity = h.checkIntegrity()
	h.report(res)
}

// checkUpdates: every acknowledged update is done in the inbox and had
// its effect — an answer in its chat, its vote stored with its sign.
func (h *harness) checkUpdates(o observed, res *result) {
	t := h.t
	h.mu.Lock()
	all := append([]*update(nil), h.updates...)
	h.mu.Unlock()
	ackedVotes := 0
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
		state, err := h.db.InboxState(context.Background(), u.id)
		if err != nil {
			t.Fatal(err)
		}
		if state == "failed" {
			res.Failed++
		}
		processed := state == "done"
		if u.vote == 0 {
			processed = processed && o.answers[u.user] > 0
		} else {
			ackedVotes++
			processed = processed && h.checkVote(o, u, res)
		}
		if processed {
			res.Processed++
		} else {
			res.Lost++
			t.Errorf("acknowledged update %d (vote %d) lost: inbox %q, %d messages to its chat", u.id, u.vote, state, o.answers[u.user])
		}
	}
	for _, vs := range o.votes {
		res.VotesStored += vs[0] + vs[1]
	}
	if res.VotesStored != ackedVotes {
		t.Errorf("%d votes stored for %d acknowledged vote updates", res.VotesStored, ackedVotes)
	}
}

// checkVote reports whether vote u is stored, counting confirmations.
func (h *harness) checkVote(o observed, u *update, res *result) bool {
	vs := o.votes[u.qid]
	n := vs[0] + vs[1]
	want := 0
	if u.vote < 0 {
		want = 1
	}
	if n > 1 {
		res.DuplicateVotes++
	}
	if o.confirmed[fmt.Sprintf("cb%d", u.id)] {
		res.VotesConfirmed++
		if n == 0 {
			res.ConfirmedNotStored++
		}
	}
	return n >= 1 && vs[want] == 1
}

// checkDuplicates: a message sent twice to a chat is a duplicate answer.
// The one case the design admits is a kill between Telegram accepting a
// message and the outbox recording it, after which the reply is claimed
// again and the message resent; any other duplicate is a bug.
func (h *harness) checkDuplicates(o observed, res *result) {
	t := h.t
	for key, n := range o.texts {
		if n < 2 {
			continue
		}
		res.Duplicates += n - 1
		chatID := key[:strings.IndexByte(key, 0)]
		chat, _ := strconv.ParseInt(chatID, 10, 64)
		h.mu.Lock()
		q := h.byUser[chat]
		h.mu.Unlock()
		_, claims, err := h.db.OutboxState(context.Background(), q.id)
		if err != nil {
			t.Fatal(err)
		}
		if testing.Verbose() {
			var at []string
			for _, c := range o.sent {
				if c.Params["chat_id"] == chatID {
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
}

// checkIntegrity runs the database's check and looks for calls the fake
// refused; it returns the integrity verdict for the report.
func (h *harness) checkIntegrity() string {
	t := h.t
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
	problems, err := h.db.Check(context.Background())
	switch {
	case err != nil:
		t.Error(err)
		return "error: " + err.Error()
	case len(problems) > 0:
		t.Errorf("integrity: %v", problems)
		return strings.Join(problems, "; ")
	}
	return "ok"
}

// header heads the table of results (crashtest/run.sh prints it too).
const header = "| scenario | db | replicas | kills | questions | votes | acked | processed | lost | duplicate answers | votes confirmed | votes stored | duplicate votes | integrity | ack p50 / p99 ms | time |"

// report logs the scenario's table row and appends it to -crash.report.
func (h *harness) report(res result) {
	t := h.t
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
	t.Logf("second deliveries of answered questions: %d (webhook)", h.dupsSent.Load())
	if *flagReport == "" {
		return
	}
	f, err := os.OpenFile(*flagReport, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintln(f, line)
	f.Close()
}

// percentile returns the p-th percentile of ds (sorted in place).
func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	return ds[min(len(ds)-1, int(float64(len(ds))*p))]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
