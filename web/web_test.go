package web

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/reportbot/reportbot/figures"
	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/storage"
)

// event is one Server-Sent Event.
type event struct {
	name string
	data string
}

// askSSE posts a question to /web/ask and reads its events.
func askSSE(t *testing.T, s *site, body string) (*http.Response, []event) {
	t.Helper()
	req, _ := http.NewRequest("POST", s.URL+"/web/ask", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "text/event-stream")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var evs []event
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var cur event
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "event: "):
			cur.name = line[7:]
		case strings.HasPrefix(line, "data: "):
			cur.data = line[6:]
		case line == "" && cur.name != "":
			evs = append(evs, cur)
			cur = event{}
		}
	}
	return resp, evs
}

func TestPagesCarryTheirPolicy(t *testing.T) {
	s := newSite(t, siteOptions{origins: []string{"https://www.panjin.gov.cn"}})
	c := client(t)
	for _, tt := range []struct {
		path, ancestors string
		deny            bool
	}{
		{"/", "frame-ancestors 'self' https://www.panjin.gov.cn", false},
		{"/?embed=1&lang=en", "frame-ancestors 'self' https://www.panjin.gov.cn", false},
		{"/reports/panjin-2025", "frame-ancestors 'self' https://www.panjin.gov.cn", false},
		{"/reports/nope", "frame-ancestors 'self' https://www.panjin.gov.cn", false},
		{"/console/login", "frame-ancestors 'none'", true},
	} {
		resp, body := get(t, c, s.URL+tt.path)
		csp := resp.Header.Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self';") || !strings.Contains(csp, "default-src 'none'") || !strings.HasSuffix(csp, tt.ancestors) {
			t.Errorf("%s: CSP %q", tt.path, csp)
		}
		if got := resp.Header.Get("X-Frame-Options") == "DENY"; got != tt.deny {
			t.Errorf("%s: X-Frame-Options %q", tt.path, resp.Header.Get("X-Frame-Options"))
		}
		// No inline script or style: the CSP would block them.
		for _, m := range regexp.MustCompile(`<script[^>]*>`).FindAllString(body, -1) {
			if !strings.Contains(m, "src=") && !strings.Contains(m, `type="application/json"`) {
				t.Errorf("%s: inline script %s", tt.path, m)
			}
		}
		if strings.Contains(body, "style=") || strings.Contains(body, "<style") {
			t.Errorf("%s: inline style", tt.path)
		}
	}
	// The chat page offers the report's example questions, in English too.
	_, body := get(t, c, s.URL+"/?lang=en")
	if !strings.Contains(body, `<html lang="en">`) || !strings.Contains(body, "What is the GDP growth target for 2025?") {
		t.Errorf("English chat page lacks its examples:\n%s", body)
	}
	resp, js := get(t, c, s.URL+"/embed.js")
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/javascript") || !strings.Contains(js, "attachShadow") {
		t.Errorf("/embed.js: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	if resp, _ := get(t, c, s.URL+"/static/nope.js"); resp.StatusCode != 404 {
		t.Errorf("/static/nope.js: %d", resp.StatusCode)
	}
}

