package server

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/reportbot/reportbot/rag"
)

// ErrorBody is every error response: {"error": {"code": ..., "message": ...}}.
type ErrorBody struct {
	Error ErrorDetail `json:"error"`
}

// ErrorDetail is a machine code and a human message.
type ErrorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// AskRequest is the body of POST /v1/ask.
type AskRequest struct {
	Question string `json:"question"`
	Report   string `json:"report,omitempty"`
	// Conversation names a chat whose earlier turns a follow-up question
	// ("那2025年呢？") refers to; used when an LLM answers.
	Conversation string `json:"conversation,omitempty"`
}

// maxConversationID bounds AskRequest.Conversation (it keys a memory).
const maxConversationID = 128

// SearchResponse is the body of GET /v1/search.
type SearchResponse struct {
	Query string      `json:"query"`
	K     int         `json:"k"`
	Hits  []SearchHit `json:"hits"`
}

// SearchHit is one retrieved passage, as `reportbot search --json` shows it.
type SearchHit = rag.SearchResult

// ReportsResponse is the body of GET /v1/reports.
type ReportsResponse struct {
	Reports []ReportInfo `json:"reports"`
}

// ReportInfo describes one report.
type ReportInfo struct {
	rag.Meta
	Version    string `json:"version"`
	Paragraphs int    `json:"paragraphs"`
}

// ParagraphResponse is the body of GET /v1/reports/{id}/paragraphs/{n}.
type ParagraphResponse struct {
	Report      string     `json:"report"`
	Title       string     `json:"title"`
	Version     string     `json:"version"`
	Paragraph   int        `json:"paragraph"`
	Text        string     `json:"text"`
	Part        string     `json:"part"`
	Section     string     `json:"section"` // section path: part › section › lead
	Lead        string     `json:"lead"`
	Period      rag.Period `json:"period"`
	PeriodLabel string     `json:"period_label"`
	Quotable    bool       `json:"quotable"`
	Paragraphs  int        `json:"paragraphs"` // how many the report has, for paging
}

// StatusResponse is the body of /healthz and /readyz.
type StatusResponse struct {
	Status string `json:"status"`
	Error  string `json:"error,omitempty"`
	// Detail is what a ready server runs without (a degraded start).
	Detail string `json:"detail,omitempty"`
}

// DeltaEvent is the data of an SSE "delta" event.
type DeltaEvent struct {
	Text string `json:"text"`
}

// Limits of /v1/search.
const (
	defaultK = 5
	maxK     = 20
)

func writeJSON(w http.ResponseWriter, status int, v any) {
	b := jsonBuffers.Get().(*bytes.Buffer)
	defer func() {
		if b.Cap() <= maxPooledJSON {
			b.Reset()
			jsonBuffers.Put(b)
		}
	}()
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		status = http.StatusInternalServerError
		b.Reset()
		b.WriteString(`{"error":{"code":"internal","message":"internal error"}}` + "\n")
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(b.Bytes()) // copied out (or sent) before it returns
}

// jsonBuffers holds writeJSON's buffers for the next response: an
// answer's JSON is a few KB, and a new buffer for each was an eighth of
// what a request allocated. One over maxPooledJSON (a long figures list)
// is left to the collector rather than kept.
var jsonBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

const maxPooledJSON = 64 << 10

func writeError(w http.ResponseWriter, _ *http.Request, status int, code, msg string) {
	writeJSON(w, status, ErrorBody{Error: ErrorDetail{Code: code, Message: msg}})
}

// apiError is an error with its HTTP status and code.
type apiError struct {
	status int
	code   string
	msg    string
}

func (e *apiError) Error() string { return e.msg }

// engineError maps the engine's errors to statuses; anything unknown is a
// 500 whose detail is logged, not sent.
func (s *Server) engineError(w http.ResponseWriter, r *http.Request, err error) {
	var ae *apiError
	switch {
	case errors.As(err, &ae):
		writeError(w, r, ae.status, ae.code, ae.msg)
	case errors.Is(err, rag.ErrEmptyQuestion):
		writeError(w, r, http.StatusBadRequest, "empty_question", "the question is empty")
	case errors.Is(err, rag.ErrQuestionTooLong):
		writeError(w, r, http.StatusBadRequest, "question_too_long", fmt.Sprintf("the question is over %d characters", rag.MaxQuestionRunes))
	case errors.Is(err, rag.ErrUnknownReport):
		writeError(w, r, http.StatusNotFound, "unknown_report", err.Error())
	case errors.Is(err, rag.ErrNoParagraph):
		writeError(w, r, http.StatusNotFound, "unknown_paragraph", err.Error())
	case errors.Is(err, context.Canceled) && r.Context().Err() != nil:
		// The client went away; the status is for the log and metrics.
		s.log.Info("request cancelled", "request_id", state(r).id)
		writeError(w, r, http.StatusServiceUnavailable, "cancelled", "the request was cancelled")
	case errors.Is(err, context.DeadlineExceeded):
		s.log.Warn("engine timed out", "request_id", state(r).id, "error", err)
		writeError(w, r, http.StatusGatewayTimeout, "timeout", "answering took too long")
	default:
		s.log.Error("engine error", "request_id", state(r).id, "error", err)
		writeError(w, r, http.StatusInternalServerError, "internal", "internal error")
	}
}

