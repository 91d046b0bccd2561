package figures_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/figures"
	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/seeds"
)

// twoYears loads the seed (2025) with the synthetic panjin-2024 and
// demo-2024 of testdata/seeds, and builds the engine with the figures step.
func twoYears(t *testing.T) ([]*rag.Report, *figures.Index, *rag.Engine) {
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
	return reports, figs, rag.NewEngine(ix, nil, figures.NewStepper(figs).Step)
}

func TestMet(t *testing.T) {
	for _, tc := range []struct {
		target, result, want string
	}{
		{"增长6%左右", "增长3.5%左右", rag.StatusNotMet},
		{"增长6%", "增长8.3%", rag.StatusMet},
		{"增长15%以上", "增长20%以上", rag.StatusMet},
		{"1.9万人", "2.04万人", rag.StatusMet},
		{"100台", "85台", rag.StatusNotMet},
		{"110万吨以上", "110万吨左右", rag.StatusMet}, // the number itself
		// A ceiling: at most.
		{"30微克/立方米以内", "29微克/立方米", rag.StatusMet},
		{"30微克/立方米以内", "31微克/立方米", rag.StatusNotMet},
		{"不到3%", "2.5%", rag.StatusMet},
		{"不超过3%", "3.5%", rag.StatusNotMet},
		// A floor, though 不低于 holds 低于.
		{"不低于90%", "85%", rag.StatusNotMet},
		{"不低于90%", "92%", rag.StatusMet},
		// A reduction: at least as large a fall.
		{"下降10%", "下降25.8%", rag.StatusMet},
		{"下降10%", "下降5%", rag.StatusNotMet},
		{"下降10%", "增长5%", rag.StatusNotMet},
		// It fell where it was to grow.
		{"增长5%", "下降2%", rag.StatusNotMet},
		// Not comparable.
		{"增长10%", "147亿元", rag.StatusUnclear},
		{"增长10%", "2.8个百分点", rag.StatusUnclear},
	} {
		tv, ok1 := figures.Parse(tc.target)
		rv, ok2 := figures.Parse(tc.result)
		if !ok1 || !ok2 {
			t.Fatalf("Parse(%q)=%v, Parse(%q)=%v", tc.target, ok1, tc.result, ok2)
		}
		if got := figures.Met(tv, rv); got != tc.want {
			t.Errorf("Met(%s, %s) = %s, want %s", tc.target, tc.result, got, tc.want)
		}
	}
}

// panjin-2024's 2024 targets beside the seed's 2024 results: each pair's
// indicators are the same or one holds the other, both figures are the
// reports' text, and the statuses follow the figures.
func TestTrackPairsTargetsWithResults(t *testing.T) {
	reports, figs, eng := twoYears(t)
	pairs := figs.Track("panjin-2024", "panjin-2025", 2024)
	want := map[string]string{
		"地区生产总值增长": rag.StatusNotMet, "社会消费品零售总额增长": rag.StatusNotMet, "新购公交车辆": rag.StatusNotMet,
		"改造老旧小区": rag.StatusNotMet, "城镇新增就业": rag.StatusMet, "PM2.5平均浓度": rag.StatusMet,
		"信访总量下降": rag.StatusMet, "进出口总额增长": rag.StatusMet, "增加普惠性托育学位": rag.StatusMet,
	}
	seen := map[string]bool{}
	for _, p := range pairs {
		checkFigureVerbatim(t, eng, p.Target.JSON())
		checkFigureVerbatim(t, eng, p.Result.JSON())
		if p.Target.Report != "panjin-2024" || p.Target.Kind != figures.KindTarget || p.Result.Report != "panjin-2025" || p.Result.Kind != figures.KindResult || p.Year != 2024 {
			t.Errorf("pair %+v: not a 2024 target of panjin-2024 beside a result of panjin-2025", p)
		}
		ti, ri := rag.Normalize(p.Target.Indicator), rag.Normalize(p.Result.Indicator)
		if !strings.Contains(ti, ri) && !strings.Contains(ri, ti) {
			t.Errorf("pair of unrelated indicators: %s / %s", p.Target.Indicator, p.Result.Indicator)
		}
		if seen[p.Target.Indicator+p.Target.Text] {
			t.Errorf("target %s %s paired twice", p.Target.Indicator, p.Target.Text)
		}
		seen[p.Target.Indicator+p.Target.Text] = true
		if w, ok := want[p.Target.Indicator]; ok {
			if p.Status != w {
				t.Errorf("%s: %s → %s is %s, want %s", p.Target.Indicator, p.Target.Text, p.Result.Text, p.Status, w)
			}
			delete(want, p.Target.Indicator)
		}
	}
	for ind := range want {
		t.Errorf("no pair for %s", ind)
	}
	// The reports in the other order, another year, or a city's report
	// beside another city's: nothing to pair.
	for _, tc := range [][3]any{{"panjin-2025", "panjin-2024", 2024}, {"panjin-2024", "panjin-2025", 2023}} {
		if got := figs.Track(tc[0].(string), tc[1].(string), tc[2].(int)); len(got) != 0 {
			t.Errorf("Track%v: %d pairs, want none", tc, len(got))
		}
	}
	tracks := rag.Tracks(reports)
	if len(tracks) != 1 || tracks[0].Target.Meta.ID != "panjin-2024" || tracks[0].Result.Meta.ID != "panjin-2025" || tracks[0].Year != 2024 {
		t.Errorf("Tracks: %+v, want panjin-2024 → panjin-2025 for 2024", tracks)
	}
	if got := figs.Tracked(tracks, "公交车", ""); len(got) != 1 || got[0].Target.Indicator != "新购公交车辆" {
		t.Errorf("Tracked(公交车): %+v", got)
	}
	if got := figs.Tracked(tracks, "", "demo-2024"); len(got) != 0 {
		t.Errorf("Tracked of demo-2024: %d pairs, want none", len(got))
	}
	if got := figs.Tracked(tracks, "", "panjin-2025"); len(got) != len(pairs) {
		t.Errorf("Tracked of panjin-2025: %d pairs, want %d", len(got), len(pairs))
	}
}

