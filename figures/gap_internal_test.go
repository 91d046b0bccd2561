package figures

import (
	"math"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

func TestCheckGap(t *testing.T) {
	seedReport(t)
	ix := NewIndex(seedReports, rag.DefaultLexicon().Expand)
	for _, tc := range []struct {
		q          string
		base, then string // the figures' texts; "" for none
		gap        string // the difference as a correction says it; "" for none
		wrong      bool
	}{
		{"今年公交车比去年多47台吧", "85台", "132台", "多47台", false},
		{"今年公交车比去年多50台吧", "85台", "132台", "多47台", true},
		{"今年公交车比去年少47台吧", "85台", "132台", "多47台", true}, // the other way
		{"今年就业目标比去年少1400人吧", "2.04万人", "1.9万人", "少0.14万人", false},
		{"今年就业目标比去年少了0.14万人吧", "2.04万人", "1.9万人", "少0.14万人", false},
		{"今年就业目标比去年少2000人吧", "2.04万人", "1.9万人", "少0.14万人", true},
		{"今年外资目标比去年少3.5亿美元吧", "7.5亿美元", "4亿美元", "少3.5亿美元", false},
		{"今年外资目标比去年少5亿美元吧", "7.5亿美元", "4亿美元", "少3.5亿美元", true},
		{"今年外资比去年少3.5亿吧", "7.5亿美元", "4亿美元", "少3.5亿美元", false}, // a bare 亿 of dollars
		{"今年稻蟹共生面积比去年多2万亩吧", "95万亩", "97万亩", "多2万亩", false},
		{"今年海洋牧场面积比去年多2万亩吧", "48万亩", "50万亩", "多2万亩", false},
		{"今年新签约项目比去年多40个吧", "260个", "300个", "多40个", false},
		{"今年新签约项目比去年多100个吧", "260个", "300个", "多40个", true},
		// 90项以上 is a floor: at least 10 more, so 20 more may hold; 5 cannot.
		{"今年科技成果转化比去年多10项吧", "80项", "90项以上", "至少多10项", false},
		{"今年科技成果转化比去年多20项吧", "80项", "90项以上", "至少多10项", false},
		{"今年科技成果转化比去年多5项吧", "80项", "90项以上", "至少多10项", true},
		// 左右 counts as the number; rates differ in percentage points.
		{"今年GDP目标比去年高2个百分点吧", "3.5%左右", "5.5%左右", "高2个百分点", false},
		{"今年GDP目标比去年高3个百分点吧", "3.5%左右", "5.5%左右", "高2个百分点", true},
		{"今年社零目标比去年高2个百分点吧", "4%", "5%", "高1个百分点", true},
		{"今年化工精细化率比去年高5个百分点吧", "45%", "48%", "高3个百分点", true},
		// A bare amount is a count of what both count unscaled (85台), not
		// of a scaled figure's (少0.5 may be 0.5万人).
		{"今年公交车比去年多50吧", "85台", "132台", "多47台", true},
		{"今年就业目标比去年少0.5吧", "2.04万人", "1.9万人", "少0.14万人", false},
		{"Will Panjin buy 50 more buses this year than last year?", "85台", "132台", "多47台", true},
		{"Is the FDI target US$350 million lower than last year?", "7.5亿美元", "4亿美元", "少3.5亿美元", false},
		// A move from the year before, with no amount: held to the two
		// years' amounts.
		{"今年实际利用外资4亿美元，比去年增长了对吧", "7.5亿美元", "4亿美元", "少3.5亿美元", true},
		{"今年海洋牧场面积比去年有所下降吗", "48万亩", "50万亩", "多2万亩", true},
		{"今年公交车购置比去年增加了吧", "85台", "132台", "多47台", false},
		// One year's figure only: shown, never corrected.
		{"今年高标准农田比去年多2万亩吧", "12.45万亩", "", "", false},
		// A year the report gives no figures of: nothing to hold it to.
		{"2026年公交车比去年多47台吧", "", "", "", false},
		{"去年公交车比前年多47台吧", "", "", "", false},
		{"今年GDP目标比去年目标高0.5个百分点吧", "", "", "", false},
	} {
		gc := CheckGap(tc.q, ix, "")
		if gc == nil {
			t.Errorf("%s: no difference claimed", tc.q)
			continue
		}
		gap := ""
		if gc.Gap != nil {
			gap = gc.Gap.Words("zh")
		}
		if got := [...]string{textOf(gc.Base), textOf(gc.Then), gap}; got != [...]string{tc.base, tc.then, tc.gap} || gc.Wrong != tc.wrong {
			t.Errorf("%s: %v wrong %v, want %v wrong %v", tc.q, got, gc.Wrong, [...]string{tc.base, tc.then, tc.gap}, tc.wrong)
		}
	}
	// Of growth rates a move claims nothing: GDP grows both years.
	if gc := CheckGap("今年GDP比去年增长了吧", ix, ""); gc != nil {
		t.Errorf("a move held to growth rates: %+v", gc)
	}
	if CheckGap("今年要购置132台公交车吧", ix, "") != nil || CheckGap("今年公交车比去年多47台吧", nil, "") != nil {
		t.Error("a gap check without a claimed difference or an index")
	}
}

func textOf(f *Figure) string {
	if f == nil {
		return ""
	}
	return f.Text
}

// TestPremiseLeavesGap: a difference's amount is no level of either year;
// another figure the question states is still checked.
func TestPremiseLeavesGap(t *testing.T) {
	seedReport(t)
	ix := NewIndex(seedReports, rag.DefaultLexicon().Expand)
	for _, q := range []string{"今年公交车比去年多47台吧", "今年公交车比去年多50台吧", "今年就业目标比去年少1400人吧",
		"今年外资目标比去年少5亿美元吧", "今年公交车比去年增加了47台吧", "Will Panjin buy 47 more buses this year than last year?"} {
		if c := Premise(q, ix, ""); c != nil {
			t.Errorf("%s: corrected %q to %s", q, c.Stated, c.Actual.Text)
		}
	}
	c := Premise("今年外资目标比去年的8亿美元低3.5亿美元吧", ix, "")
	if c == nil || c.Stated != "8亿美元" || c.Actual.Text != "7.5亿美元" {
		t.Errorf("last year's level stated beside a difference: %+v", c)
	}
}

func TestGapReach(t *testing.T) {
	inf := math.Inf(1)
	for _, tc := range []struct {
		text   string
		dir    int
		lo, hi float64
		ok     bool
	}{
		{"85台", 0, 85, 85, true},
		{"5.5%左右", 0, 5.5, 5.5, true}, // 左右 counts as the number
		{"90项以上", 0, 90, inf, true},
		{"6%以内", 0, -inf, 6, true},
		{"300余场次", 0, 300, 400, true},
		{"18.6%", -1, -18.6, -18.6, true}, // 下降18.6%
	} {
		v, ok := Parse(tc.text)
		if !ok {
			t.Fatalf("Parse(%q) failed", tc.text)
		}
		v.Direction = tc.dir
		lo, hi, ok := gapReach(v)
		if lo != tc.lo || hi != tc.hi || ok != tc.ok {
			t.Errorf("gapReach(%s) = %v, %v, %v; want %v, %v, %v", tc.text, lo, hi, ok, tc.lo, tc.hi, tc.ok)
		}
	}
}

func TestWrittenScale(t *testing.T) {
	for _, tc := range []struct {
		text   string
		factor float64
		unit   string
	}{
		{"2.04万人", 1e4, "万人"},
		{"7.5亿美元", 1e8, "亿美元"},
		{"85台", 1, "台"},
		{"90项以上", 1, "项"},
		{"300余场次", 1, "场次"},
		{"1—2个", 1, "个"},
		{"５.５万亩", 1e4, "万亩"},
		{"超万人", 1, "人"}, // no digits: the base unit
	} {
		v, ok := Parse(tc.text)
		if !ok {
			t.Fatalf("Parse(%q) failed", tc.text)
		}
		f := Figure{Text: tc.text, Value: v.Number, Max: v.Max, Unit: v.Unit, Qualifier: v.Qualifier}
		if factor, unit := writtenScale(f); factor != tc.factor || unit != tc.unit {
			t.Errorf("writtenScale(%s) = %v %q, want %v %q", tc.text, factor, unit, tc.factor, tc.unit)
		}
	}
}

func TestSameMeasure(t *testing.T) {
	fig := func(ind, unit string) Figure { return Figure{Indicator: ind, Unit: unit} }
	for _, tc := range []struct {
		a, b Figure
		want bool
	}{
		{fig("新购公交车辆", "台"), fig("购置公交车辆", "辆"), true},
		{fig("科技成果转化", "项"), fig("转化科技成果", "项"), true},
		{fig("地区生产总值增长", "%"), fig("地区生产总值增长", "%"), true},
		{fig("化工精细化率", "%"), fig("化工精细化率", "个百分点"), false},
		{fig("开复工项目", "个"), fig("项目如期开工", "个"), false},
		{fig("实际利用外资", "美元"), fig("实际利用外资", "亩"), false},
	} {
		if got := sameMeasure(tc.a, tc.b); got != tc.want {
			t.Errorf("sameMeasure(%s %s, %s %s) = %v", tc.a.Indicator, tc.a.Unit, tc.b.Indicator, tc.b.Unit, got)
		}
	}
}
