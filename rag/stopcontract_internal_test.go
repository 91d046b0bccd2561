package rag

import "testing"

// A stop contracted to 停 and one character of the act (停招, 停产) is
// corrected by a clause naming the thing with the act resumed, as the
// full form is; 停车 in a longer word, or no resumed act, is left alone,
// as is another body sharing the name's end (盘锦职业技术学院) and 恢复
// before a noun restored (恢复耕地, 生态恢复井站).
func TestStopContractCorrection(t *testing.T) {
	ix := seedIndex(t)
	land := Citation{Report: "panjin-2025", Paragraph: 11, Quote: "深化耕地“非农化”“非粮化”专项整治恢复耕地1.2万亩", Period: Period{Kind: PeriodResult, Year: 2024}}
	wells := Citation{Report: "panjin-2025", Paragraph: 12, Quote: "退出油井301口、生态恢复井站17座", Period: Period{Kind: PeriodResult, Year: 2024}}
	school := Citation{Report: "panjin-2025", Paragraph: 13, Quote: "辽河石油职业技术学院顺利恢复招生", Period: Period{Kind: PeriodResult, Year: 2024}}
	for _, tc := range []struct {
		q    string
		want string
	}{
		{"盘锦辽河石油职业技术学院去年停招了，还能报吗", "恢复招生"},
		{"辽河石油职业技术学院停招吧", "恢复招生"},
		{"辽河石油职业技术学院停车场在哪", ""},
		{"华锦阿美项目停产了吧", ""},       // another thing
		{"盘锦职业技术学院停招了吧", ""},     // another college
		{"盘锦职业技术学院去年停止招生了吧", ""}, // the same, in full
		{"专项整治耕地停耕了", ""},        // 耕地 restored, no act
		{"生态恢复井站停井了吧", ""},       // 井站 restored, no act
	} {
		got := ""
		if p, ok := ix.doerCorrection(Normalize(tc.q), []Citation{school, land, wells}); ok {
			got = p.Figure.Value
		}
		if got != tc.want {
			t.Errorf("doerCorrection(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}
