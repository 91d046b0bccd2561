package rag

import (
	"slices"
	"testing"
)

// A now-word in one clause and a target in another ask the result beside
// the target; a now-word inside the target's clause asks the target.
func TestNowBesideTarget(t *testing.T) {
	for q, want := range map[string]bool{
		"普惠率现在多少，今年要到多少":                              true,
		"化工精细化率目前多少？今年目标呢":                            true,
		"what share is it now, and what is the goal?": true,
		"公交车现在有多少台":                                   false, // no target asked
		"今年目标现在定了没":                                   false, // one clause: the target
		"今年计划新增多少":                                    false, // no now-word
	} {
		if got := nowBesideTarget(" " + Normalize(q) + " "); got != want {
			t.Errorf("nowBesideTarget(%q) = %v, want %v", q, got, want)
		}
	}
}

// A word the reports never write that ends in a generic or aspect word
// after a word they write splits in two; a word they write, a lexicon
// word and a word whose head they never write stay whole.
func TestSplitGenericTails(t *testing.T) {
	ix := seedIndex(t)
	corpus := ix.corpusFor(nil)
	for _, tc := range []struct {
		in, want []string
	}{
		{[]string{"保护措施"}, []string{"保护", "措施"}},
		{[]string{"今年", "准备措施"}, []string{"今年", "准备", "措施"}},
		{[]string{"管理规定"}, []string{"管理", "规定"}},
		{[]string{"经济总量"}, []string{"经济总量"}}, // a lexicon word: GDP
		{[]string{"养狗规定"}, []string{"养狗规定"}}, // 养狗 is no report word
		{[]string{"措施"}, []string{"措施"}},     // too short to split
		{[]string{"标准化"}, []string{"标准化"}},   // no generic tail
	} {
		if got := ix.splitGenericTails(tc.in, corpus); !slices.Equal(got, tc.want) {
			t.Errorf("splitGenericTails(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// An aspect word weighs as a generic one beside a topic, keeps its weight
// alone or inside a longer word.
func TestLightenAspects(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q, aspect string
		light     bool
	}{
		{"孩子上学的事今年有啥新政策", "政策", true},
		{"中考政策", "政策", true},
		{"有啥新政策", "政策", false},   // no topic besides it
		{"去年标准化建设", "标准", false}, // inside 标准化, the topic
	} {
		a := ix.analyze(Normalize(tc.q), nil)
		w, ok := a.terms[tc.aspect]
		if !ok {
			t.Fatalf("%q: no term %q in %v", tc.q, tc.aspect, a.terms)
		}
		if got := w <= genericWeight; got != tc.light {
			t.Errorf("%q: %s weighs %v, light %v want %v", tc.q, tc.aspect, w, got, tc.light)
		}
	}
}
