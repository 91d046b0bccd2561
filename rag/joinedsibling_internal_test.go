package rag

import "testing"

// Two words a conjunction joins are siblings: neither qualifies the other,
// so a clause naming the second with its own qualifier (空气质量优良天数比例)
// still answers "PM2.5和优良天数比例"; a qualifier written onto the word
// still contrasts (pm10 for PM2.5).
func TestJoinedSiblings(t *testing.T) {
	checkAnswers(t, []answerCase{
		{q: "PM2.5和优良天数比例是多少？", want: []string{"根据报告", "29微克/立方米", "88.3%"}, notWant: []string{"没有给出"}},
		{q: "盘锦的PM2.5和优良天数比例呢？", want: []string{"根据报告", "88.3%"}, notWant: []string{"没有给出"}},
	})
	for _, c := range []struct {
		norm string
		prev askedTerm
		at   int
		want bool
	}{
		{"pm2.5和优良天数", askedTerm{term: "pm2.5", at: 0}, len("pm2.5和"), true},
		{"河蟹、大豆产值", askedTerm{term: "河蟹", at: 0}, len("河蟹、"), true},
		{"河蟹全产业链产值", askedTerm{term: "河蟹", at: 0}, len("河蟹全"), false},
		{"河蟹产值", askedTerm{term: "河蟹", at: 0}, len("河蟹"), false},
	} {
		if got := joinedAfter(c.norm, c.prev, c.at); got != c.want {
			t.Errorf("joinedAfter(%q, %q, %d) = %v, want %v", c.norm, c.prev.term, c.at, got, c.want)
		}
	}
}
