package rag

import "testing"

func TestStatedAreas(t *testing.T) {
	for _, tc := range []struct {
		norm string
		want int
	}{
		{"今年政府工作要抓六个方面?", 6},
		{"去年工作回顾分了7个方面?", 7},
		{"the 2025 plan focuses on six key areas of work, correct?", 6},
		{"今年政府工作要抓12个方面?", 0},
		{"今年政府工作要抓几个方面?", 0},
		{"狠抓创新赋能是今年第四个方面吧", 0},
		// The noun left out after asking how many areas: still a count.
		{"去年回顾是哪几个方面,7个吧", 7},
		{"今年工作安排有几个方面,6个?", 6},
		{"去年回顾有几个方面,新增就业2.04万人", 0},
	} {
		if _, got := statedAreas(tc.norm); got != tc.want {
			t.Errorf("statedAreas(%q) = %d, want %d", tc.norm, got, tc.want)
		}
	}
}

// A count of areas of work the report's headings do not bear out is
// corrected beside them; a right one is not.
func TestAreaCountCorrected(t *testing.T) {
	checkFoundWantNot(t, []foundWantNot{
		{"今年政府工作要抓六个方面？", true, "更正：报告写的是八个方面", "地区生产总值"},
		{"去年工作回顾分了七个方面？", true, "更正：报告的小标题从（一）排到（八），不是7个方面", "报告写的是"},
		{"今年政府工作要抓八个方面吧", true, "（八）狠抓清险除患", "更正"},
		// Which areas, with a wrong count beside: the headings, corrected.
		{"今年工作有哪几个方面，是不是六个方面", true, "更正：报告写的是八个方面，不是6个方面", "只给出数量"},
		{"去年回顾是哪几个方面，七个吧", true, "更正：报告的小标题从（一）排到（八），不是7个", "只给出数量"},
		// In English: a count of the plan's areas is a list asked, and
		// "plan" names the part, no topic scoping the areas.
		{"The 2025 plan focuses on six key areas of work, correct?", true, "the report says 八个方面, not six key areas", "地区生产总值"},
		{"What are the key areas of work in the 2025 plan?", true, "以下八个方面", "地区生产总值"},
		// A topic the lexicon knows only by a link phrase still scopes
		// the areas: the area of opening up, not the plan's eight.
		{"What are the key tasks of the plan for opening up?", true, "狠抓开放带动", "以下八个方面"},
		// The areas of one topic: the plan's eight headings do not count them.
		{"政府自身建设有几个方面，三个吧", true, "根据报告", "更正"},
		{"盘锦有几个方面的优势，三个吧", true, "根据报告", "更正"},
		{"今年重点做好七个方面工作，分别是啥", true, "更正：报告写的是八个方面", "报告没有"}, // the opening's own words
	})
}
