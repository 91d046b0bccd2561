package rag

import "testing"

// A name asked by its set form (叫什么之年) is filled by a quote holding
// the form's 之 head after a name; 叫什么名字, 叫什么行动 ask no such form.
func TestFillsSlotAsked(t *testing.T) {
	year := Normalize("今年是“十四五”规划收官之年，是全面振兴新突破三年行动决胜之年。")
	for _, tc := range []struct {
		q, quotes string
		want      bool
	}{
		{"报告把今年叫什么之年，说要有什么之为", year, true},
		{"今年是什么之年", year, true},
		{"今年叫啥之年", year, true},
		{"今年的行动叫什么名字", year, false},
		{"决胜之年是什么意思", year, false},
		{"三年行动叫什么行动", year, false}, // no set 之 form asked
		{"报告把今年叫什么之年", Normalize("推进项目建设。"), false},
		{"之年是什么之年", Normalize("之年"), false}, // the head opens the quote
	} {
		if got := fillsSlotAsked(Normalize(tc.q), tc.quotes); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.q, got, tc.want)
		}
	}
}
