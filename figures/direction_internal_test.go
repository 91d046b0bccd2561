package figures

import "testing"

func TestStatedChange(t *testing.T) {
	for _, tc := range []struct {
		q    string
		dir  int
		said string
	}{
		{"信访总量去年上升了25.8%？", 1, "上升了25.8%"},
		{"聽說去年旅客接待量下降了64%？", -1, "下降了64%"},
		{"container throughput fell 1.9% last year", -1, "fell 1.9%"},
		{"did patent grants really drop 74.1% in 2024?", -1, "drop 74.1%"},
		{"exports increased by 39.7%?", 1, "increased by 39.7%"},
		{"今年GDP目标是6%？", 0, "6%"},
		{"overgrew 5%", 0, "5%"},
	} {
		ms := Find(tc.q)
		var m Mention
		for _, x := range ms {
			if x.Value.Unit == "%" {
				m = x
			}
		}
		dir, said := statedChange([]rune(tc.q), m)
		if dir != tc.dir || said != tc.said {
			t.Errorf("statedChange(%q) = %d %q, want %d %q", tc.q, dir, said, tc.dir, tc.said)
		}
	}
}
