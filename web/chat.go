package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"regexp"
	"strconv"
	"unicode/utf8"

	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/server"
	"github.com/reportbot/reportbot/storage"
)

// chatData is what the chat page's script needs, as JSON in the page.
type chatData struct {
	Lang    string       `json:"lang"`
	S       strs         `json:"s"`
	Multi   bool         `json:"multi"`
	Votes   bool         `json:"votes"`
	Embed   bool         `json:"embed"`
	Reports []reportLink `json:"reports"`
	Report  string       `json:"report,omitempty"` // scope questions to one report
	// Answer are the words an answer's own labels take, by the answer's
	// language (an English question on a Chinese page gets English labels).
	Answer map[string]strs `json:"answer"`
}

type reportLink struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

// chatPage is the chat template's data.
type chatPage struct {
	Examples []string
	Reports  []reportLink
	Data     chatData
	OtherURL string
}

// answerStrings are the words of answers' labels in each language.
func answerStrings() map[string]strs {
	out := map[string]strs{}
	for lang, s := range ui {
		out[lang] = strs{}
		for _, k := range []string{"period_result", "period_plan", "correction", "correction_plan", "correction_open", "whole_place", "moved_up", "moved_down", "chip_label",
			"gap_value", "gap_more", "gap_less", "gap_higher", "gap_lower", "gap_same", "gap_at_least", "gap_points", "gap_point",
			"level_rate", "level_total", "level_change", "sum_item", "sum_label", "sum_sep", "sum_about", "sum_value", "sum_check",
			"track_label", "track_target", "track_result", "status_met", "status_not_met", "status_unclear"} {
			out[lang][k] = s[k]
		}
	}
	return out
}

func (w *Web) reportLinks() []reportLink {
	var out []reportLink
	for _, r := range w.opts.Answerer.Reports() {
		out = append(out, reportLink{ID: r.Meta.ID, Title: r.Meta.Title})
	}
	return out
}

// chat is the chat page: GET /?lang=en&embed=1&report=ID.
func (w *Web) chat(rw http.ResponseWriter, r *http.Request) {
	lang := pickLang(r)
	s := uiStrings(lang)
	embed := r.URL.Query().Get("embed") == "1"
	report := r.URL.Query().Get("report")
	if report != "" {
		if _, err := w.opts.Answerer.Report(report); err != nil {
			report = ""
		}
	}
	var examples []string
	if es, ok := w.opts.Answerer.(examplesSource); ok {
		examples = es.Examples(lang)
	}
	if len(examples) > 4 {
		examples = examples[:4]
	}
	q := r.URL.Query()
	q.Set("lang", s["other_lang_code"])
	data := chatData{Lang: lang, S: s, Multi: w.multi, Votes: w.opts.Store != nil, Embed: embed, Reports: w.reportLinks(), Report: report, Answer: answerStrings()}
	w.render(rw, r, http.StatusOK, "chat.html", frameAllowed, pageData{
		Lang: lang, S: s, Title: s["title"], Embed: embed,
		Body: chatPage{Examples: examples, Reports: data.Reports, Data: data, OtherURL: "/?" + q.Encode()},
	})
}

// askRequest is the body of POST /web/ask.
type askRequest struct {
	Question string `json:"question"`
	Report   string `json:"report,omitempty"`
	// Conversation is the page's conversation id (random, made by the
	// page): follow-ups are read against its earlier questions.
	Conversation string `json:"conversation,omitempty"`
	// Visitor is the browser's random id, for votes (stored hashed).
	Visitor string `json:"visitor,omitempty"`
	Embed   bool   `json:"embed,omitempty"`
}

// voteEvent is the data of the "vote" event: how to vote on the answer.
type voteEvent struct {
	QuestionID int64  `json:"question_id"`
	Token      string `json:"token"`
}

