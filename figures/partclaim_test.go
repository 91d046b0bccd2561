package figures_test

import (
	"context"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// TestPartOfWholeClaims: a claim of a part of a whole, or of one member of
// a figure told of two together, is neither confirmed nor corrected by the
// whole's figure; the whole is shown as related text.
func TestPartOfWholeClaims(t *testing.T) {
	a := newAnswerer(t)
	for _, tc := range []struct {
		q     string
		found bool
		start string
	}{
		{"增划的1.1万个停车泊位里有6000个是收费泊位", false, "报告没有给出这项数字"},
		{"新建和改造的20处城市公园里新建的有12处", false, "报告没有给出这项数字"},
		{"去年新签约的260个项目里亿元以上有80个吧", false, "报告没有给出这项数字"},
		{"去年147亿元进出口总额里出口占了一半多吧", false, "报告没有给出这项数字"},
		{"盘锦大米品牌价值单独就超过600亿元了吧", false, "报告只给出几项合在一起的数字"},
		{"粮油加工产业单独营业收入310亿元，对吗", false, "报告只给出几项合在一起的数字"},
		{"精细化工产业今年营收单独要超过2000亿元吧", false, "报告只给出几项合在一起的数字"},
		// The part's own figure beside the whole's corrects it; another
		// whole's part (¶27's 125个) does not.
		{"今年新签约项目300个里亿元以上的有90个吧", true, "更正：报告写的是80个，不是90个〔¶29〕"},
		{"今年实施的600个项目里亿元以上的有100个吧", true, "更正：报告写的是125个，不是100个〔¶27〕"},
		{"今年新签约项目300个里亿元以上的有80个吧", true, "根据报告"},
	} {
		ans, err := a.Ask(context.Background(), rag.Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found != tc.found || !strings.HasPrefix(ans.Answer, tc.start) {
			t.Errorf("%s: found=%v, want %v starting %q:\n%s", tc.q, ans.Found, tc.found, tc.start, ans.Answer)
		}
	}
}
