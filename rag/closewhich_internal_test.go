package rag

import (
	"slices"
	"testing"
)

// A which word between a verb and its object ("建哪些桥") still lets the
// lexicon read the verb and object as its word (建桥 → 大桥).
func TestWhichBetweenVerbAndObject(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q, want string
		has     bool
	}{
		{"今年要建哪些桥", "大桥", true},
		{"今年要修哪些路", "农村公路", true},
		{"今年修什么路", "农村公路", true},
		{"今年要修路吗", "农村公路", true}, // already the lexicon's word
		{"今年要建哪些学校", "大桥", false},
		// A 个 between verb and object closes up too (注册公司 → 企业开办);
		// a counted 个 (几个) and 个体户 stay.
		{"在盘锦注册个公司现在要几天啊", "企业开办", true},
		{"今年要开几个公司", "企业开办", false},
	} {
		a := ix.analyze(Normalize(tc.q), nil)
		if got := slices.Contains(a.expand, tc.want); got != tc.has {
			t.Errorf("analyze(%q).expand = %q, want %q: %v", tc.q, a.expand, tc.want, tc.has)
		}
	}
}

func TestHoldsAnyCount(t *testing.T) {
	for _, tc := range []struct {
		text  string
		count string
		want  bool
	}{
		{"8户市属国企负债总额降低11.1%", "8户", true},
		{"全年新增规上（限上）企业15户以上", "5户", false}, // the tail of 15户
		{"新增15户以上，其中5户", "5户", true},
		{"5户", "5户", true},
	} {
		if got := holdsAnyCount(tc.text, [][]string{{tc.count, ""}}); got != tc.want {
			t.Errorf("holdsAnyCount(%q, %q) = %v, want %v", tc.text, tc.count, got, tc.want)
		}
	}
}

// An insisting adverb is read out, so the words around it close up into
// the lexicon's word; one that is a verb's complement, or asks for the
// actual result (到底完成), stays.
func TestDropInsistence(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"去年盘锦经济到底涨了多少啊", "去年盘锦经济涨了多少啊"},
		{"究竟是几个", "是几个"},
		{"把自我革命进行到底，推进了什么", "把自我革命进行到底，推进了什么"},
		{"去年到底完成了多少", "去年到底完成了多少"},
		{"到底", "到底"},
	} {
		if got := dropInsistence(tc.in); got != tc.want {
			t.Errorf("dropInsistence(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