// A question streams back as the API's events plus "vote"; it is
// recorded with its answer, and the vote token lets that answer, and only
// it, be voted on.
func TestAskRecordsAndVotes(t *testing.T) {
	s := newSite(t, siteOptions{})
	resp, evs := askSSE(t, s, `{"question":"公交车去年买了多少","conversation":"conv-0001","visitor":"visitor-0001"}`)
	if resp.StatusCode != 200 || len(evs) != 3 || evs[0].name != "answer" || evs[1].name != "vote" || evs[2].name != "done" {
		t.Fatalf("%d %+v", resp.StatusCode, evs)
	}
	var ans rag.Answer
	if err := json.Unmarshal([]byte(evs[0].data), &ans); err != nil || !ans.Found || len(ans.Citations) == 0 {
		t.Fatalf("answer %v %+v", err, ans)
	}
	var v voteEvent
	if err := json.Unmarshal([]byte(evs[1].data), &v); err != nil || v.QuestionID == 0 || v.Token == "" {
		t.Fatalf("vote event %v %+v", err, v)
	}
	c := client(t)
	vote := func(id int64, token, visitor string, n int) int {
		b, _ := json.Marshal(voteRequest{QuestionID: id, Token: token, Visitor: visitor, Vote: n})
		resp, _ := post(t, c, s.URL+"/web/vote", "application/json", string(b), nil)
		return resp.StatusCode
	}
	if code := vote(v.QuestionID, v.Token, "visitor-0001", storage.Down); code != 200 {
		t.Fatalf("vote: %d", code)
	}
	for _, tt := range []struct {
		id      int64
		token   string
		visitor string
		vote    int
		want    int
	}{
		{v.QuestionID + 1, v.Token, "visitor-0001", storage.Down, 403}, // another answer's token
		{v.QuestionID, "0000", "visitor-0001", storage.Down, 403},
		{v.QuestionID, v.Token, "visitor-0001", 5, 400},
		{v.QuestionID, v.Token, "<bad>", storage.Up, 400},
	} {
		if code := vote(tt.id, tt.token, tt.visitor, tt.vote); code != tt.want {
			t.Errorf("vote %+v: %d, want %d", tt, code, tt.want)
		}
	}
	down, err := s.Store.Downvoted(context.Background(), time.Time{}, 10)
	if err != nil || len(down) != 1 || down[0].Source != "web" || down[0].Question != "公交车去年买了多少" || down[0].ChatHash != s.Store.HashVisitor("visitor-0001") {
		t.Fatalf("downvoted %v %+v", err, down)
	}
	var stored rag.Answer
	if err := json.Unmarshal([]byte(down[0].Answer), &stored); err != nil || stored.Answer != ans.Answer {
		t.Errorf("stored answer %v %q", err, down[0].Answer)
	}
	// Small talk is not recorded and gets no vote event.
	_, evs = askSSE(t, s, `{"question":"你好","visitor":"visitor-0001","embed":true}`)
	for _, e := range evs {
		if e.name == "vote" {
			t.Errorf("small talk recorded: %+v", evs)
		}
	}
	// An embedded chat's question is recorded as such.
	askSSE(t, s, `{"question":"火星基地什么时候建","visitor":"visitor-0002","embed":true}`)
	n := 0
	s.Store.EachQuestion(context.Background(), time.Time{}, func(v storage.Voted) error {
		if v.Source == "embed" {
			n++
		}
		return nil
	})
	if n != 1 {
		t.Errorf("%d embed questions recorded, want 1", n)
	}
}

// Follow-ups are read against the page's conversation, and only its own.
func TestAskFollowsTheConversation(t *testing.T) {
	s := newSite(t, siteOptions{noStore: true})
	askSSE(t, s, `{"question":"2025年地区生产总值增长目标是多少","conversation":"conv-aaaa"}`)
	answerOf := func(evs []event) rag.Answer {
		var a rag.Answer
		for _, e := range evs {
			if e.name == "answer" {
				json.Unmarshal([]byte(e.data), &a)
			}
		}
		return a
	}
	_, evs := askSSE(t, s, `{"question":"那去年呢？","conversation":"conv-aaaa"}`)
	if a := answerOf(evs); a.Understood == nil || !a.Understood.FollowUp {
		t.Errorf("follow-up not read against the conversation: %+v", a.Understood)
	}
	for _, e := range evs {
		if e.name == "vote" {
			t.Error("a vote event without a store")
		}
	}
	_, evs = askSSE(t, s, `{"question":"那去年呢？","conversation":"conv-bbbb"}`)
	if a := answerOf(evs); a.Understood != nil && a.Understood.FollowUp {
		t.Errorf("another conversation's turn was used: %+v", a.Understood)
	}
}

