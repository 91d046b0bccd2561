package rag

import "testing"

// A claimed pair of a motto list with another word before the same
// character, or another character after the same word, is corrected by
// the list's pair.
func TestMottoCorrection(t *testing.T) {
	motto := "全市政府系统要以忠诚为魂、法治为基、民生为大、实干为要、清廉为本，不断提升治理能力现代化水平。"
	for _, tc := range []struct {
		q, quote string
		want     string // the report's words quoted; "" for no correction
	}{
		{"政府系统要以法治为魂吧", motto, "忠诚为魂"},
		{"政府系统要以创新为魂，是这么说的吧？", motto, "忠诚为魂"},
		{"就提了忠诚为魂、民生为大、实干为先这三条", motto, "实干为要"},
		{"政府系统要以忠诚为魂吧", motto, ""}, // the report's pair
		{"要坚持以人为本吧", motto, ""},    // no list's pair: 以人 is no word
		// A pair asked, not claimed.
		{"政府系统要以什么为魂？", motto, ""},
		{"政府系统要以什么为魂、什么为基", motto, ""},
		{"政府系統要以什麼為魂、為基、為大、為要、為本？", motto, ""},
		{"要以创新为基础吧", motto, ""},               // 基础, a word of its own
		{"政府系统要以法治为魂吧", "坚持以法治为基、以实干为要。", ""}, // pairs not side by side are no list
		// Two pairs in a row may be any two clauses' 为: no motto list.
		{"政府系统要以法治为魂吧", "坚持法治为基、实干为要。", ""},
		// Pairs parted by a comma are clauses of their own, not a list's.
		{"政府系统要以法治为魂吧", "要以忠诚为魂，法治为基，民生为大。", ""},
	} {
		p, ok := mottoCorrection(tc.q, []Citation{{Report: "panjin-2025", Paragraph: 70, Quote: tc.quote}})
		got := ""
		if ok {
			got = p.Figure.Value
		}
		if got != tc.want {
			t.Errorf("mottoCorrection(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}
