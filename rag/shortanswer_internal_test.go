package rag

import (
	"strings"
	"testing"
)

// continueShortAnswer runs a lone short figureless quote on to a next
// sentence with a figure, and nothing else: not a quote that has its
// figure, not one of oneSentenceHowRunes or more, not the paragraph's last
// sentence.
func TestContinueShortAnswer(t *testing.T) {
	text := "完善生育支持政策体系，减轻家庭生育、养育、教育开支压力。发展托幼一体服务，全市每千人托位数达到4.5个。新增托育学位640个。" +
		"强化食品药品全链条闭环监管，巩固国家食品安全示范城市建设成果，深入开展爱国卫生运动和全民健身运动，持续提升群众健康素养。推进3个项目。"
	p := &Paragraph{Text: text}
	quote := func(sentence string) candidate {
		start := strings.Index(text, sentence)
		if start < 0 {
			t.Fatalf("%q not in the paragraph", sentence)
		}
		end := start + len(sentence)
		return candidate{para: p, span: Span{
			Start: len([]rune(text[:start])), End: len([]rune(text[:end])), byteStart: start, byteEnd: end}}
	}
	for _, tc := range []struct {
		name   string
		picked []candidate
		want   string // the first quote after, "" when unchanged
	}{
		{"short, then its figure", []candidate{quote("完善生育支持政策体系，减轻家庭生育、养育、教育开支压力。")}, "托位数达到4.5个"},
		{"has its figure", []candidate{quote("发展托幼一体服务，全市每千人托位数达到4.5个。")}, ""},
		{"too long", []candidate{quote("强化食品药品全链条闭环监管，巩固国家食品安全示范城市建设成果，深入开展爱国卫生运动和全民健身运动，持续提升群众健康素养。")}, ""},
		{"last sentence", []candidate{quote("推进3个项目。")}, ""},
	} {
		got, ok := continueShortAnswer(tc.picked)
		q := text[got[0].span.byteStart:got[0].span.byteEnd]
		if tc.want == "" {
			if ok || q != text[tc.picked[0].span.byteStart:tc.picked[0].span.byteEnd] {
				t.Errorf("%s: continued to %q (ok=%v), want unchanged", tc.name, q, ok)
			}
		} else if !ok || !strings.Contains(q, tc.want) {
			t.Errorf("%s: got %q (ok=%v), want it to hold %q", tc.name, q, ok, tc.want)
		}
	}
}

// Asked how, the best quote runs on to its figure when other quotes stand
// beside it too (a weak quote of the other period, when no year is named).
func TestContinueOnTopicShortBesideOthers(t *testing.T) {
	best := &Paragraph{N: 2, Text: "完善养犬管理制度，减轻社区管理压力。新建宠物公园3个。推进垃圾分类。"}
	other := &Paragraph{N: 1, Text: "我们顶住外部压力，迎难而上。"}
	span := func(p *Paragraph, sentence string) Span {
		start := strings.Index(p.Text, sentence)
		end := start + len(sentence)
		return Span{Start: len([]rune(p.Text[:start])), End: len([]rune(p.Text[:end])), byteStart: start, byteEnd: end}
	}
	picked := []candidate{
		{para: best, span: span(best, "完善养犬管理制度，减轻社区管理压力。")},
		{para: other, span: span(other, "我们顶住外部压力，迎难而上。")},
	}
	a := analysis{norm: Normalize("养狗压力大，今年有啥招")}
	got, ok := continueOnTopic(a, picked)
	if !ok || len(got) != 2 {
		t.Fatalf("continueOnTopic = %d quotes (ok=%v), want the two, the best run on", len(got), ok)
	}
	if q := best.Text[got[0].span.byteStart:got[0].span.byteEnd]; !strings.Contains(q, "宠物公园3个") || strings.Contains(q, "垃圾分类") {
		t.Errorf("best quote = %q, want it run on to its figure and no further", q)
	}
}
