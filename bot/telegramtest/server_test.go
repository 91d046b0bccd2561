package telegramtest

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

func TestParseHTML(t *testing.T) {
	ok := []struct{ in, vis string }{
		{"<b>粗</b> &lt;x&gt; &amp; &quot;", `粗 <x> & "`},
		{`<blockquote>引文〔¶6〕</blockquote><i>一 › 二</i>`, "引文〔¶6〕一 › 二"},
		{`<a href="https://example.org/?a=1&amp;b=2">链接</a>`, "链接"},
		{`<span class="tg-spoiler">s</span><tg-spoiler>t</tg-spoiler><pre><code class="language-go">x</code></pre>`, "stx"},
		{"&#20320;&#x597D;", "你好"},
	}
	for _, tt := range ok {
		vis, err := ParseHTML(tt.in)
		if err != nil || vis != tt.vis {
			t.Errorf("ParseHTML(%q) = %q, %v; want %q", tt.in, vis, err, tt.vis)
		}
	}
	bad := []string{
		"a < b", "a > b", "A&B", "&nbsp;", "<div>x</div>", "<b>x", "<b><i>x</b></i>", "</b>",
		`<span>x</span>`, `<a>x</a>`, `<b class="x">y</b>`, "<blockquote><blockquote>x</blockquote></blockquote>",
		"<code><b>x</b></code>", "<br>", "<b", "\xff",
	}
	for _, in := range bad {
		if _, err := ParseHTML(in); err == nil {
			t.Errorf("ParseHTML(%q) accepted", in)
		}
	}
}

func call(t *testing.T, s *Server, token, method string, body io.Reader, ct string) (int, map[string]any) {
	t.Helper()
	resp, err := http.Post(s.URL+"/bot"+token+"/"+method, ct, body)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	json.NewDecoder(resp.Body).Decode(&out)
	return resp.StatusCode, out
}

func jsonBody(v any) io.Reader {
	b, _ := json.Marshal(v)
	return bytes.NewReader(b)
}

func TestServerValidates(t *testing.T) {
	s := New(t, "1:tok")
	if code, _ := call(t, s, "1:wrong", "getMe", nil, "application/json"); code != 401 {
		t.Fatalf("wrong token: %d", code)
	}
	cases := []struct {
		name   string
		method string
		params map[string]any
		code   int
		desc   string
	}{
		{"ok", "sendMessage", map[string]any{"chat_id": 1, "text": "<b>hi</b>", "parse_mode": "HTML"}, 200, ""},
		{"no chat", "sendMessage", map[string]any{"text": "hi"}, 400, "chat_id is empty"},
		{"empty", "sendMessage", map[string]any{"chat_id": 1, "text": "<b> </b>", "parse_mode": "HTML"}, 400, "message text is empty"},
		{"bad html", "sendMessage", map[string]any{"chat_id": 1, "text": "a<b", "parse_mode": "HTML"}, 400, "can't parse entities"},
		{"too long", "sendMessage", map[string]any{"chat_id": 1, "text": strings.Repeat("😀", 2049)}, 400, "message is too long"},
		{"4096 ok", "sendMessage", map[string]any{"chat_id": 1, "text": strings.Repeat("&amp;", 4096), "parse_mode": "HTML"}, 200, ""},
		{"long data", "sendMessage", map[string]any{"chat_id": 1, "text": "x", "reply_markup": map[string]any{"inline_keyboard": [][]map[string]any{{{"text": "b", "callback_data": strings.Repeat("x", 65)}}}}}, 400, "BUTTON_DATA_INVALID"},
		{"empty data", "sendMessage", map[string]any{"chat_id": 1, "text": "x", "reply_markup": map[string]any{"inline_keyboard": [][]map[string]any{{{"text": "b", "callback_data": ""}}}}}, 400, "BUTTON_DATA_INVALID"},
		{"bad markup", "sendMessage", map[string]any{"chat_id": 1, "text": "x", "reply_markup": "{"}, 400, "reply keyboard markup"},
		{"inline ok", "answerInlineQuery", map[string]any{"inline_query_id": "q", "results": []map[string]any{{"type": "article", "id": "a", "title": "t", "input_message_content": map[string]any{"message_text": "<i>x</i>", "parse_mode": "HTML"}}}}, 200, ""},
		{"inline long id", "answerInlineQuery", map[string]any{"inline_query_id": "q", "results": []map[string]any{{"type": "article", "id": strings.Repeat("i", 65), "title": "t", "input_message_content": map[string]any{"message_text": "x"}}}}, 400, "RESULT_ID_INVALID"},
		{"inline bad html", "answerInlineQuery", map[string]any{"inline_query_id": "q", "results": []map[string]any{{"type": "article", "id": "a", "title": "t", "input_message_content": map[string]any{"message_text": "<x>", "parse_mode": "HTML"}}}}, 400, "can't parse entities"},
		{"bad command", "setMyCommands", map[string]any{"commands": []map[string]any{{"command": "Ask-me", "description": "d"}}}, 400, "BOT_COMMAND_INVALID"},
	}
	for _, tt := range cases {
		code, out := call(t, s, "1:tok", tt.method, jsonBody(tt.params), "application/json")
		desc, _ := out["description"].(string)
		if code != tt.code || !strings.Contains(desc, tt.desc) {
			t.Errorf("%s: %d %q", tt.name, code, desc)
		}
	}
	// The same checks apply to multipart and urlencoded bodies.
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.WriteField("chat_id", "5")
	mw.WriteField("text", "a & b")
	mw.WriteField("parse_mode", "HTML")
	mw.Close()
	if code, _ := call(t, s, "1:tok", "sendMessage", &buf, mw.FormDataContentType()); code != 400 {
		t.Errorf("multipart bare &: %d", code)
	}
	form := url.Values{"chat_id": {"5"}, "text": {"ok"}}
	if code, _ := call(t, s, "1:tok", "sendMessage", strings.NewReader(form.Encode()), "application/x-www-form-urlencoded"); code != 200 {
		t.Errorf("urlencoded: %d", code)
	}
}

