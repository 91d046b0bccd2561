// Package telegramtest is a strict fake of the Telegram Bot API for tests.
//
// It serves /bot<token>/<method> on an httptest server, parses bodies sent
// as multipart/form-data, application/x-www-form-urlencoded or
// application/json as the Bot API does, and validates each call the way
// Telegram would — token, chat_id, text length after entity parsing, HTML
// markup, reply_markup, callback_data, inline query results, message drafts
// (sendMessageDraft: private chat, non-zero integer draft_id) — answering
// mistakes with Telegram's 400 error shapes. Every call is recorded;
// getUpdates serves a queue of update JSON; any method can be scripted to
// fail (429 with retry_after, 403, 400 ...).
package telegramtest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// BotUsername and BotID are what getMe returns.
const (
	BotUsername = "PanjinReportBot"
	BotID       = 7000001
)

// Call is one recorded API call.
type Call struct {
	Method string
	Params map[string]string // JSON-valued fields hold their JSON text
	Status int               // HTTP status answered
	Error  string            // description when the call was refused
	At     time.Time         // when it was answered, by the server's clock (see SetClock)
	// MessageID is the id of the message a successful sendMessage or
	// edit answered with (0 for other calls).
	MessageID int
}

// Text is the visible text a sendMessage/editMessageText/sendMessageDraft call carried (after HTML parsing).
func (c Call) Text() string {
	if c.Params["parse_mode"] == "HTML" {
		if t, err := ParseHTML(c.Params["text"]); err == nil {
			return t
		}
	}
	return c.Params["text"]
}

// Keyboard returns the inline keyboard of the call's reply_markup.
func (c Call) Keyboard() [][]Button {
	var m struct {
		InlineKeyboard [][]Button `json:"inline_keyboard"`
	}
	json.Unmarshal([]byte(c.Params["reply_markup"]), &m)
	return m.InlineKeyboard
}

// Button is an inline keyboard button.
type Button struct {
	Text              string  `json:"text"`
	CallbackData      *string `json:"callback_data,omitempty"`
	URL               *string `json:"url,omitempty"`
	SwitchInlineQuery *string `json:"switch_inline_query,omitempty"`
	SwitchInlineCur   *string `json:"switch_inline_query_current_chat,omitempty"`
}

// Fault is a scripted error answer.
type Fault struct {
	Code        int
	Description string
	RetryAfter  int   // sets parameters.retry_after
	MigrateTo   int64 // sets parameters.migrate_to_chat_id
}

type message struct {
	text, markup string
}

// Server is the fake Bot API.
type Server struct {
	*httptest.Server
	Token string

	mu       sync.Mutex
	cond     *sync.Cond
	calls    []Call
	updates  []json.RawMessage
	faults   map[string][]Fault
	nextMsg  int
	messages map[string]message // "chat/msgid" → last content
	webhook  string
	closed   bool
	polls    int
	offset   int64 // highest getUpdates offset asked for: updates below it are confirmed
	now      func() time.Time
}

// New starts a fake server for token; it is closed when the test ends.
func New(t testing.TB, token string) *Server {
	s := &Server{Token: token, faults: map[string][]Fault{}, messages: map[string]message{}, nextMsg: 100, now: time.Now}
	s.cond = sync.NewCond(&s.mu)
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(func() {
		s.mu.Lock()
		s.closed = true
		s.cond.Broadcast()
		s.mu.Unlock()
		s.Server.Close()
	})
	return s
}

// PushUpdate queues an update (raw JSON as Telegram sends it) for getUpdates.
func (s *Server) PushUpdate(update string) {
	if !json.Valid([]byte(update)) {
		panic("telegramtest: invalid update JSON: " + update)
	}
	s.mu.Lock()
	s.updates = append(s.updates, json.RawMessage(update))
	s.cond.Broadcast()
	s.mu.Unlock()
}

