package figures

import "testing"

// A member of a list named by the list's head and its own word is held
// to its own figure, not to another figure of the head's words: a right
// number is confirmed, a wrong one corrected with that member's.
func TestListMemberNamed(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"央地合作的项目推进实施有6个，没错吧", "", ""},
		{"央地合作项目去年推进实施了9个对吗", "9个", "6个"},
		{"央地合作的项目推进了6个对不对", "", ""},
		{"去年央地合作项目推进了11个，对吧", "11个", "6个"},
		{"央地合作项目新签约了6个吧", "6个", "19个"},
		{"今年央地合作项目滚动实施6个吗", "6个", "10个以上"},
		{"今年实施500万元以上项目600个，其中亿元以上项目125个吧", "", ""},
		// A pair names the list once; each later clause's member is held too.
		{"去年央地合作项目实施6个，签约19个对吗", "", ""},
		{"去年央地合作项目推进实施9个，新签约19个吧", "9个", "6个"},
	})
}
