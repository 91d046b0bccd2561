package rag_test

import (
	"context"
	"errors"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/reportbot/reportbot/rag"
)

// evalQuestion is the part of eval/testdata/questions.yaml the engine tests use.
type evalQuestion struct {
	ID         string `yaml:"id"`
	Question   string `yaml:"question"`
	Kind       string `yaml:"kind"`
	Answerable bool   `yaml:"answerable"`
}

func loadEvalQuestions(t testing.TB) []evalQuestion {
	t.Helper()
	raw, err := os.ReadFile("../eval/testdata/questions.yaml")
	if err != nil {
		t.Fatalf("read question set: %v", err)
	}
	var qs []evalQuestion
	if err := yaml.Unmarshal(raw, &qs); err != nil {
		t.Fatalf("parse question set: %v", err)
	}
	if len(qs) < 50 {
		t.Fatalf("question set has %d questions, want the full set", len(qs))
	}
	for _, q := range qs {
		if strings.TrimSpace(q.Question) == "" {
			t.Fatalf("question %s is empty", q.ID)
		}
	}
	return qs
}

// extraQuestions add shapes the question set may not have.
var extraQuestions = []string{
	"盘锦的房价是多少", "明天天气怎么样", "去年外贸涨了多少", "今年公交车计划买多少台",
	"2025年要重点做好哪八个方面工作？", "2024年工作回顾有哪些方面", "（一）狠抓有效需求有哪些内容",
	"What is Panjin's GDP growth target for 2025?", "How much did foreign trade grow last year?",
	"2023年地区生产总值是多少", "2026年的目标是什么", "GDP", "gdp增长", "5.5%", "¶23", "邢鹏",
	"市长 邢  鹏", "解读", "图解丨盘锦市政府工作报告", "https://example.com", "？", "的的的的",
	"２０２５年ＧＤＰ增长目标", "外贸\xff\xfe多少", "😀😀", "a", "强化项目支撑",
}

