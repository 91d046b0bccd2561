package rag

import (
	"context"
	"strings"
	"testing"
)

// A topic asked in a summary's words gets the topic, not the year's
// headline figures of ¶6: neither a two-character expansion (环境 of 环保,
// read in 外部环境) nor a member holding 经济 (民营经济) may lose it.
func TestSummaryTopicNotHeadline(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	for _, q := range []string{"去年环保干了啥", "去年民营经济怎么样"} {
		a, err := e.Ask(context.Background(), Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(a.Answer, "地区生产总值增长：3.5%左右") {
			t.Errorf("%s: headline figures: %s", q, a.Answer)
		}
	}
	// The whole year still gets them.
	for _, q := range []string{"去年经济怎么样", "去年经济社会发展主要成绩"} {
		a, err := e.Ask(context.Background(), Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if !a.Found || !strings.Contains(a.Answer, "3.5%") {
			t.Errorf("%s: no headline figures: %s", q, a.Answer)
		}
	}
}