func TestAskBadInput(t *testing.T) {
	s := newSite(t, siteOptions{})
	c := client(t)
	for _, tt := range []struct {
		name, ctype, body string
		want              int
		code              string
	}{
		{"empty", "application/json", `{"question":"  "}`, 400, "empty_question"},
		{"too long", "application/json", `{"question":"` + strings.Repeat("问", rag.MaxQuestionRunes+1) + `"}`, 400, "question_too_long"},
		{"unknown report", "application/json", `{"question":"GDP","report":"mars-2099"}`, 404, "unknown_report"},
		{"bad conversation", "application/json", `{"question":"GDP","conversation":"a b"}`, 400, "bad_conversation"},
		{"bad visitor", "application/json", `{"question":"GDP","visitor":"x"}`, 400, "bad_visitor"},
		{"not json", "text/plain", `question=GDP`, 415, "unsupported_media_type"},
		{"unknown field", "application/json", `{"question":"GDP","key":"x"}`, 400, "bad_json"},
		{"two objects", "application/json", `{"question":"GDP"}{}`, 400, "bad_json"},
		{"huge", "application/json", `{"question":"` + strings.Repeat("x", maxWebBody) + `"}`, 413, "body_too_large"},
	} {
		resp, body := post(t, c, s.URL+"/web/ask", tt.ctype, tt.body, map[string]string{"Accept": "text/event-stream"})
		var e apiError
		if resp.StatusCode != tt.want || json.Unmarshal([]byte(body), &e) != nil || e.Error.Code != tt.code {
			t.Errorf("%s: %d %s, want %d %s", tt.name, resp.StatusCode, body, tt.want, tt.code)
		}
	}
}

func TestAskRateLimitedPerAddress(t *testing.T) {
	s := newSite(t, siteOptions{perMinute: 2, noStore: true})
	var codes []int
	for range 3 {
		resp, _ := askSSE(t, s, `{"question":"GDP"}`)
		codes = append(codes, resp.StatusCode)
		if resp.StatusCode == 429 && resp.Header.Get("Retry-After") == "" {
			t.Error("429 without Retry-After")
		}
	}
	if codes[0] != 200 || codes[1] != 200 || codes[2] != 429 {
		t.Errorf("codes %v, want 200 200 429", codes)
	}
	// The pages themselves are not limited.
	if resp, _ := get(t, client(t), s.URL+"/"); resp.StatusCode != 200 {
		t.Errorf("chat page after the limit: %d", resp.StatusCode)
	}
}

var markRE = regexp.MustCompile(`<mark>([^<]*)</mark>`)

