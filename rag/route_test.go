package rag_test

import (
	"context"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// loadTestSeeds ingests testdata/seeds: demo-2024 (示例市) and the
// synthetic panjin-2024, whose 2024 targets the seed reviews.
func loadTestSeeds(t testing.TB) []*rag.Report {
	t.Helper()
	reports, err := rag.LoadFS(os.DirFS("../testdata/seeds"))
	if err != nil {
		t.Fatalf("LoadFS(testdata/seeds): %v", err)
	}
	return reports
}

// threeReports: the seed, panjin-2024 and demo-2024.
func threeReports(t testing.TB) []*rag.Report {
	return append([]*rag.Report{loadSeed(t)}, loadTestSeeds(t)...)
}

// withoutMarks is an answer's text with every citation mark removed:
// marks name their report only when several are loaded.
func withoutMarks(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "〔")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		j := strings.Index(s[i:], "〕")
		if j < 0 {
			b.WriteString(s[i:])
			return b.String()
		}
		s = s[i+j+len("〕"):]
	}
}

// A question confined to one report is answered exactly as it is with
// that report alone, however many others are loaded: the same parts,
// citations, figures and text but for the marks, which name the report.
func TestScopedAnswerIsTheOneReportAnswer(t *testing.T) {
	qs := loadEvalQuestions(t)
	for _, vectors := range []bool{false, true} {
		alone := buildEngine(t, []*rag.Report{loadSeed(t)}, vectors)
		many := buildEngine(t, threeReports(t), vectors)
		ctx := context.Background()
		for _, q := range qs {
			want, err := alone.Ask(ctx, rag.Query{Text: q.Question})
			if err != nil {
				t.Fatal(err)
			}
			got, err := many.Ask(ctx, rag.Query{Text: q.Question, Report: seedID})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got.Parts, want.Parts) || !reflect.DeepEqual(got.Citations, want.Citations) ||
				!reflect.DeepEqual(got.Figures, want.Figures) || got.Found != want.Found || got.Report != want.Report ||
				withoutMarks(got.Answer) != withoutMarks(want.Answer) {
				t.Errorf("vectors=%v: %q in %s with three reports loaded:\n%s\n--- with the seed alone:\n%s", vectors, q.Question, seedID, got.Answer, want.Answer)
			}
		}
	}
}

