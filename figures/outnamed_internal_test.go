package figures

import "testing"

// A number the report gives of the thing beside the one a claim names
// (开复工项目502个 beside 272个新建项目开工建设) is held to the named one's;
// a claim writing the matched figure's own words, or naming neither
// better, is confirmed.
func TestPremiseOutnamedNeighbour(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"去年新开工项目502个没错吧", "502个", "272个"},
		{"2024年新开工项目502个对不对", "502个", "272个"},
		{"去年新建项目开工502个对不对", "502个", "272个"},
		{"2024年开复工项目502个吧", "", ""},
		{"去年项目一共502个对吗", "", ""},
		{"今年GDP预期增长5.5%左右是吧", "", ""}, // a synonym weighs no characters
		// 旅游的人 is the lexicon's word for 旅客接待量: its 旅游 is no
		// word of 旅游收入 beside it.
		{"去年旅游的人涨了64%吧", "", ""},
		{"去年旅游的人涨了50%吧", "50%", "64％"},
		// The thing counted written after the count, as the report writes
		// it: the words before (安全生产) are no name of a neighbour's.
		{"安全生产覆盖11个重点行业领域和17个新兴领域，对吧", "", ""},
		{"安全生产覆盖11个重点行业领域吧", "", ""},
	})
}
