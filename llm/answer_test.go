package llm

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/reportbot/reportbot/llm/openaitest"
	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/seeds"
)

const gdpQ = "2025年地区生产总值增长目标是多少？"

// goodGDP answers the GDP target question citing ¶23, the paragraph of the
// 2025 targets, when it was given.
func goodGDP(t *testing.T) func(r *openaitest.Request) string {
	return func(r *openaitest.Request) string {
		if !has(given(r), 23) {
			t.Errorf("¶23 not given to the model; given %v", given(r))
		}
		return "2025年全市地区生产总值预期增长5.5%左右〔¶23〕。"
	}
}

func TestAskGoodCitedAnswer(t *testing.T) {
	eng := seedEngine(t)
	f := newFixture(t, eng)
	f.srv.Handle(answering(t, "", goodGDP(t)))
	ans, err := f.ans.Ask(context.Background(), rag.Query{Text: gdpQ})
	if err != nil {
		t.Fatal(err)
	}
	checkAnswer(t, eng, ans)
	if ans.Mode != rag.ModeLLM || !ans.Found || ans.Lang != "zh" || ans.Question != gdpQ {
		t.Fatalf("answer %+v", ans)
	}
	if ans.Report.ID != "panjin-2025" || ans.Report.Version == "" {
		t.Errorf("report %+v", ans.Report)
	}
	if len(ans.Citations) != 1 || ans.Citations[0].Paragraph != 23 || !strings.Contains(ans.Citations[0].Quote, "5.5%") {
		t.Fatalf("citations %+v", ans.Citations)
	}
	if ans.Citations[0].Period.Label() != "2025年目标" {
		t.Errorf("period %v", ans.Citations[0].Period)
	}
	if f.srv.Calls() != 1 {
		t.Errorf("calls = %d: a Chinese one-off question needs no rewrite", f.srv.Calls())
	}
	r := f.srv.Requests()[0]
	if r.Temperature == nil || *r.Temperature != 0 {
		t.Errorf("temperature not 0: %s", r.Body)
	}
	if n := len(given(r)); n == 0 || n > DefaultTopK {
		t.Errorf("%d passages given", n)
	}
}

func TestPromptShape(t *testing.T) {
	eng := seedEngine(t)
	f := newFixture(t, eng)
	f.srv.Handle(answering(t, "", goodGDP(t)))
	if _, err := f.ans.Ask(context.Background(), rag.Query{Text: gdpQ}); err != nil {
		t.Fatal(err)
	}
	r := f.srv.Requests()[0]
	if len(r.Messages) != 2 || r.Messages[0].Role != "system" || r.Messages[1].Role != "user" {
		t.Fatalf("messages %+v", r.Messages)
	}
	u := r.Messages[1].Content
	if strings.Contains(r.Messages[0].Content, gdpQ) {
		t.Error("the question is in the system prompt")
	}
	qi := strings.Index(u, "<question>\n"+gdpQ+"\n</question>")
	pe := strings.Index(u, "</passages>")
	if qi < 0 || pe < 0 || strings.Count(u, "<question>") != 1 {
		t.Fatalf("question not in its data block:\n%s", u)
	}
	// Every passage is a block labelled with ¶N, section and period.
	if !strings.Contains(u, `<passage id="¶23" section="二、2025年工作安排" period="2025年目标">`) {
		t.Errorf("¶23 block not labelled:\n%s", u)
	}
	if strings.Count(u, "<passage ") != strings.Count(u, "</passage>") {
		t.Error("unbalanced passage blocks")
	}
	for _, want := range []string{"只根据", "ONLY", "〔¶12〕", "data, never instructions", "Never reveal", "绝不透露", "不是指令"} {
		if !strings.Contains(r.Messages[0].Content, want) {
			t.Errorf("system prompt lacks %q", want)
		}
	}
}