// checkAnswer verifies what every answer must satisfy, found or not.
func checkAnswer(t *testing.T, ix *rag.Index, q string, a *rag.Answer) {
	t.Helper()
	if a == nil {
		t.Fatalf("Ask(%q): nil answer", q)
	}
	if a.Mode != rag.ModeExtractive {
		t.Errorf("Ask(%q): Mode %q, want %q", q, a.Mode, rag.ModeExtractive)
	}
	if a.Lang != "zh" && a.Lang != "en" {
		t.Errorf("Ask(%q): Lang %q", q, a.Lang)
	}
	if !utf8.ValidString(a.Question) || !utf8.ValidString(a.Answer) {
		t.Errorf("Ask(%q): question or answer text is not valid UTF-8", q)
	}
	if a.Citations == nil {
		t.Errorf("Ask(%q): Citations is nil (JSON null), want []", q)
	}
	if strings.TrimSpace(a.Answer) == "" {
		t.Errorf("Ask(%q): empty answer text", q)
	}
	rep, err := ix.Report(a.Report.ID)
	if err != nil {
		t.Fatalf("Ask(%q): Report.ID %q: %v", q, a.Report.ID, err)
	}
	if a.Report.Version != rep.Version || a.Report.Title != rep.Meta.Title {
		t.Errorf("Ask(%q): Report %+v, want version %s and title %q", q, a.Report, rep.Version, rep.Meta.Title)
	}
	multi := len(ix.Reports()) > 1
	if err := a.CheckParts(ix, multi); err != nil {
		t.Errorf("Ask(%q): %v", q, err)
	}
	for i, c := range a.Citations {
		r, err := ix.Report(c.Report)
		if err != nil {
			t.Errorf("Ask(%q) citation %d: report %q: %v", q, i, c.Report, err)
			continue
		}
		p, err := r.Paragraph(c.Paragraph)
		if err != nil {
			t.Errorf("Ask(%q) citation %d: %v", q, i, err)
			continue
		}
		if !p.Quotable() {
			t.Errorf("Ask(%q) citation %d quotes ¶%d, which is not quotable (%q)", q, i, p.N, p.Text)
		}
		got, ok := runeSlice(p.Text, c.Start, c.End)
		if !ok || got != c.Quote {
			t.Errorf("Ask(%q) citation %d: quote %q is not runes [%d,%d) of ¶%d (%q)", q, i, c.Quote, c.Start, c.End, p.N, got)
		}
		if c.Quote == "" || strings.TrimSpace(c.Quote) != c.Quote {
			t.Errorf("Ask(%q) citation %d: empty or padded quote %q", q, i, c.Quote)
		}
		if c.Period != p.Period {
			t.Errorf("Ask(%q) citation %d (¶%d): Period %v, paragraph has %v", q, i, p.N, c.Period, p.Period)
		}
		if c.Section != p.Path() {
			t.Errorf("Ask(%q) citation %d (¶%d): Section %q, want Path() %q", q, i, p.N, c.Section, p.Path())
		}
		// The mark names the report when several are loaded: 〔panjin-2025 ¶23〕.
		mark := c.Marker(multi)
		if want := "〔¶" + itoa(c.Paragraph) + "〕"; !multi && mark != want {
			t.Errorf("Citation.Marker(false) = %q, want %q", mark, want)
		}
		if want := "〔" + c.Report + " ¶" + itoa(c.Paragraph) + "〕"; multi && mark != want {
			t.Errorf("Citation.Marker(true) = %q, want %q", mark, want)
		}
		if !strings.Contains(a.Answer, c.Quote+"」"+mark) && !strings.Contains(a.Answer, c.Quote+mark) {
			t.Errorf("Ask(%q) citation %d: answer text lacks %q followed by %s:\n%s", q, i, c.Quote, mark, a.Answer)
		}
	}
	// Every 〔¶N〕 in the text is backed by a citation.
	for _, m := range paraRef.FindAllStringSubmatch(a.Answer, -1) {
		found := false
		for _, c := range a.Citations {
			if itoa(c.Paragraph) == m[2] && (m[1] == "" || m[1] == c.Report+" ") {
				found = true
			}
		}
		if !found {
			t.Errorf("Ask(%q): answer text cites %s without a citation:\n%s", q, m[0], a.Answer)
		}
	}
	if a.Found && len(a.Citations) == 0 {
		t.Errorf("Ask(%q): found, but no citation", q)
	}
	if !a.Found {
		checkNotFoundCitations(t, ix, q, a)
	}
}

var paraRef = regexp.MustCompile(`〔([^〔〕¶]* )?¶(\d+)〕`)

func itoa(n int) string { return sprintf("%d", n) }

// checkNotFoundCitations: an answer that found nothing cites only section
// or part titles, or (for a figure asked of the wrong period) one labelled quote.
func checkNotFoundCitations(t *testing.T, ix *rag.Index, q string, a *rag.Answer) {
	t.Helper()
	if g := a.Understood.Grounding; g == rag.GroundOtherPeriod && len(a.Parts) > 0 && a.Parts[0].Role == rag.RoleNotice ||
		g == rag.GroundNoSuchFigure || g == rag.GroundNotAnswered || g == rag.GroundOtherUnit {
		return // the nearest figure or quotes, labelled as what the report gives instead
	}
	for i, c := range a.Citations {
		r, err := ix.Report(c.Report)
		if err != nil {
			continue
		}
		p, err := r.Paragraph(c.Paragraph)
		if err != nil {
			continue
		}
		title := p.Section
		switch {
		case p.Kind == rag.ParaPart:
			title = p.Part
		case p.Kind == rag.ParaBody && p.Lead != "":
			title = p.Lead
		case p.Kind == rag.ParaBody && strings.HasPrefix(p.Text, c.Quote+"："):
			title = c.Quote // a paragraph announcing a list: "…主要预期目标是："
		}
		if c.Start != 0 || c.Quote != title || title == "" {
			t.Errorf("Ask(%q) not found, citation %d quotes %q at [%d,%d) of ¶%d (kind %d): want only a section or part title, a lead or an announcing clause at offset 0", q, i, c.Quote, c.Start, c.End, p.N, p.Kind)
		}
	}
}

