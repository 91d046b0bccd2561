package rag

import "testing"

func TestQuotedSlotCorrection(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	tests := []correctionCase{
		// A short quoted term with another number or word, between the
		// report's own words, in a question or a claim.
		{"金融“三篇大文章”要怎么落实", "报告写的是“五篇大文章”"},
		// The same term where the report says it (结构调整“三篇大文章”).
		{"结构调整“三篇大文章”做得怎么样", ""},
		{"高质量编制“十六五”规划是今年的任务吗", "报告写的是“十五五”"},
		{"要深刻领悟\"两个坚持\"的决定性意义吗", "报告写的是“两个确立”"},
		// The report's own term, in any marks, stays uncorrected.
		{"金融“五篇大文章”要怎么落实", ""},
		{"要深刻领悟「两个确立」的决定性意义吗", ""},
		// A quoted term in another slot than the report's is no swap.
		{"“一网通办”推进得怎么样", ""},
		// A term of the same quoted list, said with another verb of it,
		// is the report's own.
		{"今年要健全“两个责任”吗", ""},
		{"要压实\"两个至上\"吗", ""},
	}
	checkCorrections(t, e, tests)
}

func TestNearTerm(t *testing.T) {
	tests := []struct {
		asked, said string
		want        bool
	}{
		{"三篇大文章", "五篇大文章", true},
		{"两个维护", "两个确立", true},
		{"十五五", "十五五", false},
		{"网购", "五篇大文章", false},
		{"枫桥", "浦江经验", false},
	}
	for _, tt := range tests {
		if got := nearTerm([]rune(tt.asked), []rune(tt.said)); got != tt.want {
			t.Errorf("nearTerm(%q, %q) = %v, want %v", tt.asked, tt.said, got, tt.want)
		}
	}
}

func TestQuotedClauseCorrection(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	tests := []correctionCase{
		// A quoted line shortened clause by clause, one clause's last word
		// another: corrected with the report's clause, in any phrasing.
		{"听说报告里有“干成了一批大事，攻克了一批难事，办成了一批小事”这句话吧", "办成了一批群众关切的实事"},
		{"报告是不是写了“干成一批大事、办成一批好事”？", "办成了一批群众关切的实事"},
		// A clause past the answer's quote, as long as the report's, one
		// word another.
		{"报告最后引用了“遵道而行，但到半途须努力；会心不远，要登高峰莫辞劳”吧", "要登绝顶莫辞劳"},
		// The same line shortened with the report's own words stays.
		{"报告写了“干成了一批大事，攻克了一批难事，办成了一批实事”吧", ""},
		{"报告写了“攻克了一批难事，办成了一批实事”，没错吧", ""},
	}
	checkCorrections(t, e, tests)
}

func TestShortSwapped(t *testing.T) {
	tests := []struct {
		asked, said string
		want        bool
	}{
		{"办成了一批好事", "办成了一批群众关切的实事", true},
		{"办成了一批实事", "办成了一批群众关切的实事", false},
		{"干成了一批大事", "干成了一批事关长远的大事", false},
		{"要登高处莫辞劳", "要登高处莫辞劳的人", false}, // another last character
		{"办成好事", "办成了一批群众关切的实事", false}, // too short an opening alike
	}
	for _, tt := range tests {
		if got := shortSwapped([]rune(tt.asked), []rune(tt.said)); got != tt.want {
			t.Errorf("shortSwapped(%q, %q) = %v, want %v", tt.asked, tt.said, got, tt.want)
		}
	}
}