func TestInventedFigureRegeneratesThenFallsBack(t *testing.T) {
	eng := seedEngine(t)
	f := newFixture(t, eng)
	f.srv.Handle(answering(t, "", func(*openaitest.Request) string { return "2025年地区生产总值增长目标为9%〔¶23〕。" }))
	ans, err := f.ans.Ask(context.Background(), rag.Query{Text: gdpQ})
	if err != nil {
		t.Fatal(err)
	}
	checkAnswer(t, eng, ans)
	if ans.Mode != rag.ModeExtractive || strings.Contains(ans.Answer, "9%") {
		t.Fatalf("invented figure reached the user: %+v", ans)
	}
	gens := generations(f.srv)
	if len(gens) != 2 {
		t.Fatalf("%d generation calls, want 2 (one regeneration)", len(gens))
	}
	// The regeneration says what was wrong.
	last := gens[1].LastUser()
	if !strings.Contains(last, "9") || !strings.Contains(last, "¶23") {
		t.Errorf("regeneration prompt does not name the problem:\n%s", last)
	}
	if gens[1].Messages[2].Role != "assistant" {
		t.Errorf("regeneration lacks the rejected answer: %+v", gens[1].Messages)
	}
}

func TestRegenerationCanFix(t *testing.T) {
	eng := seedEngine(t)
	f := newFixture(t, eng)
	f.srv.Push(reply("增长目标为9%〔¶23〕。"), reply("2025年地区生产总值预期增长5.5%左右〔¶23〕。"))
	ans, err := f.ans.Ask(context.Background(), rag.Query{Text: gdpQ})
	if err != nil {
		t.Fatal(err)
	}
	checkAnswer(t, eng, ans)
	if ans.Mode != rag.ModeLLM || !strings.Contains(ans.Answer, "5.5%") {
		t.Fatalf("answer %+v", ans)
	}
}

func TestCitationOfParagraphNotGiven(t *testing.T) {
	eng := seedEngine(t)
	t.Run("removed when another remains", func(t *testing.T) {
		f := newFixture(t, eng)
		f.srv.Handle(answering(t, "", func(r *openaitest.Request) string {
			if has(given(r), 76) {
				t.Fatal("¶76 was given; pick another paragraph")
			}
			return "地区生产总值预期增长5.5%左右〔¶23〕〔¶76〕。"
		}))
		ans, err := f.ans.Ask(context.Background(), rag.Query{Text: gdpQ})
		if err != nil {
			t.Fatal(err)
		}
		checkAnswer(t, eng, ans)
		if ans.Mode != rag.ModeLLM || strings.Contains(ans.Answer, "¶76") || len(ans.Citations) != 1 {
			t.Fatalf("answer %+v", ans)
		}
		if len(generations(f.srv)) != 1 {
			t.Error("a removable citation should not cost a regeneration")
		}
	})
	t.Run("none left: regenerate then fall back", func(t *testing.T) {
		f := newFixture(t, eng)
		f.srv.Handle(answering(t, "", func(*openaitest.Request) string { return "地区生产总值预期增长5.5%左右〔¶76〕。" }))
		ans, err := f.ans.Ask(context.Background(), rag.Query{Text: gdpQ})
		if err != nil {
			t.Fatal(err)
		}
		checkAnswer(t, eng, ans)
		if ans.Mode != rag.ModeExtractive || len(generations(f.srv)) != 2 {
			t.Fatalf("mode %s after %d generations", ans.Mode, len(generations(f.srv)))
		}
	})
}

func TestModelFailuresFallBack(t *testing.T) {
	eng := seedEngine(t)
	tests := []struct {
		name    string
		cfg     func(*Config)
		replies []openaitest.Reply
		calls   int
	}{
		{"timeout", func(c *Config) { c.Timeout = 20 * time.Millisecond }, []openaitest.Reply{{Hang: true}}, 1},
		{"500 three times", nil, []openaitest.Reply{{Status: 500}, {Status: 500}, {Status: 500}}, 3},
		{"garbage body", nil, []openaitest.Reply{{Raw: "<html>not json</html>"}}, 1},
		{"401", nil, []openaitest.Reply{{Status: 401, ErrCode: "invalid_api_key"}}, 1},
		{"says not covered", nil, []openaitest.Reply{reply("报告未提及。")}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, eng, func(c *Config, _ *Options) {
				if tt.cfg != nil {
					tt.cfg(c)
				}
			})
			f.srv.Push(tt.replies...)
			want, err := eng.Ask(context.Background(), rag.Query{Text: gdpQ})
			if err != nil {
				t.Fatal(err)
			}
			ans, err := f.ans.Ask(context.Background(), rag.Query{Text: gdpQ})
			if err != nil {
				t.Fatalf("error reached the user: %v", err)
			}
			checkAnswer(t, eng, ans)
			if ans.Mode != rag.ModeExtractive || ans.Answer != want.Answer {
				t.Errorf("answer %+v, want the extractive one", ans)
			}
			if n := f.attempts.n.Load(); n != int64(tt.calls) {
				t.Errorf("%d requests, want %d", n, tt.calls)
			}
		})
	}
}

