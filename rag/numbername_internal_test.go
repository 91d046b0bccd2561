package rag

import "testing"

func TestNumberedIn(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // value/measure/words of each match
	}{
		{"建强四级综治中心“一站式”阵地", []string{"四/级/综治中心", "一//站式阵地"}}, // closing quotes read past
		{"深化“五项警务”体系建设", []string{"五/项/警务体系建设"}},
		{"扎实推进“八五”普法", []string{"八五//普法"}},
		{"专班化推动“3442”现代化产业体系建设", []string{"3442//现代化产业体系建设"}},
		{"3个保交楼和2个保交房任务", []string{"3/个/保交楼和", "2/个/保交房任务"}},
		{"14，114名党员干部", nil},  // a number typed with a separator, and people counted
		{"2024年新增就业3万人", nil}, // a year, a figure
		{"第四次文物普查", nil},      // an ordinal: the contrasts read it
		{"去年GDP增长5.5%", nil},  // no words after the number
	} {
		var got []string
		for _, n := range numberedIn([]rune(tc.text)) {
			got = append(got, n.value+"/"+n.measure+"/"+string(n.words))
		}
		if len(got) != len(tc.want) {
			t.Errorf("numberedIn(%q) = %q, want %q", tc.text, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("numberedIn(%q) = %q, want %q", tc.text, got, tc.want)
			}
		}
	}
}