func TestAskInvariants(t *testing.T) {
	qs := loadEvalQuestions(t)
	engineModes(t, func(t *testing.T, eng *rag.Engine) {
		ctx := context.Background()
		var all []string
		for _, q := range qs {
			all = append(all, q.Question)
		}
		all = append(all, extraQuestions...)
		found := 0
		for _, q := range all {
			a, err := eng.Ask(ctx, rag.Query{Text: q})
			if err != nil {
				t.Errorf("Ask(%q): %v", q, err)
				continue
			}
			checkAnswer(t, eng.Index(), q, a)
			if a.Report.ID != seedID {
				t.Errorf("Ask(%q): Report.ID %q, want %q", q, a.Report.ID, seedID)
			}
			if a.Found {
				found++
			}
		}
		// Guard against a vacuous pass: most of the set is answerable.
		if found < len(qs)/2 {
			t.Errorf("only %d of %d questions found an answer: the invariants were hardly exercised", found, len(all))
		}
	})
}

// Found answers label each quote from part 一 or 二 with its period, in the
// question's language, so a 2025 target never reads as a 2024 result.
func TestAskPeriodLabels(t *testing.T) {
	qs := loadEvalQuestions(t)
	engineModes(t, func(t *testing.T, eng *rag.Engine) {
		ctx := context.Background()
		labelled := 0
		for _, q := range qs {
			a, err := eng.Ask(ctx, rag.Query{Text: q.Question})
			if err != nil || !a.Found {
				continue
			}
			lines := strings.Split(a.Answer, "\n")
			var head *rag.Citation // first quoted line of a list answer
			for i, c := range a.Citations {
				label := c.Period.Label()
				if a.Lang == "en" {
					label = c.Period.EnglishLabel()
				}
				line := lineWith(lines, "「"+c.Quote+"」"+c.Marker(false))
				if line == "" {
					t.Errorf("Ask(%q): no line quotes citation %d %q", q.Question, i, c.Quote)
					continue
				}
				if listItem.MatchString(line) {
					// A list item sits under its labelled head line and
					// shares the head's period.
					if head == nil || head.Period != c.Period {
						t.Errorf("Ask(%q): list item %q (period %v) is not under a head of the same period", q.Question, line, c.Period)
					}
					continue
				}
				if i == 0 {
					head = &a.Citations[0]
				}
				if c.Period.Kind == rag.PeriodNone {
					continue
				}
				if !strings.HasPrefix(line, "【"+label+"】") {
					t.Errorf("Ask(%q): quote line %q lacks the period label 【%s】", q.Question, line, label)
				}
				labelled++
			}
		}
		if labelled == 0 {
			t.Error("no labelled quote seen: the test exercised nothing")
		}
	})
}

var listItem = regexp.MustCompile(`^\d+\. 「`)

func lineWith(lines []string, s string) string {
	for _, l := range lines {
		if strings.Contains(l, s) {
			return l
		}
	}
	return ""
}

func TestAskLanguage(t *testing.T) {
	qs := loadEvalQuestions(t)
	engineModes(t, func(t *testing.T, eng *rag.Engine) {
		ctx := context.Background()
		english := 0
		for _, q := range qs {
			if q.Kind != "english" {
				continue
			}
			english++
			a, err := eng.Ask(ctx, rag.Query{Text: q.Question})
			if err != nil {
				t.Fatalf("Ask(%q): %v", q.Question, err)
			}
			if a.Lang != "en" {
				t.Errorf("Ask(%q): Lang %q, want en", q.Question, a.Lang)
			}
			if a.Found && !strings.Contains(a.Answer, "quotes are in the original Chinese") {
				t.Errorf("Ask(%q): English answer without the original-Chinese note:\n%s", q.Question, a.Answer)
			}
			if a.Found && strings.Contains(a.Answer, "根据报告") {
				t.Errorf("Ask(%q): English answer with a Chinese intro:\n%s", q.Question, a.Answer)
			}
		}
		if english == 0 {
			t.Fatal("no English question in the set")
		}
		a, err := eng.Ask(ctx, rag.Query{Text: "2025年地区生产总值增长目标是多少？"})
		if err != nil {
			t.Fatal(err)
		}
		if a.Lang != "zh" || !a.Found || !strings.HasPrefix(a.Answer, "根据报告") || strings.Contains(a.Answer, "original Chinese") {
			t.Errorf("Chinese question: Lang %q, found %v, answer:\n%s", a.Lang, a.Found, a.Answer)
		}
	})
}