// SetClock makes the server stamp calls (Call.At) with now, e.g. the fake
// clock of the code under test, so tests can check spacing in its time.
func (s *Server) SetClock(now func() time.Time) {
	s.mu.Lock()
	s.now = now
	s.mu.Unlock()
}

// Message returns the current HTML text of a message the bot sent or
// edited, and whether it exists (deleteMessage removes it).
func (s *Server) Message(chat int64, id int) (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, ok := s.messages[fmt.Sprintf("%d/%d", chat, id)]
	return m.text, ok
}

// Markup returns the current reply_markup JSON of a message the bot sent
// or edited ("" for none).
func (s *Server) Markup(chat int64, id int) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.messages[fmt.Sprintf("%d/%d", chat, id)].markup
}

// Fail makes the next calls of method answer with faults, in order.
func (s *Server) Fail(method string, faults ...Fault) {
	s.mu.Lock()
	s.faults[method] = append(s.faults[method], faults...)
	s.mu.Unlock()
}

// Calls returns the recorded calls of the given methods (all but getUpdates when none given).
func (s *Server) Calls(methods ...string) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Call
	for _, c := range s.calls {
		if len(methods) == 0 && c.Method != "getUpdates" {
			out = append(out, c)
			continue
		}
		for _, m := range methods {
			if c.Method == m {
				out = append(out, c)
			}
		}
	}
	return out
}

// Refused returns the calls the server rejected with a 400 for bad input
// (scripted faults and "message is not modified", a normal answer to a
// repeated edit, are not counted).
func (s *Server) Refused() []Call {
	var out []Call
	for _, c := range s.Calls() {
		if c.Status == http.StatusBadRequest && c.Error != "" && !strings.Contains(c.Error, "scripted") && !strings.Contains(c.Error, "message is not modified") {
			out = append(out, c)
		}
	}
	return out
}

// WaitCalls waits until pred holds for the recorded calls of methods, or fails the test after timeout.
func (s *Server) WaitCalls(t testing.TB, timeout time.Duration, pred func([]Call) bool, methods ...string) []Call {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		cs := s.Calls(methods...)
		if pred(cs) {
			return cs
		}
		if time.Now().After(deadline) {
			t.Fatalf("telegramtest: condition not met within %v; calls %v:\n%s", timeout, methods, dump(cs))
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// WaitN waits until at least n calls of methods were recorded.
func (s *Server) WaitN(t testing.TB, n int, methods ...string) []Call {
	t.Helper()
	return s.WaitCalls(t, 10*time.Second, func(cs []Call) bool { return len(cs) >= n }, methods...)
}

// Offset is the highest offset getUpdates was called with, recorded as
// the call arrives: Telegram treats every update below it as confirmed
// and never sends it again.
func (s *Server) Offset() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.offset
}

// Polls is how many getUpdates calls were answered.
func (s *Server) Polls() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.polls
}

func dump(cs []Call) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "  %s %d %s %v\n", c.Method, c.Status, c.Error, c.Params)
	}
	return b.String()
}

type apiError struct {
	code    int
	desc    string
	retry   int
	migrate int64
}

