package rag

import "testing"

// A claimed age or span of time, or a sum of money, that the report never
// writes beside the thing claimed asks that figure; one it writes there
// is left to the claim's check. A count of things (2个市级…) is no sum of
// money, and a whole-area word (全域) names no clause's thing.
func TestClaimsUnwrittenMeasure(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"延迟退休以后男职工退休年龄是63岁，对吗", true},
		{"全域120急救平均反应时间缩短到12分钟了", true},
		{"以旧换新今年市级补贴资金2亿元，是吗", true},
		// The report writes the thing's figure in the unit claimed.
		{"企业开办时间压缩到2天了吧", false},
		{"粮油加工及生物科技产业营业收入310亿元，对吧", false},
	} {
		a := ix.analyze(Normalize(tc.q), nil)
		if got := ix.claimsUnwrittenMoney(a) || ix.claimsUnwrittenCount(a); got != tc.want {
			t.Errorf("claims unwritten %q = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// A number written as a count of things is not written as a sum.
func TestWritesUncounted(t *testing.T) {
	for _, tc := range []struct {
		text, n string
		want    bool
	}{
		{"高质量建设1个省级、2个市级产教联合体", "2", false},
		{"审减财政投资项目资金2亿元", "2", true},
		{"建设2个市级产教联合体，资金2亿元", "2", true},
		{"新建12个", "2", false},
	} {
		if got := writesUncounted(tc.text, tc.n); got != tc.want {
			t.Errorf("writesUncounted(%q, %q) = %v, want %v", tc.text, tc.n, got, tc.want)
		}
	}
}