// voteRequest is the body of POST /web/vote.
type voteRequest struct {
	QuestionID int64  `json:"question_id"`
	Token      string `json:"token"`
	Visitor    string `json:"visitor"`
	Vote       int    `json:"vote"`
}

// idRE is what page-made ids (conversation, visitor) look like.
var idRE = regexp.MustCompile(`^[A-Za-z0-9_-]{8,64}$`)

// maxWebBody bounds the web endpoints' bodies; a question is at most
// rag.MaxQuestionRunes runes (≤ 8 KB of UTF-8) plus a few ids.
const maxWebBody = 16 << 10

type apiError struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func writeJSON(rw http.ResponseWriter, status int, v any) {
	h := rw.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store")
	rw.WriteHeader(status)
	_ = json.NewEncoder(rw).Encode(v)
}

func writeError(rw http.ResponseWriter, status int, code, msg string) {
	var e apiError
	e.Error.Code, e.Error.Message = code, msg
	writeJSON(rw, status, e)
}

// decode reads a strict JSON body of at most maxWebBody bytes.
func decode(rw http.ResponseWriter, r *http.Request, v any) bool {
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		writeError(rw, http.StatusUnsupportedMediaType, "unsupported_media_type", "send Content-Type: application/json")
		return false
	}
	dec := json.NewDecoder(http.MaxBytesReader(rw, r.Body, maxWebBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			writeError(rw, http.StatusRequestEntityTooLarge, "body_too_large", fmt.Sprintf("the body is over %d bytes", maxWebBody))
			return false
		}
		writeError(rw, http.StatusBadRequest, "bad_json", "malformed JSON: "+err.Error())
		return false
	}
	if err := dec.Decode(&struct{}{}); !errors.Is(err, io.EOF) {
		writeError(rw, http.StatusBadRequest, "bad_json", "unexpected data after the JSON object")
		return false
	}
	return true
}

// ask answers a question of the chat page as Server-Sent Events, the same
// events as POST /v1/ask's stream ("delta", "answer", "done", "error")
// plus "vote", which says how to vote on the recorded answer.
func (w *Web) ask(rw http.ResponseWriter, r *http.Request) {
	var req askRequest
	if !decode(rw, r, &req) {
		return
	}
	for _, id := range []struct{ name, v string }{{"conversation", req.Conversation}, {"visitor", req.Visitor}} {
		if id.v != "" && !idRE.MatchString(id.v) {
			writeError(rw, http.StatusBadRequest, "bad_"+id.name, id.name+" must be 8-64 characters A-Z a-z 0-9 _ -")
			return
		}
	}
	q := rag.Query{Text: req.Question, Report: req.Report}
	if req.Conversation != "" {
		q.Conversation = "web:" + req.Conversation // apart from the API's and the bot's
	}
	w.log.Debug("web ask", w.questionAttr(req.Question), "report", req.Report)
	if w.opts.AnswerTimeout > 0 {
		ctx, cancel := context.WithTimeout(r.Context(), w.opts.AnswerTimeout)
		defer cancel()
		r = r.WithContext(ctx)
	}
	ev := server.NewEventStream(rw)
	ans, err := w.opts.Answerer.AskStream(r.Context(), q, func(delta string) {
		if delta != "" {
			ev.Event("delta", map[string]string{"text": delta})
		}
	})
	if err != nil {
		if ev.Started() {
			w.log.Error("web ask: stream failed", "error", err)
			ev.Event("error", map[string]any{"error": map[string]string{"code": "internal", "message": "the answer failed part way"}})
			return
		}
		w.askError(rw, r, err)
		return
	}
	ev.Event("answer", ans)
	if id := w.record(r.Context(), req, ans); id > 0 {
		ev.Event("vote", voteEvent{QuestionID: id, Token: w.sign("vote|" + strconv.FormatInt(id, 10))})
	}
	ev.Event("done", struct{}{})
}