func badRequest(format string, args ...any) *apiError {
	return &apiError{code: 400, desc: "Bad Request: " + fmt.Sprintf(format, args...)}
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	reply := func(result any, e *apiError, method string, params map[string]string) {
		w.Header().Set("Content-Type", "application/json")
		c := Call{Method: method, Params: params, Status: 200}
		var body map[string]any
		if e != nil {
			c.Status, c.Error = e.code, e.desc
			body = map[string]any{"ok": false, "error_code": e.code, "description": e.desc}
			params := map[string]any{}
			if e.retry > 0 {
				params["retry_after"] = e.retry
			}
			if e.migrate != 0 {
				params["migrate_to_chat_id"] = e.migrate
			}
			if len(params) > 0 {
				body["parameters"] = params
			}
		} else {
			body = map[string]any{"ok": true, "result": result}
			if m, ok := result.(map[string]any); ok {
				c.MessageID, _ = m["message_id"].(int)
			}
		}
		if method != "" {
			s.mu.Lock()
			c.At = s.now()
			s.calls = append(s.calls, c)
			s.mu.Unlock()
		}
		w.WriteHeader(c.Status)
		json.NewEncoder(w).Encode(body)
	}
	rest, ok := strings.CutPrefix(r.URL.Path, "/bot")
	tok, method, ok2 := strings.Cut(rest, "/")
	if !ok || !ok2 || r.Method != http.MethodPost && r.Method != http.MethodGet {
		reply(nil, &apiError{code: 404, desc: "Not Found"}, "", nil)
		return
	}
	if tok != s.Token {
		reply(nil, &apiError{code: 401, desc: "Unauthorized"}, "", nil)
		return
	}
	params, err := parseParams(r)
	if err != nil {
		reply(nil, badRequest("%v", err), method, params)
		return
	}
	s.mu.Lock()
	if f := s.faults[method]; len(f) > 0 {
		s.faults[method] = f[1:]
		s.mu.Unlock()
		reply(nil, &apiError{code: f[0].Code, desc: f[0].Description + " (scripted)", retry: f[0].RetryAfter, migrate: f[0].MigrateTo}, method, params)
		return
	}
	s.mu.Unlock()
	result, e := s.handle(r.Context(), method, params)
	reply(result, e, method, params)
}

func parseParams(r *http.Request) (map[string]string, error) {
	params := map[string]string{}
	for k, v := range r.URL.Query() {
		params[k] = v[0]
	}
	ct, ctParams, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch ct {
	case "", "application/x-www-form-urlencoded":
		body, err := io.ReadAll(io.LimitReader(r.Body, 10<<20))
		if err != nil {
			return params, err
		}
		v, err := url.ParseQuery(string(body))
		if err != nil {
			return params, fmt.Errorf("can't parse form: %v", err)
		}
		for k, vs := range v {
			params[k] = vs[0]
		}
	case "application/json":
		var m map[string]json.RawMessage
		if err := json.NewDecoder(io.LimitReader(r.Body, 10<<20)).Decode(&m); err != nil && err != io.EOF {
			return params, fmt.Errorf("can't parse JSON body: %v", err)
		}
		for k, raw := range m {
			var s string
			if json.Unmarshal(raw, &s) == nil {
				params[k] = s
			} else {
				params[k] = string(raw)
			}
		}
	case "multipart/form-data":
		body, err := io.ReadAll(io.LimitReader(r.Body, 50<<20))
		if err != nil {
			return params, err
		}
		if len(body) == 0 { // a method without parameters
			return params, nil
		}
		mr := multipart.NewReader(bytes.NewReader(body), ctParams["boundary"])
		for {
			p, err := mr.NextPart()
			if err == io.EOF {
				break
			}
			if err != nil {
				return params, fmt.Errorf("can't parse multipart body: %v", err)
			}
			b, err := io.ReadAll(io.LimitReader(p, 10<<20))
			if err != nil {
				return params, err
			}
			params[p.FormName()] = string(b)
		}
	default:
		return params, fmt.Errorf("unsupported Content-Type %q", ct)
	}
	return params, nil
}