// 去年的目标完成了吗 and 去年GDP目标完成了吗: track parts, each citing the
// target and the result verbatim, all of them or the one named.
func TestTrackAnswers(t *testing.T) {
	_, figs, eng := twoYears(t)
	ctx := context.Background()
	all := figs.Track("panjin-2024", "panjin-2025", 2024)
	for _, tc := range []struct {
		q     string
		query rag.Query
		n     int
		first string
	}{
		{"all targets", rag.Query{Text: "去年的目标完成了吗", Context: "panjin-2025"}, len(all), "地区生产总值增长"},
		{"one named", rag.Query{Text: "盘锦去年GDP目标完成了吗"}, 1, "地区生产总值增长"},
		{"one named, 2024", rag.Query{Text: "盘锦2024年新购公交车辆的目标实现了吗"}, 1, "新购公交车辆"},
		{"in English", rag.Query{Text: "Was Panjin's target for new buses met last year?"}, 1, "新购公交车辆"},
	} {
		a, err := eng.Ask(ctx, tc.query)
		if err != nil {
			t.Fatal(err)
		}
		if err := a.CheckParts(eng, true); err != nil {
			t.Errorf("%s: %v", tc.q, err)
		}
		var tracks []rag.Part
		for _, p := range a.Parts {
			if p.Type == rag.PartTrack {
				tracks = append(tracks, p)
			}
		}
		if !a.Found || len(tracks) != tc.n || len(tracks) > 0 && tracks[0].Figure.Indicator != tc.first || a.Understood.Intent != "track" {
			t.Errorf("%s: found %v, %d track parts (want %d, first %s), intent %s:\n%s", tc.q, a.Found, len(tracks), tc.n, tc.first, a.Understood.Intent, a.Answer)
			continue
		}
		for _, p := range tracks {
			target, result := a.Citations[p.Citations[0]], a.Citations[p.Citations[1]]
			if target.Report != "panjin-2024" || result.Report != "panjin-2025" || !strings.Contains(target.Quote, p.Figure.Value) || !strings.Contains(result.Quote, p.Result.Value) {
				t.Errorf("%s: track %s cites %+v and %+v", tc.q, p.Figure.Indicator, target, result)
			}
			if !strings.Contains(a.Answer, "〔panjin-2024 ¶") || !strings.Contains(a.Answer, "〔panjin-2025 ¶") {
				t.Errorf("%s: marks do not name both reports:\n%s", tc.q, a.Answer)
			}
		}
		if len(a.Reports) != 2 || a.Reports[0].ID != "panjin-2024" || a.Reports[1].ID != "panjin-2025" {
			t.Errorf("%s: reports %+v", tc.q, a.Reports)
		}
	}
}

// With a second report of the same city loaded, --report keeps the
// correction of a figure the question states wrongly: the premise is
// checked against the report asked about, not the best match anywhere.
func TestPremiseKeptWithSeveralReports(t *testing.T) {
	_, _, eng := twoYears(t)
	for _, tc := range []struct{ report, want string }{
		{"panjin-2025", "更正：报告写的是5.5%左右，不是8%〔panjin-2025 ¶23〕"},
		{"panjin-2024", "更正：报告写的是6%左右，不是8%〔panjin-2024 ¶14〕"},
	} {
		a, err := eng.Ask(context.Background(), rag.Query{Text: "报告说今年GDP目标是8%，为什么这么高？", Report: tc.report})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(a.Answer, tc.want) {
			t.Errorf("in %s: %s\nwant it to start %s", tc.report, a.Answer, tc.want)
		}
	}
}
