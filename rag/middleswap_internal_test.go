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

// A claim that restates a clause with a frame word (目标 for 面积) or
// without the clause's predicate (孩子 for 儿童提供) names nothing else:
// no middle swap. One naming another thing still is corrected.
func TestMiddleSwapNeedsTwoNames(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q, quote string
		want     bool
	}{
		{"稻蟹共生、苇田鱼虾蟹、海洋牧场今年目标分别是97万亩、75万亩、50万亩吧", "稻蟹共生、苇田鱼虾蟹立体生态养殖、海洋牧场面积分别达到97万亩、75万亩、50万亩", false},
		{"残疾孩子康复有补助吗", "增加普惠性托育学位640个，为223名残疾儿童提供康复救助。", false},
		{"益海嘉里被评为国家级智能工厂对吗", "益海嘉里被评为国家级绿色工厂", true},
		{"提请审议的是盘锦市停车场管理条例吗", "提请市人大常委会审议《盘锦市机动车停放管理条例（修订）》", true},
	} {
		_, ok := ix.middleSwapCorrection(tc.q, []Citation{{Report: "panjin-2025", Paragraph: 53, Quote: tc.quote}}, nil)
		if ok != tc.want {
			t.Errorf("middleSwapCorrection(%q) = %v, want %v", tc.q, ok, tc.want)
		}
	}
}

// The clause's opening predicate, moved after its objects, is no other
// name; a name the clause writes of another subject still is.
func TestMovedPredicate(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		stated, said, clause string
		want                 bool
	}{
		{"无锡深化", "无锡两市", "深化盘锦、无锡两市物联网、人工智能等信息技术产业合作", true},
		{"无锡凌海", "无锡两市", "深化盘锦、无锡两市物联网、人工智能等信息技术产业合作", false},
		{"海兴科技", "多屏科技", "多屏科技获评省级5G工厂，海兴科技等7个项目纳入省制造业数字化转型项目库", false},
	} {
		if got := ix.movedPredicate(tc.stated, tc.said, []rune(tc.clause)); got != tc.want {
			t.Errorf("movedPredicate(%q, %q) = %v, want %v", tc.stated, tc.said, got, tc.want)
		}
	}
}

// The asker's 有 of "有…吗" opens no name: "兴隆台区有创建…的任务吗" is
// not corrected to 兴隆台区通过国家生态…, where 有机 or 有效 are words.
func TestAskersYouLeadsNoName(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"有创建", true}, {"有机农业", false}, {"有效保护", false}, {"被评为", true}, {"辽河", false},
	} {
		if got := ix.functionLed(tc.w); got != tc.want {
			t.Errorf("functionLed(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
	quote := "推动兴隆台区通过国家生态文明建设示范区验收，创建全省首个全域国家生态文明建设示范区。"
	if p, ok := ix.middleSwapCorrection("兴隆台区今年有创建生态示范区的任务吗", []Citation{{Report: "panjin-2025", Paragraph: 57, Quote: quote}}, nil); ok {
		t.Errorf("middleSwapCorrection = %q for %q, want none", p.Figure.Value, p.Stated)
	}
}
