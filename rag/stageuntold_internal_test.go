package rag

import "testing"

// TestStageUntoldDeclined: a question whether a thing has reached a
// stage is declined when the quotes naming it say an earlier one only
// (争取, 申请, 提请审议, 加快实施); a quote saying the stage, one all but
// done, or a plan asked of ("能评上…不") still answers.
func TestStageUntoldDeclined(t *testing.T) {
	checkFound(t, []questionFound{
		{"海上风电项目批下来没有", false},
		{"锦城石化原油进口资质批下来没有", false},
		{"机动车停放管理条例通过了没有", false},
		{"辽滨500千伏输变电工程已经投运了吗", false},
		{"广田清洁智慧供热项目投运了吗", true},
		{"辽河干流防洪提升工程完工了没", true},
		{"金帛滩海洋乐园升级成4A了吗", true},
		{"今年能实现美丽宜居村全覆盖不", true},
	})
}

// TestWhetherStageAsked: the stage a whether-question asks was reached,
// in any of its questions; not a plan asked of, nor a stage denied.
func TestWhetherStageAsked(t *testing.T) {
	for _, tc := range []struct {
		q, want string
	}{
		{"项目批下来了没有", "批下来"},
		{"条例通过了吗?啥时候施行?", "通过"},
		{"工程已经投运了吗", "投运"},
		{"今年能建成吗", ""},
		{"工程还没投运吧", ""},
		{"工程投运了吧", ""}, // a claim to check: the ladder corrects it
	} {
		m, ok := whetherStageAsked(Normalize(tc.q))
		if got := m.word; !ok && got != "" || ok != (tc.want != "") || ok && got != tc.want {
			t.Errorf("whetherStageAsked(%q) = %q %v, want %q", tc.q, got, ok, tc.want)
		}
	}
}

// TestWrittenStage: a claim of a stage said plainly (批下来了吧) is read in
// the report's words, so the ladder and the slots correct it as they do
// 获批了吧; a question whether it was approved is left as asked.
func TestWrittenStage(t *testing.T) {
	for _, tc := range []struct{ claim, want string }{
		{"大洼区国土空间规划批下来了吧", "大洼区国土空间规划获批了吧"},
		{"海上风电项目已经批下来了", "海上风电项目已经获批了"},
		{"海上风电项目批下来了没有？", "海上风电项目批下来了没有？"},
		{"规划批下来了吗", "规划批下来了吗"},
	} {
		if got := writtenStage(tc.claim); got != tc.want {
			t.Errorf("writtenStage(%q) = %q, want %q", tc.claim, got, tc.want)
		}
	}
	eng := NewEngine(seedIndex(t), nil)
	ans, err := eng.Ask(t.Context(), Query{Text: "大洼区国土空间规划批下来了吧"})
	if err != nil {
		t.Fatal(err)
	}
	if !hasCorrection(ans) {
		t.Errorf("大洼区国土空间规划批下来了吧: approval claimed where ¶11 says 编制完成 is not corrected")
	}
}
