package rag

import (
	"strings"
	"testing"
)

// TestNationalAgentQuoted: a ministry or commission named as who conferred
// an honour is met by a quote of a 国家级 honour; a province's body, a
// verb other than conferring, or a quote of no national honour is not.
func TestNationalAgentQuoted(t *testing.T) {
	national := "某某公司被评为国家级智能工厂"
	cases := []struct {
		q, agent, quoted string
		want             bool
	}{
		{"某某公司被工信部评为智能工厂了吗", "工信", national, true},
		{"某某公司被国家发改委评为示范企业了吗", "国家发改委", national, true},
		{"某某公司被省工信厅评为智能工厂了吗", "省工信厅", national, false},
		{"某某公司被工信部通报了吗", "工信", national, false},
		{"某某公司被工信部评为智能工厂了吗", "工信", "某某公司被评为省级智能工厂", false},
		{"某某公司工信部评为智能工厂了吗", "工信", national, false},
	}
	for _, c := range cases {
		at := strings.Index(c.q, c.agent)
		if got := nationalAgentQuoted(c.q, at, at+len(c.agent), c.quoted); got != c.want {
			t.Errorf("nationalAgentQuoted(%q, %q) = %v, want %v", c.q, c.agent, got, c.want)
		}
	}
}

// TestHonourQuoted: the agent is dropped only when the honour asked is the
// one quoted.
func TestHonourQuoted(t *testing.T) {
	quoted := "某某公司被评为国家级智能工厂"
	asked := []askedTerm{{term: "工信", weight: 1}, {term: "智能工厂", weight: 1}, {term: "示范基地", weight: 1}}
	cases := []struct {
		rest string
		want bool
	}{
		{"部评为智能工厂了吗", true},
		{"部评为示范基地了吗", false},
	}
	for _, c := range cases {
		if got := honourQuoted(c.rest, asked, quoted); got != c.want {
			t.Errorf("honourQuoted(%q) = %v, want %v", c.rest, got, c.want)
		}
	}
}