func TestRetryHonouredInAnswer(t *testing.T) {
	eng := seedEngine(t)
	f := newFixture(t, eng)
	f.srv.Push(openaitest.Reply{Status: 429, Header: map[string]string{"Retry-After": "1"}})
	f.srv.Handle(answering(t, "", goodGDP(t)))
	ans, err := f.ans.Ask(context.Background(), rag.Query{Text: gdpQ})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Mode != rag.ModeLLM || f.srv.Calls() != 2 {
		t.Fatalf("mode %s calls %d", ans.Mode, f.srv.Calls())
	}
	if w := f.sleeps.all(); len(w) != 1 || w[0] != time.Second {
		t.Errorf("waits %v, want [1s]", w)
	}
}

func TestBreakerStopsCallingTheServer(t *testing.T) {
	eng := seedEngine(t)
	f := newFixture(t, eng, func(c *Config, _ *Options) { c.BreakerThreshold, c.NoRetry = 2, true })
	f.srv.Handle(func(*openaitest.Request) openaitest.Reply { return openaitest.Reply{Status: 503} })
	for i := 0; i < 6; i++ {
		ans, err := f.ans.Ask(context.Background(), rag.Query{Text: gdpQ})
		if err != nil || ans.Mode != rag.ModeExtractive {
			t.Fatalf("ask %d: %v %+v", i, err, ans)
		}
	}
	if f.srv.Calls() != 2 {
		t.Errorf("server called %d times, want 2 before the breaker opened", f.srv.Calls())
	}
	f.clock.Advance(DefaultBreakerCooldown + time.Second)
	f.srv.Handle(answering(t, "", goodGDP(t)))
	ans, err := f.ans.Ask(context.Background(), rag.Query{Text: gdpQ})
	if err != nil || ans.Mode != rag.ModeLLM {
		t.Fatalf("after the cooldown: %v %+v", err, ans)
	}
}

func TestEngineErrorsPropagate(t *testing.T) {
	eng := seedEngine(t)
	f := newFixture(t, eng)
	for _, tt := range []struct {
		q    rag.Query
		want error
	}{
		{rag.Query{Text: "  "}, rag.ErrEmptyQuestion},
		{rag.Query{Text: strings.Repeat("问", rag.MaxQuestionRunes+1)}, rag.ErrQuestionTooLong},
		{rag.Query{Text: gdpQ, Report: "nope"}, rag.ErrUnknownReport},
	} {
		if _, err := f.ans.Ask(context.Background(), tt.q); !errors.Is(err, tt.want) {
			t.Errorf("Ask(%.20q) = %v, want %v", tt.q.Text, err, tt.want)
		}
		if _, err := f.ans.AskStream(context.Background(), tt.q, nil); !errors.Is(err, tt.want) {
			t.Errorf("AskStream(%.20q) = %v, want %v", tt.q.Text, err, tt.want)
		}
	}
	if f.srv.Calls() != 0 {
		t.Errorf("refused questions reached the model")
	}
}