func (s *Server) handle(ctx context.Context, method string, p map[string]string) (any, *apiError) {
	switch method {
	case "getMe":
		return map[string]any{"id": BotID, "is_bot": true, "first_name": "盘锦报告助手", "username": BotUsername, "supports_inline_queries": true}, nil
	case "getUpdates":
		return s.getUpdates(ctx, p)
	case "setWebhook":
		return s.setWebhook(p)
	case "deleteWebhook":
		s.mu.Lock()
		s.webhook = ""
		s.mu.Unlock()
		return true, nil
	case "setMyCommands":
		return s.setMyCommands(p)
	case "sendChatAction":
		return s.sendChatAction(p)
	case "sendMessage":
		return s.sendMessage(p)
	case "editMessageText":
		return s.editMessageText(p)
	case "editMessageReplyMarkup":
		return s.editMarkup(p)
	case "sendMessageDraft":
		return s.sendMessageDraft(p)
	case "deleteMessage":
		return s.deleteMessage(p)
	case "answerCallbackQuery":
		return s.answerCallbackQuery(p)
	case "answerInlineQuery":
		return s.answerInline(p)
	}
	return nil, &apiError{code: 404, desc: "Not Found: method not found"}
}

// setWebhook checks the URL and secret as Telegram does.
func (s *Server) setWebhook(p map[string]string) (any, *apiError) {
	u, err := url.Parse(p["url"])
	if p["url"] != "" && (err != nil || u.Scheme != "https" || u.Host == "") {
		return nil, badRequest("bad webhook: An HTTPS URL must be provided for webhook")
	}
	if sec := p["secret_token"]; sec != "" && !regexp.MustCompile(`^[A-Za-z0-9_-]{1,256}$`).MatchString(sec) {
		return nil, badRequest("secret token contains unallowed characters")
	}
	s.mu.Lock()
	s.webhook = p["url"]
	s.mu.Unlock()
	return true, nil
}

// sendChatAction accepts the actions Telegram knows.
func (s *Server) sendChatAction(p map[string]string) (any, *apiError) {
	if _, e := chatID(p); e != nil {
		return nil, e
	}
	switch p["action"] {
	case "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice", "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note":
		return true, nil
	}
	return nil, badRequest("wrong parameter action in request")
}

// checkBody checks a message's text and markup as Telegram does, and
// returns the text as Telegram shows it.
func checkBody(p map[string]string) (string, *apiError) {
	text, e := checkText(p["text"], p["parse_mode"])
	if e != nil {
		return "", e
	}
	return text, checkMarkup(p["reply_markup"])
}

// sendMessage checks the text and markup and keeps the message.
func (s *Server) sendMessage(p map[string]string) (any, *apiError) {
	id, e := chatID(p)
	if e != nil {
		return nil, e
	}
	text, e := checkBody(p)
	if e != nil {
		return nil, e
	}
	s.mu.Lock()
	s.nextMsg++
	mid := s.nextMsg
	s.messages[messageKey(id, mid)] = message{p["text"], p["reply_markup"]}
	s.mu.Unlock()
	return messageJSON(id, mid, text), nil
}

// editMessageText edits a kept message; Telegram refuses an edit that
// changes nothing.
func (s *Server) editMessageText(p map[string]string) (any, *apiError) {
	if p["inline_message_id"] != "" {
		if _, e := checkText(p["text"], p["parse_mode"]); e != nil {
			return nil, e
		}
		return true, checkMarkup(p["reply_markup"])
	}
	id, mid, e := messageRef(p)
	if e != nil {
		return nil, e
	}
	text, e := checkBody(p)
	if e != nil {
		return nil, e
	}
	key := messageKey(id, mid)
	s.mu.Lock()
	defer s.mu.Unlock()
	old, ok := s.messages[key]
	if !ok {
		// A message sent before the test (an update's message) may be edited: accept once.
		s.messages[key] = message{p["text"], p["reply_markup"]}
		return messageJSON(id, mid, text), nil
	}
	if old.text == p["text"] && sameJSON(old.markup, p["reply_markup"]) {
		return nil, badRequest(notModified)
	}
	s.messages[key] = message{p["text"], p["reply_markup"]}
	return messageJSON(id, mid, text), nil
}

// deleteMessage deletes a kept message.
func (s *Server) deleteMessage(p map[string]string) (any, *apiError) {
	id, mid, e := messageRef(p)
	if e != nil {
		return nil, e
	}
	key := messageKey(id, mid)
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.messages[key]; !ok {
		return nil, badRequest("message to delete not found")
	}
	delete(s.messages, key)
	return true, nil
}

