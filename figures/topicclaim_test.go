package figures_test

import (
	"context"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// A count of a bare counted noun (举措) claimed of a topic the figure's
// sentence does not write is not corrected with that figure: ¶14's 15项举措
// are 化债's. Claims of the figure's own topic still are.
func TestCountOfUnwrittenTopicNotCorrected(t *testing.T) {
	a := newAnswerer(t)
	for _, tc := range []struct {
		question, correction string // "" when no correction is right
	}{
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
