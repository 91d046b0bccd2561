package rag

import "testing"

func TestDescribesNamed(t *testing.T) {
	lx := DefaultLexicon()
	for _, c := range []struct {
		q, w string
		want bool
	}{
		{"盘锦去年来玩的游客比前年多了多少", "来玩", true}, // 来玩的人 and 游客 both say 旅客接待量
		{"去年挖矿的企业有多少家", "挖矿", false},     // no word of a named concept holds it
		{"盘锦去年来玩的比前年多了多少", "来玩", false},  // no concept named by another word
	} {
		if got := lx.describesNamed(Normalize(c.q), c.w); got != c.want {
			t.Errorf("describesNamed(%q, %q) = %v, want %v", c.q, c.w, got, c.want)
		}
	}
	ix := seedIndex(t)
	if got := ix.missingWords(Normalize("盘锦去年来玩的游客比前年多了多少"), nil); len(got) != 0 {
		t.Errorf("missingWords = %q, want none", got)
	}
}
