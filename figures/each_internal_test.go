package figures

import (
	"slices"
	"testing"
)

func TestEachItems(t *testing.T) {
	for _, tc := range []struct {
		q      string
		items  []string // nil: no list asked of each
		shared string
	}{
		{"去年GDP和社零分别增长多少", []string{"GDP", "社零"}, "增长"},
		{"今年固投、进出口目标各多少", []string{"固投", "进出口"}, ""},
		{"去年PM2.5和优良天数比例分别是多少", []string{"PM2.5", "优良天数比例"}, ""},
		{"今年稻蟹共生、苇田养殖、海洋牧场这几块面积目标分别是多少", []string{"稻蟹共生", "苇田养殖", "海洋牧场面积"}, ""},
		{"石化及精细化工产业去年营业收入分别是多少", []string{"石化", "精细化工产业营业收入"}, ""},
		{"去年固投和进出口增速", []string{"固投", "进出口"}, "增速"},
		{"新建和改造城市公园多少处", nil, ""},       // no word asks of each
		{"央地合作项目谋划、签约、实施各多少个", nil, ""}, // stages of one thing
		{"去年GDP分别是多少", nil, ""},         // one thing
		{"去年和今年GDP分别增长多少", nil, ""},     // periods, not things
	} {
		items, shared := eachItems(tc.q)
		if !slices.Equal(items, tc.items) || items != nil && shared != tc.shared {
			t.Errorf("eachItems(%q) = %q, %q; want %q, %q", tc.q, items, shared, tc.items, tc.shared)
		}
	}
}

func TestSharedHead(t *testing.T) {
	for _, tc := range []struct {
		items []string
		head  string
	}{
		{[]string{"城镇", "农村居民收入"}, "居民收入"},
		{[]string{"刑事", "治安警情"}, "警情"},
		{[]string{"固投", "进出口"}, ""},
		{[]string{"GDP", "一般公共预算收入"}, ""},
	} {
		if got := sharedHead(tc.items); got != tc.head {
			t.Errorf("sharedHead(%q) = %q, want %q", tc.items, got, tc.head)
		}
	}
}