// decodeBody reads a strict JSON body of at most max_body_bytes into v.
func (s *Server) decodeBody(w http.ResponseWriter, r *http.Request, v any) error {
	mt, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "application/json" {
		return &apiError{http.StatusUnsupportedMediaType, "unsupported_media_type", "send Content-Type: application/json"}
	}
	if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") {
		return &apiError{http.StatusUnsupportedMediaType, "unsupported_media_type", "the body must be UTF-8"}
	}
	if r.ContentLength > s.cfg.MaxBodyBytes {
		return s.bodyTooLarge()
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes))
	dec.DisallowUnknownFields()
	bad := func(msg string) error { return &apiError{http.StatusBadRequest, "bad_json", msg} }
	var mbe *http.MaxBytesError
	if err := dec.Decode(v); err != nil {
		switch {
		case errors.As(err, &mbe):
			return s.bodyTooLarge()
		case errors.Is(err, io.EOF):
			return bad("the body is empty; send a JSON object")
		default:
			return bad("malformed JSON: " + err.Error())
		}
	}
	if err := dec.Decode(&struct{}{}); !errors.Is(err, io.EOF) {
		if errors.As(err, &mbe) {
			return s.bodyTooLarge()
		}
		return bad("unexpected data after the JSON object")
	}
	return nil
}

// bodyTooLarge is the error of a body over server.max_body_bytes, made
// when one is: every request made it (a Sprintf) before.
func (s *Server) bodyTooLarge() error {
	return &apiError{http.StatusRequestEntityTooLarge, "body_too_large", fmt.Sprintf("the body is over %d bytes", s.cfg.MaxBodyBytes)}
}

// questionAttrs logs a question's text only when log.questions is on.
func (s *Server) questionAttrs(q string) slog.Attr {
	if s.opts.LogQuestions {
		return slog.String("question", q)
	}
	return slog.Int("question_runes", utf8.RuneCountInString(q))
}

func (s *Server) ask(w http.ResponseWriter, r *http.Request) {
	var req AskRequest
	if err := s.decodeBody(w, r, &req); err != nil {
		s.engineError(w, r, err)
		return
	}
	if len(req.Conversation) > maxConversationID {
		s.engineError(w, r, &apiError{http.StatusBadRequest, "bad_conversation", fmt.Sprintf("the conversation id is over %d bytes", maxConversationID)})
		return
	}
	q := rag.Query{Text: req.Question, Report: req.Report}
	if req.Conversation != "" {
		// Prefixed so API clients cannot address the bot's chats.
		q.Conversation = "api:" + req.Conversation
	}
	s.log.Debug("ask", "request_id", state(r).id, s.questionAttrs(req.Question), "report", req.Report)
	// Stop answering before the write timeout would drop the response, so
	// the client gets a 504 rather than a closed connection.
	ctx, cancel := context.WithTimeout(r.Context(), answerTimeout(s.cfg.WriteTimeout))
	defer cancel()
	r = r.WithContext(ctx)
	if wantsSSE(r) {
		s.askSSE(w, r, q)
		return
	}
	ans, err := s.opts.Answerer.Ask(r.Context(), q)
	if err != nil {
		s.engineError(w, r, err)
		return
	}
	s.countAnswer(ans)
	writeJSON(w, http.StatusOK, ans)
}

// answerTimeout is how long an answer may take under a write timeout of
// write: the rest is left for writing the 504. A tenth of write, but at
// least a second (half of a write timeout under two seconds): a fixed
// tenth left 30 ms of a 300 ms timeout, too little on a busy machine.
func answerTimeout(write time.Duration) time.Duration {
	return write - max(write/10, min(time.Second, write/2))
}