// The reader highlights exactly the runes a citation gives, marks
// figures by period, and says so when a link's span is not in the
// paragraph.
func TestReaderHighlightsTheQuote(t *testing.T) {
	s := newSite(t, siteOptions{noStore: true})
	ans, _ := testStack(t)
	a, err := ans.Ask(context.Background(), rag.Query{Text: "2025年地区生产总值增长目标是多少？"})
	if err != nil || len(a.Citations) == 0 {
		t.Fatal(err)
	}
	cite := a.Citations[0]
	q := url.Values{"p": {itoa(cite.Paragraph)}, "s": {itoa(cite.Start)}, "e": {itoa(cite.End)}}
	resp, body := get(t, client(t), s.URL+"/reports/"+cite.Report+"?"+q.Encode())
	if resp.StatusCode != 200 {
		t.Fatalf("%d", resp.StatusCode)
	}
	var marked strings.Builder
	for _, m := range markRE.FindAllStringSubmatch(body, -1) {
		marked.WriteString(m[1])
	}
	if marked.String() != cite.Quote {
		t.Errorf("highlighted %q, want the quote %q", marked.String(), cite.Quote)
	}
	if !strings.Contains(body, `id="p23"`) || !strings.Contains(body, `class="para body cited" id="p`+itoa(cite.Paragraph)+`"`) {
		t.Error("no cited paragraph anchor")
	}
	if !strings.Contains(body, `<span class="fig target" title="2025年目标 · 地区生产总值增长">`) {
		t.Error("the GDP target is not marked as a 2025 target")
	}
	if !strings.Contains(body, `<span class="fig result" title="2024年结果`) {
		t.Error("no 2024 result marked")
	}
	for _, bad := range []string{"?p=23&s=5&e=99999", "?p=23&s=9&e=3", "?p=23&s=x&e=3"} {
		_, body := get(t, client(t), s.URL+"/reports/panjin-2025"+bad)
		if strings.Contains(body, "<mark>") || !strings.Contains(body, uiStrings("zh")["span_invalid"]) {
			t.Errorf("%s: highlighted or no notice", bad)
		}
	}
	if _, body := get(t, client(t), s.URL+"/reports/panjin-2025?p=9999"); strings.Contains(body, "<mark>") || strings.Contains(body, " cited\"") {
		t.Error("a paragraph out of range is cited")
	}
	if resp, _ := get(t, client(t), s.URL+"/reports/nope"); resp.StatusCode != 404 {
		t.Errorf("unknown report: %d", resp.StatusCode)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestSegments(t *testing.T) {
	fig := func(s, e int) figures.Figure {
		return figures.Figure{Start: s, End: e, Kind: figures.KindResult, Indicator: "x", Period: rag.Period{Kind: rag.PeriodResult, Year: 2024}}
	}
	render := func(segs []segment) string {
		var b strings.Builder
		for _, sg := range segs {
			if sg.Fig != nil {
				b.WriteString("[")
			}
			for _, p := range sg.Pieces {
				if p.Mark {
					b.WriteString("<" + p.Text + ">")
				} else {
					b.WriteString(p.Text)
				}
			}
			if sg.Fig != nil {
				b.WriteString("]")
			}
		}
		return b.String()
	}
	for _, tt := range []struct {
		name   string
		figs   []figures.Figure
		ms, me int
		want   string
	}{
		{"plain", nil, -1, -1, "一二三四五六"},
		{"mark only", nil, 1, 3, "一<二三>四五六"},
		{"figure only", []figures.Figure{fig(2, 4)}, -1, -1, "一二[三四]五六"},
		{"mark inside figure", []figures.Figure{fig(1, 5)}, 2, 3, "一[二<三>四五]六"},
		{"mark across figure edge", []figures.Figure{fig(2, 4)}, 1, 3, "一<二>[<三>四]五六"},
		{"mark holds figure", []figures.Figure{fig(2, 4)}, 0, 6, "<一二>[<三四>]<五六>"},
		{"overlapping figure skipped", []figures.Figure{fig(1, 3), fig(2, 4)}, -1, -1, "一[二三]四五六"},
		{"figure past the end skipped", []figures.Figure{fig(4, 9)}, -1, -1, "一二三四五六"},
	} {
		if got := render(segments("一二三四五六", tt.figs, tt.ms, tt.me, "zh")); got != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, got, tt.want)
		}
	}
}

// login logs c in through the form, as a browser does.
func login(t *testing.T, s *site, c *http.Client, key string) *http.Response {
	t.Helper()
	_, page := get(t, c, s.URL+"/console/login")
	m := regexp.MustCompile(`name="token" value="([0-9a-f]+)"`).FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no token in the login form:\n%s", page)
	}
	resp, _ := post(t, c, s.URL+"/console/login", "application/x-www-form-urlencoded",
		url.Values{"token": {m[1]}, "key": {key}}.Encode(), map[string]string{"Origin": s.URL})
	return resp
}

