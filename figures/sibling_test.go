package figures_test

import (
	"context"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// A right claim is never corrected by a sibling figure of its sentence
// or by another period's figure; a wrong one still is.
func TestRightClaimsNotCorrected(t *testing.T) {
	a := newAnswerer(t)
	for _, tc := range []struct {
		question string
		correct  string // "" when no correction may open the answer
	}{
		// The sibling the question follows the number with (省级), not 市级's 2个.
		{"1个省级产教联合体对吧", ""},
		{"高质量建设1个省级产教联合体吗", ""},
		// The sibling the question names (专精特新), not 雏鹰瞪羚企业's 20家.
		{"专精特新企业10家对吧", ""},
		{"培育专精特新企业10家对吧", ""},
		// No period named: 2024's 300余场次 bears it out, 2025's 不少于100场 does not contradict.
		{"文化惠民演出300余场对吗", ""},
		// Another figure the question names with as many of its own words holds the number.
		{"收入增长8.3%吧", ""},
		{"警情下降24.3%吧", ""},
		{"以上项目600个吧", ""},
		{"农村公路182.3公里吧", ""},
		{"去年175个项目竣工投产是吧", ""},
		// Wrong claims stay corrected.
		{"刑事警情下降24.3%吧", "更正：报告写的是26.1%"},
		{"营业收入增长8.3%吧", "更正：报告写的是8.7%"},
		{"亿元以上项目600个吧", "更正：报告写的是125个"},
		{"市属国企营业收入去年降了11.1%？", "更正"},
		{"惠民演出不少于138场对吧", "更正：报告写的是不少于100场"},
		{"1个市级产教联合体对吧", "更正：报告写的是2个，不是1个"},
		{"治安警情下降26.1%对吧", "更正：报告写的是24.3%，不是26.1%"},
		{"今年培育雏鹰瞪羚企业10家对吧", "更正：报告写的是20家"},
		{"今年文化惠民演出300场对吧", "更正：报告写的是不少于100场"},
		{"去年固投增长39.7%、进出口增长20%以上吧", "更正：报告写的是20%以上，不是39.7%"},
		{"农村公路维修新建100km吗", "更正：报告写的是182.3公里"},
		// The words after the number are a sibling's (175个项目竣工投产), what
		// is said of them the figure's own (272个新建项目开工建设).
		{"175个项目开工建设是吧", "更正：报告写的是272个，不是175个"},
	} {
		ans, err := a.Ask(context.Background(), rag.Query{Text: tc.question})
		if err != nil {
			t.Fatalf("%s: %v", tc.question, err)
		}
		got := rag.RenderText(ans, false)
		if tc.correct == "" && strings.HasPrefix(got, "更正") {
			t.Errorf("%s: a right claim corrected:\n%s", tc.question, got)
		}
		if tc.correct != "" && !strings.HasPrefix(got, tc.correct) {
			t.Errorf("%s: want %q first, got:\n%s", tc.question, tc.correct, got)
		}
	}
}