func TestServerScriptedFaultsAndUpdates(t *testing.T) {
	s := New(t, "1:tok")
	s.Fail("sendMessage", Fault{Code: 429, Description: "Too Many Requests: retry after 7", RetryAfter: 7})
	code, out := call(t, s, "1:tok", "sendMessage", jsonBody(map[string]any{"chat_id": 1, "text": "x"}), "application/json")
	if code != 429 || out["parameters"].(map[string]any)["retry_after"].(float64) != 7 {
		t.Fatalf("429: %d %v", code, out)
	}
	if code, _ := call(t, s, "1:tok", "sendMessage", jsonBody(map[string]any{"chat_id": 1, "text": "x"}), "application/json"); code != 200 {
		t.Fatal("fault not consumed")
	}
	s.PushUpdate(`{"update_id":10,"message":{"message_id":1,"date":1,"chat":{"id":1,"type":"private"},"text":"a"}}`)
	s.PushUpdate(`{"update_id":11,"message":{"message_id":2,"date":1,"chat":{"id":1,"type":"private"},"text":"b"}}`)
	_, out = call(t, s, "1:tok", "getUpdates", jsonBody(map[string]any{"offset": 0, "timeout": 0}), "application/json")
	if n := len(out["result"].([]any)); n != 2 {
		t.Fatalf("%d updates", n)
	}
	_, out = call(t, s, "1:tok", "getUpdates", jsonBody(map[string]any{"offset": 11, "timeout": 0}), "application/json")
	if n := len(out["result"].([]any)); n != 1 {
		t.Fatalf("offset not honoured: %d updates", n)
	}
	call(t, s, "1:tok", "setWebhook", jsonBody(map[string]any{"url": "https://x.example/hook"}), "application/json")
	if code, _ := call(t, s, "1:tok", "getUpdates", jsonBody(map[string]any{}), "application/json"); code != 409 {
		t.Fatalf("getUpdates with webhook: %d", code)
	}
	if len(s.Calls("sendMessage")) != 2 || s.Calls("sendMessage")[0].Status != 429 {
		t.Fatal("calls not recorded")
	}
}

