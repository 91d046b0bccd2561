package figures

import (
	"strings"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// A part of one name under two wholes is held to the whole whose words
// (its verb too) the question writes; a part claimed after 其中 is held
// to the parts, not to the whole named before it; a pair's thing written
// whole in an indicator is held to that indicator's figure.
func TestPremiseNamedWords(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"今年实施亿元以上项目80个吧", "80个", "125个"},
		{"今年实施的亿元以上项目有80个吗", "80个", "125个"},
		{"今年新签约亿元以上项目125个吧", "125个", "80个"},
		{"今年实施亿元以上项目125个吧", "", ""},
		{"今年新签约亿元以上项目80个吧", "", ""},
		{"今年新签约注册项目300个，其中亿元以上项目90个吧", "90个", "80个"},
		{"今年新签约注册项目300个，其中亿元以上项目80个吧", "", ""},
		{"今年体验店开40个、新增航线2条吧", "40个", "30个"},
		{"今年新增航线2条，河蟹体验店建30个对吗", "", ""},
		{"今年公交车买132台，公交线路新增15条吧", "15条", "10条"},
	})
}

func TestWrittenShare(t *testing.T) {
	for _, tc := range []struct {
		words, text string
		want        float64
	}{
		{"体验店开", "在全国推广建设盘锦河蟹平台体验店", 0.75},
		{"新增公交线路", "新增优化城乡公交线路", 1},
		{"河蟹体验店建", "在全国推广建设盘锦河蟹平台体验店", 5.0 / 6},
		{"托育学位", "新增航线", 0},
		{"增学", "新增普惠性幼儿园学位", 0}, // single runes apart are no run
	} {
		if got := writtenShare([]rune(tc.words), tc.text); got != tc.want {
			t.Errorf("writtenShare(%s, %s) = %v, want %v", tc.words, tc.text, got, tc.want)
		}
	}
}

// Two figures in a row count one thing in two measure words: the first
// is named by the thing after the last, as the last is. A count names the
// noun right after it.
func TestIndicatorsInRow(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"首批8类84家示范单位引领带动", []string{"示范单位", "示范单位"}},
		{"认定3类20家龙头企业，", []string{"龙头企业", "龙头企业"}},
		{"新建项目10个、续建项目5个", []string{"新建项目", "续建项目"}},
		// A count followed by its noun counts that noun.
		{"高标准办好15件民生实事，推动", []string{"高标准办好民生实事"}},
	} {
		rs := fold([]rune(tc.text))
		ms := scan(rs, modeReport)
		got := indicators(rs, ms)
		if len(got) != len(tc.want) {
			t.Errorf("%s: indicators %q, want %q", tc.text, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%s: indicators %q, want %q", tc.text, got, tc.want)
				break
			}
		}
	}
}

// premiseCase is a claim and the correction Premise should make: the
// stated figure and the report's; "" actual for no correction.
type premiseCase struct {
	q              string
	stated, actual string
}

func checkPremises(t *testing.T, cases []premiseCase) {
	t.Helper()
	seedReport(t)
	ix := NewIndex(seedReports, rag.DefaultLexicon().Expand)
	for _, tc := range cases {
		c := Premise(tc.q, ix, "")
		switch {
		case tc.actual == "" && c != nil:
			t.Errorf("%s: corrected %s to %s, want no correction", tc.q, c.Stated, c.Actual.Text)
		case tc.actual != "" && c == nil:
			t.Errorf("%s: no correction, want %s for %s", tc.q, tc.actual, tc.stated)
		case c != nil && (c.Stated != tc.stated || c.Actual.Text != tc.actual):
			t.Errorf("%s: corrected %s to %s, want %s to %s", tc.q, c.Stated, c.Actual.Text, tc.stated, tc.actual)
		}
	}
}

// A figure stated of a noun (营业收入) that the same number's figure does
// not write, beside a figure of the paragraph that does, is that one's.
func TestPremiseOwnNoun(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"8户市属国企去年营业收入下降了11.1%，是吗？", "下降了11.1%", "8.7%"},
		{"市属国企营业收入下降11.1%对吗", "下降11.1%", "8.7%"},
		{"8户市属国企营业收入同比下降11.1%对吗", "下降11.1%", "8.7%"},
		{"市属国企营业收入增长11.1%对吗", "11.1%", "8.7%"},
		{"市属国企负债总额降低11.1%对吗", "", ""},
		{"8户市属国企负债总额降低11.1%，营业收入增长8.7%，对吗", "", ""},
	})
}

