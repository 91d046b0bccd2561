package server

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/reportbot/reportbot/config"
	"github.com/reportbot/reportbot/figures"
	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/seeds"
)

var (
	figuresOnce sync.Once
	figIndex    *figures.Index
	figErr      error
)

// testFigures is the real figures index over the embedded report.
func testFigures(t *testing.T) *figures.Index {
	t.Helper()
	figuresOnce.Do(func() {
		reports, err := rag.LoadFS(seeds.FS)
		if err != nil {
			figErr = err
			return
		}
		figIndex = figures.NewIndex(reports, rag.DefaultLexicon().Expand)
	})
	if figErr != nil {
		t.Fatal(figErr)
	}
	return figIndex
}

// wantFigures converts figures the way the API must, for comparisons.
func wantFigures(fs []figures.Figure) []rag.AnswerFigure {
	out := []rag.AnswerFigure{}
	for _, f := range fs {
		out = append(out, f.JSON())
	}
	return out
}

func filterFigures(fs []figures.Figure, keep func(figures.Figure) bool) []figures.Figure {
	var out []figures.Figure
	for _, f := range fs {
		if keep(f) {
			out = append(out, f)
		}
	}
	return out
}

func sameFigures(t *testing.T, got, want []rag.AnswerFigure) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d figures, want %d", len(got), len(want))
	}
	for i := range got {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("figure %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

// checkVerbatim checks every figure against its paragraph: the value is
// exactly the runes [start,end) and kind and period are the paragraph's.
func checkVerbatim(t *testing.T, ix rag.ReportSource, figs []rag.AnswerFigure) {
	t.Helper()
	for _, f := range figs {
		rep, err := ix.Report(f.Report)
		if err != nil {
			t.Fatalf("figure %+v: %v", f, err)
		}
		p, err := rep.Paragraph(f.Paragraph)
		if err != nil {
			t.Fatalf("figure %+v: %v", f, err)
		}
		rs := []rune(p.Text)
		if f.Start < 0 || f.Start >= f.End || f.End > len(rs) {
			t.Errorf("figure %+v: offsets outside ¶%d (%d runes)", f, f.Paragraph, len(rs))
			continue
		}
		if got := string(rs[f.Start:f.End]); got != f.Value {
			t.Errorf("¶%d[%d:%d] = %q, value %q", f.Paragraph, f.Start, f.End, got, f.Value)
		}
		if f.Kind != string(figures.KindOf(p.Period)) || f.Period != p.Period {
			t.Errorf("figure %q of ¶%d: kind %q period %v, paragraph period %v", f.Value, f.Paragraph, f.Kind, f.Period, p.Period)
		}
	}
}

func TestFigures(t *testing.T) {
	eng := testEngine(t)
	fix := testFigures(t)
	all := fix.All()
	if len(all) <= defaultFigureLimit {
		t.Fatalf("the seed has %d figures; the default-limit case needs more than %d", len(all), defaultFigureLimit)
	}
	ofKind := func(k figures.Kind) []figures.Figure {
		return filterFigures(all, func(f figures.Figure) bool { return f.Kind == k })
	}
	if len(ofKind(figures.KindResult)) == 0 || len(ofKind(figures.KindTarget)) == 0 {
		t.Fatal("the seed needs results and targets")
	}
	const key = "key-one-0123456789"
	r := start(t, Options{Answerer: eng, Figures: fix, APIKeys: []string{key}})
	auth := map[string]string{"Authorization": "Bearer " + key}
	bus := url.QueryEscape("公交车")

	type check func(t *testing.T, got []rag.AnswerFigure)
	equals := func(want []figures.Figure) check {
		return func(t *testing.T, got []rag.AnswerFigure) { sameFigures(t, got, wantFigures(want)) }
	}
	busFigures := func(kinds ...string) check {
		return func(t *testing.T, got []rag.AnswerFigure) {
			want := map[string]string{"85台": "result", "132台": "target"}
			if len(got) != len(kinds) {
				t.Fatalf("%d figures %+v, want %d", len(got), got, len(kinds))
			}
			for i, f := range got {
				if f.Kind != kinds[i] || want[f.Value] != f.Kind || f.Unit != "台" || !strings.Contains(f.Indicator, "公交车辆") {
					t.Errorf("figure %d = %+v, want a %s 公交车辆 figure (85台 result, 132台 target)", i, f, kinds[i])
				}
			}
		}
	}
	for _, c := range []struct {
		name   string
		query  string
		header map[string]string
		status int
		code   string // error code, for errors
		check  check
	}{
		{"all, default limit", "", auth, 200, "", equals(all[:defaultFigureLimit])},
		{"all", "?limit=500", auth, 200, "", equals(all)},
		{"all, empty q", "?q=&limit=500", auth, 200, "", equals(all)},
		{"all, limit", "?limit=3", auth, 200, "", equals(all[:3])},
		{"all of a report", "?report=panjin-2025&limit=500", auth, 200, "", equals(all)},
		{"targets", "?kind=target&limit=500", auth, 200, "", equals(ofKind(figures.KindTarget))},
		{"results, limit", "?kind=result&limit=5", auth, 200, "", equals(ofKind(figures.KindResult)[:5])},
		{"others", "?kind=other&limit=500", auth, 200, "", equals(ofKind(figures.KindOther))},
		{"q colloquial", "?q=" + bus, auth, 200, "", busFigures("result", "target")},
		{"q and report", "?q=" + bus + "&report=panjin-2025", auth, 200, "", busFigures("result", "target")},
		{"q and kind", "?q=" + bus + "&kind=target", auth, 200, "", busFigures("target")},
		{"q and limit", "?q=" + bus + "&limit=1", auth, 200, "", busFigures("result")},
		{"q matches nothing", "?q=xyzzy", auth, 200, "", equals(nil)},
		{"bad kind", "?kind=plan", auth, 400, "bad_kind", nil},
		{"kind is case-sensitive", "?kind=Result", auth, 400, "bad_kind", nil},
		{"bad kind with q", "?q=" + bus + "&kind=x", auth, 400, "bad_kind", nil},
		{"limit 0", "?limit=0", auth, 400, "bad_limit", nil},
		{"limit over 500", "?limit=501", auth, 400, "bad_limit", nil},
		{"limit negative", "?limit=-1", auth, 400, "bad_limit", nil},
		{"limit not a number", "?limit=ten", auth, 400, "bad_limit", nil},
		{"q too long", "?q=" + strings.Repeat("a", rag.MaxQuestionRunes+1), auth, 400, "question_too_long", nil},
		{"unknown report", "?report=nope", auth, 404, "unknown_report", nil},
		{"unknown report with q", "?q=" + bus + "&report=nope", auth, 404, "unknown_report", nil},
		{"no key", "", nil, 401, "unauthorized", nil},
		{"wrong key", "", map[string]string{"Authorization": "Bearer wrong-key-0123456789"}, 401, "unauthorized", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			resp, b := r.do(t, req{"GET", "/v1/figures" + c.query, "", c.header})
			if resp.StatusCode != c.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, c.status, b)
			}
			if c.status != 200 {
				if code := errorCode(t, resp, b); code != c.code {
					t.Errorf("code %q, want %q", code, c.code)
				}
				return
			}
			if !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
				t.Errorf("Content-Type %q", resp.Header.Get("Content-Type"))
			}
			var out FiguresResponse
			strictDecode(t, b, &out)
			if out.Figures == nil {
				t.Fatalf("figures is null, want a list: %s", b)
			}
			c.check(t, out.Figures)
			checkVerbatim(t, eng, out.Figures)
		})
	}

	// Question words stay out of the log (log.questions is off); the
	// route is logged and counted like the others.
	if l := r.logs.String(); strings.Contains(l, "公交车") || !strings.Contains(l, "route=/v1/figures") {
		t.Errorf("log has the question or lacks the route:\n%s", l)
	}
	_, b := r.do(t, req{"GET", "/metrics", "", auth})
	if m := string(b); !strings.Contains(m, `reportbot_http_requests_total{code="200",method="GET",route="/v1/figures"}`) ||
		!strings.Contains(m, `reportbot_http_requests_total{code="400",method="GET",route="/v1/figures"}`) {
		t.Errorf("metrics lack /v1/figures")
	}
}