func TestServerValidatesDrafts(t *testing.T) {
	s := New(t, "1:tok")
	at := time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)
	s.SetClock(func() time.Time { return at })
	draft := func(kv ...any) map[string]any {
		m := map[string]any{"chat_id": 111, "draft_id": 7, "text": "正在生成 &lt;x&gt;", "parse_mode": "HTML"}
		for i := 0; i < len(kv); i += 2 {
			if kv[i+1] == nil {
				delete(m, kv[i].(string))
			} else {
				m[kv[i].(string)] = kv[i+1]
			}
		}
		return m
	}
	cases := []struct {
		name   string
		params map[string]any
		code   int
		desc   string
	}{
		{"ok", draft(), 200, ""},
		{"ok thread", draft("message_thread_id", 3), 200, ""},
		{"ok plain", draft("parse_mode", nil, "text", "a < b & c"), 200, ""},
		{"ok entities", draft("parse_mode", nil, "entities", []map[string]any{{"type": "bold", "offset": 0, "length": 1}}), 200, ""},
		{"no chat", draft("chat_id", nil), 400, "chat_id is empty"},
		{"group chat", draft("chat_id", -100123), 400, "private chats"},
		{"bad chat", draft("chat_id", "abc"), 400, "chat not found"},
		{"no draft id", draft("draft_id", nil), 400, "draft_id"},
		{"zero draft id", draft("draft_id", 0), 400, "non-zero"},
		{"string draft id", draft("draft_id", "x1"), 400, "must be an integer"},
		{"fractional draft id", draft("draft_id", 1.5), 400, "must be an integer"},
		{"huge draft id", draft("draft_id", int64(1)<<40), 400, "must be an integer"},
		{"empty text", draft("text", "<b> </b>"), 400, "message text is empty"},
		{"no text", draft("text", nil), 400, "message text is empty"},
		{"bad html", draft("text", "A&B"), 400, "can't parse entities"},
		{"unclosed tag", draft("text", "<b>half"), 400, "can't parse entities"},
		{"too long", draft("text", strings.Repeat("&lt;", 4097)), 400, "message is too long"},
		{"4096 ok", draft("text", strings.Repeat("&lt;", 4096)), 200, ""},
		{"bad thread", draft("message_thread_id", "t"), 400, "message_thread_id"},
		{"bad entities", draft("parse_mode", nil, "entities", "{"), 400, "entities"},
	}
	for _, tt := range cases {
		code, out := call(t, s, "1:tok", "sendMessageDraft", jsonBody(tt.params), "application/json")
		desc, _ := out["description"].(string)
		if code != tt.code || !strings.Contains(desc, tt.desc) {
			t.Errorf("%s: %d %q", tt.name, code, desc)
		}
	}
	cs := s.Calls("sendMessageDraft")
	if len(cs) != len(cases) || cs[0].Text() != "正在生成 <x>" || !cs[0].At.Equal(at) || cs[0].Params["draft_id"] != "7" {
		t.Fatalf("calls not recorded with text and time: %+v", cs[0])
	}
}

func TestServerDeleteMessage(t *testing.T) {
	s := New(t, "1:tok")
	_, out := call(t, s, "1:tok", "sendMessage", jsonBody(map[string]any{"chat_id": 5, "text": "x"}), "application/json")
	id := int(out["result"].(map[string]any)["message_id"].(float64))
	if txt, ok := s.Message(5, id); !ok || txt != "x" {
		t.Fatalf("message %d: %q %v", id, txt, ok)
	}
	if code, _ := call(t, s, "1:tok", "deleteMessage", jsonBody(map[string]any{"chat_id": 5, "message_id": id}), "application/json"); code != 200 {
		t.Fatalf("delete: %d", code)
	}
	if _, ok := s.Message(5, id); ok {
		t.Fatal("message still there")
	}
	if code, _ := call(t, s, "1:tok", "deleteMessage", jsonBody(map[string]any{"chat_id": 5, "message_id": id}), "application/json"); code != 400 {
		t.Fatalf("second delete: %d", code)
	}
}

func TestServerEditMessageReplyMarkup(t *testing.T) {
	s := New(t, "1:tok")
	kb := func(label string) string {
		return `{"inline_keyboard":[[{"text":"` + label + `","callback_data":"v:+:1"}]]}`
	}
	_, out := call(t, s, "1:tok", "sendMessage", jsonBody(map[string]any{"chat_id": 5, "text": "x", "reply_markup": kb("👍")}), "application/json")
	id := int(out["result"].(map[string]any)["message_id"].(float64))
	for _, tc := range []struct {
		name string
		body map[string]any
		code int
	}{
		{"new keyboard", map[string]any{"chat_id": 5, "message_id": id, "reply_markup": kb("👍 1 ✓")}, 200},
		{"the same again", map[string]any{"chat_id": 5, "message_id": id, "reply_markup": kb("👍 1 ✓")}, 400},
		{"no such message", map[string]any{"chat_id": 5, "message_id": id + 1, "reply_markup": kb("👍")}, 400},
		{"no message id", map[string]any{"chat_id": 5, "reply_markup": kb("👍")}, 400},
		{"bad keyboard", map[string]any{"chat_id": 5, "message_id": id, "reply_markup": `{"inline_keyboard":[[{"text":"x"}]]}`}, 400},
	} {
		if code, _ := call(t, s, "1:tok", "editMessageReplyMarkup", jsonBody(tc.body), "application/json"); code != tc.code {
			t.Errorf("%s: %d, want %d", tc.name, code, tc.code)
		}
	}
	if got := s.Markup(5, id); !strings.Contains(got, "👍 1 ✓") {
		t.Fatalf("markup now %s", got)
	}
	if txt, _ := s.Message(5, id); txt != "x" {
		t.Fatalf("the text changed: %q", txt)
	}
}
