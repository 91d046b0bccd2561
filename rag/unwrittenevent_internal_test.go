package rag

import (
	"regexp"
	"testing"
)

// TestUnwrittenEventDeclined: a yes-or-no question of an event held, an
// honour won or a thing made that the report never names is declined,
// not answered with quotes of the ones it does name; one it names, or
// names otherwise (a misnamed thing to correct), still answers.
func TestUnwrittenEventDeclined(t *testing.T) {
	checkFound(t, []questionFound{
		{"盘锦去年举办过亚运会吗", false},
		{"辽河口申报世界地质公园了没", false},
		{"盘锦大米评上著名商标了吗", false},
		{"华锦集团研发出抗应力发白聚丙烯了吗", true},
		{"去年承办中国女篮职业赛事了吗", true},
		{"去年承办中国男篮职业赛事了吗", true}, // corrected: 女篮
	})
}

// TestUnquotedSubjectEventDeclined: a yes-or-no question whether a thing
// named before the event verb underwent it is declined when no quote
// holds that thing — the quotes tell the event of another — and answered
// when one does.
func TestUnquotedSubjectEventDeclined(t *testing.T) {
	checkFound(t, []questionFound{
		{"辽河油田评上国家级绿色工厂了吗", false},
		{"今年要给大洼西瓜申报地理标志吗", false},
		{"中央巡视也是零反馈吗", false},
		{"益海嘉里评上国家级绿色工厂了吗", true},
		{"今年申报盘锦水飞蓟地理标志吗", true},
	})
}

