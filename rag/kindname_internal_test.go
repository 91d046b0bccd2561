package rag

import (
	"strings"
	"testing"
)

// A question asking whether there is, or the city is, a named thing the
// report never names is read for that name; the report's own things, in
// its words, traditional characters or a grade, are not.
func TestUnnamedKindName(t *testing.T) {
	ix := seedIndex(t)
	e := NewEngine(ix, nil)
	rep := ix.Reports()[0]
	tests := []struct{ q, want string }{
		{"今年是否新建儿童医院", "儿童医院"},
		{"盘锦是不是国家森林城市", "国家森林城市"},
		{"盘锦有没有阿里云产业学院", "阿里云产业学院"},
		{"盘锦入选国家6G应用试点城市了吗", "国家6G应用试点城市"},
		{"盘锦是不是国家北斗规模应用试点城市", ""},
		{"盤錦是不是國家北斗規模應用試點城市", ""},
		{"盘锦是国家级北斗试点城市吗", ""},
		{"盘锦有没有华为鲲鹏产业学院", ""},
		{"盘锦是不是全国文明城市", ""},
		{"金帛滩是5A景区吗", ""},
		{"去年有没有红海滩景区", ""}, // 红海滩国家风景廊道: a 景区 by another word
		{"有没有月亮湖景区", "月亮湖景区"},
		{"今年要新建医院吗", ""},
		{"盘锦是什么城市", ""},
		{"有没有精细化工中shi基地", ""},
		// A proper name opening a question asks of it; common words before
		// the kind describe the report's own, and a name stated for
		// agreement is a claim other steps weigh.
		{"儿童医院今年建吗", ""},
		{"社区医院看病水平太差了，今年有没有打算提升", ""},
		{"辽宁石油化工大学盘锦校区", "辽宁石油化工大学"},
		{"辽宁石油化工大学盘锦校区今年建，对吧", ""},
		// Galleries and halls are institutions too: a river's name before
		// one the report never writes names no clause about the river.
		{"辽河美术馆今年有啥展览", "辽河美术馆"},
		{"辽河科技馆今年开放吗", "辽河科技馆"},
		// A brand cut into its characters (顺 read as a preposition) is a name.
		{"有没有建设顺丰物流产业园", "顺丰物流产业园"},
		{"今年要建顺丰产业园吗", "顺丰产业园"},
		{"今年要建极兔速递产业园吗", ""},
		// 评上 is won, as 评为 is, though the cut parts it.
		{"盘锦评上国家森林城市了吗", "国家森林城市"},
		// 强, 市: a word the report writes (制造强市), not the city.
		{"盘锦是国家知识产权强市试点城市吗", "国家知识产权强市试点城市"},
		// 先导, 区: a kind's word the cutter split is read whole.
		{"盘锦入选国家人工智能创新应用先导区了吗", "国家人工智能创新应用先导区"},
		{"盛源海洋牧场入选国家级海洋牧场示范区了吗", ""},
	}
	for _, tt := range tests {
		_, read := ix.readAsked(tt.q, rep)
		d := &Draft{Query: Query{Text: tt.q}, Read: read, norm: Normalize(read), ix: ix, Scope: rep, Answer: &Answer{}}
		if got := e.unnamedKindName(d); got != tt.want {
			t.Errorf("unnamedKindName(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// Declined, the answer keeps what the report says of others of the kind
// as related text, under a notice naming what it does not.
func TestGroundKindNameDeclines(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	ans, err := e.Ask(t.Context(), Query{Text: "盘锦有没有阿里云产业学院"})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found || ans.Understood.Grounding != GroundNotAnswered || !strings.HasPrefix(ans.Answer, "报告没有提到“阿里云产业学院”") || len(ans.Citations) == 0 {
		t.Errorf("found=%v grounding=%q citations=%d answer:\n%s", ans.Found, ans.Understood.Grounding, len(ans.Citations), ans.Answer)
	}
}

// A question asking whether the city holds a title the report never
// writes is declined, though a step set another title of the report
// against it; a claim stating a name for agreement keeps its correction.
func TestGroundKindNameOverCorrection(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	tests := []struct {
		q         string
		found     bool
		corrected bool
	}{
		{"盘锦入选国家人工智能试点城市了吗", false, false},
		{"盘锦去年入选了国家级服务业标准化试点城市吗？", false, false},
		{"盘锦获评区域消费中心城市了吗", false, false},
		{"今年提速建设顺丰速递产业园是吧", true, true},
		{"盘锦入选国家北斗规模应用试点城市了吗", true, false},
	}
	for _, tt := range tests {
		ans, err := e.Ask(t.Context(), Query{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found != tt.found || hasCorrection(ans) != tt.corrected {
			t.Errorf("%s: found=%v corrected=%v, want %v %v:\n%s", tt.q, ans.Found, hasCorrection(ans), tt.found, tt.corrected, ans.Answer)
		}
	}
}

// A name opening the question is declined when the report writes
// another of its kind, not when a quote writes it with its opening
// words slipped (极兔速递产业园 for 急兔快递产业园).
func TestGroundKindNameOpeningName(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	tests := []struct {
		q     string
		found bool
	}{
		{"辽宁石油化工大学盘锦校区", false},
		{"急兔快递产业园今年啥安排", true},
		{"大连理工大学盘锦校区今年有啥", true},
	}
	for _, tt := range tests {
		ans, err := e.Ask(t.Context(), Query{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found != tt.found {
			t.Errorf("%s: found=%v, want %v:\n%s", tt.q, ans.Found, tt.found, ans.Answer)
		}
	}
}

func TestMisspeltOfQuoted(t *testing.T) {
	quotes := []string{"提速建设极兔速递产业园、申通二期等项目", "京粮粮食物流产业园、益海嘉里稻米精深加工等项目加快建设", "支持大连理工大学盘锦校区“双一流”建设"}
	tests := []struct {
		name string
		want bool
	}{
		{"急兔快递产业园", true},    // 兔 shared before 递产业园
		{"中粮粮食物流产业园", false}, // 中 against 京: another brand
		{"辽宁石油化工大学", false},  // 辽宁石油化 against 大连理
		{"顺丰产业园", false},
	}
	for _, tt := range tests {
		if got := misspeltOfQuoted(tt.name, quotes); got != tt.want {
			t.Errorf("misspeltOfQuoted(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// A question asks whether a thing is so; a claim is stated for agreement.
func TestAsksWhether(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"盘锦入选国家人工智能试点城市了吗", true},
		{"盘锦是不是国家森林城市", true},
		{"盘锦有没有阿里云产业学院？", true},
		{"今年提速建设顺丰速递产业园是吧", false},
		{"提速建设顺丰产业园、申通二期，对吧", false},
		{"今年要提速建设顺丰速递产业园，对吗", false},
		{"听说盘锦已经当上国家技改试点城市了？", false},
		{"海兴科技获评省级5G工厂，这个我没记错吧", false},
		{"今年要建顺丰产业园", false},
	}
	for _, tt := range tests {
		if got := asksWhether(tt.q); got != tt.want {
			t.Errorf("asksWhether(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