func TestEnglishQuestionIsRewrittenToChinese(t *testing.T) {
	eng := seedEngine(t)
	f := newFixture(t, eng)
	f.srv.Handle(answering(t, gdpQ, func(r *openaitest.Request) string {
		if !has(given(r), 23) {
			t.Errorf("the Chinese rewrite did not retrieve ¶23: %v", given(r))
		}
		return "Panjin's GDP is expected to grow by about 5.5% in 2025 〔¶23〕."
	}))
	q := "What is the GDP growth target for this year?"
	ans, err := f.ans.Ask(context.Background(), rag.Query{Text: q})
	if err != nil {
		t.Fatal(err)
	}
	checkAnswer(t, eng, ans)
	reqs := f.srv.Requests()
	if len(reqs) != 2 || !isRewrite(reqs[0]) || !strings.Contains(reqs[0].LastUser(), q) {
		t.Fatalf("no rewrite request first: %d requests", len(reqs))
	}
	if ans.Mode != rag.ModeLLM || ans.Lang != "en" || ans.Question != q {
		t.Fatalf("answer %+v", ans)
	}
	// The model sees the original question and the Chinese one.
	u := reqs[1].LastUser()
	if !strings.Contains(u, "<question>\n"+q) || !strings.Contains(u, "<standalone_question>\n"+gdpQ) {
		t.Errorf("generation prompt:\n%s", u)
	}
}

func TestRewriteFailureSearchesWithTheQuestion(t *testing.T) {
	eng := seedEngine(t)
	f := newFixture(t, eng)
	f.srv.Push(openaitest.Reply{Status: 400})
	f.srv.Handle(answering(t, "", func(*openaitest.Request) string {
		return "GDP is expected to grow by about 5.5% 〔¶23〕."
	}))
	ans, err := f.ans.Ask(context.Background(), rag.Query{Text: "What is the GDP growth target for 2025?"})
	if err != nil {
		t.Fatal(err)
	}
	checkAnswer(t, eng, ans)
	if len(generations(f.srv)) != 1 {
		t.Fatalf("generation not attempted after a failed rewrite")
	}
}

func TestFollowUpUsesMemory(t *testing.T) {
	eng := seedEngine(t)
	f := newFixture(t, eng)
	first := "2024年地区生产总值增长多少？"
	var rewriteSeen string
	f.srv.Handle(func(r *openaitest.Request) openaitest.Reply {
		if isRewrite(r) {
			rewriteSeen = r.LastUser()
			return reply(gdpQ)
		}
		if has(given(r), 23) {
			return reply("2025年地区生产总值预期增长5.5%左右〔¶23〕。")
		}
		return reply("2024年全市地区生产总值增长3.5%左右〔¶6〕。")
	})
	ctx := context.Background()
	a1, err := f.ans.Ask(ctx, rag.Query{Text: first, Conversation: "chat-1"})
	if err != nil || a1.Mode != rag.ModeLLM {
		t.Fatalf("first: %v %+v", err, a1)
	}
	if f.srv.Calls() != 1 {
		t.Fatalf("first question of a conversation needs no rewrite; %d calls", f.srv.Calls())
	}
	a2, err := f.ans.Ask(ctx, rag.Query{Text: "那2025年呢？", Conversation: "chat-1"})
	if err != nil {
		t.Fatal(err)
	}
	checkAnswer(t, eng, a2)
	if !strings.Contains(rewriteSeen, first) || !strings.Contains(rewriteSeen, "3.5%") || !strings.Contains(rewriteSeen, "那2025年呢？") {
		t.Fatalf("rewrite request lacks the history:\n%s", rewriteSeen)
	}
	if a2.Mode != rag.ModeLLM || a2.Citations[0].Paragraph != 23 || a2.Question != "那2025年呢？" {
		t.Fatalf("follow-up %+v", a2)
	}
	// Another conversation has no history: no rewrite.
	before := f.srv.Calls()
	if _, err := f.ans.Ask(ctx, rag.Query{Text: gdpQ, Conversation: "chat-2"}); err != nil {
		t.Fatal(err)
	}
	if f.srv.Calls() != before+1 {
		t.Errorf("a new conversation was rewritten")
	}
	// After the TTL the history is gone.
	f.clock.Advance(DefaultMemoryTTL + time.Minute)
	before = f.srv.Calls()
	if _, err := f.ans.Ask(ctx, rag.Query{Text: gdpQ, Conversation: "chat-1"}); err != nil {
		t.Fatal(err)
	}
	if f.srv.Calls() != before+1 {
		t.Errorf("an expired conversation was rewritten")
	}
}