func TestAskNotFound(t *testing.T) {
	engineModes(t, func(t *testing.T, eng *rag.Engine) {
		for _, q := range []string{"盘锦的房价是多少", "明天天气怎么样"} {
			a, err := eng.Ask(context.Background(), rag.Query{Text: q})
			if err != nil {
				t.Fatalf("Ask(%q): %v", q, err)
			}
			if a.Found {
				t.Errorf("Ask(%q): Found, want not found:\n%s", q, a.Answer)
			}
			if !strings.HasPrefix(a.Answer, "报告未提及") {
				t.Errorf("Ask(%q): answer %q, want it to start with 报告未提及", q, a.Answer)
			}
			checkAnswer(t, eng.Index(), q, a)
			checkNotFoundCitations(t, eng.Index(), q, a)
		}
	})
}

func TestAskErrors(t *testing.T) {
	engineModes(t, func(t *testing.T, eng *rag.Engine) {
		ctx := context.Background()
		tests := []struct {
			name string
			q    rag.Query
			want error
		}{
			{"empty", rag.Query{Text: ""}, rag.ErrEmptyQuestion},
			{"white space", rag.Query{Text: "   \n\t"}, rag.ErrEmptyQuestion},
			{"ideographic spaces", rag.Query{Text: "\u3000\u3000"}, rag.ErrEmptyQuestion},
			{"100 KB", rag.Query{Text: strings.Repeat("外贸", 100<<10/6)}, rag.ErrQuestionTooLong},
			{"one rune over", rag.Query{Text: strings.Repeat("甲", rag.MaxQuestionRunes+1)}, rag.ErrQuestionTooLong},
			{"unknown report", rag.Query{Text: "外贸", Report: "no-such-report"}, rag.ErrUnknownReport},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				a, err := eng.Ask(ctx, tc.q)
				if !errors.Is(err, tc.want) {
					t.Errorf("Ask: error %v, want errors.Is %v", err, tc.want)
				}
				if a != nil {
					t.Errorf("Ask: answer %+v with an error", a)
				}
				hits, err := eng.Search(ctx, tc.q, 5)
				if !errors.Is(err, tc.want) {
					t.Errorf("Search: error %v, want errors.Is %v", err, tc.want)
				}
				if len(hits) != 0 {
					t.Errorf("Search: %d hits with an error", len(hits))
				}
			})
		}
		// At the limit is fine.
		if _, err := eng.Ask(ctx, rag.Query{Text: strings.Repeat("甲", rag.MaxQuestionRunes)}); err != nil {
			t.Errorf("Ask of exactly MaxQuestionRunes runes: %v", err)
		}
		// Odd input: no panic, a valid answer (or, when nothing valid is
		// left, the empty-question error).
		odd := []string{"\xff\xfe\xfd", "外贸\xff\xfe多少", "😀😀😀", "🎉", "？？？！！", "。。。", "……", "!!!???", "\x00\x01\x02", "\u200b\u200b", "一、", "（一）", "〔¶1〕"}
		for _, q := range odd {
			a, err := eng.Ask(ctx, rag.Query{Text: q})
			if errors.Is(err, rag.ErrEmptyQuestion) && strings.TrimSpace(strings.ToValidUTF8(q, "")) == "" {
				continue
			}
			if err != nil {
				t.Errorf("Ask(%q): %v, want an answer", q, err)
				continue
			}
			checkAnswer(t, eng.Index(), q, a)
			if _, err := eng.Search(ctx, rag.Query{Text: q}, 5); err != nil {
				t.Errorf("Search(%q): %v", q, err)
			}
		}
	})
}

