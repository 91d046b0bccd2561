package rag

import (
	"slices"
	"testing"
)

func TestPlacePairClauses(t *testing.T) {
	ix := seedIndex(t)
	for _, c := range []struct {
		q    string
		want []string
	}{
		// A space parts Chinese clauses; the follow-up's 的呢 and 多少
		// repeat the ask.
		{"沈阳今年社零目标多少 盘锦的呢", []string{"沈阳今年社零目标多少", "盘锦今年社零目标多少"}},
		{"抚顺去年实际利用外资多少 盘锦多少", []string{"抚顺去年实际利用外资多少", "盘锦去年实际利用外资多少"}},
		{"盘锦今年要打造多少个一刻钟便民生活圈 营口呢", []string{"盘锦今年要打造多少个一刻钟便民生活圈", "营口今年要打造多少个一刻钟便民生活圈"}},
		// A name holding a number is no stated figure.
		{"沈阳去年PM2.5平均浓度多少，盘锦呢", []string{"沈阳去年pm2.5平均浓度多少", "盘锦去年pm2.5平均浓度多少"}},
		// English follow-ups: a possessive, "what about", the ask's own words.
		{"What's Dalian's fixed-asset investment growth target for 2025? And Panjin's?",
			[]string{"what's dalian's fixed-asset investment growth target for 2025", "what's panjin's fixed-asset investment growth target for 2025"}},
		{"Panjin's R&D spending growth target for 2025? What about Anshan?",
			[]string{"panjin's r&d spending growth target for 2025", "anshan's r&d spending growth target for 2025"}},
		{"how many new projects did yingkou sign in 2024, and how many did panjin sign",
			[]string{"how many new projects did yingkou sign in 2024", "how many new projects did panjin sign in 2024"}},
		// A follow-up claiming a figure of the other place claims it of
		// the ask.
		{"营口今年GDP目标多少？盘锦好像定的6%吧", []string{"营口今年gdp目标多少", "盘锦今年gdp目标好像定的6%吧"}},
		{"沈阳今年社零目标多少，盘锦是6%对吧", []string{"沈阳今年社零目标多少", "盘锦今年社零目标是6%对吧"}},
		// The follow-up asks more than the place: another period, or a
		// claim in it, or a claim of an ask of no figure.
		{"沈阳去年社零增长多少 盘锦今年呢", nil},
		{"沈阳去年社零增长多少 盘锦今年是5%吧", nil},
		{"营口今年建什么项目？盘锦建3个吧", nil},
		{"What was Dalian's GDP growth in 2024? And Panjin's in 2025?", nil},
		// One place only, or the same place twice.
		{"今年社零目标多少 明年呢", nil},
		{"盘锦今年社零目标多少 盘锦的呢", nil},
		// A space inside English parts nothing.
		{"how many projects did yingkou sign and panjin sign", nil},
	} {
		if got := ix.placePairClauses(c.q, nil); !slices.Equal(got, c.want) {
			t.Errorf("placePairClauses(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

func TestPlacesOnlyDeclined(t *testing.T) {
	place := &Answer{Understood: &Understood{Grounding: GroundOtherPlace}}
	detail := &Answer{Understood: &Understood{}}
	found := &Answer{Found: true}
	for _, c := range []struct {
		subs []*Answer
		want bool
	}{
		{[]*Answer{place, found}, true},
		{[]*Answer{found, place}, true},
		{[]*Answer{found, detail}, false}, // a detail declined: only a figure answers for sure
		{[]*Answer{place, place}, false},  // nothing found
		{[]*Answer{found, found}, false},  // nothing declined: two things asked, not one of two places
	} {
		if got := placesOnlyDeclined(c.subs); got != c.want {
			t.Errorf("placesOnlyDeclined(%v) = %v, want %v", c.subs, got, c.want)
		}
	}
}

func TestFoundApart(t *testing.T) {
	found, declined := &Answer{Found: true}, &Answer{}
	for _, c := range []struct {
		subs    []*Answer
		clauses []string
		want    bool
	}{
		{[]*Answer{found, found}, []string{"社区食堂有了吗", "物业投诉情况咋样"}, true},
		{[]*Answer{found, found}, []string{"那盘锦的援疆项目是啥", "建好了吗"}, false}, // a bare follow-up
		{[]*Answer{found, found}, []string{"盤錦會不會蓋機場啊", "有在規劃嗎"}, false},
		{[]*Answer{found, declined}, []string{"社区食堂有了吗", "物业投诉情况咋样"}, false},
	} {
		if got := foundApart(c.subs, c.clauses); got != c.want {
			t.Errorf("foundApart(%q) = %v, want %v", c.clauses, got, c.want)
		}
	}
}
