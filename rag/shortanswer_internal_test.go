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
