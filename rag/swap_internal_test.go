package rag

import "testing"

// TestStatesClaim: a claim stated with …吧 or 听说…, or with a bare
// question mark after a clause that says something of its subject, is
// checked; keywords typed apart, a subject and a noun, or a question
// word are no claim.
func TestStatesClaim(t *testing.T) {
	_, ix := seedReader(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"30万吨级原油码头今年开工吧", true},
		{"听说益海嘉里今年开工建设饲料蛋白项目", true},
		// A bare question mark after a verb, a figure or a rank.
		{"益海嘉里今年开工建设饲料蛋白项目？", true},
		{"今年中试项目新增10个以上？", true},
		{"辽滨经开区制造业区域品牌全省第二？", true},
		{"大洼区今年要通过国家生态文明建设示范区验收?", true},
		// Keywords typed apart, or a subject and a noun: a question
		// missing its question word.
		{"华锦阿美配套产业园 面积？", false},
		{"25年政府工作 总基调？", false},
		{"华锦阿美配套产业园面积？", false},
		// A question word, or two questions.
		{"今年新增几条航线？", false},
		{"盘锦港今年有哪些建设计划？", false},
		{"去年开工了？今年呢？", false},
		{"益海嘉里今年开工建设饲料蛋白项目", false},
	} {
		if got := ix.statesClaim(tc.text); got != tc.want {
			t.Errorf("statesClaim(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A bare statement ending at a place says where its subject went, though
// the dictionary tags its verb otherwise (首航, an abbreviation).
func TestBareClaimEndsAtPlace(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"盘锦鹏鹞生物柴油首航美国？", true},
		{"生物柴油首航美国？", true},
		{"美国？", false},           // a place alone states nothing
		{"华锦阿美配套产业园 面积？", false}, // keywords typed apart
	} {
		if got := ix.bareClaim(tc.text); got != tc.want {
			t.Errorf("bareClaim(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// The 是 of a cleft before a time (是今年才开工的) goes with the time, so
// a correction never states the claim as 项目是才开工.
func TestClaimCoreDropsCleftWithItsTime(t *testing.T) {
	for _, tc := range []struct{ claim, want string }{
		{"华锦阿美项目是今年才开工的吧", "华锦阿美项目才开工"},
		{"安全生产治本攻坚三年行动是去年刚启动的吗", "安全生产治本攻坚三年行动刚启动"},
		{"华锦阿美项目是今年开工的吧", "华锦阿美项目是开工"}, // no 才/刚: not the cleft this reads
	} {
		if got := string(claimCore(tc.claim)); got != tc.want {
			t.Errorf("claimCore(%q) = %q, want %q", tc.claim, got, tc.want)
		}
	}
}

// Where the asker saw a claim (我看新闻说) is no word of it.
func TestClaimCoreDropsNewsOpener(t *testing.T) {
	for q, want := range map[string]string{
		"我看新闻说去年老旧小区改造惠及2万多户，对吧": "老旧小区改造惠及2万多户",
		"网上说今年要建30个体验店":          "要建30个体验店",
	} {
		if got := string(claimCore(q)); got != want {
			t.Errorf("claimCore(%q) = %q, want %q", q, got, want)
		}
	}
}