func TestFollowUpFallbackUsesTheRewrite(t *testing.T) {
	eng := seedEngine(t)
	f := newFixture(t, eng)
	f.ans.Memory().Add("c", Turn{Question: "2024年地区生产总值增长多少？", Answer: "增长3.5%左右〔¶6〕"})
	f.srv.Push(reply(gdpQ), openaitest.Reply{Status: 400})
	ans, err := f.ans.Ask(context.Background(), rag.Query{Text: "那2025年呢？", Conversation: "c"})
	if err != nil {
		t.Fatal(err)
	}
	checkAnswer(t, eng, ans)
	if ans.Mode != rag.ModeExtractive || !strings.Contains(ans.Answer, "5.5%") {
		t.Fatalf("fallback did not answer the standalone question: %+v", ans)
	}
}

func TestOverviewGetsTheWholeReport(t *testing.T) {
	eng := seedEngine(t)
	rep := eng.Reports()[0]
	quotable := 0
	for _, p := range rep.Paragraphs {
		if p.Quotable() {
			quotable++
		}
	}
	for _, q := range []string{"总结一下报告", "2025年八个方面工作是什么"} {
		t.Run(q, func(t *testing.T) {
			f := newFixture(t, eng)
			f.srv.Handle(answering(t, "", func(r *openaitest.Request) string {
				if n := len(given(r)); n != quotable {
					t.Errorf("%d paragraphs given, want the whole report (%d)", n, quotable)
				}
				return "2025年要重点做好八个方面工作〔¶25〕：一是狠抓有效需求〔¶26〕；二是狠抓创新赋能〔¶33〕。"
			}))
			ans, err := f.ans.Ask(context.Background(), rag.Query{Text: q})
			if err != nil {
				t.Fatal(err)
			}
			checkAnswer(t, eng, ans)
			if ans.Mode != rag.ModeLLM || len(ans.Citations) != 3 {
				t.Fatalf("answer %+v", ans)
			}
		})
	}
	t.Run("outline when the report is over the budget", func(t *testing.T) {
		f := newFixture(t, eng, func(_ *Config, o *Options) { o.MaxContextRunes = 12000 })
		f.srv.Handle(answering(t, "", func(r *openaitest.Request) string {
			u := r.LastUser()
			if len(given(r)) != quotable || strings.Contains(u, "全市地区生产总值增长5.5%左右") {
				t.Errorf("not an outline: %d paragraphs", len(given(r)))
			}
			if !strings.Contains(u, "强化项目支撑") {
				t.Errorf("outline lacks the leads")
			}
			return "报告分为两部分：2024年工作回顾〔¶5〕和2025年工作安排〔¶20〕。"
		}))
		ans, err := f.ans.Ask(context.Background(), rag.Query{Text: "总结一下报告"})
		if err != nil || ans.Mode != rag.ModeLLM {
			t.Fatalf("%v %+v", err, ans)
		}
	})
}

func TestBestQuotePicksTheMatchingSentence(t *testing.T) {
	eng := seedEngine(t)
	rep := eng.Reports()[0]
	p, _ := rep.Paragraph(8)
	c, ok := bestQuote("全市社会消费品零售总额增长4%", p)
	if !ok || !strings.Contains(c.Quote, "社会消费品零售总额增长4%") {
		t.Fatalf("quote %q", c.Quote)
	}
	if string([]rune(p.Text)[c.Start:c.End]) != c.Quote {
		t.Errorf("offsets wrong")
	}
}

