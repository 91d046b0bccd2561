package rag

import "testing"

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
