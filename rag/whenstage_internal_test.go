package rag

import "testing"

// A start (启动, 开工) tells when a work begins, not when it is done; a
// stage named before the when-cue names the work, not the stage asked.
func TestStartTellsNoEnd(t *testing.T) {
	for _, tc := range []struct {
		q, clause string
		want      bool
	}{
		{"今年启动的详细规划什么时候完成编制", "启动详细规划", false},
		{"详细规划什么时候完成", "年内完成详细规划编制", true},
		{"详细规划什么时候启动", "启动详细规划", true},
		{"大桥什么时候开工", "推动大桥改建工程开工", true},
		{"大桥什么时候竣工", "当年开工、当年竣工", true},
		// Setting up, putting to use and running are stages asked too: a
		// clause naming the body or building without one tells no time.
		{"急救中心新大楼啥时候启用", "市急救医疗中心独立设置", false},
		{"国家公园啥时候正式设立", "协同创建辽河口国家公园", false},
		{"试验站啥时候转正式运行", "电热熔盐储能注汽试验站试运行", false},
		{"铁路专用线啥时候启用", "华锦阿美铁路专用线建成投用", true},
		{"执法队伍什么时候成立", "成立应急管理综合行政执法队伍", true},
		// Operating is a state kept, not a stage reached: pushing it on
		// tells no time it starts or is done.
		{"港区什么时候实现一体化运营", "持续推动东西港区一体化运营", false},
		{"港区一体化运营啥时候开始", "持续推动东西港区一体化运营", false},
		{"港区一体化什么时候完成", "持续推动东西港区一体化运营", false},
		{"港区什么时候运营", "港区正式运营", true},
		// A trial asked is told by the trial, a formal run still not.
		{"试验站什么时候试运行", "电热熔盐储能注汽试验站试运行", true},
		{"试验站是哪年试运行的", "电热熔盐储能注汽试验站试运行", true},
		{"试验站什么时候开始试运行", "电热熔盐储能注汽试验站试运行", true},
		{"试验站什么时候正式运行", "电热熔盐储能注汽试验站试运行", false},
		{"试验站什么时候运行", "电热熔盐储能注汽试验站试运行", false},
	} {
		if got := clauseTellsWhen(Normalize(tc.q), Normalize(tc.clause)); got != tc.want {
			t.Errorf("%s / %s: tells %v, want %v", tc.q, tc.clause, got, tc.want)
		}
	}
}

// When a resident may sign up (啥时候报名) is a procedure's detail: holding
// the race tells no day to apply by.
func TestWhenToSignUpAsked(t *testing.T) {
	asks := func(q string) bool {
		for _, k := range askedDetails(Normalize(q)) {
			if k.evidence != nil && k.evidence.MatchString("报名") && k.zh == "报告没有给出办理条件或办理方式。相关内容：" {
				return true
			}
		}
		return false
	}
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"红马赛啥时候报名", true},
		{"补贴什么时候可以申请", true},
		{"红马赛啥时候举办", false},
		{"水飞蓟什么时候申报地理标志", false}, // the city declares it
	} {
		if got := asks(tc.q); got != tc.want {
			t.Errorf("%s: asked %v, want %v", tc.q, got, tc.want)
		}
	}
}