// answerCallbackQuery checks the query id and the notice's length.
func (s *Server) answerCallbackQuery(p map[string]string) (any, *apiError) {
	if p["callback_query_id"] == "" {
		return nil, badRequest("query is too old and response timeout expired or query ID is invalid")
	}
	if UTF16Len(p["text"]) > 200 {
		return nil, badRequest("MESSAGE_TOO_LONG")
	}
	return true, nil
}

// notModified is Telegram's answer to an edit that changes nothing.
const notModified = "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message"

// editMarkup replaces a message's inline keyboard: chat_id and message_id
// of a message the bot sent (or inline_message_id), reply_markup an
// inline keyboard or absent (which removes it); the same markup again is
// "message is not modified", as Telegram answers.
func (s *Server) editMarkup(p map[string]string) (any, *apiError) {
	if e := checkMarkup(p["reply_markup"]); e != nil {
		return nil, e
	}
	if p["inline_message_id"] != "" {
		return true, nil
	}
	id, mid, e := messageRef(p)
	if e != nil {
		return nil, e
	}
	key := messageKey(id, mid)
	s.mu.Lock()
	defer s.mu.Unlock()
	old, ok := s.messages[key]
	if !ok {
		return nil, badRequest("message to edit not found")
	}
	if sameJSON(old.markup, p["reply_markup"]) {
		return nil, badRequest(notModified)
	}
	s.messages[key] = message{old.text, p["reply_markup"]}
	return messageJSON(id, mid, old.text), nil
}

// sendMessageDraft validates a draft as Bot API 9.3 documents it: chat_id
// of a private chat (a user id, so a positive integer), draft_id a non-zero
// integer, text of 1-4096 characters after entity parsing, optional
// parse_mode, entities (a JSON array) and message_thread_id (an integer).
func (s *Server) sendMessageDraft(p map[string]string) (any, *apiError) {
	v := p["chat_id"]
	if v == "" {
		return nil, badRequest("chat_id is empty")
	}
	chat, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return nil, badRequest("chat not found")
	}
	if chat <= 0 {
		return nil, badRequest("TEXTDRAFT_PEER_INVALID: drafts can be sent only to private chats")
	}
	d, ok := p["draft_id"]
	if !ok || d == "" {
		return nil, badRequest("parameter \"draft_id\" is required")
	}
	id, err := strconv.ParseInt(d, 10, 64)
	if err != nil || id != int64(int32(id)) {
		return nil, badRequest("invalid draft_id: must be an integer")
	}
	if id == 0 {
		return nil, badRequest("invalid draft_id: must be non-zero")
	}
	if t, ok := p["message_thread_id"]; ok {
		if _, err := strconv.Atoi(t); err != nil {
			return nil, badRequest("invalid message_thread_id")
		}
	}
	if ents, ok := p["entities"]; ok {
		var list []json.RawMessage
		if json.Unmarshal([]byte(ents), &list) != nil {
			return nil, badRequest("can't parse entities JSON object")
		}
		if p["parse_mode"] != "" {
			return nil, badRequest("entities and parse_mode can't be used together in this fake")
		}
	}
	if _, e := checkText(p["text"], p["parse_mode"]); e != nil {
		return nil, e
	}
	return true, nil
}

func sameJSON(a, b string) bool {
	if a == b {
		return true
	}
	var x, y any
	if json.Unmarshal([]byte(a), &x) != nil || json.Unmarshal([]byte(b), &y) != nil {
		return false
	}
	xa, _ := json.Marshal(x)
	ya, _ := json.Marshal(y)
	return string(xa) == string(ya)
}

