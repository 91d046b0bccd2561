// Package web is reportbot's browser front end: the chat page at /, the
// script that embeds it in other sites (/embed.js), the report reader at
// /reports/{id} that shows each quote in place, and the staff console at
// /console. Pages are rendered from templates and assets embedded in the
// binary: no build step, no CDN. Answers are rendered in the browser from
// their typed parts (static/answer.js), never from rendered text.
//
// The chat asks through POST /web/ask, a public endpoint rate limited per
// client address (server.PublicLimited): no API key ever reaches the
// browser. Every page carries a Content-Security-Policy without inline
// script or style; the chat and the reader may be framed only by the
// configured origins, the console by nobody.
package web

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/reportbot/reportbot/figures"
	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/server"
	"github.com/reportbot/reportbot/storage"
)

//go:embed static templates
var assets embed.FS

// Store keeps the chat's questions and votes and feeds the console
// (*storage.Store).
type Store interface {
	RecordQuestion(ctx context.Context, q storage.Question) (int64, error)
	RecordVisitorVote(ctx context.Context, questionID int64, visitor string, vote int) error
	TopQuestions(ctx context.Context, since time.Time, limit int) ([]storage.Count, error)
	Unanswered(ctx context.Context, since time.Time, limit int) ([]storage.Count, error)
	Downvoted(ctx context.Context, since time.Time, limit int) ([]storage.Voted, error)
	QuestionsByHour(ctx context.Context, since time.Time) ([]storage.HourCount, error)
	SecretKey(ctx context.Context, name string) ([]byte, error)
}

// Figures is the figures index the reader marks and the console lists
// (*figures.Index).
type Figures interface {
	All() []figures.Figure
	InParagraph(report string, n int) []figures.Figure
	// Tracked sets the targets of the tracks' target reports beside the
	// results their result reports give (figures.Index.Tracked).
	Tracked(tracks []rag.Track, q, report string) []figures.Pair
}

// examplesSource is an answerer that offers questions to try
// (rag.Conversing, rag.Engine).
type examplesSource interface {
	Examples(lang string) []string
}

// Registrar adds routes with the server's access control, metrics and
// logging (*server.Server).
type Registrar interface {
	Handle(pattern string, a server.Access, h http.Handler) error
}

// Options configures New.
type Options struct {
	Answerer rag.Answerer
	Figures  Figures
	// Store keeps questions and votes; nil = no votes, and the console
	// says there is no database.
	Store Store
	// AllowedOrigins may frame the chat and the reader (config
	// web.allowed_origins).
	AllowedOrigins []string
	// StaffKeys log staff in to the console (REPORTBOT_API_KEYS, or the
	// key serve makes for a run on loopback); none = no console login.
	StaffKeys  []string
	SessionTTL time.Duration // default 12h
	// Location is the time zone of the console's days (telegram.time_zone).
	Location *time.Location
	Logger   *slog.Logger
	// LogQuestions logs question text (log.questions); off, only lengths.
	LogQuestions bool
	// Now is the clock (sessions); nil = time.Now.
	Now func() time.Time
	// AnswerTimeout bounds an answer (a little under the server's write
	// timeout, so the page gets an error rather than a cut stream); 0 =
	// none.
	AnswerTimeout time.Duration
}

// Web serves the pages. Create it with New and add its routes with
// Register.
type Web struct {
	opts   Options
	log    *slog.Logger
	pages  map[string]*template.Template
	static fs.FS
	key    []byte // signs sessions, CSRF and vote tokens
	staff  [][sha256.Size]byte
	now    func() time.Time
	multi  bool
}

