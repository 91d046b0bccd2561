package rag

import "testing"

func TestGroupCorrection(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q      string
		want   string // the report's words quoted; "" for no correction
		stated string
	}{
		// ¶8 sorts last year's projects: 新建…开工建设, 续建…加快实施, …竣工投产.
		{"辽河双台子储气库群一期去年开工建设？", "175个项目竣工投产", "开工建设"},
		{"辽宁襄平新材料是续建项目吧", "272个新建项目开工建设", "续建项目"},
		{"金发生物基一期是新建项目吗", "230个续建项目加快实施", "新建项目"},
		// The thing's own group's words hold.
		{"辽宁襄平新材料去年开工建设了吧", "", ""},
		{"伊科思碳五低碳综合利用去年竣工投产了吧", "", ""},
		// A year the sentence is not of: ¶8 is last year's, ¶27 this year's.
		{"辽河双台子储气库群一期今年开工建设？", "", ""},
		// A thing no group lists.
		{"华锦阿美项目去年开工建设？", "", ""},
	} {
		got, stated := "", ""
		if p, _, ok := ix.groupCorrection(tc.q, nil); ok {
			got, stated = p.Figure.Value, p.Stated
		}
		if got != tc.want || stated != tc.stated {
			t.Errorf("groupCorrection(%q) = %q not %q, want %q not %q", tc.q, got, stated, tc.want, tc.stated)
		}
	}
}