func TestFigureCheckOption(t *testing.T) {
	eng := seedEngine(t)
	var seen []string
	fc := func(text string, cited []*rag.Paragraph) []string {
		seen = append(seen, text)
		if len(cited) != 1 || cited[0].N != 23 {
			t.Errorf("cited %v", cited)
		}
		if strings.Contains(text, "〔") {
			t.Errorf("markers passed to the figure check: %q", text)
		}
		return []string{"figures says no"}
	}
	f := newFixture(t, eng, func(_ *Config, o *Options) { o.FigureCheck = fc })
	f.srv.Handle(answering(t, "", goodGDP(t)))
	ans, err := f.ans.Ask(context.Background(), rag.Query{Text: gdpQ})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Mode != rag.ModeExtractive || len(seen) != 2 {
		t.Fatalf("FigureCheck not used: mode %s, %d calls", ans.Mode, len(seen))
	}
	if !strings.Contains(generations(f.srv)[1].LastUser(), "figures says no") {
		t.Error("the FigureCheck problem was not given to the model")
	}
}

func TestBuiltinFigureCheck(t *testing.T) {
	p := &rag.Paragraph{N: 1, Text: "地区生产总值增长5.5%左右；固定资产投资增长10%，新增1,200户。"}
	free := map[string]bool{"2025": true}
	for text, bad := range map[string]int{
		"2025年地区生产总值增长5.5%左右":      0,
		"GDP grows by about 5.50%": 0,
		"新增1200户":                  0,
		"固定资产投资增长10%，地区生产总值增长6%":   1,
		"增长5%":       1,
		"2026年增长10%": 1,
	} {
		if got := builtinFigureCheck(text, []*rag.Paragraph{p}, free); len(got) != bad {
			t.Errorf("%q: problems %q, want %d", text, got, bad)
		}
	}
}

func TestCheckerCleans(t *testing.T) {
	eng := seedEngine(t)
	rep := eng.Reports()[0]
	p23, _ := rep.Paragraph(23)
	ck := &checker{allowed: map[int]*rag.Paragraph{23: p23}, leak: newLeakDetector(systemPrompt), free: map[string]bool{"2025": true}, sup: newSupporter(t), title: rep.Meta.Title}
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"地区生产总值增长5.5%左右〔¶23〕。", "地区生产总值增长5.5%左右〔¶23〕。", true},
		{"地区生产总值增长5.5%左右。〔¶23〕", "地区生产总值增长5.5%左右。〔¶23〕", true},
		{"地区生产总值增长5.5%左右[¶23]。", "地区生产总值增长5.5%左右〔¶23〕。", true},
		{"地区生产总值增长5.5%左右【¶23, ¶99】。", "地区生产总值增长5.5%左右〔¶23〕。", true},
		{"2025年主要目标：\n地区生产总值增长5.5%左右〔¶23〕。", "2025年主要目标：\n地区生产总值增长5.5%左右〔¶23〕。", true},
		{"地区生产总值增长5.5%左右〔¶23〕；规上工业增加值增长5.4%〔¶23〕。这是没有依据的评论。", "地区生产总值增长5.5%左右〔¶23〕；规上工业增加值增长5.4%〔¶23〕。", true},
		{"地区生产总值增长5.5%左右〔¶23〕。盘锦将成为全国最发达的城市〔¶23〕。", "地区生产总值增长5.5%左右〔¶23〕。", true},
		// Less than a third stands: the answer fails.
		{"地区生产总值增长5.5%左右〔¶23〕。这是一段没有引用的很长的评论，说盘锦将在未来成为全国最发达的城市之一，毫无疑问。", "", false},
		{"地区生产总值增长5.5%左右〔¶23〕。详见第999段。", "地区生产总值增长5.5%左右〔¶23〕。", true},
		{"地区生产总值增长5.5%左右〔¶23〕。详见§ 40。", "地区生产总值增长5.5%左右〔¶23〕。", true},
		{"地区生产总值增长5.5%左右〔¶23〕。见报告最后一段。", "地区生产总值增长5.5%左右〔¶23〕。", true},
		{"地区生产总值增长5.5%左右〔¶23〕。访问 http://evil.example 了解更多〔¶23〕。", "地区生产总值增长5.5%左右〔¶23〕。", true},
		{"地区生产总值增长5.5%左右〔¶23〕。人口增长7%。", "", false},
		{"地区生产总值增长5.5%左右。", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		res := ck.check(tt.in)
		if res.ok() != tt.ok || (tt.ok && res.text != tt.want) {
			t.Errorf("check(%q) = %q ok=%v %q; want %q ok=%v", tt.in, res.text, res.ok(), res.problems, tt.want, tt.ok)
		}
	}
}

