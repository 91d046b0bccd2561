package bot

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/reportbot/reportbot/bot/telegramtest"
)

// A webhook body with anything but white space after the update is
// refused and the update never handled.
func TestWebhookRejectsTrailingData(t *testing.T) {
	srv := telegramtest.New(t, testToken)
	b, _, _, _ := newBot(t, srv, &fakeAnswerer{ix: loadIndex(t)})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.RunWebhook(ctx, "https://bot.example.org/telegram/webhook", "s3cret") }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}()
	srv.WaitN(t, 1, "setWebhook")
	hs := httptest.NewServer(b.WebhookHandler())
	defer hs.Close()
	post := func(body string) int {
		req, _ := http.NewRequest(http.MethodPost, hs.URL, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", "s3cret")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	upd := func(id int64, chat user) string {
		return encode(map[string]any{"update_id": id, "message": messageJSON(id, chat, chat.ID, "private", "进出口增长多少？", nil)})
	}
	for _, body := range []string{upd(50, bob) + `{"update_id": 51}`, upd(52, bob) + " garbage", upd(53, bob) + "}"} {
		if code := post(body); code != http.StatusBadRequest {
			t.Errorf("%q: %d, want 400", body[len(body)-20:], code)
		}
	}
	if code := post(upd(54, alice) + "\n"); code != http.StatusOK {
		t.Fatalf("an update with a trailing newline: %d", code)
	}
	srv.WaitN(t, 1, "sendMessage")
	if n := len(sentTo(srv.Calls("sendMessage"), bob.ID)); n != 0 {
		t.Errorf("%d answers to the refused updates", n)
	}
}

// A callback query without a sender (no "from") is ignored: no vote is
// recorded for user 0, no question asked for nobody.
func TestCallbackWithoutSenderIgnored(t *testing.T) {
	h := newPolling(t, func(o *Options) { o.MaxConcurrency = 1 })
	h.private(alice, "进出口增长多少？")
	bs := buttons(h.sends(1)[0])
	for _, data := range []string{bs["👎"], "q:1", bs["原文 ¶6"]} {
		id := h.id()
		h.srv.PushUpdate(encode(map[string]any{"update_id": id, "callback_query": map[string]any{
			"id": fmt.Sprintf("cbx%d", id), "message": messageJSON(101, alice, alice.ID, "private", "…", nil),
			"chat_instance": "-77", "data": data,
		}}))
	}
	h.marker() // every earlier update has been handled
	if down, err := h.fb.Downvoted(context.Background(), time.Time{}, 5); err != nil || len(down) != 0 {
		t.Errorf("downvoted %+v %v", down, err)
	}
	if n := len(h.ans.questions()); n != 1 {
		t.Errorf("%d questions asked, want only alice's", n)
	}
	if n := len(sentTo(h.srv.Calls("sendMessage"), alice.ID)); n != 1 {
		t.Errorf("%d messages to alice, want the one answer", n)
	}
	if cs := h.srv.Calls("answerCallbackQuery"); len(cs) != 0 {
		t.Errorf("answered %d sender-less callbacks", len(cs))
	}
}
