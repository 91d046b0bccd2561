package rag

import (
	"context"
	"strings"
	"testing"
)

func TestSeriesCounted(t *testing.T) {
	for _, tc := range []struct{ norm, w, want string }{
		{"改革这块今年要搞哪几个专项行动", "行动", "几个专项行动"},
		{"开放部分那几个“大”分别指什么", "大", "几个“大"},
		{"今年对外开放的\"四大\"是什么", "大", "四大"},
		{"今年改革方面主要有哪些专项行动?", "行动", "哪些专项行动"},
		{"今年开放有哪四个大", "大", "四个大"},
		// A count of another noun, a word with no count, are no series.
		{"改革方面继续落实的是12个实施方案吗?", "实施", ""},
		{"今年要实施什么行动", "行动", ""},
		{"这是个大工程", "大", ""},
		// A single character shared only inside the words asked (活动
		// holds 动, which every 推动… lead holds) is no series counted.
		{"科技创新方面今年要举办哪些活动", "动", ""},
		{"今年要推进哪几个项目", "目", ""},
	} {
		if got := seriesCounted(tc.norm, tc.w); got != tc.want {
			t.Errorf("seriesCounted(%q, %q) = %q, want %q", tc.norm, tc.w, got, tc.want)
		}
	}
}

// A question counting the word an area's topics' leads share, naming the
// area besides, is answered by the area and its topics' leads.
func TestSeriesAnswer(t *testing.T) {
	checkAnswers(t, []answerCase{
		{q: "开放部分那几个“大”分别指什么", want: []string{"¶45", "1. 「建设大通道」", "4. 「深化大合作」"}},
		{q: "今年对外开放的\"四大\"是什么", want: []string{"2. 「打造大平台」", "3. 「发展大外贸」"}},
		{q: "改革这块今年要搞哪几个专项行动", want: []string{"12个实施方案", "1. 「实施营商环境质量提升行动」", "5. 「实施标准质量品牌建设行动」"}},
	})
	e := NewEngine(seedIndex(t), nil)
	// 活动 holds 动, as every 推动… lead of 科技创新's area does: no series.
	var got Answer
	if e.seriesAnswer(&got, e.ix.analyze(Normalize("科技创新方面今年要举办哪些活动"), nil), nil) {
		t.Errorf("activities answered with the series:\n%v", got.Parts)
	}
	// A claim of the area's aims stays a claim (12个实施方案 counts 方案).
	ans, err := e.Ask(context.Background(), Query{Text: "改革方面继续落实的是12个实施方案吗？"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(ans.Answer, "1. 「实施营商环境质量提升行动」") {
		t.Errorf("a claim answered with the series:\n%s", ans.Answer)
	}
}
