package bot

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/reportbot/reportbot/bot/telegramtest"
	"github.com/reportbot/reportbot/rag"
)

// A "which report?" answer's button asks the question again of that
// report, through the strict fake: the log keeps the question, not the
// report's id. A choice on a message that left no question waiting (too
// old), or of a report no longer loaded, gets a note and asks nothing.
func TestChoiceButtonAsksAgain(t *testing.T) {
	srv := telegramtest.New(t, testToken)
	eng := multiEngine(t)
	st := openStore(t, t.TempDir()+"/bot.db")
	ans := rag.Converse(eng, eng, st.Conversations())
	h := runPolling(t, srv, ans, nil, 1000, func(o *Options) {
		o.Store, o.Conversations, o.MaxConcurrency = st, st.Conversations(), 1
	})
	h.private(alice, "地区生产总值增长目标是多少")
	asked := h.sends(1)[0]
	bs := buttons(asked)
	if bs["2024年示例市政府工作报告"] != "c:demo-2024" || bs["2025年盘锦市政府工作报告"] != "c:panjin-2025" {
		t.Fatalf("choice buttons %v\n%s", bs, asked.Text())
	}
	h.callback(alice, alice.ID, asked.MessageID, bs["2024年示例市政府工作报告"])
	got := h.sends(2)[1]
	if !strings.Contains(got.Text(), "5%左右〔demo-2024 ¶7〕") || strings.Contains(got.Text(), "请问") {
		t.Fatalf("after choosing demo-2024:\n%s", got.Text())
	}
	top, err := st.TopQuestions(context.Background(), time.Time{}, 10)
	if err != nil || len(top) != 1 || top[0].Question != "地区生产总值增长目标是多少" || top[0].N != 2 {
		t.Fatalf("logged questions %+v %v", top, err)
	}

	for _, tc := range []struct {
		msg  int
		data string
		note string
	}{
		{9999, "c:panjin-2025", "失效"},              // a message that left no question waiting
		{asked.MessageID, "c:mars-2099", "不在机器人中"}, // a report not loaded
	} {
		n := len(srv.Calls("answerCallbackQuery"))
		h.callback(alice, alice.ID, tc.msg, tc.data)
		srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool {
			return len(cs) > n && strings.Contains(cs[len(cs)-1].Params["text"], tc.note)
		}, "answerCallbackQuery")
	}
	h.marker()
	if n := len(sentTo(srv.Calls("sendMessage"), alice.ID)); n != 2 {
		t.Errorf("%d messages to Alice, want 2 (a forged choice asked something)", n)
	}
}

// Without a conversation store the question asked back cannot wait for
// a tap: the reports are listed, with no buttons for them.
func TestChoicesWithoutConversations(t *testing.T) {
	srv := telegramtest.New(t, testToken)
	h := runPolling(t, srv, multiEngine(t), nil, 1000)
	h.private(alice, "地区生产总值增长目标是多少")
	asked := h.sends(1)[0]
	for text, data := range buttons(asked) {
		if strings.HasPrefix(data, "c:") {
			t.Errorf("choice button %q without a store", text)
		}
	}
	if !strings.Contains(asked.Text(), "· 2024年示例市政府工作报告") {
		t.Errorf("reports not listed:\n%s", asked.Text())
	}
}
