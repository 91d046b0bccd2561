package rag

import "testing"

func TestTotalOfSeveral(t *testing.T) {
	pipes := "更新改造供水、供热、燃气、排水等老旧管网360公里。"
	for _, c := range []struct {
		question, quote string
		want            string
	}{
		{"去年供热管网改了多少公里", pipes, "供热"},
		{"老旧管网改了多少公里", pipes, ""},
		{"供水供暖燃气这些老管子换了多少公里", pipes, ""},           // two named: the list, loosely
		{"刑事警情降了多少", "刑事、治安警情分别下降26.1%、24.3%", ""}, // one figure each
		// Clauses glued to their own figures are no list of names.
		{"进出口总额增长多少", "固定资产投资增长20%以上、进出口总额增长39.7%", ""},
		{"化工精细化率要达到多少", "营业收入超过2000亿元、化工精细化率达到48%", ""},
		{"党员干部有多少", "14114名党员干部奔赴一线、冲锋在前", ""},
		// One member named as an example of its kind asks the kind.
		{"去年在人民日报等媒体发了多少篇稿", "在人民日报、新华社等中央主要媒体刊发400余篇", ""},
		{"供热这类管网改了多少公里", pipes, ""},
		{"去年在人民日报发了多少篇稿", "在人民日报、新华社等中央主要媒体刊发400余篇", "民日报"}, // cut to its neighbour's length
		// Names of one character are too short to tell.
		{"水管改了多少", "水、电、气管网改造100公里", ""},
	} {
		if got := totalOfSeveral(Normalize(c.question), Normalize(c.quote)); got != c.want {
			t.Errorf("totalOfSeveral(%q, %q) = %q, want %q", c.question, c.quote, got, c.want)
		}
	}
}