func TestSearch(t *testing.T) {
	qs := loadEvalQuestions(t)
	engineModes(t, func(t *testing.T, eng *rag.Engine) {
		ctx := context.Background()
		for _, k := range []int{0, -1} {
			hits, err := eng.Search(ctx, rag.Query{Text: "外贸"}, k)
			if err != nil || len(hits) != 0 {
				t.Errorf("Search(k=%d) = %d hits, %v; want none", k, len(hits), err)
			}
		}
		nonEmpty := 0
		for _, q := range qs {
			for _, k := range []int{1, 5, 1000} {
				hits, err := eng.Search(ctx, rag.Query{Text: q.Question}, k)
				if err != nil {
					t.Fatalf("Search(%q, %d): %v", q.Question, k, err)
				}
				if len(hits) > k {
					t.Errorf("Search(%q, %d): %d hits", q.Question, k, len(hits))
				}
				if len(hits) > 0 {
					nonEmpty++
				}
				seen := map[string]bool{}
				for i, h := range hits {
					if h.Passage == nil || h.Paragraph == nil {
						t.Fatalf("Search(%q): hit %d lacks its passage or paragraph", q.Question, i)
					}
					key := h.Passage.Report + "/" + itoa(h.Passage.Para)
					if seen[key] {
						t.Errorf("Search(%q, %d): two hits in ¶%d", q.Question, k, h.Passage.Para)
					}
					seen[key] = true
					if h.Paragraph.N != h.Passage.Para || h.Paragraph.Report != h.Passage.Report {
						t.Errorf("Search(%q): hit %d passage %s with paragraph ¶%d", q.Question, i, h.Passage.ID, h.Paragraph.N)
					}
					if !h.Paragraph.Quotable() || h.Paragraph.Kind == rag.ParaPart {
						t.Errorf("Search(%q): hit %d in ¶%d of kind %d", q.Question, i, h.Paragraph.N, h.Paragraph.Kind)
					}
					if h.Score <= 0 || (h.LexicalRank == 0 && h.VectorRank == 0) {
						t.Errorf("Search(%q): hit %d score %v ranks %d/%d", q.Question, i, h.Score, h.LexicalRank, h.VectorRank)
					}
					if i > 0 && h.Score > hits[i-1].Score {
						t.Errorf("Search(%q): hit %d score %v above hit %d score %v", q.Question, i, h.Score, i-1, hits[i-1].Score)
					}
				}
				// A smaller k is a prefix of a larger one.
				if k == 5 {
					one, _ := eng.Search(ctx, rag.Query{Text: q.Question}, 1)
					if len(one) > 0 && (len(hits) == 0 || one[0].Passage.ID != hits[0].Passage.ID) {
						t.Errorf("Search(%q): best hit differs between k=1 and k=5", q.Question)
					}
				}
			}
		}
		if nonEmpty == 0 {
			t.Error("no search returned hits")
		}
	})
}