func (w *Web) askError(rw http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, rag.ErrEmptyQuestion):
		writeError(rw, http.StatusBadRequest, "empty_question", "the question is empty")
	case errors.Is(err, rag.ErrQuestionTooLong):
		writeError(rw, http.StatusBadRequest, "question_too_long", fmt.Sprintf("the question is over %d characters", rag.MaxQuestionRunes))
	case errors.Is(err, rag.ErrUnknownReport):
		writeError(rw, http.StatusNotFound, "unknown_report", err.Error())
	case errors.Is(err, context.DeadlineExceeded):
		writeError(rw, http.StatusGatewayTimeout, "timeout", "answering took too long")
	case r.Context().Err() != nil:
		writeError(rw, http.StatusServiceUnavailable, "cancelled", "the request was cancelled")
	default:
		w.log.Error("web ask", "error", err)
		writeError(rw, http.StatusInternalServerError, "internal", "internal error")
	}
}

// record logs a question with its answer for the console; small talk is
// not a question (as in the bot). It returns the question's id, 0 when
// nothing was recorded.
func (w *Web) record(ctx context.Context, req askRequest, ans *rag.Answer) int64 {
	if w.opts.Store == nil || req.Visitor == "" || isSmallTalk(ans) {
		return 0
	}
	cited := make([]int, 0, len(ans.Citations))
	for _, c := range ans.Citations {
		cited = append(cited, c.Paragraph)
	}
	raw, err := json.Marshal(ans)
	if err != nil {
		w.log.Error("web: encoding an answer", "error", err)
		return 0
	}
	source := "web"
	if req.Embed {
		source = "embed"
	}
	id, err := w.opts.Store.RecordQuestion(ctx, storage.Question{
		Time: w.now(), Visitor: req.Visitor, Source: source, Question: ans.Question, Report: ans.Report.ID,
		Mode: ans.Mode, Found: ans.Found, Cited: cited, Answer: string(raw),
	})
	if err != nil {
		w.log.Error("web: recording a question", "error", err)
		return 0
	}
	return id
}

func isSmallTalk(ans *rag.Answer) bool {
	for _, p := range ans.Parts {
		if p.Role == rag.RoleSmallTalk {
			return true
		}
	}
	return false
}

// vote records a visitor's 👍 or 👎 on an answer the page was given a
// token for.
func (w *Web) vote(rw http.ResponseWriter, r *http.Request) {
	var req voteRequest
	if !decode(rw, r, &req) {
		return
	}
	switch {
	case w.opts.Store == nil:
		writeError(rw, http.StatusNotFound, "no_votes", "this server keeps no votes (no database)")
	case req.Vote != storage.Up && req.Vote != storage.Down:
		writeError(rw, http.StatusBadRequest, "bad_vote", "vote must be 1 or -1")
	case !idRE.MatchString(req.Visitor):
		writeError(rw, http.StatusBadRequest, "bad_visitor", "visitor must be 8-64 characters A-Z a-z 0-9 _ -")
	case !w.checkSig("vote|"+strconv.FormatInt(req.QuestionID, 10), req.Token):
		writeError(rw, http.StatusForbidden, "bad_token", "the vote token does not match the answer")
	default:
		if err := w.opts.Store.RecordVisitorVote(r.Context(), req.QuestionID, req.Visitor, req.Vote); err != nil {
			if errors.Is(err, storage.ErrNoQuestion) {
				writeError(rw, http.StatusNotFound, "no_question", "no such answer")
				return
			}
			w.log.Error("web: recording a vote", "error", err)
			writeError(rw, http.StatusInternalServerError, "internal", "internal error")
			return
		}
		writeJSON(rw, http.StatusOK, map[string]bool{"ok": true})
	}
}

func (w *Web) questionAttr(q string) slog.Attr {
	if w.opts.LogQuestions {
		return slog.String("question", q)
	}
	return slog.Int("question_runes", utf8.RuneCountInString(q))
}
