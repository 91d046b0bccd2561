package figures_test

import (
	"context"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// A claim about another thing than the report's figure of the same or a
// near number — another measure named (投资, 金额), another kind of a
// family (住院 for 门诊, 不良贷款率 for 贷款余额), a total for a year's
// addition — is never "corrected" with that figure; the same claims of the
// report's own thing still are.
func TestClaimOfAnotherThingNotCorrected(t *testing.T) {
	a := newAnswerer(t)
	for _, tc := range []struct {
		question, correction string // "" when no correction is right
	}{
		// Money named before a sum: no slip of a count or a capacity's unit.
		{"臻德化工润滑油装置总投资20亿元吧", ""},
		{"去年招商活动签约金额达到260亿元了吧", ""},
		// The same number named by the thing counted: a slip of unit.
		{"今年新签约注册项目300亿元吧", "报告写的是300个，不是300亿元"},
		// A rate of the money named is the money's own: a slip still.
		{"去年旅游收入29.9亿元吧", "报告写的是增长29.9％，不是29.9亿元"},
		// Another kind of the same family.
		{"城乡居民医保住院报销比例是60%吧", ""},
		{"去年普通门诊统筹支付比例提高到60%吧", "报告写的是55%，不是60%"},
		{"听说去年全市不良贷款率降到了1.5%", ""},
		{"去年金融机构本外币贷款余额增长5%吧", "报告写的是4.7％，不是5%"},
		// A total claimed, a year's addition given.
		{"全市普惠性托育学位总数有2000个了吧", ""},
		{"去年增加普惠性托育学位2000个吧", "报告写的是640个，不是2000个"},
		// A bare counted noun (举措) claimed of a topic its sentence does not
		// write: ¶14's 15项举措 are 化债's. Claims of its own topic still are.
		{"去年三农工作搞了十项举措", ""},
		{"去年三农工作搞了10项举措", ""},
		{"去年人才工作一共搞了五项举措", ""},
		{"去年文化工作一共搞了五项举措", ""},
		{"去年乡村振兴一共出台了十项举措", ""},
		{"去年营商环境改革一共推出了二十项举措", ""},
		{"去年安全生产一共推出了十一项举措", ""},
		{"去年生态环境一共推出了十项举措", ""},
		{"化债去年用了十项举措吧", "报告写的是15项，不是10项"},
		{"去年打通了二十条断头路", "报告写的是7条，不是20条"},
		{"开展防灾救灾应急专项演练八次", "演练18次"},
	} {
		ans, err := a.Ask(context.Background(), rag.Query{Text: tc.question})
		if err != nil {
			t.Fatal(err)
		}
		corrected := strings.Contains(ans.Answer, "更正")
		if tc.correction == "" && corrected || tc.correction != "" && !strings.Contains(ans.Answer, tc.correction) {
			t.Errorf("Ask(%q) = %q, want correction %q", tc.question, ans.Answer, tc.correction)
		}
	}
}

// A sum of money claimed of a thing the report gives only a count of is
// not answered with that count: the report gives no such figure.
func TestMoneyClaimNotAnsweredWithCount(t *testing.T) {
	a := newAnswerer(t)
	for _, tc := range []struct {
		q     string
		found bool
	}{
		{"盘锦河蟹电商平台去年交易额20亿元？", false},
	} {
		ans, err := a.Ask(context.Background(), rag.Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found != tc.found {
			t.Errorf("Ask(%q).Found = %v, want %v: %q", tc.q, ans.Found, tc.found, ans.Answer)
		}
	}
}
