package rag

import "testing"

// TestDoneAsked: a head word of doing right before 了吗 or 了没 asks
// whether it was done; a noun head, or a head elsewhere, does not.
func TestDoneAsked(t *testing.T) {
	cases := []struct {
		norm string
		t    askedTerm
		want bool
	}{
		{"去年东北新发地二期建成了吗", askedTerm{term: "建成", head: true, at: len("去年东北新发地二期")}, true},
		{"去年冰钓赛办了没有", askedTerm{term: "办", head: true, at: len("去年冰钓赛")}, true},
		{"去年建成了多少公里", askedTerm{term: "建成", head: true, at: len("去年")}, false},
		{"去年东北新发地二期建成了吗", askedTerm{term: "建成", head: false, at: len("去年东北新发地二期")}, false},
		{"去年数据局成立了吗", askedTerm{term: "数据局", head: true, noun: true, at: len("去年")}, false},
		{"去年项目落地了吗", askedTerm{term: "落地", head: true, at: -1}, false},
	}
	for _, c := range cases {
		if got := doneAsked(c.norm, c.t); got != c.want {
			t.Errorf("doneAsked(%q, %q) = %v, want %v", c.norm, c.t.term, got, c.want)
		}
	}
}

// TestKinBeside: a term held only by its kin, which the other text writes
// beside the term itself, is another thing; a kin the other text does not
// write beside it (涉恶 for 扫黑除恶) says it in other words.
func TestKinBeside(t *testing.T) {
	ice := askedTerm{term: "冰钓赛", syn: []string{"冰钓赛", "冰凌穿越挑战赛"}}
	crime := askedTerm{term: "扫黑除恶", syn: []string{"扫黑除恶", "涉恶"}}
	sport := askedTerm{term: "文体事业", syn: []string{"文体事业", "赛事"}}
	cases := []struct {
		t            askedTerm
		text, others string
		want         bool
	}{
		{ice, "高质量举办红马赛、冰凌穿越挑战赛、市九运会等赛事", "举办红马赛、冰凌穿越挑战赛、全国冰钓赛等高水平赛事", true},
		{ice, "举办全国冰钓赛", "举办红马赛、冰凌穿越挑战赛、全国冰钓赛等高水平赛事", false},
		{ice, "高质量举办冰凌穿越挑战赛", "举办全国冰钓赛", false},
		{crime, "打掉涉恶组织6个", "推动扫黑除恶长效常治", false},
		// The kin written in another sentence than the term: a part of it.
		{sport, "高质量举办红马赛、冰凌穿越挑战赛、市九运会等赛事", "繁荣发展文体事业。举办红马赛、冰凌穿越挑战赛、全国冰钓赛等高水平赛事", false},
		{sport, "举办各类赛事", "繁荣发展文体事业、高水平赛事", true},
	}
	for _, c := range cases {
		if got := kinBeside(c.t, c.text, []string{c.others}); got != c.want {
			t.Errorf("kinBeside(%q, %q, %q) = %v, want %v", c.t.term, c.text, c.others, got, c.want)
		}
	}
}

// TestStageBeforeMaAsked: a stage a claim may state right before 吗 asks
// whether the thing gets that far; a noun or a mere word of work does not.
func TestStageBeforeMaAsked(t *testing.T) {
	cases := []struct {
		norm string
		t    askedTerm
		want bool
	}{
		{"华锦阿美今年能完工吗", askedTerm{term: "完工", head: true, at: len("华锦阿美今年能")}, true},
		{"京哈高速今年通车吗", askedTerm{term: "通车", head: true, at: len("京哈高速今年")}, true},
		{"今年第一方面工作是有效需求吗", askedTerm{term: "有效需求", head: true, at: len("今年第一方面工作是")}, false},
		{"极兔快递园区是在建吗", askedTerm{term: "在建", head: true, at: len("极兔快递园区是")}, false},
	}
	for _, c := range cases {
		if got := stageAskedOfYear(c.norm, c.t); got != c.want {
			t.Errorf("stageAskedOfYear(%q, %q) = %v, want %v", c.norm, c.t.term, got, c.want)
		}
	}
}

// A stage asked of last year before 吗 is not skipped: a review that does
// not write it while the plan does (京哈高速盘锦段扩容改造竣工通车, ¶52)
// says it was not reached, and the review's 顺利实施 is no answer. The
// plan's own stage words still answer this year's (机械竣工).
func TestStageBeforeMaOfReviewYear(t *testing.T) {
	checkAnswers(t, []answerCase{
		{q: "京哈高速去年通车吗", want: []string{"报告没有给出2024年"}, notWant: []string{"根据报告"}},
		{q: "曙光大桥去年通车吗", want: []string{"报告没有给出2024年"}, notWant: []string{"根据报告"}},
		{q: "华锦阿美今年能完工吗", want: []string{"机械竣工"}},
	})
}
