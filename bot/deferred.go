package bot

import (
	"context"
	"encoding/json"
	"time"

	"github.com/reportbot/reportbot/storage"
)

// Questions past a rate limit are answered later, never dropped, and
// durably: the update that asked is put off (putOff) by adding a marker
// after the notice ("这个问题我会在 14:32 回答") in its outbox entry. The
// outbox holds the entry until the marker's time (release), then puts a
// copy of the update back in the inbox, flagged as deferred, and the
// update is processed again as if just received — by any replica, after
// any restart — except that its limit was paid when it was booked.

// deferred is the marker: the update to process again, and when.
type deferred struct {
	At     int64           `json:"at"`     // Unix milliseconds
	Update json.RawMessage `json:"update"` // as received
}

// deferredFlag marks the inbox copy of an update put off.
const deferredFlag = "reportbot_deferred"

// deferredID is the inbox id of the copy of update id: negative, so it is
// never a Telegram update's, and one per update (an update is put off at
// most once: its copy is not limited again).
func deferredID(id int64) int64 { return -id - 1 }

// isDeferred reports whether the update being processed was put off.
func isDeferred(ctx context.Context) bool {
	j := jobOf(ctx)
	return j != nil && j.deferred
}

// putOff books the update being processed to be processed again at at.
func (b *Bot) putOff(ctx context.Context, at time.Time) {
	j := jobOf(ctx)
	if j == nil || len(j.body) == 0 {
		b.log.Error("a question over the rate limit could not be put off: no update to keep")
		return
	}
	b.metric.updates.WithLabelValues("put_off").Inc()
	j.add(outMessage{Defer: &deferred{At: at.UnixMilli(), Update: j.body}})
}

// release is the outbox reaching marker d of reply r: before its time, r
// waits in the outbox until then; at its time, the update goes back to the
// inbox. It reports whether r may go on.
func (b *Bot) release(ctx context.Context, r *storage.Reply, d *deferred) bool {
	if wait := time.UnixMilli(d.At).Sub(b.clock.Now()); wait > 0 {
		if err := b.store.ReplyRetry(ctx, r, b.owner, wait, "a question put off by the rate limit"); err != nil {
			b.log.Warn("keeping a put-off question; it is taken up when its lease runs out", "update_id", r.UpdateID, "err", err)
		}
		return false
	}
	body, err := flagDeferred(d.Update)
	if err != nil {
		b.log.Error("a put-off update does not decode; dropping it", "update_id", r.UpdateID, "err", err)
		r.Dropped++
		return true
	}
	if res := b.enqueue(ctx, deferredID(r.UpdateID), body); res == storage.Full {
		if err := b.store.ReplyRetry(ctx, r, b.owner, b.opts.RetryBase, "the inbox is full"); err != nil {
			b.log.Warn("keeping a put-off question; it is taken up when its lease runs out", "update_id", r.UpdateID, "err", err)
		}
		return false
	}
	return true
}

// flagDeferred is update JSON with the deferred flag added.
func flagDeferred(update json.RawMessage) ([]byte, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(update, &m); err != nil {
		return nil, err
	}
	m[deferredFlag] = json.RawMessage("true")
	return json.Marshal(m)
}

// readDeferred reports whether an update's JSON carries the deferred flag.
func readDeferred(body []byte) bool {
	var f map[string]json.RawMessage
	if json.Unmarshal(body, &f) != nil {
		return false
	}
	var on bool
	return json.Unmarshal(f[deferredFlag], &on) == nil && on
}
