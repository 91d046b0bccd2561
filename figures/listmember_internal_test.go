package figures

import "testing"

// A claim naming the word beside one list member's number is held to that
// member's figure, not to a neighbour that happens to have the number.
func TestPremiseListNeighbour(t *testing.T) {
	checkPremises(t, []premiseCase{
		// 87个 were 谋划梳理; the 签约 member is 19个.
		{"去年央地合作项目新签约87个吧？", "87个", "19个"},
		{"央地合作项目签约了87个对吗？", "87个", "19个"},
		{"去年新签约央地合作项目87个？", "87个", "19个"},
		// 签了 says 签约 short, held the same way.
		{"那央地合作项目新签了87个是真的吗", "87个", "19个"},
		{"去年央地合作项目签了87个？", "87个", "19个"},
		{"央地合作项目梳理了87个对吗", "", ""},
		// 2个 are 市级; the 省级 member is 1个.
		{"今年省级产教联合体2个？", "2个", "1个"},
		{"今年要建2个省级产教联合体对吗", "2个", "1个"},
		// Each member's right claim stays confirmed.
		{"央地合作项目新签约19个对吗", "", ""},
		{"央地合作项目谋划梳理87个对吗", "", ""},
		{"1个省级对吗", "", ""},
		{"市级产教联合体2个对吗", "", ""},
		// Two things in two units are no list of one thing's members.
		{"老旧小区惠及2万户对吗", "", ""},
	})
}
