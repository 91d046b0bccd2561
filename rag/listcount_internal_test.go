package rag

import "testing"

// A count said of the items a claim lists is corrected where the cited
// clause lists those items among more.
func TestListedCountCorrection(t *testing.T) {
	souls := "全市政府系统要以忠诚为魂、法治为基、民生为大、实干为要、清廉为本，不断提升治理能力现代化水平。"
	worries := "持续扩大优质公共服务供给，用心解决群众最关心、最担心、最闹心、最期待的问题，让民生幸福更加可感可及。"
	for _, tc := range []struct {
		q, quote string
		want     string // the report's list quoted; "" for no correction
	}{
		{"报告对政府系统就提了忠诚为魂、法治为基、民生为大这三条要求吧", souls, "忠诚为魂、法治为基、民生为大、实干为要、清廉为本"},
		{"民生部分说要解决群众最关心、最担心、最闹心这“三最”问题", worries, "最关心、最担心、最闹心、最期待"},
		{"报告只提了实干为要、清廉为本这两条吧", souls, "忠诚为魂、法治为基、民生为大、实干为要、清廉为本"}, // the items last in the list
		{"实干为要、清廉为本这两条是哪一段", souls, ""},                           // two items pointed at, not the whole list
		{"忠诚为魂、法治为基、民生为大、实干为要、清廉为本这五条", souls, ""},                // the whole list
		{"忠诚为魂、民生为大这三条", souls, ""},                               // the count is not of the items
		{"忠诚为魂、民生为大这两条", souls, ""},                               // not in a row
		{"忠诚为魂、法治为基、民生为大三条要求", souls, ""},                         // no 这: the count may be another's
	} {
		p, ok := listedCountCorrection(tc.q, []Citation{{Report: "panjin-2025", Paragraph: 70, Quote: tc.quote}})
		got := ""
		if ok {
			got = p.Figure.Value
		}
		if got != tc.want {
			t.Errorf("listedCountCorrection(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}
