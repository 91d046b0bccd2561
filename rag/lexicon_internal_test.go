package rag

import (
	"os"
	"strings"
	"testing"
)

// blankMembers must give what replacing every member in file order gives.
func TestBlankMembersMatchesEveryMember(t *testing.T) {
	lx := DefaultLexicon()
	naive := func(text string) string {
		for _, c := range lx.concepts {
			for _, m := range c.members {
				if m != "" && m[0] >= 0x80 {
					text = strings.ReplaceAll(text, m, " ")
				}
			}
		}
		return text
	}
	raw, err := os.ReadFile("testdata/testcity-2024.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"", "gdp", "去年外贸涨了多少", "今年普惠的幼儿园能占多少，好进不", "盘锦现在房价多少钱一平"}
	for _, line := range strings.Split(string(raw), "\n") {
		texts = append(texts, Normalize(line))
	}
	changed := 0
	for _, text := range texts {
		want := naive(text)
		if got := lx.blankMembers(text); got != want {
			t.Errorf("blankMembers(%.30q) = %.30q, want %.30q", text, got, want)
		}
		if want != text {
			changed++
		}
	}
	if changed < 5 {
		t.Errorf("only %d texts had lexicon members: the test proves little", changed)
	}
}
