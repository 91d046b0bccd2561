package rag_test

import (
	"context"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// A fact of the city the report does not give, asked beside a thing the
// report answers, is declined as one part and leaves the other answered;
// a short clause after it asks more of the fact and declines with it.
func TestCityFactBesideAnswered(t *testing.T) {
	for _, c := range []struct {
		q     string
		found bool
		want  []string
	}{
		{"盘锦有多少人口？今年公交方面有什么打算？", true, []string{"城市基本情况", "购置公交车辆"}},
		{"盘锦有几个区县，今年城市更新怎么搞？", true, []string{"城市基本情况", "深入实施城市更新"}},
		{"盘锦有几个区县，建好了吗", false, []string{"城市基本情况"}},
	} {
		a, err := seedEngine(t, false).Ask(context.Background(), rag.Query{Text: c.q})
		if err != nil {
			t.Fatal(err)
		}
		if a.Found != c.found {
			t.Errorf("%s: found = %v, want %v:\n%s", c.q, a.Found, c.found, a.Answer)
		}
		for _, w := range c.want {
			if !strings.Contains(a.Answer, w) {
				t.Errorf("%s: answer lacks %q:\n%s", c.q, w, a.Answer)
			}
		}
	}
}
