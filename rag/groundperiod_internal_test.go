package rag

import (
	"context"
	"strings"
	"testing"
)

// TestWithoutAsked: a report term of t that the question asks as a word
// of its own (创新 of 科技创新) is no kin of t; one it does not ask stays.
func TestWithoutAsked(t *testing.T) {
	keji := askedTerm{term: "科技", syn: []string{"创新", "科技", "研发"}}
	chuangxin := askedTerm{term: "创新", syn: []string{"创新", "科技", "研发"}}
	plan := []string{"坚持以科技创新引领产业创新"}
	cases := []struct {
		asked []askedTerm
		want  bool // kinBeside after withoutAsked
	}{
		{[]askedTerm{keji, chuangxin}, false},
		{[]askedTerm{keji}, true},
	}
	for _, c := range cases {
		if got := kinBeside(withoutAsked(keji, c.asked), "创新支撑力日益展现", plan); got != c.want {
			t.Errorf("kinBeside(withoutAsked(科技, %d asked)) = %v, want %v", len(c.asked), got, c.want)
		}
	}
}

// TestHeadedRun: a review's run-in heading widens to the sentences it
// heads, up to the next heading; any other clause stays as it is.
func TestHeadedRun(t *testing.T) {
	ix := seedIndex(t)
	p, err := ix.Reports()[0].Paragraph(9)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		clause          string
		wantStart, want string // the quote's start and end
		not             string
	}{
		{"创新支撑力日益展现。", "创新支撑力日益展现。华孚环境", "发明专利授权量增长74.1%。", "传统制造业"},
		{"制订4项地方标准，", "制订4项地方标准", "制订4项地方标准", "修订"},
	}
	for _, c := range cases {
		i := strings.Index(p.Text, c.clause)
		if i < 0 {
			t.Fatalf("¶9 lacks %q", c.clause)
		}
		sp := Span{Start: len([]rune(p.Text[:i])), byteStart: i, byteEnd: i + len(c.clause)}
		sp.End = sp.Start + len([]rune(c.clause))
		sp = headedRun(p, trimSpan(p.Text, sp))
		got := p.Text[sp.byteStart:sp.byteEnd]
		if !strings.HasPrefix(got, c.wantStart) || !strings.HasSuffix(got, c.want) || strings.Contains(got, c.not) {
			t.Errorf("headedRun(%q) = %q", c.clause, got)
		}
		if sp.End-sp.Start != len([]rune(got)) {
			t.Errorf("headedRun(%q): rune span %d..%d for %d runes", c.clause, sp.Start, sp.End, len([]rune(got)))
		}
	}
}

// TestAskedYearSaysRest: an everyday word the plan holds in another
// paragraph than the one quoted (修桥 → 绕阳河大桥) is no reason to give
// the review instead; a word the review writes as asked (海洋经济), or one
// the plan never holds, still is.
func TestAskedYearSaysRest(t *testing.T) {
	checkFoundWantNot(t, []foundWantNot{
		{"今年有没有修桥修路", true, "绕阳河大桥", "【2024年结果】"},
		{"今年海洋经济生产总值目标", false, "", "5.5%左右"},
		{"今年供水管网改造", false, "", "燃气管道"},
		// Another area's clause holding the term is not the rest asked.
		{"this year any bridges and roads", false, "", "数字化管理平台"},
	})
}

// TestWrittenBeside: the asked word inside one of its own report terms
// (交房 of 保交房) is that term, not the word written beside its kin; on
// its own it is.
func TestWrittenBeside(t *testing.T) {
	jiaofang := askedTerm{term: "交房", syn: []string{"保交楼", "保交房"}}
	bingdiao := askedTerm{term: "冰钓赛", syn: []string{"冰钓赛", "冰凌穿越挑战赛"}}
	cases := []struct {
		text string
		t    askedTerm
		kin  string
		want bool
	}{
		{"3个保交楼和2个保交房任务按时完成", jiaofang, "保交楼", false},
		{"推进保交楼、按时交房", jiaofang, "保交楼", true},
		{"举办红马赛、冰凌穿越挑战赛、全国冰钓赛", bingdiao, "冰凌穿越挑战赛", true},
		{"举办冰凌穿越挑战赛。全国冰钓赛", bingdiao, "冰凌穿越挑战赛", false},
	}
	for _, c := range cases {
		if got := writtenBeside(c.text, c.t, c.kin); got != c.want {
			t.Errorf("writtenBeside(%q, %s, %s) = %v, want %v", c.text, c.t.term, c.kin, got, c.want)
		}
	}
}