// TestAsksYesOrNo: questions of whether, not of what, nor claims to check.
func TestAsksYesOrNo(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"办过马拉松吗", true},
		{"评上了没有", true},
		{"是不是试点城市", true},
		{"四大是什么", false},
		{"研发了聚丙烯对吗", false},
	}
	for _, tt := range tests {
		if got := asksYesOrNo(tt.q); got != tt.want {
			t.Errorf("asksYesOrNo(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestPassiveOfUnwrittenDeclined: whether something was done to a thing
// (被…了吗) by a word no report writes is declined; a written one answers.
func TestPassiveOfUnwrittenDeclined(t *testing.T) {
	checkFound(t, []questionFound{
		{"去年辽河油田被点名通报了吗", false},
		{"益海嘉里被评为国家级绿色工厂了吗", true},
	})
}

// TestAlsoOfOtherDeclined: a question whether a second thing also has
// what the report says of one (X也…吗) is declined, not corrected as if X
// misnamed the report's one.
func TestAlsoOfOtherDeclined(t *testing.T) {
	checkFoundWantNot(t, []foundWantNot{
		{"生态环保督察去年也是零反馈吗", false, "没有直接回答", "更正"},
		{"首次实现国家海洋督察零反馈，是吗", true, "零反馈", "更正"},
		{"盘锦海参今年也申报地理标志吗", false, "没有直接回答", "更正"},
	})
}

// TestNamedThenAlso: a name then 也 in its clause; a figure claimed with
// 也 (去年也是50吗) is no name of another thing.
func TestNamedThenAlso(t *testing.T) {
	tests := []struct {
		q, stated string
		want      bool
	}{
		{"中央生态环保督察去年也是零反馈吗", "中央生态环保", true},
		{"营口也是试点城市吗", "营口", true},
		{"中央生态环保督察是零反馈吗", "中央生态环保", false},
		{"海洋牧场今年50万亩，去年也是50吗", "50", false},
		{"苏州，我市也合作吗", "苏州", false},
		{"盘锦海参今年也申报地理标志吗", "盘锦海参也申报", true},
		{"盘锦海参也申报地理标志吗", "盘锦海参也申报地理", true},
		{"盘锦海参今年申报地理标志吗", "盘锦海参申报地理标志", false},
	}
	for _, tt := range tests {
		if got := namedThenAlso(tt.q, tt.stated); got != tt.want {
			t.Errorf("namedThenAlso(%q, %q) = %v, want %v", tt.q, tt.stated, got, tt.want)
		}
	}
}

// TestNameVariantNotDeclined: the report's thing named spelled out or
// shortened (X经济开发区, X开发区 for X经开区) is that thing, not another
// the quotes fail to name.
func TestNameVariantNotDeclined(t *testing.T) {
	checkFound(t, []questionFound{
		{"辽滨经济开发区也入选国家绿色化工园区了吗", true},
		{"辽滨开发区也入选绿色化工园区了吗", true},
		{"辽河石化也入选绿色化工园区了吗", false},
		// A slip of one rune in a long name is that name.
		{"盛源海洋牧埸入选国家级示范区了吗", true},
	})
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"辽滨开发区", "辽滨经开区", true},
		{"辽河石化", "辽河油田", false},
		{"益海嘉里", "益海嘉里", false},
	} {
		if got := nameVariant(tc.a, tc.b); got != tc.want {
			t.Errorf("nameVariant(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestTypoQuoted(t *testing.T) {
	for _, tc := range []struct {
		name, quoted string
		want         bool
	}{
		{"盛源海洋牧埸", "盛源海洋牧场入选国家级海洋牧场示范区", true},
		{"第二批山水工程", "列入全国第三批山水工程典型案例", false},
		{"盘锦大豆", "盘锦大米地理标志产品", false},
		{"辽河石化厂", "辽河油田绿电实现并网", false},
	} {
		if got := typoQuoted([]rune(tc.name), tc.quoted); got != tc.want {
			t.Errorf("typoQuoted(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestNameScansMatchTheirExpressions: headThenLast and slipQuoted, scans
// run on every yes-or-no question, find what the expressions they replace
// (compiled per question) found.
func TestNameScansMatchTheirExpressions(t *testing.T) {
	quotes := []string{
		"辽滨经开区成功入选国家绿色化工园区", "辽滨、经开区", "辽滨经济技术开发区", "辽滨经济开发区", "辽滨经济技开发区", "辽滨\n区", "辽滨区辽滨经开区",
		"盛源海洋牧场入选国家级海洋牧场示范区", "盛源海洋牧2入选", "盛源海洋牧、", "列入全国第三批山水工程典型案例", "",
	}
	names := []string{"辽滨开发区", "辽滨经济开发区", "辽滨区", "盛源海洋牧埸", "盛源海洋牧", "第二批山水工程", "辽河石化厂"}
	for _, quoted := range quotes {
		for _, name := range names {
			rs := []rune(name)
			head, last := string(rs[:2]), rs[len(rs)-1]
			re := regexp.MustCompile(regexp.QuoteMeta(head) + `[^，,；;。、\n]{0,4}` + regexp.QuoteMeta(string(last)))
			if got, want := headThenLast(quoted, head, last), re.MatchString(quoted); got != want {
				t.Errorf("headThenLast(%q, %q, %q) = %v, the expression %v", quoted, head, string(last), got, want)
			}
			for i := 2; i < len(rs); i++ {
				re := regexp.MustCompile(regexp.QuoteMeta(string(rs[:i])) + `[^0-9一二三四五六七八九十两百千万，,；;。、\n]` + regexp.QuoteMeta(string(rs[i+1:])))
				if got, want := slipQuoted(quoted, string(rs[:i]), string(rs[i+1:])), re.MatchString(quoted); got != want {
					t.Errorf("slipQuoted(%q, %q, %q) = %v, the expression %v", quoted, string(rs[:i]), string(rs[i+1:]), got, want)
				}
			}
		}
	}
}

// TestAsksWhetherOfNamed: a question whether a named thing did something
// is declined when the report names another there; a statement to
// confirm, or a question which one a thing is, is corrected.
func TestAsksWhetherOfNamed(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"华丰集团有没有被评为省级质量标杆", true},
		{"今年有没有去法国开展招商推介", true},
		{"华丰集团是否被评为省级质量标杆", true},
		{"今年要建顺丰产业园，对吧", false},
		{"去年去法国招商了是吧", false},
		{"质量标杆是华丰集团吗", false},
		{"新建的污水厂在双台子区吗", false},
		{"华丰集团去年被评为省级质量标杆了吗", false},
		{"华丰集团去年营收多少", false},
	}
	for _, tt := range tests {
		if got := asksWhetherOfNamed(tt.q); got != tt.want {
			t.Errorf("asksWhetherOfNamed(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestNamedInstead: a correction puts one name for another, not a
// number, a grade or the report's clause of how things went.
func TestNamedInstead(t *testing.T) {
	named := func(stated, value string) Part {
		return Part{Type: PartCorrection, Stated: stated, Figure: &AnswerFigure{Value: value}}
	}
	tests := []struct {
		p    Part
		want bool
	}{
		{named("华丰集团", "恒力石化"), true},
		{named("铁西区", "和平区"), true},
		{named("50家", "18家"), false},
		{named("省级", "国家级"), false},
		{named("五大基地", "三大基地"), false},
		{named("下降", "城乡低保标准同步提高并覆盖全部困难家庭"), false},
		{Part{Type: PartCorrection, Stated: "华丰集团"}, false},
	}
	for _, tt := range tests {
		if got := namedInstead(tt.p); got != tt.want {
			t.Errorf("namedInstead(%q) = %v, want %v", tt.p.Stated, got, tt.want)
		}
	}
}
