package rag

import "testing"

func TestBegunBefore(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q    string
		want string // the report's words quoted; "" for no correction
		para int
	}{
		// A start dated this year where last year's review has the thing
		// further on, or (with 才) doing it at all.
		{"辽河干流防洪提升工程是今年才开工吗？", "辽河干流防洪提升工程主体完工", 14},
		{"辽河干流防洪提升工程今年开工吧", "辽河干流防洪提升工程主体完工", 14},
		{"安全生产治本攻坚三年行动是今年才启动的吗", "开展安全生产治本攻坚三年行动", 14},
		// No start claimed, or none dated this year: not this check's.
		{"辽河干流防洪提升工程去年主体完工了吧", "", 0},
		{"辽河干流防洪提升工程开工了吗", "", 0},
		// Without 才, a clause of last year with no stage says nothing
		// of when the thing began.
		{"安全生产治本攻坚三年行动今年启动吧", "", 0},
	} {
		got, para := "", 0
		if p, c, ok := ix.begunBefore(tc.q, nil); ok {
			got, para = p.Figure.Value, c.Paragraph
		}
		if got != tc.want || para != tc.para {
			t.Errorf("begunBefore(%q) = %q ¶%d, want %q ¶%d", tc.q, got, para, tc.want, tc.para)
		}
	}
}

func TestStatesStageJustNow(t *testing.T) {
	for _, tc := range []struct {
		t    string
		want bool
	}{
		{"京哈高速盘锦段扩容改造今年才开工", true},
		{"保交楼项目刚开始推进", true},
		{"华锦阿美项目已经机械竣工", true},
		{"京哈高速盘锦段扩容改造今年开工", false}, // keywords as often as a claim
		{"人才公寓开工", false},          // 人才 is a noun
	} {
		if got := statesStageDone(tc.t); got != tc.want {
			t.Errorf("statesStageDone(%q) = %v, want %v", tc.t, got, tc.want)
		}
	}
}
