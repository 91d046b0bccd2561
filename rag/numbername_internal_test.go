package rag

import (
	"strings"
	"testing"
)

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

// A count of tiers the report lists (市、县（区）、镇、村四级) is anchored
// by any character of its clause: a claim that lists its own tiers, or
// none, names the same thing; an unlisted number anchors only by the
// character right before it.
func TestSameNumberAnchorAfterList(t *testing.T) {
	listed := []rune("，完善区、乡（镇）、村三级养老服务网络")
	unlisted := []rune("，提速建设东北新发地二期项目")
	for _, tc := range []struct {
		q    string
		text []rune
		want bool
	}{
		{"完善区、乡、村两级养老服务网络吧", listed, true},
		{"我记得要完善四级养老服务网络", listed, true},
		{"不是区乡村四级养老服务网络吗", listed, true},
		{"扩大五级养老服务网络", listed, false},
		{"华锦三期项目", unlisted, false},
		{"新发地三期项目", unlisted, true},
	} {
		q := []rune(tc.q)
		qi := strings.IndexFunc(tc.q, func(r rune) bool { return strings.ContainsRune("两三四五二", r) })
		ti := strings.IndexFunc(string(tc.text), func(r rune) bool { return strings.ContainsRune("三二", r) })
		qi, ti = len([]rune(tc.q[:qi])), len([]rune(string(tc.text)[:ti]))
		if got := sameNumberAnchor(q, qi, tc.text, ti); got != tc.want {
			t.Errorf("sameNumberAnchor(%q, %q) = %v, want %v", tc.q, string(tc.text), got, tc.want)
		}
	}
}

// A claim may leave a verb's complement unsaid before the number (建 for
// 建强): the verb still anchors it; another verb does not.
func TestSameNumberAnchorVerb(t *testing.T) {
	text := []rune("，建强四级综治中心“一站式”阵地")
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"今年要建三级综治中心吧", true},
		{"今年要建强三级综治中心吧", true},
		{"今年要撤三级综治中心吧", false},
	} {
		q := []rune(tc.q)
		qi := strings.IndexFunc(tc.q, func(r rune) bool { return r == '三' })
		qi = len([]rune(tc.q[:qi]))
		if got := sameNumberAnchor(q, qi, text, 3); got != tc.want {
			t.Errorf("sameNumberAnchor(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}