// The place, the years and the conversation pick the one report a
// question is answered from.
func TestRouting(t *testing.T) {
	eng := buildEngine(t, threeReports(t), false)
	ctx := context.Background()
	for _, tc := range []struct {
		q, context string
		want       []string // the answer's reports; none: asked back
		choices    []string // offered when asked back
	}{
		// The year and what is asked of it.
		{q: "盘锦2024年地区生产总值增长目标是多少", want: []string{"panjin-2024"}},
		{q: "盘锦2024年地区生产总值增长多少", want: []string{"panjin-2025"}},
		{q: "盘锦2025年地区生产总值增长目标是多少", want: []string{"panjin-2025"}},
		{q: "盘锦2023年新购公交车辆多少台", want: []string{"panjin-2024"}},
		// 去年 and 今年 are the newest report's: last year's target is in
		// the report that planned it.
		{q: "盘锦去年地区生产总值增长目标是多少", want: []string{"panjin-2024"}},
		{q: "盘锦今年地区生产总值增长目标是多少", want: []string{"panjin-2025"}},
		// No year: the place's newest report.
		{q: "盘锦去年新购公交车辆多少台", want: []string{"panjin-2025"}},
		{q: "Panjin's GDP target", want: []string{"panjin-2025"}},
		{q: "示例市新建口袋公园多少个", want: []string{"demo-2024"}},
		// A district stands for its city.
		{q: "大洼区去年建了多少高标准农田", want: []string{"panjin-2025"}},
		// No place: what only one place's reports say picks it…
		{q: "今年新建口袋公园多少个", want: []string{"demo-2024"}},
		// …and a year only one place's reports give what is asked of.
		{q: "2025年地区生产总值增长目标是多少", want: []string{"panjin-2025"}},
		// What both places' reports say is asked back…
		{q: "地区生产总值增长目标是多少", choices: []string{"panjin-2025", "demo-2024"}},
		// …unless the conversation has been about one of them.
		{q: "地区生产总值增长目标是多少", context: "panjin-2025", want: []string{"panjin-2025"}},
		{q: "地区生产总值增长目标是多少", context: "demo-2024", want: []string{"demo-2024"}},
		// Two places: a labelled section each.
		{q: "盘锦和示例市的地区生产总值增长目标分别是多少", want: []string{"panjin-2025", "demo-2024"}},
		// Whether last year's targets were met: the report that set them
		// and the one that reviewed the year.
		{q: "去年的目标完成了吗", context: "panjin-2025", want: []string{"panjin-2024", "panjin-2025"}},
		{q: "盘锦2024年公交车的目标完成了吗", want: []string{"panjin-2024", "panjin-2025"}},
	} {
		a, err := eng.Ask(ctx, rag.Query{Text: tc.q, Context: tc.context})
		if err != nil {
			t.Fatalf("Ask(%q): %v", tc.q, err)
		}
		if err := a.CheckParts(eng, true); err != nil {
			t.Errorf("Ask(%q): %v", tc.q, err)
		}
		if tc.choices != nil {
			checkClarify(t, tc.q, a, tc.choices)
			continue
		}
		got := []string{a.Report.ID}
		if len(a.Reports) > 0 {
			got = nil
			for _, r := range a.Reports {
				got = append(got, r.ID)
			}
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Ask(%q, context %q): reports %v, want %v:\n%s", tc.q, tc.context, got, tc.want, a.Answer)
		}
		for _, c := range a.Citations {
			if !contains(tc.want, c.Report) {
				t.Errorf("Ask(%q): cites %s ¶%d, outside %v", tc.q, c.Report, c.Paragraph, tc.want)
			}
		}
		if len(tc.want) > 1 && !strings.Contains(a.Answer, "〔"+tc.want[0]+" ¶") {
			t.Errorf("Ask(%q): no mark naming %s:\n%s", tc.q, tc.want[0], a.Answer)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// checkClarify: the answer asks which report, offering exactly choices.
func checkClarify(t *testing.T, q string, a *rag.Answer, choices []string) {
	t.Helper()
	if a.Found || a.Understood == nil || a.Understood.Grounding != rag.GroundAmbiguousReport || a.Report.ID != "" || len(a.Citations) != 0 {
		t.Errorf("Ask(%q): want a question asked back (not found, grounding %s, no report), got found %v, %+v, report %q:\n%s",
			q, rag.GroundAmbiguousReport, a.Found, a.Understood, a.Report.ID, a.Answer)
		return
	}
	if len(a.Parts) == 0 || a.Parts[0].Type != rag.PartText || a.Parts[0].Role != rag.RoleClarify {
		t.Errorf("Ask(%q): first part %+v, want a clarify text part", q, a.Parts)
	}
	var offered []string
	for _, p := range a.Parts[1:] {
		if p.Type != rag.PartItem || p.Report == "" {
			t.Errorf("Ask(%q): part %+v is not a report offered", q, p)
			continue
		}
		offered = append(offered, p.Report)
		if !strings.Contains(a.Answer, p.Text) || !strings.Contains(a.Answer, p.Report) {
			t.Errorf("Ask(%q): the text does not name %s (%s):\n%s", q, p.Report, p.Text, a.Answer)
		}
	}
	if !reflect.DeepEqual(offered, choices) {
		t.Errorf("Ask(%q): offered %v, want %v", q, offered, choices)
	}
}

// Answered from another report than the newest, a question's 去年 is
// still the year before the newest report's: written out, and the answer
// gives that year's figure.
func TestRelativeYearsKeepTheirFrame(t *testing.T) {
	eng := buildEngine(t, threeReports(t), false)
	a, err := eng.Ask(context.Background(), rag.Query{Text: "盘锦去年地区生产总值增长目标是多少"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Question != "盘锦去年地区生产总值增长目标是多少" || a.Understood == nil || a.Understood.Read != "盘锦2024年地区生产总值增长目标是多少" ||
		!a.Found || !strings.Contains(a.Answer, "6%左右") || !strings.Contains(a.Answer, "【2024年目标】") {
		t.Errorf("question %q, read %+v, found %v:\n%s", a.Question, a.Understood, a.Found, a.Answer)
	}
}

// Never merged unlabelled: an answer from several reports heads each
// report's part with that report, and each part cites only its report.
func TestComparisonSectionsAreLabelled(t *testing.T) {
	eng := buildEngine(t, threeReports(t), false)
	a, err := eng.Ask(context.Background(), rag.Query{Text: "盘锦和示例市的地区生产总值增长目标分别是多少"})
	if err != nil {
		t.Fatal(err)
	}
	current := ""
	for _, p := range a.Parts {
		if p.Role == rag.RoleReport {
			current = p.Report
			continue
		}
		for _, c := range p.Citations {
			if a.Citations[c].Report != current {
				t.Errorf("part %+v under %q cites %s", p, current, a.Citations[c].Report)
			}
		}
	}
	for _, want := range []string{"《2025年盘锦市政府工作报告》（panjin-2025）", "《2024年示例市政府工作报告》（demo-2024）", "5.5%左右", "5%左右"} {
		if !strings.Contains(a.Answer, want) {
			t.Errorf("comparison lacks %q:\n%s", want, a.Answer)
		}
	}
}

// 去年的目标完成了吗: each 2024 target of panjin-2024 beside its result in
// the seed, met or not, both cited verbatim.
func TestTrackAnswer(t *testing.T) {
	eng := buildEngine(t, threeReports(t), false)
	ctx := context.Background()
	a, err := eng.Ask(ctx, rag.Query{Text: "去年的目标完成了吗", Context: seedID})
	if err != nil {
		t.Fatal(err)
	}
	// Without the figures step the engine cannot pair figures: it answers
	// from both reports, labelled.
	if len(a.Reports) != 2 || a.Reports[0].ID != "panjin-2024" || a.Parts[0].Role != rag.RoleReport {
		t.Errorf("track without a figures step: %+v\n%s", a.Reports, a.Answer)
	}
}

// A report chosen (the API's report, --report) still reads 去年的目标完成了吗
// against the report that set those targets; chosen the report that set
// them, it has no year's result to pair them with.
func TestTrackWithChosenReport(t *testing.T) {
	eng := buildEngine(t, threeReports(t), false)
	ctx := context.Background()
	for _, tc := range []struct {
		report string
		want   []string
	}{
		{seedID, []string{"panjin-2024", seedID}},
		{"panjin-2024", nil},
	} {
		a, err := eng.Ask(ctx, rag.Query{Text: "去年的目标完成了吗", Report: tc.report})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range a.Reports {
			got = append(got, r.ID)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("report %s: answered from %q, want %q\n%s", tc.report, got, tc.want, a.Answer)
		}
	}
}

// A conversation asked back which report says which, by name or by id;
// later questions stay with that report's place.
func TestClarifyThenChoose(t *testing.T) {
	eng := buildEngine(t, threeReports(t), false)
	conv := rag.Converse(eng, eng, rag.NewMemoryConversations(10, nil))
	ctx := context.Background()
	for _, reply := range []struct{ text, want string }{{"盘锦", seedID}, {"demo-2024", "demo-2024"}, {"示例市的", "demo-2024"}} {
		id := "c-" + reply.text
		a, err := conv.Ask(ctx, rag.Query{Text: "地区生产总值增长目标是多少", Conversation: id})
		if err != nil {
			t.Fatal(err)
		}
		checkClarify(t, "地区生产总值增长目标是多少", a, []string{seedID, "demo-2024"})
		a, err = conv.Ask(ctx, rag.Query{Text: reply.text, Conversation: id})
		if err != nil {
			t.Fatal(err)
		}
		if a.Report.ID != reply.want || !a.Found || a.Question != reply.text {
			t.Errorf("reply %q: report %q found %v question %q, want %s:\n%s", reply.text, a.Report.ID, a.Found, a.Question, reply.want, a.Answer)
		}
		a, err = conv.Ask(ctx, rag.Query{Text: "城镇新增就业目标多少", Conversation: id})
		if err != nil {
			t.Fatal(err)
		}
		if a.Report.ID != reply.want {
			t.Errorf("after choosing %s: the next question went to %s:\n%s", reply.want, a.Report.ID, a.Answer)
		}
	}
}

// A client that offers the choices as buttons asks the question again
// with the chosen report (Query.Report): answered from that report as
// asked, not read as a reply to be added to itself; later questions stay
// with that report's place. Asked again without a report, it is asked
// back again.
func TestClarifyThenAskAgainWithReport(t *testing.T) {
	eng := buildEngine(t, threeReports(t), false)
	conv := rag.Converse(eng, eng, rag.NewMemoryConversations(10, nil))
	ctx := context.Background()
	const q = "地区生产总值增长目标是多少"
	a, err := conv.Ask(ctx, rag.Query{Text: q, Conversation: "c"})
	if err != nil {
		t.Fatal(err)
	}
	checkClarify(t, q, a, []string{seedID, "demo-2024"})
	a, err = conv.Ask(ctx, rag.Query{Text: q, Conversation: "c"})
	if err != nil {
		t.Fatal(err)
	}
	checkClarify(t, q, a, []string{seedID, "demo-2024"})
	a, err = conv.Ask(ctx, rag.Query{Text: q, Report: "demo-2024", Conversation: "c"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Report.ID != "demo-2024" || !a.Found || a.Understood == nil || a.Understood.FollowUp || a.Understood.Read != "" && a.Understood.Read != q {
		t.Errorf("asked again of demo-2024: report %q found %v understood %+v:\n%s", a.Report.ID, a.Found, a.Understood, a.Answer)
	}
	a, err = conv.Ask(ctx, rag.Query{Text: "城镇新增就业目标多少", Conversation: "c"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Report.ID != "demo-2024" {
		t.Errorf("after asking again of demo-2024: the next question went to %s:\n%s", a.Report.ID, a.Answer)
	}
}

// Asked about a place no loaded report is about, with nothing to stand in
// for it, the answer says so; about years none covers, likewise.
func TestNoReportForPlaceOrYear(t *testing.T) {
	eng := buildEngine(t, threeReports(t), false)
	ctx := context.Background()
	a, err := eng.Ask(ctx, rag.Query{Text: "北京今年GDP目标是多少"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Found || !strings.Contains(a.Answer, "没有北京市的报告") || a.Understood.Grounding != rag.GroundOtherPlace {
		t.Errorf("another place: %s", a.Answer)
	}
	a, err = eng.Ask(ctx, rag.Query{Text: "2026年GDP增长多少"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Found || !strings.HasPrefix(a.Answer, "已加载的报告都没有2026年的数字") {
		t.Errorf("a year no report covers: %s", a.Answer)
	}
}