func TestConsoleNeedsAStaffLogin(t *testing.T) {
	s := newSite(t, siteOptions{})
	askSSE(t, s, `{"question":"<script>alert(1)</script>火星基地","visitor":"visitor-0001"}`)
	c := client(t)
	for _, p := range []string{"/console", "/console/figures"} {
		if resp, _ := get(t, c, s.URL+p); resp.StatusCode != 303 || resp.Header.Get("Location") != "/console/login" {
			t.Errorf("%s without login: %d %s", p, resp.StatusCode, resp.Header.Get("Location"))
		}
	}
	if resp, body := get(t, c, s.URL+"/console/figures.csv"); resp.StatusCode != 401 || strings.Contains(body, "indicator") {
		t.Errorf("CSV without login: %d", resp.StatusCode)
	}
	// A form post without the login page's token, or from another site, fails.
	if resp, _ := post(t, c, s.URL+"/console/login", "application/x-www-form-urlencoded", "key="+staffKey, nil); resp.StatusCode != 403 {
		t.Errorf("login without token: %d", resp.StatusCode)
	}
	if resp := login(t, s, c, "wrong-key-0123456789"); resp.StatusCode != 401 {
		t.Errorf("wrong key: %d", resp.StatusCode)
	}
	resp := login(t, s, c, staffKey)
	if resp.StatusCode != 303 || resp.Header.Get("Location") != "/console" {
		t.Fatalf("login: %d", resp.StatusCode)
	}
	var sc *http.Cookie
	for _, ck := range resp.Cookies() {
		if ck.Name == sessionCookie {
			sc = ck
		}
	}
	if sc == nil || !sc.HttpOnly || sc.SameSite != http.SameSiteStrictMode || sc.Path != "/" {
		t.Fatalf("session cookie %+v", sc)
	}
	resp, body := get(t, c, s.URL+"/console")
	if resp.StatusCode != 200 || !strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;火星基地") || strings.Contains(body, "<script>alert(1)") {
		t.Fatalf("console %d does not show the unanswered question escaped:\n%s", resp.StatusCode, body)
	}
	if !strings.Contains(body, `<rect class="web"`) {
		t.Error("no bar for today's web question")
	}
	// A tampered session cookie is refused.
	u, _ := url.Parse(s.URL)
	bad := client(t)
	bad.Jar.SetCookies(u, []*http.Cookie{{Name: sessionCookie, Value: strings.Replace(sc.Value, ".", "x.", 1)}})
	if resp, _ := get(t, bad, s.URL+"/console"); resp.StatusCode != 303 {
		t.Errorf("tampered session: %d", resp.StatusCode)
	}
	// Logging out needs the page's CSRF token.
	if resp, _ := post(t, c, s.URL+"/console/logout", "application/x-www-form-urlencoded", "csrf=nope", nil); resp.StatusCode != 403 {
		t.Errorf("logout without the CSRF token: %d", resp.StatusCode)
	}
	csrf := regexp.MustCompile(`name="csrf" value="([0-9a-f]+)"`).FindStringSubmatch(body)
	if csrf == nil {
		t.Fatal("no CSRF token on the console page")
	}
	if resp, _ := post(t, c, s.URL+"/console/logout", "application/x-www-form-urlencoded", "csrf="+csrf[1], map[string]string{"Origin": "https://evil.example"}); resp.StatusCode != 403 {
		t.Errorf("cross-site logout: %d", resp.StatusCode)
	}
	if resp, _ := post(t, c, s.URL+"/console/logout", "application/x-www-form-urlencoded", "csrf="+csrf[1], nil); resp.StatusCode != 303 {
		t.Errorf("logout: %d", resp.StatusCode)
	}
	if resp, _ := get(t, c, s.URL+"/console"); resp.StatusCode != 303 {
		t.Errorf("console after logout: %d", resp.StatusCode)
	}
}