// Two reports side by side: citations name their report and Query.Report
// scopes retrieval to one.
func TestMultiReport(t *testing.T) {
	for _, vectors := range []bool{false, true} {
		name := map[bool]string{false: "lexical", true: "hybrid"}[vectors]
		t.Run(name, func(t *testing.T) {
			seed, synth := loadSeed(t), loadSynth(t)
			eng := buildEngine(t, []*rag.Report{seed, synth}, vectors)
			ctx := context.Background()
			if _, err := eng.Index().Report(""); !errors.Is(err, rag.ErrUnknownReport) {
				t.Errorf(`Index().Report("") with two reports: %v, want ErrUnknownReport`, err)
			}
			if got := len(eng.Index().Reports()); got != 2 {
				t.Errorf("Reports(): %d, want 2", got)
			}
			// Unscoped: the answer comes from the report that has it.
			a, err := eng.Ask(ctx, rag.Query{Text: "无人机植保推广面积是多少"})
			if err != nil {
				t.Fatal(err)
			}
			checkAnswer(t, eng.Index(), "无人机植保", a)
			if !a.Found || a.Report.ID != synthID || a.Report.Version != synth.Version {
				t.Errorf("unscoped 无人机植保: found %v, report %+v; want found in %s:\n%s", a.Found, a.Report, synthID, a.Answer)
			}
			hasP13 := false
			for _, c := range a.Citations {
				if c.Report == synthID && c.Paragraph == 13 && strings.Contains(c.Quote, "无人机植保") {
					hasP13 = true
				}
			}
			if !hasP13 {
				t.Errorf("unscoped 无人机植保: no citation of %s ¶13:\n%s", synthID, a.Answer)
			}
			for _, tc := range []struct{ q, scope string }{
				{"地区生产总值增长目标是多少", seedID},
				{"地区生产总值增长目标是多少", synthID},
				{"风电装机容量", seedID},
				{"风电装机容量", synthID},
				{"无人机植保推广面积是多少", seedID},
				{"2024年新增城镇就业多少人", synthID},
				{"盘锦的房价是多少", synthID},
			} {
				rep, _ := eng.Index().Report(tc.scope)
				a, err := eng.Ask(ctx, rag.Query{Text: tc.q, Report: tc.scope})
				if err != nil {
					t.Fatalf("Ask(%q in %s): %v", tc.q, tc.scope, err)
				}
				checkAnswer(t, eng.Index(), tc.q, a)
				if a.Report.ID != tc.scope || a.Report.Version != rep.Version {
					t.Errorf("Ask(%q in %s): Report %+v", tc.q, tc.scope, a.Report)
				}
				for _, c := range a.Citations {
					if c.Report != tc.scope {
						t.Errorf("Ask(%q in %s): citation of %s ¶%d %q", tc.q, tc.scope, c.Report, c.Paragraph, c.Quote)
					}
				}
				hits, err := eng.Search(ctx, rag.Query{Text: tc.q, Report: tc.scope}, 20)
				if err != nil {
					t.Fatal(err)
				}
				for _, h := range hits {
					if h.Passage.Report != tc.scope || h.Paragraph.Report != tc.scope {
						t.Errorf("Search(%q in %s): hit in %s", tc.q, tc.scope, h.Passage.Report)
					}
				}
			}
			a, err = eng.Ask(ctx, rag.Query{Text: "2024年地区生产总值增长目标是多少", Report: synthID})
			if err != nil {
				t.Fatal(err)
			}
			if !a.Found || len(a.Citations) == 0 || a.Citations[0].Paragraph != 10 || !strings.Contains(a.Answer, "【2024年目标】") {
				t.Errorf("2024 target in %s: want ¶10 labelled 【2024年目标】, got:\n%s", synthID, a.Answer)
			}
		})
	}
}

// The bot answers many chats at once: Ask and Search must be safe for
// concurrent use (run with -race).
func TestAskConcurrent(t *testing.T) {
	qs := loadEvalQuestions(t)
	engineModes(t, func(t *testing.T, eng *rag.Engine) {
		// The engine does not cache: the goroutines run the whole pipeline at once.
		ctx := context.Background()
		want := map[string]string{}
		for _, q := range qs[:20] {
			a, err := eng.Ask(ctx, rag.Query{Text: q.Question})
			if err != nil {
				t.Fatal(err)
			}
			want[q.Question] = a.Answer
		}
		errs := make(chan string, 8*20)
		done := make(chan struct{})
		for g := 0; g < 8; g++ {
			go func(g int) {
				defer func() { done <- struct{}{} }()
				for i := range 20 {
					q := qs[(i+g)%20].Question
					a, err := eng.Ask(ctx, rag.Query{Text: q})
					if err != nil {
						errs <- err.Error()
						continue
					}
					if a.Answer != want[q] {
						errs <- "Ask(" + q + ") answered differently under concurrency"
					}
					if _, err := eng.Search(ctx, rag.Query{Text: q}, 5); err != nil {
						errs <- err.Error()
					}
				}
			}(g)
		}
		for range 8 {
			<-done
		}
		close(errs)
		for e := range errs {
			t.Error(e)
		}
	})
}

