package rag

import (
	"strings"
	"testing"
)

// The standing a thing is given in the city is the sentence writing its
// slogan (¶45 坚持以港兴市不动摇), not a sentence sharing 港口.
func TestStandingThing(t *testing.T) {
	for q, want := range map[string]string{
		"港口对盘锦的地位怎么定的":   "港口",
		"报告把港口摆在什么位置":    "港口",
		"港口在盘锦发展中的定位":    "港口",
		"港口今年吞吐量多少":      "",
		"盘锦港30万吨级码头建成了吗": "",
	} {
		if got := standingThing(Normalize(q)); got != want {
			t.Errorf("standingThing(%q) = %q, want %q", q, got, want)
		}
	}
}

func TestCityStandingAnswer(t *testing.T) {
	checkAnswers(t, []answerCase{
		{q: "港口对盘锦的地位怎么定的", want: []string{"以港兴市"}, notWant: []string{"〔¶10〕"}},
		{q: "报告把港口摆在什么位置", want: []string{"以港兴市"}},
	})
}

// A slogan names its thing by the character after 以 (以港兴市) or by the
// thing's first two (教育强市): 教师 shares only 教 with 教育强市, and
// 增强城市, 加强城市 are verbs before 城市, no slogan at all.
func TestSloganForOwnThingOnly(t *testing.T) {
	rep := seedIndex(t).reports[0]
	for thing, want := range map[string]string{
		"港口":   "以港兴市",
		"教育":   "教育强市",
		"制造业":  "制造强市",
		"教师":   "",
		"增长":   "",
		"面子工程": "",
	} {
		got := ""
		if p, sp, ok := sloganFor(rep, thing); ok {
			got = p.Text[sp.byteStart:sp.byteEnd]
		}
		if want == "" && got != "" || !strings.Contains(got, want) {
			t.Errorf("sloganFor(%q) = %q, want one holding %q", thing, got, want)
		}
	}
}
