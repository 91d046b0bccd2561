package rag

import (
	"testing"
)

// TestUnwrittenEventDeclined: a yes-or-no question of an event held, an
// honour won or a thing made that the report never names is declined,
// not answered with quotes of the ones it does name; one it names, or
// names otherwise (a misnamed thing to correct), still answers.
func TestUnwrittenEventDeclined(t *testing.T) {
	checkFound(t, []questionFound{
		{"盘锦去年举办过亚运会吗", false},
		{"辽河口申报世界地质公园了没", false},
		{"盘锦大米评上著名商标了吗", false},
		{"华锦集团研发出抗应力发白聚丙烯了吗", true},
		{"去年承办中国女篮职业赛事了吗", true},
		{"去年承办中国男篮职业赛事了吗", true}, // corrected: 女篮
	})
}

// TestAsksYesOrNo: questions of whether, not of what, nor claims to check.
func TestAsksYesOrNo(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"办过马拉松吗", true},
		{"评上了没有", true},
		{"是不是试点城市", true},
		{"四大是什么", false},
		{"研发了聚丙烯对吗", false},
	}
	for _, tt := range tests {
		if got := asksYesOrNo(tt.q); got != tt.want {
			t.Errorf("asksYesOrNo(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
