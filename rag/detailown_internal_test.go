package rag

import (
	"slices"
	"testing"
)

// A resident's own case — hiring, a pay rise, a loan rate, a restart, a
// missed payment — is not told by a sentence naming the firm or policy.
func TestOwnCaseDetailsAsked(t *testing.T) {
	isOwn := func(k detailKind) bool {
		return slices.ContainsFunc(ownCaseKinds, func(o detailKind) bool { return o.zh == k.zh && o.evidence == k.evidence })
	}
	for _, tc := range []struct {
		q, given     string
		asked, gives bool
	}{
		{"某公司现在招工吗，我想去应聘", "某项目地下工程全部完工", true, false},
		{"我在某银行的贷款利率会变吗", "某银行改革化险取得阶段性成效", true, false},
		{"我的存折要不要换", "农信机构全部纳入省农商行", true, false},
		{"那个烂尾楼啥时候复工", "积极盘活闲置厂房、闲置楼宇和烂尾楼", true, false},
		{"我社保断缴了半年，能补缴吗", "持续推进社会保险精准扩面", true, false},
		{"去年开复工项目多少个", "", false, false},
		{"居民收入增长多少", "", false, false},
	} {
		checkDetailGives(t, tc.q, tc.given, tc.asked, tc.gives, isOwn)
	}
}