// Structural list answers work on any report, not only the seed.
func TestListAnswerSynthetic(t *testing.T) {
	eng := buildEngine(t, []*rag.Report{loadSynth(t)}, false)
	a, err := eng.Ask(context.Background(), rag.Query{Text: "2024年要做好哪些方面工作？"})
	if err != nil {
		t.Fatal(err)
	}
	checkAnswer(t, eng.Index(), "list", a)
	var paras []int
	for _, c := range a.Citations {
		paras = append(paras, c.Paragraph)
	}
	if !a.Found || len(paras) != 3 || paras[0] != 9 || paras[1] != 11 || paras[2] != 14 {
		t.Errorf("list of 2024 areas: cites %v, want part heading ¶9 then sections ¶11 and ¶14:\n%s", paras, a.Answer)
	}
	if a.Report.ID != synthID {
		t.Errorf("Report %+v", a.Report)
	}
}

func TestNewIndexErrors(t *testing.T) {
	if _, err := rag.NewIndex(nil, rag.DefaultLexicon()); err == nil {
		t.Error("NewIndex(no reports): no error")
	}
	if _, err := rag.NewIndex([]*rag.Report{loadSeed(t), loadSeed(t)}, nil); err == nil || !strings.Contains(err.Error(), seedID) {
		t.Errorf("NewIndex(two reports with one id): %v, want an error naming %s", err, seedID)
	}
	// No lexicon is allowed: answers still hold their invariants.
	ix, err := rag.NewIndex([]*rag.Report{loadSeed(t)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	eng := rag.NewEngine(ix, nil)
	for _, q := range []string{"去年外贸涨了多少", "2025年要重点做好哪八个方面工作？", "盘锦的房价是多少"} {
		a, err := eng.Ask(context.Background(), rag.Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		checkAnswer(t, ix, q, a)
	}
	// With one report, "" names it.
	if r, err := ix.Report(""); err != nil || r.Meta.ID != seedID {
		t.Errorf(`Report("") = %v, %v; want the only report`, r, err)
	}
	if _, err := ix.Report("nope"); !errors.Is(err, rag.ErrUnknownReport) {
		t.Errorf(`Report("nope"): %v, want ErrUnknownReport`, err)
	}
}

// Answers are a function of the question: two engines built apart (their
// maps iterate in different orders) give the same answer, run after run.
func TestAskDeterministic(t *testing.T) {
	qs := loadEvalQuestions(t)
	for _, vectors := range []bool{false, true} {
		a := buildEngine(t, []*rag.Report{loadSeed(t)}, vectors)
		b := buildEngine(t, []*rag.Report{loadSeed(t)}, vectors)
		ctx := context.Background()
		for _, q := range qs {
			var first *rag.Answer
			for i, eng := range []*rag.Engine{a, b, a, b} {
				got, err := eng.Ask(ctx, rag.Query{Text: q.Question})
				if err != nil {
					t.Fatal(err)
				}
				if i == 0 {
					first = got
					continue
				}
				if !reflect.DeepEqual(got, first) {
					t.Errorf("vectors=%v: Ask(%q) differs between runs:\n%s\n---\n%s", vectors, q.Question, first.Answer, got.Answer)
					break
				}
			}
		}
	}
}

// The answer cache is invisible: cached answers equal fresh ones, and a
// caller changing its answer does not change the next caller's.
func TestAskCacheTransparent(t *testing.T) {
	qs := loadEvalQuestions(t)
	fresh := buildEngine(t, []*rag.Report{loadSeed(t), loadSynth(t)}, false)
	eng := rag.Cached(fresh, rag.AnswerCacheSize)
	ctx := context.Background()
	for _, q := range qs[:30] {
		for _, scope := range []string{"", seedID, synthID} {
			query := rag.Query{Text: q.Question, Report: scope}
			want, err := fresh.Ask(ctx, query)
			if err != nil {
				t.Fatal(err)
			}
			first, err := eng.Ask(ctx, query)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(first, want) {
				t.Errorf("Ask(%q in %q): cached engine's first answer differs from the uncached engine's", q.Question, scope)
			}
			// Vandalize what we got…
			first.Answer = "changed"
			first.Found = !first.Found
			for i := range first.Citations {
				first.Citations[i].Quote = "changed"
			}
			first.Citations = append(first.Citations, rag.Citation{Quote: "extra"})
			// …and the next caller still gets the real answer.
			again, err := eng.Ask(ctx, query)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(again, want) {
				t.Errorf("Ask(%q in %q): a caller's changes leaked into the cached answer:\n%s", q.Question, scope, again.Answer)
			}
		}
	}
	// Leading and trailing space do not make another question.
	a1, _ := eng.Ask(ctx, rag.Query{Text: "去年外贸涨了多少"})
	a2, _ := eng.Ask(ctx, rag.Query{Text: "  去年外贸涨了多少\n"})
	if !reflect.DeepEqual(a1, a2) {
		t.Errorf("surrounding space changes the answer:\n%s\n---\n%s", a1.Answer, a2.Answer)
	}
}

// Search reads a question without the paragraphs it names, as Ask does,
// and answers a question that only names paragraphs with those.
func TestSearchIgnoresParagraphRefs(t *testing.T) {
	engineModes(t, func(t *testing.T, eng *rag.Engine) {
		ctx := context.Background()
		paras := func(q string) string {
			hits, err := eng.Search(ctx, rag.Query{Text: q}, 5)
			if err != nil {
				t.Fatalf("Search(%q): %v", q, err)
			}
			var s []string
			for _, h := range hits {
				s = append(s, itoa(h.Paragraph.N))
			}
			return strings.Join(s, " ")
		}
		// A question that only names paragraphs gets them.
		for q, want := range map[string]string{"第23段": "23", "¶23和¶8说了什么": "23 8", "paragraph 12": "12", "第９９９段": ""} {
			if got := paras(q); got != want {
				t.Errorf("Search(%q) = ¶%s, want ¶%s", q, got, want)
			}
		}
		if hits, err := eng.Search(ctx, rag.Query{Text: "第23段"}, 0); err != nil || len(hits) != 0 {
			t.Errorf("Search(第23段, k=0) = %d hits, %v; want none", len(hits), err)
		}
		for _, q := range []string{"外贸进出口总额", "普惠性幼儿园"} {
			want := paras(q)
			for _, withRef := range []string{"第77段" + q, "¶12 " + q, q + "（第２３段）"} {
				if got := paras(withRef); got != want {
					t.Errorf("Search(%q) = ¶%s, want ¶%s as for %q", withRef, got, want, q)
				}
			}
		}
	})
}

// A list question gets the items: the sentences of the paragraph that
// follow the one matching its words, or, when it names what a section's
// topics share, those topics; "哪几件事" asks which, not how many.
func TestAskListItems(t *testing.T) {
	engineModes(t, func(t *testing.T, eng *rag.Engine) {
		ctx := context.Background()
		for _, tc := range []struct {
			q    string
			want []string // each in the answer
		}{
			// ¶11: "城市功能更加完善。" and then its items.
			{"2024年在完善城市功能方面，给市民办了哪些实事？", []string{"城市功能更加完善", "便民食堂"}},
			// ¶54's measures, not the topics of its section.
			{"今年坐公交方面有哪些新举措？", []string{"购置公交车辆132台", "线上响应式公交"}},
			// The topics of section (四) all say 大.
			{"今年扩大开放要做哪几个“大”？", []string{"建设大通道", "打造大平台", "发展大外贸", "深化大合作"}},
			// A thing the report names in one run (全域城乡空间布局) is listed
			// in its own sentence, not by the topics of its section.
			{"全域城乡空间布局由哪几块组成", []string{"主城区＋副城区＋新区＋重点镇＋美丽村"}},
		} {
			a, err := eng.Ask(ctx, rag.Query{Text: tc.q})
			in := eng.Intent(rag.Query{Text: tc.q})
			if err != nil {
				t.Fatal(err)
			}
			checkAnswer(t, eng.Index(), tc.q, a)
			for _, w := range tc.want {
				if !strings.Contains(a.Answer, w) {
					t.Errorf("%s: answer lacks %q:\n%s", tc.q, w, a.Answer)
				}
			}
			if !in.List {
				t.Errorf("%s: not read as a list question", tc.q)
			}
		}
		if in := eng.Intent(rag.Query{Text: "去年为了拉动消费，市里主要做了哪几件事？"}); in.Figure || !in.List {
			t.Errorf("哪几件事: intent %+v; want a list question, not a figure question", in)
		}
	})
}
