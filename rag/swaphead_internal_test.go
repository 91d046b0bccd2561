package rag

import "testing"

// TestHeadSwap: a wrong name between a shared verb and head noun
// (headSwap), or opening a claim before a shared head (leadSwap).
func TestHeadSwap(t *testing.T) {
	_, ix := seedReader(t)
	const park = "提速建设极兔速递产业园、申通二期等项目"
	const ranch = "盛源海洋牧场入选国家级海洋牧场示范区，"
	for _, tc := range []struct {
		q, clause string
		want      string // the claim's words found naming another; "" for none
	}{
		// The name between the shared verb and head noun is another's.
		{"提速建设顺丰速递产业园", park, "顺丰速递产业园"},
		{"提速建设顺丰产业园、申通二期", park, "顺丰产业园"},
		// Said as the report says it.
		{"提速建设极兔速递产业园", park, ""},
		// A count, the city's own voice, a whose-phrase: no name.
		{"提速建设两个速递产业园", park, ""},
		{"提速建设我市速递产业园", park, ""},
		{"提速建设新建的速递产业园", park, ""},
		// The head must end the object in both: 速递产业园配套 says more.
		{"提速建设顺丰速递产业园配套工程", park, ""},
		// The report says the claimed name elsewhere (¶9 京粮粮食物流产业园).
		{"提速建设京粮粮食物流产业园", "提速建设极兔粮食物流产业园", ""},
		// Another name before the head noun (海洋牧场) the run opens with;
		// 盛/v 源 and 农/zg 发/v: names the dictionary misreads.
		{"农发集团海洋牧场入选国家级海洋牧场示范区", ranch, "农发集团海洋牧场"},
		{"盛源海洋牧场入选国家级海洋牧场示范区", ranch, ""},
		// The city's own voice or name is no other thing.
		{"我市海洋牧场入选国家级海洋牧场示范区", ranch, ""},
		{"盘锦海洋牧场入选国家级海洋牧场示范区", ranch, ""},
		// Nothing said of the head past it: no role to compare.
		{"农发集团海洋牧场", "盛源海洋牧场", ""},
	} {
		q, c := []rune(tc.q), []rune(tc.clause)
		got := ""
		if f, ok := ix.findSwap(q, c, sharedRuns(q, c), false); ok {
			got = f.stated
		}
		if got != tc.want {
			t.Errorf("findSwap(%q, %q) stated %q, want %q", tc.q, tc.clause, got, tc.want)
		}
	}
}
