package rag

import "testing"

// A bare copula claim is read with the cited clause's verb in the
// copula's place, so the name claimed lines up with the clause's own.
func TestCopulaReadings(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct{ q, quote, want string }{
		{"益海嘉里是小巨人企业", "华孚环境获批国家级专精特新“小巨人”企业", "益海嘉里获批国家级专精特新“小巨人企业"},
		{"农发集团海洋牧场是国家级海洋牧场示范区", "盛源海洋牧场入选国家级海洋牧场示范区", "农发集团海洋牧场入选国家级海洋牧场示范区"},
		{"益海嘉里是哪年获批小巨人企业的", "华孚环境获批国家级专精特新“小巨人”企业", ""}, // asks, claims no role
		{"增速是5.5%", "地区生产总值增长5.5%", ""},        // a figure: the figures check's
		{"益海嘉里是小巨人企业", "获批国家级专精特新“小巨人”企业", ""}, // the clause opens with no name
		// A list of categories beside the role gives it to nothing.
		{"益海嘉里是雏鹰瞪羚企业", "科技型中小企业、高新技术企业、雏鹰瞪羚企业分别增长35.8%、10.6%、19%", ""},
		{"益海嘉里是驻盘单位", "向辽河油田、华锦集团、辽河石化、锦城石化等中省直驻盘单位", ""},
	} {
		got := ix.copulaReadings([]rune(tc.q), []Citation{{Quote: tc.quote}})
		if tc.want == "" {
			if len(got) != 0 {
				t.Errorf("copulaReadings(%q) = %q, want none", tc.q, string(got[0]))
			}
			continue
		}
		if len(got) != 1 || string(got[0]) != tc.want {
			t.Errorf("copulaReadings(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}