// Sessions end when their time is up.
func TestSessionExpires(t *testing.T) {
	now := time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)
	ans, figs := testStack(t)
	w, err := New(context.Background(), Options{Answerer: ans, Figures: figs, SessionTTL: time.Hour, Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("GET", "http://127.0.0.1/console", nil)
	w.startSession(rec, req, "key:1")
	for _, ck := range rec.Result().Cookies() {
		req.AddCookie(ck)
	}
	if w.staffSession(req) == nil {
		t.Fatal("fresh session refused")
	}
	now = now.Add(time.Hour)
	if w.staffSession(req) != nil {
		t.Fatal("expired session accepted")
	}
}

// Reached by a public name (behind a TLS proxy), the cookies are Secure
// and __Host- prefixed; on loopback HTTP they cannot be.
func TestCookiesSecureOffLoopback(t *testing.T) {
	for _, tt := range []struct {
		host   string
		secure bool
	}{{"127.0.0.1:8080", false}, {"localhost:8080", false}, {"[::1]:8080", false}, {"ask.panjin.gov.cn", true}, {"10.0.0.5:8080", true}} {
		req := httptest.NewRequest("GET", "http://"+tt.host+"/console/login", nil)
		if got := secureRequest(req); got != tt.secure {
			t.Errorf("%s: secure %v", tt.host, got)
		}
		if got := strings.HasPrefix(cookieName(req, sessionCookie), "__Host-"); got != tt.secure {
			t.Errorf("%s: cookie name %s", tt.host, cookieName(req, sessionCookie))
		}
	}
}

// The figures export is formula-safe and filtered like the table.
func TestFiguresCSV(t *testing.T) {
	s := newSite(t, siteOptions{noStore: true})
	c := client(t)
	if resp := login(t, s, c, staffKey); resp.StatusCode != 303 {
		t.Fatalf("login %d", resp.StatusCode)
	}
	resp, body := get(t, c, s.URL+"/console/figures.csv?kind=target&q="+url.QueryEscape("公交"))
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/csv") {
		t.Fatalf("%d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(body, "\ufeff"))).ReadAll()
	if err != nil || len(rows) < 2 {
		t.Fatalf("%v %q", err, body)
	}
	for _, r := range rows[1:] {
		if r[2] != "target" || !strings.Contains(r[4], "公交") {
			t.Errorf("row outside the filter: %q", r)
		}
	}
	if !strings.Contains(body, "132台") {
		t.Error("the bus target is missing")
	}
	_, page := get(t, c, s.URL+"/console/figures?kind=target&q="+url.QueryEscape("公交"))
	if !strings.Contains(page, "132台") || !strings.Contains(page, `href="/console/figures.csv?kind=target&amp;q=%E5%85%AC%E4%BA%A4"`) {
		t.Errorf("figures page lacks the row or the export link")
	}
}

type fakeFigures []figures.Figure

func (f fakeFigures) All() []figures.Figure                    { return f }
func (f fakeFigures) InParagraph(string, int) []figures.Figure { return nil }
func (f fakeFigures) Tracked([]rag.Track, string, string) []figures.Pair {
	return nil
}

// Report text that reads as a formula is exported as text.
func TestFiguresCSVNeutralisesFormulas(t *testing.T) {
	ans, _ := testStack(t)
	w, err := New(context.Background(), Options{Answerer: ans, Figures: fakeFigures{
		{Report: "panjin-2025", Paragraph: 1, Indicator: `=HYPERLINK("http://evil","x")`, Text: "+1", Kind: figures.KindResult},
	}})
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("GET", "http://127.0.0.1/console/figures.csv", nil)
	w.startSession(rec, req, "key:1")
	for _, ck := range rec.Result().Cookies() {
		req.AddCookie(ck)
	}
	rec = httptest.NewRecorder()
	w.figuresCSV(rec, req)
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(rec.Body.String(), "\ufeff"))).ReadAll()
	if err != nil || len(rows) != 2 {
		t.Fatalf("%v %q", err, rec.Body.String())
	}
	if rows[1][4] != `'=HYPERLINK("http://evil","x")` || rows[1][5] != "'+1" {
		t.Errorf("formula cells not neutralised: %q", rows[1])
	}
}
