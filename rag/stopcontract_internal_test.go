package rag

import "testing"

// A stop contracted to 停 and one character of the act (停招, 停产) is
// corrected by a clause naming the thing with the act resumed, as the
// full form is; 停车 in a longer word, or no resumed act, is left alone.
func TestStopContractCorrection(t *testing.T) {
	school := Citation{Report: "panjin-2025", Paragraph: 13, Quote: "辽河石油职业技术学院顺利恢复招生", Period: Period{Kind: PeriodResult, Year: 2024}}
	for _, tc := range []struct {
		q    string
		want string
	}{
		{"盘锦辽河石油职业技术学院去年停招了，还能报吗", "恢复招生"},
		{"辽河石油职业技术学院停招吧", "恢复招生"},
		{"辽河石油职业技术学院停车场在哪", ""},
		{"华锦阿美项目停产了吧", ""}, // another thing
	} {
		got := ""
		if p, ok := stopContractCorrection(Normalize(tc.q), []Citation{school}); ok {
			got = p.Figure.Value
		}
		if got != tc.want {
			t.Errorf("stopContractCorrection(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}