// TestFiguresBusOffsets pins the two 公交车 figures of the seed: exactly
// as written, where they are, a result and a target.
func TestFiguresBusOffsets(t *testing.T) {
	eng := testEngine(t)
	r := start(t, Options{Answerer: eng, Figures: testFigures(t)})
	_, b := r.do(t, req{"GET", "/v1/figures?q=" + url.QueryEscape("公交车"), "", nil})
	var out FiguresResponse
	strictDecode(t, b, &out)
	type pos struct {
		value, kind string
		paragraph   int
		period      rag.PeriodKind
	}
	var got []pos
	for _, f := range out.Figures {
		got = append(got, pos{f.Value, f.Kind, f.Paragraph, f.Period.Kind})
	}
	want := []pos{{"85台", "result", 11, rag.PeriodResult}, {"132台", "target", 54, rag.PeriodPlan}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("公交车 figures %v, want %v", got, want)
	}
	checkVerbatim(t, eng, out.Figures)
}

func TestFiguresRateLimited(t *testing.T) {
	cfg := config.Defaults().Server
	cfg.RateLimitPerMinute = 1
	key := map[string]string{"Authorization": "Bearer key-one-0123456789"}
	r := start(t, Options{Figures: testFigures(t), Config: cfg, APIKeys: []string{"key-one-0123456789"}})
	if resp, b := r.do(t, req{"GET", "/v1/figures?limit=1", "", key}); resp.StatusCode != 200 {
		t.Fatalf("first: %d %s", resp.StatusCode, b)
	}
	resp, b := r.do(t, req{"GET", "/v1/figures?limit=1", "", key})
	if resp.StatusCode != 429 || errorCode(t, resp, b) != "rate_limited" {
		t.Errorf("second: %d %s", resp.StatusCode, b)
	}
}

