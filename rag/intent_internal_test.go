package rag

import "testing"

// A 几 that points at things the asker has in mind (那几家, 这几个), or
// counts the things whose items are asked (几个…分别是什么), asks no figure;
// a 几 or 多少 beside it still does, as does a level asked in English words.
func TestReadIntentFigure(t *testing.T) {
	for _, tc := range []struct {
		q      string
		figure bool
	}{
		{"市里那几家国企效益不好，打算咋整", false},
		{"这几个园区今年打算怎么发展", false},
		{"政府干部要做到的几个“始终保持”分别是什么", false},
		{"今年的几个重点工程都是啥", false},
		{"那几家国企营业收入增长了多少", true},
		{"这几个项目总投资多少", true},
		{"有几个4A景区", true},
		{"新增了几个国家级专精特新企业，分别是什么", true},
		{"几个“始终保持”分别是什么，有多少条", true},
		// A level asked in English words with no figure cue (balance,
		// amount to) still asks a figure, so that a growth of it is not
		// taken for the level; "what share" keeps its old reading.
		{"What was the outstanding loan balance of financial institutions at the end of 2024?", true},
		{"What is the deposit balance of Panjin's banks?", true},
		{"What global market share does Zhonglan Electronics hold for high-end phone motors?", false},
		{"What are the main tasks for 2025?", false},
		// An investment asked as an amount is a figure, which the city's
		// investment growth does not give; its target asks the growth.
		{"What's Huajin Aramco's total investment?", true},
		{"What is the investment in the crude oil terminal?", true},
		{"What is the plan for Huajin Aramco?", false},
	} {
		var a analysis
		a.norm = Normalize(tc.q)
		a.readIntent(" " + a.norm + " ")
		if a.figure != tc.figure {
			t.Errorf("%s: figure = %v, want %v", tc.q, a.figure, tc.figure)
		}
	}
}

// A bare topic asks its figures and whatever else the report says of it;
// a bare indicator named by its figure noun asks that figure alone, so a
// sentence of another 覆盖率 or 产量 is no answer.
func TestReadIntentBareIndicator(t *testing.T) {
	for _, tc := range []struct {
		q                 string
		figure, topicOnly bool
	}{
		{"就业", true, true},
		{"进出口", true, true},
		{"森林覆盖率", true, false},
		{"渔业产量", true, false},
		{"规上工业企业数量", true, false},
	} {
		var a analysis
		a.norm = Normalize(tc.q)
		a.readIntent(" " + a.norm + " ")
		if a.figure != tc.figure || a.topicOnly != tc.topicOnly {
			t.Errorf("%s: figure, topicOnly = %v, %v, want %v, %v", tc.q, a.figure, a.topicOnly, tc.figure, tc.topicOnly)
		}
	}
}

// Drawing up the next five-year plan is this year's work; its figures and
// targets are no year's the report gives.
func TestAsksPlanDrafting(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"十五五规划编制有什么安排", true},
		{"十五五规划啥时候开始编", true},
		{"When will the city draw up its 15th Five-Year Plan?", true},
		{"十五五规划有什么安排", false}, // what the plan will do
		{"十五五规划有什么目标", false},
		{"十五五规划的主要目标是怎么制定的", false},
		{"十五五期间GDP年均增长多少", false},
		{"What does the report say about the 15th Five-Year Plan?", true},
		{"What does the report mention about the 15th Five-Year Plan period?", false},
	} {
		if got := asksPlanDrafting(Normalize(tc.q)); got != tc.want {
			t.Errorf("asksPlanDrafting(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}
