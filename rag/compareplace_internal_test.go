package rag

import "testing"

func TestComparedPlace(t *testing.T) {
	ix := seedIndex(t)
	e := NewEngine(ix, nil)
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"盘锦经济增速比全国快吗", true},
		{"进出口增速快于全国吗", true},
		{"收入增速高出全省多少", true},
		{"进出口超出全国多少", true},
		{"盘锦和全国相比怎么样", true},
		{"盘锦对于全国能源安全有什么贡献", false}, // 对于 compares nothing
		{"全国GDP增长目标", false},
		{"盘锦和大连合作物联网吧", false},
		{"盘锦跟大连搞物联网人工智能合作对吧", false}, // a partner, not a yardstick
		{"盘锦跟大连比增速快吗", true},
		{"盘锦的增速跟全国一样吗", true},
		{"跟全省平均水平相比怎么样", true},
	} {
		norm := Normalize(tc.q)
		s := ix.readPlace(norm, nil)
		if got := comparedPlace(norm, s, e.placeShort(s)); got != tc.want {
			t.Errorf("comparedPlace(%q) = %v, want %v (place %+v)", tc.q, got, tc.want, s)
		}
	}
}
