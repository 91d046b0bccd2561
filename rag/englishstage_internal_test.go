package rag

import (
	"strings"
	"testing"
)

// A claim is asked of by a yes-no opening, by a tag after it, or taken
// for granted before what a question asks; the main works claimed done
// are the rung before done.
func TestEnglishStageClaimShapes(t *testing.T) {
	for _, tc := range []struct {
		q       string
		claimed bool // the verb of done is a claim to check
		rung    int
	}{
		{"huajin aramco project will be fully put into production in 2025, right?", true, rungDone},
		{"the terminal was completed and passed acceptance in 2024, correct?", true, rungDone},
		{"now that huajin aramco was finished last year, when does production start?", true, rungDone},
		{"is it true the main structure of the terminal was completed in 2024?", true, rungNearDone},
		{"when will the terminal be completed?", false, rungDone},
		{"after the terminal is completed, what comes next?", false, rungDone}, // a condition
	} {
		at := englishDone.FindStringIndex(tc.q)
		if at == nil {
			t.Fatalf("no verb of done in %q", tc.q)
		}
		claimed := englishYesNo.MatchString(tc.q) || englishTag.MatchString(tc.q) || englishPremiseEnd(tc.q, at[0]) >= 0
		if claimed != tc.claimed {
			t.Errorf("claimed(%q) = %v, want %v", tc.q, claimed, tc.claimed)
		}
		if got := englishClaimedRung(tc.q[:at[0]]); got != tc.rung {
			t.Errorf("englishClaimedRung(%q) = %d, want %d", tc.q, got, tc.rung)
		}
	}
	if got := strings.Join(englishDone.FindAllString("was completed and passed acceptance", -1), "|"); got != "completed|passed acceptance" {
		t.Errorf("verbs of done = %q", got)
	}
}

// A term too short to name one thing (机场, any airport) names the one
// a clause opens with the report's own place when the claim names that
// place too (Panjin airport): in the same list item, close before it.
func TestEnglishThingOpenedByHome(t *testing.T) {
	ix := seedIndex(t)
	airport := []askedTerm{{term: "airport", syn: []string{"机场"}}}
	for _, tc := range []struct {
		clause string
		home   bool // the claim names the report's own place
		want   string
	}{
		{"推进阜盘铁路、盘锦民用运输机场、秦沈二通道纳规等前期工作", true, "盘锦民用运输机场"},
		{"推进阜盘铁路、盘锦民用运输机场、秦沈二通道纳规等前期工作", false, ""},
		{"盘锦港新增航线2条、机场改造完成", true, ""}, // 盘锦 opens another item
		{"机场改造完成", true, ""},
	} {
		rs := []rune(tc.clause)
		got := ""
		if s, e, ok := ix.thingSpan(englishThing{terms: airport, homeNamed: tc.home}, rs); ok {
			got = string(rs[s:e])
		}
		if got != tc.want {
			t.Errorf("thingSpan(%q, home %v) = %q, want %q", tc.clause, tc.home, got, tc.want)
		}
	}
	eng := NewEngine(ix, nil)
	ans, err := eng.Ask(t.Context(), Query{Text: "Will Panjin airport open this year?"})
	if err != nil {
		t.Fatal(err)
	}
	if !hasCorrection(ans) || ans.Parts[0].Figure == nil || !strings.Contains(ans.Parts[0].Figure.Value, "前期工作") {
		t.Errorf("Panjin airport open this year: not corrected with 前期工作: %+v", ans.Parts[0])
	}
}

// A claim of work under way ("under construction", "being built") is
// corrected where the report's clauses on the thing say less (阜盘铁路's
// 前期工作), and holds where the plan builds or finishes it (华锦阿美铁路
// 专用线建成投用). The pinyin name and "railway" name the report's 阜盘铁路.
func TestEnglishUnderwayClaim(t *testing.T) {
	if at, rung := englishClaimedStage("is the airport being built?"); at == nil || rung != rungBuilding {
		t.Errorf("englishClaimedStage(being built) = %v, %d; want under way", at, rung)
	}
	eng := NewEngine(seedIndex(t), nil)
	for _, tc := range []struct{ q, want string }{
		{"The Fupan railway is under construction now, right?", "前期工作"},
		{"Is the Huajin Aramco railway line under construction?", ""},
	} {
		ans, err := eng.Ask(t.Context(), Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if hasCorrection(ans) && ans.Parts[0].Figure != nil {
			got = ans.Parts[0].Figure.Value
		}
		if tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
			t.Errorf("%s: corrected with %q, want %q", tc.q, got, tc.want)
		}
	}
}

// A thing named in pinyin (Liaohekou: 辽河口) with a term too short to
// name one thing (park: 公园) is the clause's 辽河口国家公园, and its
// claim of done is corrected with the report's 创建.
func TestEnglishStagePinyinNamed(t *testing.T) {
	eng := NewEngine(seedIndex(t), nil)
	ans, err := eng.Ask(t.Context(), Query{Text: "Is the Liaohekou National Park already officially established?"})
	if err != nil {
		t.Fatal(err)
	}
	if !hasCorrection(ans) || ans.Parts[0].Figure == nil || !strings.Contains(ans.Parts[0].Figure.Value, "创建辽河口国家公园") {
		t.Errorf("Liaohekou National Park established: not corrected with 创建: %+v", ans.Parts[0])
	}
}
