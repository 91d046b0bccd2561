package web

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"

	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/storage"
)

// The browser tests drive a real Chromium (Debian's package; .ci/run
// installs it with .ci/chromium.sh) with chromedp through what a visitor
// and a staff member do. They wait for what they look for (WaitVisible,
// polling conditions), never for a time.

// EnvChromium names the browser binary; without it, "chromium" on PATH.
const EnvChromium = "REPORTBOT_TEST_CHROMIUM"

var updateScreens = flag.Bool("update-screens", false, "write the README's screenshots to ../docs/screens")

// chromium returns the browser to test with. Without one the test skips
// locally, saying how to get one, and fails under CI (REPORTBOT_CI=1).
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv(EnvChromium); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("REPORTBOT_CI") == "1" {
		t.Fatalf("no Chromium: .ci/run should have installed it (.ci/chromium.sh) and set %s", EnvChromium)
	}
	t.Skipf("browser tests skipped: no Chromium found; install Debian's chromium package or set %s", EnvChromium)
	return ""
}

// browser starts one headless Chromium for the test.
func browser(t *testing.T) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.NoSandbox, // CI runs as root
		chromedp.DisableGPU,
		chromedp.WindowSize(1100, 800),
		chromedp.Flag("accept-lang", "zh-CN"),
	)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelB := chromedp.NewContext(actx)
	// A bound for a broken browser, not a timing assertion: every step
	// waits for its condition.
	ctx, cancelT := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(func() { cancelT(); cancelB(); cancelA() })
	if err := chromedp.Run(ctx); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	return ctx
}

// screenshots go to a directory kept after the test (the path is
// logged); with -update-screens those the README shows are also written
// to docs/screens.
func screenshotDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(os.TempDir(), "reportbot-screens")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// readmeScreens are the screenshots the README shows.
var readmeScreens = map[string]bool{"chat.png": true, "chat-360.png": true, "reader-360.png": true, "console.png": true, "embed.png": true}