func TestNounRightBefore(t *testing.T) {
	tests := []struct{ before, want string }{
		{"8户市属国企去年营业收入下降了", "营业收入"},
		{"营业收入同比下降", "营业收入"},
		{"营业收入大约", "营业收入"},
		{"营业收入降低了约", "营业收入"},
		{"负债总额达到", "负债总额"},
		{"5G", ""},
	}
	for _, tt := range tests {
		if got := string(nounRightBefore([]rune(tt.before))); got != tt.want {
			t.Errorf("nounRightBefore(%q) = %q, want %q", tt.before, got, tt.want)
		}
	}
}

// A bare number said with 左右 of a rate is a percent: 6左右 is not the
// target's 5.5%左右, though 6 rounds to 5.5 at its last place; 5.5左右 is.
func TestPremiseBareApproxRate(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"今年GDP目标6左右吧", "6左右", "5.5%左右"},
		{"今年GDP增长6左右吧", "6左右", "5.5%左右"},
		{"今年GDP目标5.5左右吧", "", ""},
		{"信访总量下降26左右吧", "", ""},
	})
}

// A bare number under a bound word that ends the claim is the claim's,
// held to the indicator named before it whatever stands right before the
// bound (the 5 of PM2.5); a bound the report's figure meets holds.
func TestPremiseBareBound(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"PM2.5浓度超过32了吗", "超过32", "29微克/立方米"},
		{"PM2.5平均浓度高于31吧", "高于31", "29微克/立方米"},
		{"优良天数比例低于80了吧", "低于80", "88.3%"},
		{"PM2.5平均浓度低于31吧", "", ""},
		{"优良天数比例超过85了吧", "", ""},
	})
}

// A span of time said in words (半天) is a claim like 0.5天: a report's
// 1天以内 corrects it; a part of the day (上半天) or "a long while" (老半天)
// states nothing.
func TestPremiseHalfSpan(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"企业开办时间压缩到半天以内了？", "半天以内", "1天以内"},
		{"一般性企业开办时间压缩至半天以内？", "半天以内", "1天以内"},
		{"企业开办时间压缩到1天以内了？", "", ""},
		{"企业开办等了老半天，现在压缩到多少天了", "", ""},
		{"企业开办需要半天吗", "", ""},
	})
}

func TestHalfSpans(t *testing.T) {
	tests := []struct{ q, want string }{
		{"压缩到半天以内", "半天以内"},
		{"用时为半天", "半天"},
		{"只需半天", ""},
		{"半小时内办结", "半小时内"},
		{"公交车老是等半天", ""},
		{"一个半小时", ""},
		{"上半天", ""},
		{"半天后通知", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range halfSpans([]rune(tt.q), nil) {
			got = append(got, m.Text)
		}
		if strings.Join(got, ",") != tt.want {
			t.Errorf("%s: %v, want %s", tt.q, got, tt.want)
		}
	}
}

// A figure stated of a noun that is only the tail of the report's
// indicator (配套泊位 of 华锦阿美项目配套泊位) is held to that indicator's
// figure when it is the only one of that name and unit.
func TestPremiseHeadNamed(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"今年推进建设的配套泊位有10个吗？", "10个", "8个"},
		{"航道是20万吨级的？", "20万吨级", "15万吨级"},
		{"今年推进建设的配套泊位有8个吗？", "", ""},
		{"航道是15万吨级的？", "", ""},
	})
}

func TestPremiseHeadNamedNotModified(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"去年全市营业收入310亿元对吗", "", ""},
		{"去年石化及精细化工产业营业收入2000亿元对吗", "", ""},
		{"今年配套泊位有10个吗？", "10个", "8个"},
		{"辽河油田配套泊位有10个吗？", "", ""},
		{"5G工厂3个对吗", "", ""},
	})
}

// A magnitude in 亿 said without 元 after a bound (超过百亿) is an amount
// claimed, held to the report's 亿元 figure.
func TestPremiseSpokenMoney(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"技改资金超过百亿？", "超过百亿", "70.1亿元"},
		{"技改资金超过五十亿？", "", ""},
		{"盘锦大米和河蟹品牌价值合计突破千亿了？", "", ""},
	})
}

// A second clause that names only its period and a copula (去年是新增48个)
// states the first clause's thing's other year, no pair of things: it is
// held to that thing's figure of its own year.
func TestPremiseCopulaNamesNothing(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"今年要新增8个一件事，去年是新增48个对吧", "48个", "47个"},
		{"今年要新增8个一件事，去年是47个对吧", "", ""},
	})
}

// "import-export", hyphenated, is 进出口 as "imports" and "exports" are.
func TestPremiseImportExport(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"Panjin's import-export grew 6% in 2024, correct?", "6%", "39.7%"},
		{"Panjin's import-export grew 39.7% in 2024, correct?", "", ""},
	})
}