func messageJSON(chat string, mid int, text string) map[string]any {
	id, _ := strconv.ParseInt(chat, 10, 64)
	typ := "private"
	if id < 0 {
		typ = "supergroup"
	}
	return map[string]any{
		"message_id": mid, "date": time.Now().Unix(), "text": text,
		"chat": map[string]any{"id": id, "type": typ},
		"from": map[string]any{"id": BotID, "is_bot": true, "first_name": "盘锦报告助手", "username": BotUsername},
	}
}

// messageKey is where messages keeps a message: its chat and its id.
func messageKey(chat string, mid int) string { return fmt.Sprintf("%s/%d", chat, mid) }

// messageRef reads the chat_id and message_id of a message to edit or
// delete, checked as Telegram checks them.
func messageRef(p map[string]string) (chat string, mid int, e *apiError) {
	if chat, e = chatID(p); e != nil {
		return "", 0, e
	}
	mid, err := strconv.Atoi(p["message_id"])
	if err != nil || mid <= 0 {
		return "", 0, badRequest("message identifier is not specified")
	}
	return chat, mid, nil
}

func chatID(p map[string]string) (string, *apiError) {
	v, ok := p["chat_id"]
	if !ok || v == "" {
		return "", badRequest("chat_id is empty")
	}
	if _, err := strconv.ParseInt(v, 10, 64); err != nil && !strings.HasPrefix(v, "@") {
		return "", badRequest("chat not found")
	}
	return v, nil
}

func checkText(text, parseMode string) (string, *apiError) {
	visible := text
	switch parseMode {
	case "":
	case "HTML":
		t, err := ParseHTML(text)
		if err != nil {
			return "", badRequest("can't parse entities: %v", err)
		}
		visible = t
	default:
		return "", badRequest("unsupported parse_mode %q in this fake", parseMode)
	}
	visible = strings.TrimSpace(visible)
	if visible == "" {
		return "", badRequest("message text is empty")
	}
	if UTF16Len(visible) > 4096 {
		return "", badRequest("message is too long")
	}
	return visible, nil
}

func checkMarkup(markup string) *apiError {
	if markup == "" {
		return nil
	}
	var m struct {
		InlineKeyboard *[][]json.RawMessage `json:"inline_keyboard"`
	}
	if err := json.Unmarshal([]byte(markup), &m); err != nil {
		return badRequest("can't parse reply keyboard markup JSON object")
	}
	if m.InlineKeyboard == nil {
		return badRequest("object expected as reply markup")
	}
	for _, row := range *m.InlineKeyboard {
		for _, raw := range row {
			var b Button
			if err := json.Unmarshal(raw, &b); err != nil {
				return badRequest("can't parse inline keyboard button: %v", err)
			}
			if b.Text == "" {
				return badRequest("text buttons are unallowed in the inline keyboard")
			}
			kinds := 0
			for _, f := range []*string{b.CallbackData, b.URL, b.SwitchInlineQuery, b.SwitchInlineCur} {
				if f != nil {
					kinds++
				}
			}
			if kinds != 1 {
				return badRequest("inline keyboard button must have exactly one optional field")
			}
			if b.CallbackData != nil && (len(*b.CallbackData) < 1 || len(*b.CallbackData) > 64) {
				return badRequest("BUTTON_DATA_INVALID")
			}
			if b.URL != nil {
				if u, err := url.Parse(*b.URL); err != nil || u.Scheme == "" {
					return badRequest("BUTTON_URL_INVALID")
				}
			}
		}
	}
	return nil
}

var commandRE = regexp.MustCompile(`^[a-z0-9_]{1,32}$`)