// New checks opts, loads the templates and the signing key (shared by
// replicas through the store, else random for this process).
func New(ctx context.Context, opts Options) (*Web, error) {
	if opts.Answerer == nil {
		return nil, errors.New("web: no Answerer")
	}
	if opts.Figures == nil {
		return nil, errors.New("web: no Figures")
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.SessionTTL <= 0 {
		opts.SessionTTL = 12 * time.Hour
	}
	if opts.Location == nil {
		opts.Location = time.UTC
	}
	w := &Web{opts: opts, log: opts.Logger, now: opts.Now, multi: len(opts.Answerer.Reports()) > 1}
	if w.now == nil {
		w.now = time.Now
	}
	for _, k := range opts.StaffKeys {
		if k == "" {
			return nil, errors.New("web: empty staff key")
		}
		w.staff = append(w.staff, sha256.Sum256([]byte(k)))
	}
	var err error
	if opts.Store != nil {
		if w.key, err = opts.Store.SecretKey(ctx, "web"); err != nil {
			return nil, fmt.Errorf("web: %w", err)
		}
	} else {
		w.key = make([]byte, 32)
		if _, err := rand.Read(w.key); err != nil {
			return nil, fmt.Errorf("web: key: %w", err)
		}
	}
	if w.static, err = fs.Sub(assets, "static"); err != nil {
		return nil, err
	}
	if w.pages, err = parsePages(); err != nil {
		return nil, err
	}
	return w, nil
}

// Register adds the web's routes to r.
func (w *Web) Register(r Registrar) error {
	routes := []struct {
		pattern string
		access  server.Access
		h       http.HandlerFunc
	}{
		{"GET /{$}", server.Public, w.chat},
		{"GET /embed.js", server.Public, w.embedScript},
		{"GET /static/{file}", server.Public, w.asset},
		{"POST /web/ask", server.PublicLimited, w.ask},
		{"POST /web/vote", server.PublicLimited, w.vote},
		{"GET /reports/{id}", server.Public, w.reader},
		{"GET /console", server.Public, w.console},
		{"GET /console/login", server.Public, w.loginPage},
		{"POST /console/login", server.PublicLimited, w.login},
		{"POST /console/logout", server.Public, w.logout},
		{"GET /console/figures", server.Public, w.figuresPage},
		{"GET /console/figures.csv", server.Public, w.figuresCSV},
	}
	for _, rt := range routes {
		if err := r.Handle(rt.pattern, rt.access, rt.h); err != nil {
			return fmt.Errorf("web: %w", err)
		}
	}
	return nil
}

func parsePages() (map[string]*template.Template, error) {
	funcs := template.FuncMap{
		"axisY": func(h int) int { return h - chartBottom },
		"pair":  func(s strs, v any) withStrings { return withStrings{s, v} },
		"kinds": func() []string { return []string{"result", "target", "other"} },
	}
	base, err := template.New("base.html").Funcs(funcs).ParseFS(assets, "templates/base.html")
	if err != nil {
		return nil, fmt.Errorf("web: templates: %w", err)
	}
	pages := map[string]*template.Template{}
	for _, name := range []string{"chat.html", "reader.html", "console.html", "login.html", "figures.html", "error.html"} {
		b, err := base.Clone()
		if err != nil {
			return nil, err
		}
		if pages[name], err = b.ParseFS(assets, "templates/"+name); err != nil {
			return nil, fmt.Errorf("web: templates: %w", err)
		}
	}
	return pages, nil
}

// withStrings passes a page's strings along with a value to a
// sub-template.
type withStrings struct {
	S strs
	V any
}

// framing says who may put a page in a frame.
type framing int

const (
	frameAllowed framing = iota // the configured origins (chat, reader)
	frameNone                   // nobody (console)
)

// securityHeaders sets the CSP and its companions on a page.
func (w *Web) securityHeaders(rw http.ResponseWriter, f framing) {
	ancestors := "'none'"
	if f == frameAllowed {
		ancestors = strings.Join(append([]string{"'self'"}, w.opts.AllowedOrigins...), " ")
	}
	h := rw.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "+
		"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors "+ancestors)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	if f == frameNone {
		h.Set("X-Frame-Options", "DENY")
	}
}

// render writes a page; the data's Lang picks its strings.
func (w *Web) render(rw http.ResponseWriter, r *http.Request, status int, name string, f framing, data any) {
	w.securityHeaders(rw, f)
	var b strings.Builder
	if err := w.pages[name].ExecuteTemplate(&b, "base.html", data); err != nil {
		w.log.Error("web: template", "page", name, "error", err)
		http.Error(rw, "internal error", http.StatusInternalServerError)
		return
	}
	rw.Header().Set("Content-Type", "text/html; charset=utf-8")
	rw.Header().Set("Cache-Control", "no-store")
	rw.WriteHeader(status)
	_, _ = rw.Write([]byte(b.String()))
}

// errorPage is a page saying what went wrong, in the visitor's language.
func (w *Web) errorPage(rw http.ResponseWriter, r *http.Request, status int, msg string) {
	lang := pickLang(r)
	w.render(rw, r, status, "error.html", frameAllowed, pageData{Lang: lang, S: uiStrings(lang), Title: http.StatusText(status), Message: msg})
}

// pageData is what every template gets.
type pageData struct {
	Lang    string
	S       strs
	Title   string
	Message string
	Embed   bool
	// Staff is set on console pages once logged in.
	Staff *session
	CSRF  string
	Body  any
}

// asset serves a file of static/ with its type and a short cache time
// (file names carry no hash).
func (w *Web) asset(rw http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	b, err := fs.ReadFile(w.static, name)
	if err != nil || strings.HasPrefix(name, ".") {
		http.NotFound(rw, r)
		return
	}
	ct := map[string]string{".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml"}
	typ := ""
	for ext, t := range ct {
		if strings.HasSuffix(name, ext) {
			typ = t
		}
	}
	if typ == "" {
		http.NotFound(rw, r)
		return
	}
	h := rw.Header()
	h.Set("Content-Type", typ)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "public, max-age=300")
	_, _ = rw.Write(b)
}

// sign is the hex HMAC of msg under the web's key, cut to 32 characters.
func (w *Web) sign(msg string) string {
	m := hmac.New(sha256.New, w.key)
	m.Write([]byte(msg))
	return fmt.Sprintf("%x", m.Sum(nil))[:32]
}

// checkSig compares a signature in constant time.
func (w *Web) checkSig(msg, sig string) bool {
	return hmac.Equal([]byte(w.sign(msg)), []byte(sig))
}

func urlQueryEscape(s string) string { return url.QueryEscape(s) }

func urlPathEscape(s string) string { return url.PathEscape(s) }
