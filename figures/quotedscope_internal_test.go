package figures

import "testing"

func TestModifierSwapped(t *testing.T) {
	for _, tc := range []struct {
		claimed, quoted, paragraph string
		want                       bool
	}{
		{"辽河油田去年原油产量", "粮食产量", "粮食播种面积183万亩，粮食产量110万吨左右。", true},
		{"去年粮食产量", "粮食产量", "粮食产量110万吨左右。", false},
		// A period or place word qualifies no thing.
		{"今年产量", "粮食产量", "粮食产量110万吨左右。", false},
		{"全市产量", "粮食产量", "粮食产量110万吨左右。", false},
		// The paragraph writes the claim's modifier too: not the report's silence.
		{"水稻产量", "粮食产量", "水稻种植…粮食产量110万吨左右。", false},
		// Two characters inside a longer run are no name.
		{"市属国企每户要打造", "每户企业逐步打造", "每户企业逐步打造1—2个", false},
		{"规上工业增加值增长了", "金融机构本外币贷款余额增长", "贷款余额增长4.7％", false},
		// Modifiers sharing a character (粮油, 粮食) may name one thing.
		{"粮油产量", "粮食产量", "粮食产量110万吨左右。", false},
		// A claim that names the report's thing too asks of both.
		{"粮食和原油产量", "粮食产量", "粮食产量110万吨左右。", false},
		// A list item is its own name.
		{"原油产量", "播种面积183万亩、粮食产量", "粮食产量110万吨左右。", true},
	} {
		if got := modifierSwapped([]rune(tc.claimed), []rune(tc.quoted), tc.paragraph); got != tc.want {
			t.Errorf("modifierSwapped(%q, %q) = %v, want %v", tc.claimed, tc.quoted, got, tc.want)
		}
	}
}