func (s *Server) countAnswer(a *rag.Answer) {
	s.m.answers.WithLabelValues(a.Mode, strconv.FormatBool(a.Found)).Inc()
}

// wantsSSE reports whether the client accepts an event stream.
func wantsSSE(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept"), ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err == nil && mt == "text/event-stream" && params["q"] != "0" {
			return true
		}
	}
	return false
}

func (s *Server) askSSE(w http.ResponseWriter, r *http.Request, q rag.Query) {
	ev := NewEventStream(w)
	var ans *rag.Answer
	var err error
	ans, err = s.opts.Answerer.AskStream(r.Context(), q, func(delta string) {
		if delta != "" {
			ev.Event("delta", DeltaEvent{Text: delta})
		}
	})
	if err != nil {
		if !ev.Started() {
			s.engineError(w, r, err)
			return
		}
		s.log.Error("stream failed", "request_id", state(r).id, "error", err)
		ev.Event("error", ErrorBody{Error: ErrorDetail{Code: "internal", Message: "the answer failed part way"}})
		return
	}
	s.countAnswer(ans)
	ev.Event("answer", ans)
	ev.Event("done", struct{}{})
	if ev.Err() != nil {
		s.log.Info("stream write failed", "request_id", state(r).id, "error", ev.Err())
	}
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	qv := r.URL.Query()
	q := qv.Get("q")
	if _, ok := qv["q"]; !ok {
		writeError(w, r, http.StatusBadRequest, "missing_query", "give the query as ?q=...")
		return
	}
	k := defaultK
	if ks := qv.Get("k"); ks != "" {
		n, err := strconv.Atoi(ks)
		if err != nil || n < 1 || n > maxK {
			writeError(w, r, http.StatusBadRequest, "bad_k", fmt.Sprintf("k must be an integer from 1 to %d", maxK))
			return
		}
		k = n
	}
	s.log.Info("search", "request_id", state(r).id, s.questionAttrs(q), "k", k)
	hits, err := s.opts.Answerer.Search(r.Context(), rag.Query{Text: q, Report: qv.Get("report")}, k)
	if err != nil {
		s.engineError(w, r, err)
		return
	}
	out := SearchResponse{Query: q, K: k, Hits: make([]SearchHit, 0, len(hits))}
	for _, h := range hits {
		out.Hits = append(out.Hits, h.Result())
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) reports(w http.ResponseWriter, r *http.Request) {
	out := ReportsResponse{Reports: []ReportInfo{}}
	for _, rep := range s.opts.Answerer.Reports() {
		out.Reports = append(out.Reports, ReportInfo{Meta: rep.Meta, Version: rep.Version, Paragraphs: len(rep.Paragraphs)})
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) paragraph(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	rep, err := s.opts.Answerer.Report(id)
	if err != nil || id == "" {
		writeError(w, r, http.StatusNotFound, "unknown_report", fmt.Sprintf("no report %q; see /v1/reports", id))
		return
	}
	n, err := strconv.Atoi(r.PathValue("n"))
	if err != nil {
		writeError(w, r, http.StatusBadRequest, "bad_paragraph", "the paragraph number must be an integer")
		return
	}
	p, err := rep.Paragraph(n)
	if err != nil {
		writeError(w, r, http.StatusNotFound, "unknown_paragraph", err.Error())
		return
	}
	writeJSON(w, http.StatusOK, ParagraphResponse{
		Report: rep.Meta.ID, Title: rep.Meta.Title, Version: rep.Version, Paragraph: p.N, Text: p.Text,
		Part: p.Part, Section: p.Path(), Lead: p.Lead, Period: p.Period, PeriodLabel: p.Period.Label(),
		Quotable: p.Quotable(), Paragraphs: len(rep.Paragraphs),
	})
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, StatusResponse{Status: "ok"})
}

func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	var err error
	if s.opts.Ready != nil {
		err = s.opts.Ready(r.Context())
	} else if len(s.opts.Answerer.Reports()) == 0 {
		err = errors.New("no report is loaded")
	}
	if err != nil {
		writeJSON(w, http.StatusServiceUnavailable, StatusResponse{Status: "not_ready", Error: err.Error()})
		return
	}
	st := StatusResponse{Status: "ready"}
	if s.opts.Degraded != nil {
		st.Detail = s.opts.Degraded()
	}
	writeJSON(w, http.StatusOK, st)
}

//go:embed openapi.json
var openapiDoc []byte

func (s *Server) openapi(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	w.Write(openapiDoc)
}
