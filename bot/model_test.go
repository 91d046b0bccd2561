package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/reportbot/reportbot/bot/telegramtest"
	"github.com/reportbot/reportbot/llm"
	"github.com/reportbot/reportbot/llm/injectiontest"
	"github.com/reportbot/reportbot/llm/openaitest"
	"github.com/reportbot/reportbot/rag"
)

const modelKey = "sk-bot-test"

// modelBot runs a polling bot whose answers come from the real model path
// (llm.Answerer over llm.Client) against a scripted model, and the strict
// Bot API fake stamped with the bot's fake clock.
func modelBot(t *testing.T, mods ...hopt) (*harness, *openaitest.Server, *rag.Engine) {
	t.Helper()
	ai := openaitest.New(t, modelKey, "test-model")
	c, err := llm.NewClient(llm.Config{BaseURL: ai.BaseURL(), APIKey: modelKey, Model: "test-model", HTTPClient: ai.Client(), NoRetry: true, Timeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	eng := rag.NewEngine(loadIndex(t), nil)
	ans, err := llm.NewAnswerer(llm.Options{Client: c, Engine: eng})
	if err != nil {
		t.Fatal(err)
	}
	srv := telegramtest.New(t, testToken)
	clk := newFakeClock()
	srv.SetClock(clk.Now)
	mods = append([]hopt{func(o *Options) { o.Clock = clk }}, mods...)
	h := runPolling(t, srv, ans, &fakeAnswerer{ix: loadIndex(t)}, 7000, mods...)
	return h, ai, eng
}

// shownTo is every text the bot put on screen in chat: drafts, messages,
// edits, as the user reads them.
func shownTo(srv *telegramtest.Server, chat int64, methods ...string) []string {
	var out []string
	for _, c := range srv.Calls(methods...) {
		if c.Status == 200 && c.Params["chat_id"] == fmt.Sprint(chat) {
			out = append(out, c.Text())
		}
	}
	return out
}

// finalIn waits for the answer in chat: the message (or edit) that
// carries the 👍 button.
func finalIn(t *testing.T, srv *telegramtest.Server, chat int64) telegramtest.Call {
	t.Helper()
	var final telegramtest.Call
	srv.WaitCalls(t, 20*time.Second, func(cs []telegramtest.Call) bool {
		for _, c := range cs {
			if c.Params["chat_id"] == fmt.Sprint(chat) && buttons(c)["👍"] != "" {
				final = c
				return true
			}
		}
		return false
	}, "sendMessage", "editMessageText")
	return final
}

// A sentence the checks reject never reaches a draft or a preview edit:
// the model streams a good sentence, waits until the bot shows it, then
// streams an invented figure and more; the previews stop at the good
// sentence and the final answer is the regenerated one.
func TestPreviewsShowOnlyCheckedSentences(t *testing.T) {
	for _, group := range []bool{false, true} {
		name := "private chat drafts"
		if group {
			name = "group preview edits"
		}
		t.Run(name, func(t *testing.T) {
			h, ai, _ := modelBot(t)
			chat := alice.ID
			if group {
				chat = groupID
			}
			good := "2025年全市地区生产总值预期增长5.5%左右〔¶23〕。"
			ai.Push(openaitest.Reply{
				// A sentence is complete once the next one starts (marks
				// may follow its full stop): chunk 0 ends a character in.
				Chunks: []string{good + "规", "上工业增加值增长9.9%〔¶23〕。", "一般公共预算收入增长66%〔¶23〕。"},
				BeforeChunk: func(i int) {
					if i == 1 && !waitFor(func() bool { return previewShows(h.srv, chat, "5.5%左右〔¶23〕") }) {
						t.Errorf("the checked sentence was never previewed:\n%s", callDump(h.srv.Calls()))
					}
				},
			}, openaitest.Reply{Content: "规上工业增加值增长5.4%〔¶23〕。"})
			q := "2025年地区生产总值和规上工业增加值增长目标是多少？"
			if group {
				h.group(alice, "@"+telegramtest.BotUsername+" "+q, nil)
			} else {
				h.private(alice, q)
			}
			final := finalIn(t, h.srv, chat)
			if !strings.Contains(final.Text(), "5.4%") || strings.Contains(final.Text(), "9.9%") {
				t.Errorf("final answer %q", final.Text())
			}
			previews := shownTo(h.srv, chat, "sendMessageDraft", "editMessageText", "sendMessage")
			if len(previews) < 2 {
				t.Fatalf("previews %q", previews)
			}
			for _, p := range previews {
				if strings.Contains(p, "9.9%") || strings.Contains(p, "66%") {
					t.Errorf("a rejected sentence reached the screen: %q", p)
				}
			}
			if group && len(h.srv.Calls("sendMessageDraft")) != 0 || !group && len(h.srv.Calls("sendMessageDraft")) == 0 {
				t.Errorf("%d drafts", len(h.srv.Calls("sendMessageDraft")))
			}
		})
	}
}

// The injection suite through Telegram: each case asked in its own private
// chat, against a model that obeys it; no draft and no message shows the
// attacker's text (the final message may show only what the offline
// answer to the bare question shows, which owes nothing to the model).
func TestInjectionSuiteOverTelegram(t *testing.T) {
	h, ai, eng := modelBot(t)
	cases := injectiontest.Cases()
	byQuestion := map[string]injectiontest.Case{}
	for _, c := range cases {
		byQuestion[questionKey(c.Question)] = c
	}
	ai.Handle(func(r *openaitest.Request) openaitest.Reply {
		c, ok := byQuestion[questionKey(questionOf(r))]
		if !ok {
			t.Errorf("a request for no case: %q", questionOf(r))
			return openaitest.Reply{Status: 500}
		}
		return injectiontest.Handler(c)(r)
	})
	multi := len(eng.Reports()) > 1
	rep, _ := eng.Report("")
	for i, c := range cases {
		user := user{ID: 880000 + int64(i), Name: "Case"}
		h.private(user, c.Question)
		finalIn(t, h.srv, user.ID)
		forbid := c.Forbid
		if c.Prompt {
			forbid = append(forbid, injectiontest.PromptFragments(generationSystem(t, ai))...)
		}
		offline, err := eng.Ask(context.Background(), rag.Query{Text: c.Question})
		if err != nil {
			t.Fatal(err)
		}
		ojs, _ := json.Marshal(offline)
		var visible string
		for _, lang := range []string{"zh", "en"} {
			v, err := telegramtest.ParseHTML(renderAnswer(offline, rep, multi, lang).full)
			if err != nil {
				t.Fatal(err)
			}
			visible += v + "\n"
		}
		echoed := injectiontest.Unechoed(forbid, visible+"\n"+string(ojs)+"\n"+offline.Question)
		for _, d := range shownTo(h.srv, user.ID, "sendMessageDraft", "editMessageText") {
			if s := injectiontest.Shown(d, forbid); s != "" {
				t.Errorf("%s: a preview shows %q: %q", c.Name, s, d)
			}
		}
		for _, m := range shownTo(h.srv, user.ID, "sendMessage") {
			if s := injectiontest.Shown(m, echoed); s != "" {
				t.Errorf("%s: a message shows %q: %q", c.Name, s, m)
			}
		}
	}
	t.Logf("%d cases through Telegram; %d drafts in all", len(cases), len(h.srv.Calls("sendMessageDraft")))
}

// questionOf is the question block of a model request.
func questionOf(r *openaitest.Request) string {
	u := r.LastUser()
	for _, m := range r.Messages {
		if m.Role == "user" {
			u = m.Content
			break
		}
	}
	_, q, _ := strings.Cut(u, "<question>\n")
	q, _, _ = strings.Cut(q, "\n</question>")
	return q
}

// questionKey compares a question with its form inside a prompt, where
// angle brackets become full-width and invisible characters go.
func questionKey(q string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '<' || r == '>' || r == '＜' || r == '＞':
			return -1
		case r < ' ' && r != '\n' || r >= '\u200b' && r <= '\u200f' || r >= '\u202a' && r <= '\u202e' || r == '\u2060' || r == '\ufeff':
			return -1
		}
		return r
	}, strings.TrimSpace(q))
}

// generationSystem is the system prompt of the model's answer requests.
func generationSystem(t *testing.T, ai *openaitest.Server) string {
	t.Helper()
	for _, r := range ai.Requests() {
		if injectiontest.IsGeneration(r) {
			return r.System()
		}
	}
	t.Fatal("the model was never asked for an answer")
	return ""
}