func shoot(t *testing.T, ctx context.Context, dir, name string) {
	t.Helper()
	var png []byte
	if err := chromedp.Run(ctx, chromedp.CaptureScreenshot(&png)); err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	dirs := []string{dir}
	if *updateScreens && readmeScreens[name] {
		dirs = append(dirs, filepath.Join("..", "docs", "screens"))
	}
	for _, d := range dirs {
		if err := os.WriteFile(filepath.Join(d, name), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// sendQuestion types q and sends it once the page has finished the
// previous turn: while an answer still streams the send button is
// disabled and a click would be dropped, which under load left a test
// waiting for a turn that was never asked.
func sendQuestion(q string) chromedp.Tasks {
	return chromedp.Tasks{
		chromedp.WaitEnabled("#send", chromedp.ByQuery),
		chromedp.SendKeys("#q", q, chromedp.ByQuery),
		chromedp.Click("#send", chromedp.ByQuery),
	}
}

func run(t *testing.T, ctx context.Context, what string, actions ...chromedp.Action) {
	t.Helper()
	if err := chromedp.Run(ctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// TestBrowser walks the pages in one browser: ask on the chat page and
// see the answer with its citation; vote; a question with markup shows as
// text; the citation opens the reader with the quote highlighted; the
// console refuses without a login and then shows the unanswered
// question; embed.js on a plain page of another origin opens the chat;
// at 360 px nothing overflows sideways.
func TestBrowser(t *testing.T) {
	exe := chromium(t)
	embedHost := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, embedPage)
	}))
	defer embedHost.Close()
	s := newSite(t, siteOptions{origins: []string{embedHost.URL}})
	ctx := browser(t)
	dir := screenshotDir(t)
	t.Logf("Chromium %s; screenshots in %s", exe, dir)

	const question = "公交车去年买了多少"
	var answerText string
	run(t, ctx, "open the chat", chromedp.Navigate(s.URL+"/?lang=zh"), chromedp.WaitVisible("#q", chromedp.ByQuery))
	start := time.Now()
	run(t, ctx, "ask",
		sendQuestion(question),
		chromedp.WaitVisible(".turn .a .answer a.chip", chromedp.ByQuery),
	)
	t.Logf("measured: question sent to rendered answer with its citation: %v (extractive, uncached)", time.Since(start).Round(time.Millisecond))
	run(t, ctx, "read the answer", chromedp.Text(".turn .a .answer", &answerText, chromedp.ByQuery))
	if !strings.Contains(answerText, "85台") || !strings.Contains(answerText, "〔¶11〕") || !strings.Contains(answerText, "2024年结果") {
		t.Fatalf("answer on the page: %q", answerText)
	}

	t.Run("vote", func(t *testing.T) {
		run(t, ctx, "vote 👎",
			chromedp.WaitVisible(`.votes button[data-vote="-1"]`, chromedp.ByQuery),
			chromedp.Click(`.votes button[data-vote="-1"]`, chromedp.ByQuery),
			chromedp.WaitVisible(`.votes button[data-vote="-1"][aria-pressed="true"]`, chromedp.ByQuery),
		)
		down, err := s.Store.Downvoted(context.Background(), time.Time{}, 10)
		if err != nil || len(down) != 1 || down[0].Question != question || down[0].Down != 1 {
			t.Fatalf("the 👎 did not reach the store: %v %+v", err, down)
		}
	})

	t.Run("markup shows as text", func(t *testing.T) {
		const evil = `<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>火星基地什么时候建`
		var shown string
		var pwned bool
		var nodes []*cdp.Node
		run(t, ctx, "ask with markup",
			sendQuestion(evil),
			chromedp.WaitVisible(".turn:nth-of-type(2) .a .answer", chromedp.ByQuery),
			chromedp.Text(".turn:nth-of-type(2) .q p", &shown, chromedp.ByQuery),
			chromedp.Evaluate(`window.pwned === 1`, &pwned),
			chromedp.Nodes("#log img, #log script", &nodes, chromedp.ByQueryAll, chromedp.AtLeast(0)),
		)
		if shown != evil || pwned || len(nodes) != 0 {
			t.Errorf("question shown as %q, script ran %v, %d elements made from it", shown, pwned, len(nodes))
		}
	})

	t.Run("a claimed difference is corrected with both years", func(t *testing.T) {
		// The page words the correction from the part's data, as the
		// plain text does.
		var shown string
		run(t, ctx, "ask a wrong difference",
			sendQuestion("今年公交车比去年多50台吧"),
			chromedp.WaitVisible(".turn:nth-of-type(3) .a .answer p.correction a.chip", chromedp.ByQuery),
			chromedp.Text(".turn:nth-of-type(3) .a .answer p.correction strong", &shown, chromedp.ByQuery),
		)
		if want := "更正：报告写的是2024年结果85台、2025年目标132台，多47台，不是多50台。"; shown != want {
			t.Errorf("correction shown as %q, want %q", shown, want)
		}
	})

	t.Run("every kind of correction is worded as the text answer words it", func(t *testing.T) {
		// A plan claimed done, an item an open list does not name, a
		// district's claim of the city's figure: the page builds each
		// sentence from the part's data, and it must read as rag words it.
		ans, _ := testStack(t)
		for i, q := range []string{"京哈高速盘锦段扩容改造已经通车了吧", "去年组织学习了《民法典》对吧", "去年大洼区城镇新增就业2.04万人对吧"} {
			a, err := ans.Ask(context.Background(), rag.Query{Text: q})
			if err != nil || len(a.Parts) == 0 || a.Parts[0].Type != rag.PartCorrection {
				t.Fatalf("%s: the engine gave no correction first: %v %+v", q, err, a)
			}
			want := a.Parts[0].CorrectionText("zh") + "。"
			turn := fmt.Sprintf(".turn:nth-of-type(%d) .a .answer p.correction", 4+i)
			var shown string
			run(t, ctx, "ask "+q,
				sendQuestion(q),
				chromedp.WaitVisible(turn+" a.chip", chromedp.ByQuery),
				chromedp.Text(turn+" strong", &shown, chromedp.ByQuery),
			)
			if shown != want {
				t.Errorf("%s: correction shown as %q, want %q", q, shown, want)
			}
		}
	})

	t.Run("citation opens the reader", func(t *testing.T) {
		ans, _ := testStack(t)
		a, err := ans.Ask(context.Background(), rag.Query{Text: question})
		if err != nil {
			t.Fatal(err)
		}
		var marked string
		run(t, ctx, "follow the chip",
			chromedp.Click(".turn .a .answer a.chip", chromedp.ByQuery),
			chromedp.WaitVisible("#p11.cited mark", chromedp.ByQuery),
			chromedp.Evaluate(`Array.from(document.querySelectorAll("#p11 mark")).map(m => m.textContent).join("")`, &marked),
		)
		if marked != a.Citations[0].Quote {
			t.Errorf("highlighted %q, want the citation's quote %q", marked, a.Citations[0].Quote)
		}
		shoot(t, ctx, dir, "reader.png")
		// Back on the chat page, the conversation is still there.
		run(t, ctx, "back", chromedp.NavigateBack(), chromedp.WaitVisible(".turn .a .answer a.chip", chromedp.ByQuery),
			chromedp.Evaluate(`window.scrollTo(0, 0)`, nil))
		shoot(t, ctx, dir, "chat.png")
	})

	t.Run("console", func(t *testing.T) {
		// Earlier days' questions, so that the chart has days to show.
		for day := 1; day < 30; day++ {
			for i := 0; i < (day*7)%5+1; i++ {
				src := "web"
				if i%3 == 2 {
					src = "private"
				}
				if _, err := s.Store.RecordQuestion(context.Background(), storage.Question{Time: time.Now().AddDate(0, 0, -day),
					Visitor: "visitor-seed", Source: src, Question: "2025年地区生产总值增长目标是多少？", Found: true, Mode: "extractive"}); err != nil {
					t.Fatal(err)
				}
			}
		}
		var url string
		run(t, ctx, "console without login",
			chromedp.Navigate(s.URL+"/console"),
			chromedp.WaitVisible("#key", chromedp.ByQuery),
			chromedp.Location(&url),
		)
		if !strings.HasSuffix(url, "/console/login") {
			t.Fatalf("console without login went to %s", url)
		}
		var unanswered string
		run(t, ctx, "log in",
			chromedp.SendKeys("#key", staffKey, chromedp.ByQuery),
			chromedp.Submit("#key", chromedp.ByQuery),
			chromedp.WaitVisible("#unanswered table", chromedp.ByQuery),
			chromedp.Text("#unanswered table", &unanswered, chromedp.ByQuery),
			chromedp.WaitVisible("#downvoted .rendered .answer a.chip", chromedp.ByQuery),
		)
		if !strings.Contains(unanswered, `<script>window.pwned=1</script>火星基地什么时候建`) {
			t.Errorf("the unanswered question is not listed as text: %q", unanswered)
		}
		shoot(t, ctx, dir, "console.png")
	})

	t.Run("embed", func(t *testing.T) {
		var frames []*cdp.Node
		run(t, ctx, "open the embedded chat",
			chromedp.Navigate(embedHost.URL+"/?site="+s.URL),
			chromedp.WaitReady("body", chromedp.ByQuery),
			chromedp.Evaluate(embedTag(s.URL), nil),
			chromedp.WaitVisible(`document.querySelector("[data-reportbot]").shadowRoot.querySelector("button")`, chromedp.ByJSPath),
			// A keyboard user: Tab reaches the button, Enter opens the chat.
			chromedp.KeyEvent("\t"),
			chromedp.KeyEvent("\r"),
			chromedp.WaitVisible(`document.querySelector("[data-reportbot]").shadowRoot.querySelector("iframe")`, chromedp.ByJSPath),
			chromedp.Nodes(`document.querySelector("[data-reportbot]").shadowRoot.querySelector("iframe")`, &frames, chromedp.ByJSPath),
		)
		var title string
		run(t, ctx, "the chat inside the frame",
			chromedp.WaitVisible("#q", chromedp.ByQuery, chromedp.FromNode(frames[0])),
			chromedp.Text("h1", &title, chromedp.ByQuery, chromedp.FromNode(frames[0])),
		)
		if title != uiStrings("zh")["title"] {
			t.Errorf("frame shows %q", title)
		}
		shoot(t, ctx, dir, "embed.png")
	})

	t.Run("360 px", func(t *testing.T) {
		for _, page := range []struct{ name, url, ready string }{
			{"chat-360.png", s.URL + "/", ".turn .a .answer a.chip"},
			{"reader-360.png", s.URL + "/reports/panjin-2025?p=23&s=0&e=31#p23", "#p23 mark"},
			{"console-360.png", s.URL + "/console", "#unanswered table"},
			{"figures-360.png", s.URL + "/console/figures?kind=target", "table.figs"},
		} {
			var scroll, inner int
			run(t, ctx, page.name,
				chromedp.EmulateViewport(360, 740),
				chromedp.Navigate(page.url),
				chromedp.WaitVisible(page.ready, chromedp.ByQuery),
				chromedp.Evaluate(`document.documentElement.scrollWidth`, &scroll),
				chromedp.Evaluate(`window.innerWidth`, &inner),
			)
			if scroll > inner {
				t.Errorf("%s: the page is %d px wide in a %d px window", page.url, scroll, inner)
			}
			shoot(t, ctx, dir, page.name)
		}
	})
}

// embedPage is a plain page of another site: the test adds the embed
// tag with the chat's address.
const embedPage = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>盘锦市人民政府</title></head>
<body><h1>盘锦市人民政府</h1><p>A city's page with its own styles.</p>
<style>button { background: red !important; font-size: 40px; } iframe { display: none; }</style></body></html>`

func embedTag(site string) string {
	return fmt.Sprintf(`(() => { const s = document.createElement("script"); s.src = %q; s.dataset.lang = "zh"; document.body.appendChild(s); })()`, site+"/embed.js")
}

// TestBrowserMultiReport: with several reports loaded, last year's
// targets show beside their results with whether each was met, two
// places side by side under their reports' headings, and a question
// several reports answer offers them as buttons; a tap asks it again of
// that report, and a reload keeps the turn with its choice.
func TestBrowserMultiReport(t *testing.T) {
	chromium(t)
	s := newSite(t, siteOptions{multi: true, noStore: true})
	ctx := browser(t)
	dir := screenshotDir(t)
	run(t, ctx, "open the chat", chromedp.Navigate(s.URL+"/?lang=zh"), chromedp.WaitVisible("#q", chromedp.ByQuery))

	var rows int
	var first, firstClass string
	run(t, ctx, "ask whether last year's targets were met",
		sendQuestion("盘锦去年的目标完成了吗"),
		chromedp.WaitVisible(".turn .a .answer p.track a.chip", chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll(".turn .a .answer p.track").length`, &rows),
		chromedp.Text(".turn .a .answer p.track", &first, chromedp.ByQuery),
		chromedp.AttributeValue(".turn .a .answer p.track", "class", &firstClass, nil, chromedp.ByQuery),
	)
	for _, want := range []string{"2024年目标→结果", "地区生产总值增长", "目标 6%左右", "〔panjin-2024 ¶14〕", "结果 3.5%左右", "〔panjin-2025 ¶6〕", "未完成"} {
		if !strings.Contains(first, want) {
			t.Errorf("first track row %q lacks %q", first, want)
		}
	}
	if rows < 20 || firstClass != "track not_met" {
		t.Errorf("%d track rows, the first of class %q", rows, firstClass)
	}

	var headings []string
	run(t, ctx, "two places side by side",
		sendQuestion("盘锦和示例市的地区生产总值增长目标分别是多少"),
		chromedp.WaitVisible(".turn:nth-of-type(2) .a .answer h3.report-heading a", chromedp.ByQuery),
		chromedp.Evaluate(`Array.from(document.querySelectorAll(".turn:nth-of-type(2) h3.report-heading a")).map(a => a.textContent + " " + a.getAttribute("href"))`, &headings),
	)
	if strings.Join(headings, "|") != "2025年盘锦市政府工作报告 /reports/panjin-2025?lang=zh|2024年示例市政府工作报告 /reports/demo-2024?lang=zh" {
		t.Errorf("report headings %q", headings)
	}
	shoot(t, ctx, dir, "chat-track.png")

	var choices []string
	var answer, scope string
	run(t, ctx, "a question several reports answer, in a new chat",
		chromedp.Click("#new-chat", chromedp.ByQuery),
		sendQuestion("地区生产总值增长目标是多少"),
		chromedp.WaitVisible(".turn .a .answer .choices button.choice", chromedp.ByQuery),
		chromedp.Evaluate(`Array.from(document.querySelectorAll(".turn .answer button.choice")).map(b => b.dataset.report + " " + b.textContent)`, &choices),
	)
	if strings.Join(choices, "|") != "panjin-2025 2025年盘锦市政府工作报告|demo-2024 2024年示例市政府工作报告" {
		t.Fatalf("choices %q", choices)
	}
	run(t, ctx, "choose demo-2024",
		chromedp.WaitEnabled("#send", chromedp.ByQuery), // a choice asked mid-stream is dropped too
		chromedp.Click(`.turn .answer button.choice[data-report="demo-2024"]`, chromedp.ByQuery),
		chromedp.WaitVisible(".turn:nth-of-type(2) .a .answer a.chip", chromedp.ByQuery),
		chromedp.Text(".turn:nth-of-type(2) .a .answer", &answer, chromedp.ByQuery),
		chromedp.Text(".turn:nth-of-type(2) .q .scope", &scope, chromedp.ByQuery),
	)
	if !strings.Contains(answer, "5%左右") || !strings.Contains(answer, "〔demo-2024 ¶7〕") || scope != "只看《2024年示例市政府工作报告》" {
		t.Errorf("after the choice: %q (%q)", answer, scope)
	}
	shoot(t, ctx, dir, "chat-choice.png")
	run(t, ctx, "reload",
		chromedp.Reload(),
		chromedp.WaitVisible(".turn:nth-of-type(2) .q .scope", chromedp.ByQuery),
		chromedp.Text(".turn:nth-of-type(2) .q .scope", &scope, chromedp.ByQuery),
	)
	if scope != "只看《2024年示例市政府工作报告》" {
		t.Errorf("after a reload the choice reads %q", scope)
	}
}