func (s *Server) setMyCommands(p map[string]string) (any, *apiError) {
	var cmds []struct {
		Command     string `json:"command"`
		Description string `json:"description"`
	}
	if err := json.Unmarshal([]byte(p["commands"]), &cmds); err != nil {
		return nil, badRequest("can't parse commands JSON object")
	}
	if len(cmds) > 100 {
		return nil, badRequest("too many commands")
	}
	for _, c := range cmds {
		if !commandRE.MatchString(c.Command) {
			return nil, badRequest("BOT_COMMAND_INVALID")
		}
		if n := UTF16Len(c.Description); n < 1 || n > 256 {
			return nil, badRequest("command description is empty or too long")
		}
	}
	if lc := p["language_code"]; lc != "" && !regexp.MustCompile(`^[a-z]{2}$`).MatchString(lc) {
		return nil, badRequest("invalid language code")
	}
	return true, nil
}

func (s *Server) answerInline(p map[string]string) (any, *apiError) {
	if p["inline_query_id"] == "" {
		return nil, badRequest("query is too old and response timeout expired or query ID is invalid")
	}
	var results []map[string]json.RawMessage
	if err := json.Unmarshal([]byte(p["results"]), &results); err != nil {
		return nil, badRequest("can't parse inline query results JSON object")
	}
	if len(results) > 50 {
		return nil, badRequest("RESULTS_TOO_MUCH")
	}
	seen := map[string]bool{}
	for _, r := range results {
		var typ, id, title string
		json.Unmarshal(r["type"], &typ)
		json.Unmarshal(r["id"], &id)
		json.Unmarshal(r["title"], &title)
		if id == "" || len(id) > 64 {
			return nil, badRequest("RESULT_ID_INVALID")
		}
		if seen[id] {
			return nil, badRequest("RESULT_ID_DUPLICATE")
		}
		seen[id] = true
		if typ != "article" {
			return nil, badRequest("unsupported result type %q in this fake", typ)
		}
		if title == "" {
			return nil, badRequest("RESULT_TITLE_EMPTY")
		}
		var content struct {
			MessageText *string `json:"message_text"`
			ParseMode   string  `json:"parse_mode"`
		}
		if err := json.Unmarshal(r["input_message_content"], &content); err != nil || content.MessageText == nil {
			return nil, badRequest("input_message_content is required")
		}
		if _, e := checkText(*content.MessageText, content.ParseMode); e != nil {
			return nil, e
		}
		if raw, ok := r["reply_markup"]; ok {
			if e := checkMarkup(string(raw)); e != nil {
				return nil, e
			}
		}
	}
	return true, nil
}

func (s *Server) getUpdates(ctx context.Context, p map[string]string) (any, *apiError) {
	offset, _ := strconv.ParseInt(p["offset"], 10, 64)
	timeout, _ := strconv.Atoi(p["timeout"])
	if timeout > 5 {
		timeout = 5 // keep test polls short
	}
	deadline := time.Now().Add(time.Duration(timeout) * time.Second)
	stop := context.AfterFunc(ctx, func() {
		s.mu.Lock()
		s.cond.Broadcast()
		s.mu.Unlock()
	})
	defer stop()
	timer := time.AfterFunc(time.Until(deadline), func() {
		s.mu.Lock()
		s.cond.Broadcast()
		s.mu.Unlock()
	})
	defer timer.Stop()

	s.mu.Lock()
	defer s.mu.Unlock()
	s.offset = max(s.offset, offset)
	if s.webhook != "" {
		return nil, &apiError{code: 409, desc: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"}
	}
	for {
		// Confirm (drop) updates below offset, as Telegram does.
		kept := s.updates[:0]
		var out []json.RawMessage
		for _, u := range s.updates {
			var h struct {
				ID int64 `json:"update_id"`
			}
			json.Unmarshal(u, &h)
			if offset > 0 && h.ID < offset {
				continue
			}
			kept = append(kept, u)
			out = append(out, u)
		}
		s.updates = kept
		if len(out) > 0 || s.closed || ctx.Err() != nil || !time.Now().Before(deadline) {
			s.polls++
			if out == nil {
				out = []json.RawMessage{}
			}
			return out, nil
		}
		s.cond.Wait()
	}
}
