package rag

import "testing"

func TestOtherRankScope(t *testing.T) {
	for _, tc := range []struct {
		question, window string
		want             bool
	}{
		{"实际利用外资在全国排第几", "全年实际利用外资7.5亿美元、全省第二", true},
		{"实际利用外资在全省排第几", "全年实际利用外资7.5亿美元、全省第二", false},
		{"实际利用外资排第几", "全年实际利用外资7.5亿美元、全省第二", false}, // no field asked
		{"辽滨经开区在全国化工园区排第几", "辽滨经开区连续6年跻身全国化工园区30强、升至第21位", false},
		{"where does panjin's r&d rank in china?", "研发经费投入总量、强度均居全省第三", true},
		{"where does panjin's r&d rank in liaoning province?", "研发经费投入总量、强度均居全省第三", false},
		{"在全省排第几", "荣登抖音全国景点排行榜第7名", true},
	} {
		if got := otherRankScope(rankScope(Normalize(tc.question)), Normalize(tc.window)); got != tc.want {
			t.Errorf("otherRankScope(%q, %q) = %v, want %v", tc.question, tc.window, got, tc.want)
		}
	}
}

func TestRanksPlace(t *testing.T) {
	for _, tc := range []struct {
		clause string
		want   bool
	}{
		{"全省第二", true},
		{"升至第21位", true},
		{"跻身全国化工园区30强", true},
		{"全年实际利用外资7.5亿美元", false},
		{"ranked 3rd in the province", true},
	} {
		if got := ranksPlace(Normalize(tc.clause)); got != tc.want {
			t.Errorf("ranksPlace(%q) = %v, want %v", tc.clause, got, tc.want)
		}
	}
}

func TestAsksRankMove(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"辽滨经开区在全国化工园区排名比上一年上升了几位", true},
		{"How many places did the Liaobin zone climb in the ranking?", true},
		{"the zone moved up how many spots?", true},
		{"辽滨经开区在全国化工园区排第几", false},
		{"排名上升了吗", false},
		// The ranking named before the move: 多少 asks it with no 位.
		{"红海滩国家风景廊道排名上升了多少？", true},
		{"名次下降了几", true},
		{"红海滩国家风景廊道排名多少", false},
		{"How many places are there for children in nurseries?", false}, // places, no move
	} {
		if got := asksRankMove(Normalize(tc.q)); got != tc.want {
			t.Errorf("asksRankMove(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
	if !rankMoved.MatchString("排名上升3位") || rankMoved.MatchString("升至第21位") {
		t.Error("rankMoved: a move is 上升3位, not 升至第21位")
	}
}

func TestRankedSubject(t *testing.T) {
	for _, tc := range []struct{ clause, want string }{
		{"企业活跃度位居全省前列", "企业活跃度"},
		{"我市居民健康素养水平全省第一", "我市居民健康素养水平"},
		{"增速均全省第一", ""},               // points back to the indicators before it
		{"全省第二", ""},                  // names nothing of its own
		{"总量占比全省第一", ""},              // 总量 points back
		{"研发经费投入总量、强度均居全省第三", ""},     // 均: the indicators it lists
		{"人均地区生产总值居全省第二", "人均地区生产总值"}, // 均 ends no subject here
		{"全市森林覆盖率全省第一", "森林覆盖率"},      // 全市 is the city's own scope
	} {
		if got := rankedSubject(Normalize(tc.clause)); got != tc.want {
			t.Errorf("rankedSubject(%q) = %q, want %q", tc.clause, got, tc.want)
		}
	}
}

func TestPlaceNumber(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"全省第三", 3}, {"排第12位", 12}, {"升至第二十一名", 21}, {"全国第四批", 0}, {"倒数第二", 0}, {"全省第一个", 0},
	} {
		m := numberedPlace.FindStringSubmatchIndex(c.s)
		if got := placeNumber(c.s, m); got != c.want {
			t.Errorf("placeNumber(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}
