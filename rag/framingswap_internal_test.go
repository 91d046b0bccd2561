package rag

import "testing"

// A claim quoting the report with one short word other than the clause's
// between or after the same words is corrected at that word.
func TestFramingSwapCorrection(t *testing.T) {
	ix := seedIndex(t)
	safe := "坚定不移贯彻总体国家安全观，增强预判性，打好主动仗，加快建设更高水平的平安盘锦。"
	first := "养成完整准确全面领会精神实质、紧密结合实际抓好贯彻落实的工作习惯，让信仰坚定、对党忠诚成为政府系统干部队伍的首要品质。"
	for _, tc := range []struct {
		q, quote string
		want     string // the report's words quoted; "" for no correction
	}{
		{"第八方面是要建设更高水平的法治盘锦吧", safe, "平安盘锦"},
		{"报告说要让信仰坚定、对党忠诚成为政府系统干部队伍的基本遵循，对吗", first, "首要品质"},
		{"报告说要提速建设大型速递产业园，对吗？", "加快生产性服务业融合发展，提速建设极兔速递产业园、申通二期等项目", ""}, // a descriptor, no other name
		{"第八方面是要建设更高水平的平安盘锦吧", safe, ""},                                // the report's words
		{"要建设更高水平的法治盘锦吧", safe, ""},                                     // not said to quote the report
		{"报告说要让依法履职、公平公正成为政府系统干部队伍的基本遵循", first, ""},                    // ¶72's words
	} {
		p, ok := ix.framingSwapCorrection(tc.q, []Citation{{Report: "panjin-2025", Paragraph: 65, Quote: tc.quote}}, nil)
		got := ""
		if ok {
			got = p.Figure.Value
		}
		if got != tc.want {
			t.Errorf("framingSwapCorrection(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}