// TestFiguresRoute: without a figures index there is no route; only GET
// (and HEAD) with one.
func TestFiguresRoute(t *testing.T) {
	r := start(t, Options{})
	resp, b := r.do(t, req{"GET", "/v1/figures", "", nil})
	if resp.StatusCode != 404 || errorCode(t, resp, b) != "not_found" {
		t.Errorf("without Figures: %d %s", resp.StatusCode, b)
	}
	r = start(t, Options{Figures: testFigures(t)})
	resp, b = r.do(t, req{"POST", "/v1/figures", "{}", map[string]string{"Content-Type": "application/json"}})
	if resp.StatusCode != 405 || errorCode(t, resp, b) != "method_not_allowed" || !strings.Contains(resp.Header.Get("Allow"), "GET") {
		t.Errorf("POST: %d %q %s", resp.StatusCode, resp.Header.Get("Allow"), b)
	}
}

// panickyFigures panics on every call.
type panickyFigures struct{}

func (panickyFigures) All() []figures.Figure                              { panic("boom in All") }
func (panickyFigures) Search(figures.Query) []figures.Figure              { panic("boom in Search") }
func (panickyFigures) Tracked([]rag.Track, string, string) []figures.Pair { panic("boom in Tracked") }

func TestFiguresPanic(t *testing.T) {
	r := start(t, Options{Figures: panickyFigures{}})
	for _, q := range []string{"", "?q=" + url.QueryEscape("公交车")} {
		resp, b := r.do(t, req{"GET", "/v1/figures" + q, "", nil})
		if resp.StatusCode != 500 || errorCode(t, resp, b) != "internal" {
			t.Errorf("%q: %d %s", q, resp.StatusCode, b)
		}
	}
	if l := r.logs.String(); !strings.Contains(l, "panic in handler") || !strings.Contains(l, "boom in Search") {
		t.Errorf("panic not logged:\n%s", l)
	}
	if resp, _ := r.do(t, req{"GET", "/healthz", "", nil}); resp.StatusCode != 200 {
		t.Errorf("healthz after panic: %d", resp.StatusCode)
	}
}

// The figures index serve plugs in satisfies the server's interface.
var _ FigureSearcher = (*figures.Index)(nil)

