package web

import (
	"context"
	"io"
	"io/fs"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/reportbot/reportbot/figures"
	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/seeds"
	"github.com/reportbot/reportbot/server"
	"github.com/reportbot/reportbot/storage"
	"github.com/reportbot/reportbot/storage/storagetest"
)

var (
	engineOnce sync.Once
	engine     *rag.Engine
	figIndex   *figures.Index
	engineErr  error
)

// testStack is the engine serve builds, without the vector leg: the
// figures step answers figure questions, conversations are kept in
// memory.
func testStack(t testing.TB) (rag.Answerer, *figures.Index) {
	t.Helper()
	engineOnce.Do(func() {
		reports, err := rag.LoadFS(seeds.FS)
		if err != nil {
			engineErr = err
			return
		}
		ix, err := rag.NewIndex(reports, rag.DefaultLexicon())
		if err != nil {
			engineErr = err
			return
		}
		figIndex = figures.NewIndex(reports, rag.DefaultLexicon().Expand)
		engine = rag.NewEngine(ix, nil, figures.NewStepper(figIndex).Step)
	})
	if engineErr != nil {
		t.Fatal(engineErr)
	}
	return rag.Converse(engine, engine, rag.NewMemoryConversations(100, nil)), figIndex
}

var (
	multiOnce sync.Once
	multiEng  *rag.Engine
	multiFigs *figures.Index
	multiErr  error
)

// multiStack is testStack with the reports of testdata/seeds loaded
// too: panjin-2024, whose 2024 targets the seed reviews, and demo-2024,
// another city's.
func multiStack(t testing.TB) (rag.Answerer, *figures.Index) {
	t.Helper()
	multiOnce.Do(func() {
		var reports []*rag.Report
		for _, fsys := range []fs.FS{seeds.FS, os.DirFS("../testdata/seeds")} {
			rs, err := rag.LoadFS(fsys)
			if err != nil {
				multiErr = err
				return
			}
			reports = append(reports, rs...)
		}
		ix, err := rag.NewIndex(reports, rag.DefaultLexicon())
		if err != nil {
			multiErr = err
			return
		}
		multiFigs = figures.NewIndex(reports, rag.DefaultLexicon().Expand)
		multiEng = rag.NewEngine(ix, nil, figures.NewStepper(multiFigs).Step)
	})
	if multiErr != nil {
		t.Fatal(multiErr)
	}
	return rag.Converse(multiEng, multiEng, rag.NewMemoryConversations(100, nil)), multiFigs
}

const staffKey = "staff-key-0123456789"

// site is the server with the web pages on a loopback listener.
type site struct {
	URL   string
	Store *storage.Store
	Web   *Web
}

type siteOptions struct {
	perMinute int
	noStore   bool
	origins   []string
	multi     bool // load testdata/seeds too (multiStack)
}

func newSite(t testing.TB, so siteOptions) *site {
	t.Helper()
	ans, figs := testStack(t)
	if so.multi {
		ans, figs = multiStack(t)
	}
	var st *storage.Store
	opts := Options{Answerer: ans, Figures: figs, StaffKeys: []string{staffKey}, AllowedOrigins: so.origins,
		Location: time.UTC, AnswerTimeout: 30 * time.Second}
	if !so.noStore {
		var err error
		st, err = storage.Open(context.Background(), storagetest.SQLite(t))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		opts.Store = st
	}
	w, err := New(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := server.New(server.Options{Answerer: ans, Figures: figs, PublicPerMinute: so.perMinute})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Register(srv); err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv.Handler())
	t.Cleanup(hs.Close)
	return &site{URL: hs.URL, Store: st, Web: w}
}

// client is a browser-like client: cookies, no redirects followed.
func client(t testing.TB) *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

func get(t testing.TB, c *http.Client, url string) (*http.Response, string) {
	t.Helper()
	resp, err := c.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func post(t testing.TB, c *http.Client, url, ctype, body string, header map[string]string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest("POST", url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", ctype)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}
