package rag

import "testing"

// An area's name is its suffix's end: 农业区域品牌 writes no area 农业区.
func TestReportPlaceEndsAtSuffix(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"辽滨", true}, {"兴隆台", true},
		{"农业", false}, {"制造业", false}, // 农业区域, 制造业区域
	} {
		if got := ix.reportPlace(tc.w); got != tc.want {
			t.Errorf("reportPlace(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

// A right anchor opening inside a word of both (业 of 农业 and 制造业) leaves
// the names that word's: the slot runs on to its end.
func TestMiddleSlotRunsToWordEnd(t *testing.T) {
	ix := seedIndex(t)
	q := claimCore("辽滨经开区蝉联全省农业区域品牌榜首吧")
	c := []rune("辽滨经开区蝉联全省制造业区域品牌榜首。")
	runs := sharedRuns(q, c)
	if len(runs) != 2 {
		t.Fatalf("runs %v, want two", runs)
	}
	m, ok := ix.middleSlot(q, c, runs[0], runs[1])
	if got := string(c[m.cs:m.ce]); !ok || got != "全省制造业区域" || m.claimed != "全省农业区域" {
		t.Errorf("middleSlot = %q for %q, %v; want 全省制造业区域 for 全省农业区域", got, m.claimed, ok)
	}
}

// The claim's wording written of something else, in a clause sharing less
// with the claim than the one compared, does not make it the report's.
func TestWritesNearNeedsAsMuchOfTheClaim(t *testing.T) {
	ix := seedIndex(t)
	q := claimCore("辽滨经开区蝉联全省农业区域品牌榜首吧")
	if ix.writesNear(nil, "全省农业区域", q, 16) {
		t.Error("writesNear: the 大米 clause shares 8 characters, not 16")
	}
	if !ix.writesNear(nil, "全省农业区域", q, 8) {
		t.Error("writesNear: the 大米 clause writes 全省农业区域 and shares 8")
	}
}

// A slot ending at a numeral cut from its counter (华锦三|期 for 东北新发地
// 二|期) differs in a number too: no swap, though the names would run on
// to the counter.
func TestMiddleSlotNumeralBeforeWidening(t *testing.T) {
	ix := seedIndex(t)
	q := claimCore("报告说要提速建设华锦三期项目，对吗？")
	c := []rune("提速建设东北新发地二期项目，")
	runs := sharedRuns(q, c)
	for i := 0; i+1 < len(runs); i++ {
		if m, ok := ix.middleSlot(q, c, runs[i], runs[i+1]); ok {
			t.Errorf("middleSlot = %+v, want none", m)
		}
	}
}
