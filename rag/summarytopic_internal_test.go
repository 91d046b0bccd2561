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

// A summary question naming, beside its cues, a run the report writes and
// its overview does not (城市建设, 辽河油田) asks that topic, not the year;
// the government's own work (政府工作) and how long to answer are none.
func TestSummaryNamesWrittenTopic(t *testing.T) {
	ix := seedIndex(t)
	for q, want := range map[string]bool{
		"去年城市建设干了啥":        false,
		"辽河油田去年干了啥":        false,
		"去年政府工作干得怎么样":      true,
		"去年整体干得咋样，一句话说说":   true,
		"去年一年盘锦家底儿整体混得咋样？": true,
		"去年经济怎么样 简单总结一下":   true,
	} {
		if got := ix.analyze(q, nil).summary; got != want {
			t.Errorf("analyze(%q).summary = %v, want %v", q, got, want)
		}
	}
}

// English summary words are blanked whole: "is" is no part of "tourism",
// which names a topic of its own.
func TestSummaryEnglishTopicWhole(t *testing.T) {
	ix := seedIndex(t)
	for q, want := range map[string]bool{
		"What are the tourism achievements?":         false,
		"How did the economy do last year?":          true,
		"What were the main achievements last year?": true,
	} {
		if got := ix.analyze(q, nil).summary; got != want {
			t.Errorf("analyze(%q).summary = %v, want %v", q, got, want)
		}
	}
}
