package rag

import "testing"

func TestPremiseClause(t *testing.T) {
	tests := []struct{ q, want string }{
		{"华锦阿美项目去年已经建成投产了，现在产能怎么样", "华锦阿美项目去年已经建成投产"},
		{"汇福粮油被评为省级龙头企业后有什么新项目", "汇福粮油被评为省级龙头企业"},
		{"既然码头主体工程完工了，今年还干啥", "码头主体工程完工"},
		{"今年港口，还干啥", ""},               // a topic, no premise
		{"华锦阿美项目建成投产了吧", ""},           // a claim, read whole
		{"去年建成了多少个项目，今年呢", ""},         // the premise asks
		{"最后有什么要求", ""},                // 最后 is a word
		{"华锦阿美项目去年已经建成投产了，现在产能很好", ""}, // asks nothing
		{"华锦阿美项目建成后产能多少", ""},          // a condition, no event
		{"我们厂评上省级绿色工厂后，能申请什么支持", ""},   // the asker's own firm
		{"进出口总额增速去年全省第二，第一是哪个市", "进出口总额增速去年全省第二"},
		{"盘锦港去年首次开通外贸航线，今年新增几条", "盘锦港去年首次开通外贸航线"},
		{"去年进出口增速全省第一，今年目标多少", "去年进出口增速全省第一"},
		{"今年港口建设，有什么安排", ""},                           // a topic, no claim word
		{"第一，今年GDP目标多少", ""},                           // an ordinal opening, too short
		{"要是实际利用外资全省第一，奖励多少钱", ""},                     // a supposition
		{"想冲稳增长奖励全省第一，要怎么做", ""},                       // a wish
		{"如果华锦阿美项目已经建成投产了，产能多少", ""},                   // a supposition before 了，
		{"华锦阿美项目去年已经建成投产了，现在产能多大？", "华锦阿美项目去年已经建成投产了"}, // 多大 asks as 多少 does
		{"华锦阿美项目已经全部完工了", "华锦阿美项目已经全部完工了"},             // already so, said: the premise whole
		{"循环化改造示范试点没通过国家验收，咋回事", "循环化改造示范试点没通过国家验收"},   // a stage denied
		{"循环化改造示范试点没消息，咋回事", ""},                       // no stage denied
	}
	for _, tt := range tests {
		if got := premiseClause(tt.q); got != tt.want {
			t.Errorf("premiseClause(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestPremiseCorrected(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	checkCorrections(t, e, []correctionCase{
		{"华锦阿美项目去年已经建成投产了，现在产能怎么样", "更正：报告写的是华锦阿美项目机械竣工"},
		{"华锦阿美项目去年已经建成投产了，现在产能多大？", "更正：报告写的是华锦阿美项目机械竣工"},
		// Already so, said with no question mark: a claim all the same.
		{"华锦阿美项目已经全部完工了", "更正：报告写的是华锦阿美项目机械竣工"},
		{"华锦阿美地下工程已经全部完工了", ""}, // what ¶8 says
		{"汇福粮油被评为省级龙头企业后有什么新项目", "更正：报告写的是国家重点"},
		{"益海嘉里被评为省级绿色工厂后有什么变化", "更正：报告写的是国家级"},
		// Premises the report holds, or about the asker: no correction.
		{"益海嘉里被评为国家级绿色工厂后有什么变化", ""},
		{"娃今年秋天该上幼儿园了，今年普惠园覆盖率能到多少呀", ""},
		{"我们厂评上省级绿色工厂后，能申请什么支持", ""},
		{"我们公司评上省重点龙头企业后有什么扶持", ""},
	})
}

// A level before 重点 is 国家 or 省 only: 区 and 市 end places' names.
func TestLevelContrast(t *testing.T) {
	tests := []struct{ text, want string }{
		{"汇福粮油被认定为农业产业化国家重点龙头企业", "国家"},
		{"建设粮油等省重点实验室群", "省"},
		{"益海嘉里获评国家级绿色工厂", "国家"},
		{"辽滨经开区重点项目", ""},
		{"城市重点片区", ""},
		// A provincial list's first batch is the provincial level.
		{"“辽滨经开区石油化工市域产教联合体”入选全省首批建设项目名单", "全省"},
		{"我市居民健康素养水平全省第一", ""},
	}
	for _, tt := range tests {
		got := ""
		if ms := findAllRunes(levelContrast, []rune(tt.text)); len(ms) > 0 {
			got = string([]rune(tt.text)[ms[0].vStart:ms[0].vEnd])
		}
		if got != tt.want {
			t.Errorf("levelContrast in %q = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestReferredPremise(t *testing.T) {
	for _, tc := range []struct{ read, want string }{
		{"支持华锦集团申请原油自主进口资质，这事进展如何", "支持华锦集团申请原油自主进口资质"},
		{"支持华锦集团申请原油自主进口资质，进展如何", ""}, // no word points back
		{"港口，这事怎么样", ""}, // a topic, too short to state
		{"这事进展如何", ""},   // nothing before it
	} {
		if got := referredPremise(tc.read); got != tc.want {
			t.Errorf("referredPremise(%q) = %q; want %q", tc.read, got, tc.want)
		}
	}
}

// The name in a premise the ask points back to is corrected.
func TestReferredSwapCorrected(t *testing.T) {
	eng := NewEngine(seedIndex(t), nil)
	ans, err := eng.Ask(t.Context(), Query{Text: "支持华锦集团申请原油自主进口资质，这事进展如何"})
	if err != nil {
		t.Fatal(err)
	}
	if len(ans.Parts) == 0 || ans.Parts[0].Type != PartCorrection || ans.Parts[0].Stated != "华锦集团" {
		t.Errorf("no correction of 华锦集团: %+v", ans.Parts)
	}
}

// A stage denied before a question about it (没通过国家验收，咋回事) is a
// premise checked as the denial said alone; the report may name the thing
// more fully (辽滨经开区国家循环化改造示范试点) than the claim does.
func TestPremiseDenialCorrected(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	checkCorrections(t, e, []correctionCase{
		{"辽滨经开区循环化改造示范试点没通过国家验收，咋回事", "不是没通过国家验收"},
		{"辽滨经开区循环化改造示范试点没通过国家验收吧", "不是没通过国家验收"},
		{"辽滨经开区循环化改造示范试点通过国家验收了，有啥好处", ""},
	})
}