// TestSupportAskedOfYear: a subsidy asked of this year is answered by the
// plan's clause supporting the thing, not refused for the review's 补贴;
// "X有补贴吗" is no question whether the report mentions "X有补贴".
func TestSupportAskedOfYear(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	for _, q := range []string{"今年买家电有补贴吗", "今年换车有补贴吗"} {
		ans, err := e.Ask(context.Background(), Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || len(ans.Citations) == 0 || ans.Citations[0].Paragraph != 30 {
			t.Errorf("%s: found=%v citations=%+v", q, ans.Found, ans.Citations)
		}
	}
	for thing, want := range map[string]bool{"换车有补贴": true, "养老有政策": true, "国有企业改革": false, "棚户区改造": false} {
		if got := asksSupportOf(thing); got != want {
			t.Errorf("asksSupportOf(%q) = %v, want %v", thing, got, want)
		}
	}
}

// TestOneCompound: two whole words written one right after the other are
// one compound asked; three words, a gap, or bigrams of an unknown word
// are not.
func TestOneCompound(t *testing.T) {
	w := func(term string, at int) askedTerm { return askedTerm{term: term, at: at} }
	bigram := func(term string, at int) askedTerm { return askedTerm{term: term, at: at, part: true} }
	cases := []struct {
		name  string
		terms []askedTerm
		want  bool
	}{
		{"防灾减灾", []askedTerm{w("防灾", 6), w("减灾", 12)}, true},
		{"体育赛事", []askedTerm{w("体育", 6), w("赛事", 12)}, true},
		{"引进创新团队", []askedTerm{w("引进", 6), w("创新", 12), w("团队", 18)}, false},
		{"防灾的减灾", []askedTerm{w("防灾", 6), w("减灾", 15)}, false},
		{"助企纾困", []askedTerm{bigram("助企", 6), bigram("纾困", 12)}, false},
		{"one word", []askedTerm{w("防灾", 6)}, false},
		{"not as written", []askedTerm{w("防灾", -1), w("减灾", 12)}, false},
	}
	for _, c := range cases {
		if got := oneCompound(c.terms); got != c.want {
			t.Errorf("oneCompound(%s) = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestWhatYearDidIsItsDoings: "去年X干了什么" asks what the year did of
// an area, which the review's quotes of it answer even when the plan
// writes the asked word whole (生态环境质量持续改善); one thing asked of
// the year (机场开建了吗) is still the plan's, labelled.
func TestWhatYearDidIsItsDoings(t *testing.T) {
	checkFoundWantNot(t, []foundWantNot{
		{"去年生态环境干了什么", true, "88.3%", "报告没有给出2024年"},
		{"去年文化体育干了啥", true, "红马赛", "报告没有给出2024年"},
		{"去年盘锦机场开建了吗", false, "盘锦民用运输机场", "【2024年结果】"},
	})
}

// questionFound is a question and whether it is answered.
type questionFound struct {
	q     string
	found bool
}

// checkFound asks each question of the seed report and checks only
// whether it is answered.
func checkFound(t *testing.T, cases []questionFound) {
	t.Helper()
	e := NewEngine(seedIndex(t), nil)
	for _, tc := range cases {
		ans, err := e.Ask(context.Background(), Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found != tc.found {
			t.Errorf("Ask(%q).Found = %v, want %v: %q", tc.q, ans.Found, tc.found, ans.Answer)
		}
	}
}

// foundWantNot is a question, whether it is answered, and a text its
// answer holds and one it does not.
type foundWantNot struct {
	q         string
	found     bool
	want, not string
}

// checkFoundWantNot asks each question; an empty not checks nothing.
func checkFoundWantNot(t *testing.T, cases []foundWantNot) {
	t.Helper()
	e := NewEngine(seedIndex(t), nil)
	for _, tc := range cases {
		ans, err := e.Ask(context.Background(), Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found != tc.found || !strings.Contains(ans.Answer, tc.want) || tc.not != "" && strings.Contains(ans.Answer, tc.not) {
			t.Errorf("%s: found=%v\n%s", tc.q, ans.Found, ans.Answer)
		}
	}
}
