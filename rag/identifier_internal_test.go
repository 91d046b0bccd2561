package rag

import (
	"slices"
	"testing"
)

// A Latin identifier (5G, PM2.5) names the kind counted: a count of a
// neighbour that shares only the noun after it corrects nothing.
func TestIdentifierCountCorrection(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	checkCorrections(t, e, []correctionCase{
		{"5G工厂3个对吗", ""},
		{"今年5G工厂建10个对吗", ""},
		{"今年新增及替代北斗应用终端5万个对吗", "报告写的是3万个，不是5万个"},
	})
}

func TestIdentifierAskedWhole(t *testing.T) {
	ix := seedIndex(t)
	tests := []struct {
		q    string
		want string
	}{
		{"5G工厂有几个", "5g"},
		{"4A景区有几个", "4a"},
		{"5G基站今年建多少个", "5g"},
	}
	for _, tt := range tests {
		var terms []string
		for _, a := range ix.askedTerms(ix.analyze(tt.q, nil)) {
			terms = append(terms, a.term)
		}
		if !slices.Contains(terms, tt.want) {
			t.Errorf("askedTerms(%q) = %q, want %q among them", tt.q, terms, tt.want)
		}
	}
}