// threeReports is the engine and figures index over the seed and the two
// reports of testdata/seeds (one of them panjin-2024, whose 2024 targets
// the seed reviews).
func threeReports(t *testing.T) (*rag.Engine, *figures.Index) {
	t.Helper()
	reports, err := rag.LoadFS(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	more, err := rag.LoadFS(os.DirFS("../testdata/seeds"))
	if err != nil {
		t.Fatal(err)
	}
	reports = append(reports, more...)
	lex := rag.DefaultLexicon()
	ix, err := rag.NewIndex(reports, lex)
	if err != nil {
		t.Fatal(err)
	}
	figs := figures.NewIndex(reports, lex.Expand)
	return rag.NewEngine(ix, nil, figures.NewStepper(figs).Step), figs
}

func TestFiguresTrack(t *testing.T) {
	eng, figs := threeReports(t)
	r := start(t, Options{Answerer: eng, Figures: figs})
	for _, tc := range []struct {
		path   string
		status int
		n      int // pairs; -1: at least 20
	}{
		{"/v1/figures/track", 200, -1},
		{"/v1/figures/track?q=" + url.QueryEscape("公交车"), 200, 1},
		{"/v1/figures/track?report=panjin-2024", 200, -1},
		{"/v1/figures/track?report=demo-2024", 200, 0},
		{"/v1/figures/track?report=nope", 404, 0},
		{"/v1/figures/track?q=" + strings.Repeat("长", rag.MaxQuestionRunes+1), 400, 0},
	} {
		resp, b := r.do(t, req{"GET", tc.path, "", nil})
		if resp.StatusCode != tc.status {
			t.Errorf("%.60s: %d %s", tc.path, resp.StatusCode, b)
			continue
		}
		if tc.status != 200 {
			continue
		}
		var out TrackResponse
		if err := json.Unmarshal(b, &out); err != nil {
			t.Fatal(err)
		}
		if tc.n >= 0 && len(out.Pairs) != tc.n || tc.n < 0 && len(out.Pairs) < 20 {
			t.Errorf("%s: %d pairs, want %d", tc.path, len(out.Pairs), tc.n)
		}
		for _, p := range out.Pairs {
			if p.Year != 2024 || p.Target.Report != "panjin-2024" || p.Result.Report != "panjin-2025" || p.Indicator == "" {
				t.Errorf("%s: pair %+v", tc.path, p)
			}
		}
		if tc.n == 1 && (out.Pairs[0].Indicator != "新购公交车辆" || out.Pairs[0].Status != rag.StatusNotMet || out.Pairs[0].Target.Value != "100台" || out.Pairs[0].Result.Value != "85台") {
			t.Errorf("公交车: %+v", out.Pairs[0])
		}
	}
}

// POST /v1/ask with several reports: one report per answer; a question
// several fit equally is asked back with the reports to choose from, and
// asking again with one of them answers from it.
func TestAskSeveralReports(t *testing.T) {
	eng, figs := threeReports(t)
	r := start(t, Options{Answerer: eng, Figures: figs})
	resp, b := r.do(t, req{"POST", "/v1/ask", `{"question":"地区生产总值增长目标是多少"}`, map[string]string{"Content-Type": "application/json"}})
	var ans rag.Answer
	if resp.StatusCode != 200 || json.Unmarshal(b, &ans) != nil {
		t.Fatalf("%d %s", resp.StatusCode, b)
	}
	var offered []string
	for _, p := range ans.Parts {
		if p.Type == rag.PartItem && p.Report != "" {
			offered = append(offered, p.Report)
		}
	}
	if ans.Found || ans.Understood == nil || ans.Understood.Grounding != rag.GroundAmbiguousReport || len(offered) != 2 {
		t.Fatalf("want a question asked back offering two reports: %s", b)
	}
	for _, id := range offered {
		resp, b = r.do(t, req{"POST", "/v1/ask", `{"question":"地区生产总值增长目标是多少","report":"` + id + `"}`, map[string]string{"Content-Type": "application/json"}})
		if resp.StatusCode != 200 || json.Unmarshal(b, &ans) != nil || !ans.Found || ans.Report.ID != id {
			t.Errorf("asked again with report %s: %d %s", id, resp.StatusCode, b)
		}
	}
}