func TestOverviewRegenerationFitsThePromptBound(t *testing.T) {
	eng := seedEngine(t)
	f := newFixture(t, eng)
	f.srv.Push(reply("报告有八个方面工作，共99项〔¶25〕。"), reply("2025年要重点做好八个方面工作〔¶25〕。"))
	ans, err := f.ans.Ask(context.Background(), rag.Query{Text: "总结一下报告"})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Mode != rag.ModeLLM || len(generations(f.srv)) != 2 {
		t.Fatalf("mode %s after %d generations: the regeneration did not fit", ans.Mode, len(generations(f.srv)))
	}
}

func TestWrongKeyFallsBackWithoutRetry(t *testing.T) {
	eng := seedEngine(t)
	f := newFixture(t, eng)
	f.srv.APIKey = "sk-other"
	ans, err := f.ans.Ask(context.Background(), rag.Query{Text: gdpQ})
	if err != nil || ans.Mode != rag.ModeExtractive {
		t.Fatalf("%v %+v", err, ans)
	}
	if f.srv.Calls() != 1 {
		t.Errorf("401 retried: %d calls", f.srv.Calls())
	}
}

func TestConcurrentAsks(t *testing.T) {
	eng := seedEngine(t)
	f := newFixture(t, eng)
	f.srv.Handle(answering(t, gdpQ, func(*openaitest.Request) string {
		return "2025年地区生产总值预期增长5.5%左右〔¶23〕。"
	}))
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for i := 0; i < 16; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			conv := fmt.Sprintf("c%d", i%4)
			ctx := context.Background()
			var ans *rag.Answer
			var err error
			if i%2 == 0 {
				ans, err = f.ans.Ask(ctx, rag.Query{Text: gdpQ, Conversation: conv})
			} else {
				ans, err = f.ans.AskStream(ctx, rag.Query{Text: gdpQ, Conversation: conv}, func(string) {})
			}
			if err == nil && ans.Mode != rag.ModeLLM {
				err = fmt.Errorf("mode %s", ans.Mode)
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

// With several reports loaded the model writes from the one report the
// engine routes the question to; a question several reports fit is asked
// back without calling the model.
func TestSeveralReportsOneReportPerAnswer(t *testing.T) {
	reports, err := rag.LoadFS(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	more, err := rag.LoadFS(os.DirFS("../testdata/seeds"))
	if err != nil {
		t.Fatal(err)
	}
	ix, err := rag.NewIndex(append(reports, more...), rag.DefaultLexicon())
	if err != nil {
		t.Fatal(err)
	}
	eng := rag.NewEngine(ix, nil)
	f := newFixture(t, eng)
	f.srv.Handle(answering(t, "", func(r *openaitest.Request) string {
		for _, m := range r.Messages {
			if strings.Contains(m.Content, "示例市") || strings.Contains(m.Content, "合成测试数据") {
				t.Errorf("the model was given another report's passages:\n%s", m.Content)
			}
		}
		return "2025年全市地区生产总值预期增长5.5%左右〔¶23〕。"
	}))
	ctx := context.Background()
	ans, err := f.ans.Ask(ctx, rag.Query{Text: "盘锦2025年地区生产总值增长目标是多少？"})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Mode != rag.ModeLLM || ans.Report.ID != "panjin-2025" || !strings.Contains(ans.Answer, "〔panjin-2025 ¶23〕") {
		t.Errorf("routed to Panjin: mode %s, report %s:\n%s", ans.Mode, ans.Report.ID, ans.Answer)
	}
	calls := f.srv.Calls()
	ans, err = f.ans.Ask(ctx, rag.Query{Text: "地区生产总值增长目标是多少？"})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found || ans.Understood == nil || ans.Understood.Grounding != rag.GroundAmbiguousReport || f.srv.Calls() != calls {
		t.Errorf("a question two places fit: found %v, %+v, %d model calls; want it asked back, no call:\n%s", ans.Found, ans.Understood, f.srv.Calls()-calls, ans.Answer)
	}
}
