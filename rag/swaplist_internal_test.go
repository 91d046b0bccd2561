package rag

import "testing"

// A name listed beside the words a claim shares (科技型中小企业、高新技术
// 企业) is no holder of them: the clause gives them to nothing to swap.
func TestSwapBesideListItem(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct{ q, quote, want string }{
		{"益海嘉里是高新技术企业", "科技型中小企业、高新技术企业、雏鹰瞪羚企业分别增长35.8%、10.6%、19%", ""},
		{"央企华锦集团", "向辽河油田、华锦集团、辽河石化、锦城石化等中省直驻盘单位", ""},
		// A holder the clause gives the role to is still swapped.
		{"益海嘉里获批国家级专精特新小巨人企业", "华孚环境获批国家级专精特新“小巨人”企业", "益海嘉里"},
		// A list of doings says them of one doer, which may be swapped.
		{"华锦集团建设储气储碳储能三大储库", "支持辽河油田千万吨规模稳产、建设储气储碳储能“三大储库”", "华锦集团"},
	} {
		p, ok := ix.swapIn([]rune(tc.q), false, []Citation{{Quote: tc.quote}}, nil)
		if got := p.Stated; ok != (tc.want != "") || got != tc.want {
			t.Errorf("swapIn(%q) = %q, %v; want %q", tc.q, got, ok, tc.want)
		}
	}
}
