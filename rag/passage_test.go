package rag_test

import (
	"strings"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

func TestSeedPassages(t *testing.T) {
	r := loadSeed(t)
	if len(r.Passages) == 0 {
		t.Fatal("seed has no passages")
	}
	for _, e := range checkPassages(r) {
		t.Error(e)
	}
	multi := 0
	count := map[int]int{}
	for _, p := range r.Passages {
		count[p.Para]++
		if !strings.HasPrefix(p.ID, seedID+"/p") {
			t.Errorf("passage id %q does not name the report and paragraph", p.ID)
		}
	}
	for _, n := range count {
		if n > 1 {
			multi++
		}
	}
	if multi == 0 {
		t.Error("no seed paragraph is cut into several passages: the windowing is not exercised")
	}
	for _, n := range []int{seedPartOne, seedPartTwo, seedLink} {
		if count[n] != 0 {
			t.Errorf("¶%d has %d passages, want none (part heading or link line)", n, count[n])
		}
	}
}

// A window never ends on a topic sentence: the topic belongs with what it heads.
func TestPassageTopicNeverEndsWindow(t *testing.T) {
	topics := 0
	for _, r := range []*rag.Report{loadSeed(t), loadSynth(t)} {
		for i, p := range r.Passages {
			if p.Topic != "" {
				topics++
				if !strings.Contains(r.Paragraphs[p.Para-1].Text, p.Topic+"。") {
					t.Errorf("%s: Topic %q is not a sentence of ¶%d", p.ID, p.Topic, p.Para)
				}
			}
			last := i+1 == len(r.Passages) || r.Passages[i+1].Para != p.Para
			if last {
				continue
			}
			if next := r.Passages[i+1]; next.Topic != "" && strings.HasSuffix(p.Text, next.Topic+"。") {
				t.Errorf("%s ends with the topic sentence %q that heads %s", p.ID, next.Topic, next.ID)
			}
		}
	}
	if topics == 0 {
		t.Error("no passage has a topic: the rule was not exercised")
	}
}
