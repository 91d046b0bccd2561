package rag

import "testing"

// Spoken forms ask nothing: a verb asked yes or no stays once, a doubled
// verb stays once when the reports write it, a clause-final everyday word
// goes; the same characters inside a clause are report words and stay.
func TestBlankSpoken(t *testing.T) {
	corpus := seedIndex(t).corpusFor(nil)
	for _, tc := range []struct{ in, want string }{
		{"公交管不管", "公交管 "},
		{"服务满意不满意", "服务满意 "},
		{"老小区收拾收拾", "老小区 "},
		{"黑臭水体整治整治", "黑臭水体整治 "},
		{"个体户能得着啥实惠？", "个体户能得着啥 ？"},
		{"养老有啥新招", "养老有啥 "},
		{"GDP多少啊老铁", "GDP多少啊 "},
		{"方便不？", "方便 "},
		// A directional complement the reports do not write with its verb.
		{"去年整出来多少个停车位", "去年整      多少个停车位"},
		{"从银行贷出去的钱", "从银行贷      的钱"},
		// A verb of growth with 到 asks the level reached (the report's 达到).
		{"稻蟹共生面积要扩大到多少万亩", "稻蟹共生面积要         多少万亩"},
		{"海洋牧场发展至几万亩", "海洋牧场         几万亩"},
		{"海洋牧场扩大到 ", "海洋牧场          "},
		{"发展到新阶段", "发展到新阶段"},
		{"扩大内需有什么举措", "扩大内需有什么举措"},
		// Inside a clause: report words, not spoken forms.
		{"落实惠企政策", "落实惠企政策"},
		{"新招商引资项目", "新招商引资项目"},
		{"老铁路改造", "老铁路改造"},
		{"天天向上", "天天向上"},
		{"不管不顾", "不管不顾"},
		{"走出去、请进来", "走出去、请进来"},
		{"充电桩建起来没有", "充电桩建起来没有"}, // 起来 the reports never write
	} {
		if got := blankSpoken(tc.in, corpus); got != tc.want {
			t.Errorf("blankSpoken(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
