package crashtest

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

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
		text := h.questions[n%len(h.questions)]
		h.issue(func(id int64) *update {
			u := &update{id: id, user: 20000000 + id}
			u.body = mustJSON(map[string]any{"update_id": id, "message": map[string]any{
				"message_id": 1, "date": time.Now().Unix(), "text": text,
				"from": map[string]any{"id": u.user, "is_bot": false, "first_name": "U"},
				"chat": map[string]any{"id": u.user, "type": "private", "first_name": "U"},
			}})
			return u
		})
	}
}

// issue numbers a new update, records it and delivers it, one at a time:
// Telegram numbers updates in the order it queues them, so getUpdates never
// serves an update below one it already served (and confirmed by the
// offset). Numbering and queueing apart let a vote numbered before a
// question reach the fake server after the bot had confirmed that question.
func (h *harness) issue(build func(id int64) *update) {
	h.issueMu.Lock()
	defer h.issueMu.Unlock()
	u := build(h.nextID.Add(1))
	h.mu.Lock()
	h.updates = append(h.updates, u)
	if u.vote == 0 {
		h.byUser[u.user] = u
	}
	h.mu.Unlock()
	h.deliver(u)
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
	h.issue(func(id int64) *update {
		v := &update{id: id, user: q.user, vote: sign, qid: qid}
		v.body = mustJSON(map[string]any{"update_id": id, "callback_query": map[string]any{
			"id": fmt.Sprintf("cb%d", id), "from": map[string]any{"id": q.user, "is_bot": false, "first_name": "U"},
			"message": map[string]any{"message_id": 101, "date": time.Now().Unix(), "text": "…",
				"chat": map[string]any{"id": q.user, "type": "private", "first_name": "U"}},
			"chat_instance": "1", "data": data,
		}})
		return v
	})
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
