package rag

import (
	"testing"
)

func TestMentionAsked(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"有没有提到消费券", "消费券"},
		{"报告是否提到城中村改造", "城中村改造"},
		{"报告有没有提到棚户区改造？", "棚户区改造"},
		{"报告提到长护险了吗", "长护险"},
		{"有冇提到消费券", "消费券"},
		{"说没说厕所革命的事", "厕所革命"},
		{"有没有提到碳中和这件事", "碳中和"},
		{"有没有提到就业问题", "就业"},
		{"报告有没有提到招商引资工作", "招商引资"},
		{"报告有没有提新能源汽车充电桩？", "新能源汽车充电桩"},
		{"报告里有共享单车的内容吗", "共享单车"},
		{"报告中有没有城中村改造相关内容", "城中村改造"},
		{"报告有没有提高收入的说法", ""},
		{"报告有没有提出新目标", ""},
		{"报告有没有提振消费的举措", ""}, // 提振, a word 提 begins
		{"报告有没有提名表彰", ""},
		{"报告有没有提下养老", "养老"},
		{"报告里有关于养老的内容吗", "养老"},
		{"报告里有没有讲旅游的内容", "旅游"},
		{"报告有没有提关于低空经济", "低空经济"},
		{"报告有没有提到关于就业的内容", "就业"},
		// Not asking whether something is mentioned.
		{"报告提到的民生实事都完成了吗", ""},
		{"有没有说去年植树多少", ""},
		{"今年GDP目标是多少", ""},
		{"提到了哪些民生实事", ""},
		{"有没有提到", ""},
	} {
		if got := mentionAsked(Normalize(c.q)); got != c.want {
			t.Errorf("mentionAsked(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

// FuzzClaimReading: reading a question's spoken numbers, its contrasts
// and what it asks to be mentioned never panics; a question that is no
// claim is left as typed.
func FuzzClaimReading(f *testing.F) {
	for _, s := range []string{"去年新购公交八十台吧", "七十点一亿元吧", "九成九吧", "一亿五千万元吧", "万一呢吧", "第三批吧", "5000万元以上项目多少个",
		"超亿元的项目", "有没有提到消费券", "提到了吗", "点点点吧", "成吧", "一成", "十成吧", "", "\xed\xa0\x80吧"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := spokenNumbers(s)
		if !ClaimShaped(s) && !statesAClause(s) && !statesSpokenCount(s, spokenFigures(s)) && out != s {
			t.Fatalf("spokenNumbers(%q) = %q, but it is no claim and states no clause", s, out)
		}
		rs := []rune(s)
		for _, re := range classes {
			for _, m := range findAllRunes(re, rs) {
				if m.start < 0 || m.end > len(rs) || m.vStart < m.start || m.vEnd > m.end {
					t.Fatalf("match %+v outside %q", m, s)
				}
			}
		}
		_ = mentionAsked(Normalize(s))
	})
}

// statesAClause reports whether s has several clauses, one of them
// stating (statedClause): spokenNumbers reads that clause's figures.
func statesAClause(s string) bool {
	spans := spokenClauses(s)
	rs := []rune(s)
	if len(spans) < 2 {
		return false
	}
	for i, sp := range spans {
		if statedClause(string(rs[sp.Start:sp.End])) || premiseOfWordingAsked(rs, spans, i) {
			return true
		}
	}
	return false
}

func TestNamesFor(t *testing.T) {
	for _, c := range []struct {
		thing string
		terms []string
		want  int
	}{
		{"长护险", []string{"长期护理保险"}, 1},         // shares 长, 护, 险: its name
		{"看病", []string{"医疗", "医院"}, 2},        // shares nothing: an everyday word for them
		{"碳中和", []string{"碳", "低碳", "新能源"}, 0}, // shares 碳 alone: a narrower kind
		{"老年食堂", []string{"养老服务"}, 0},          // shares 老 alone
		{"养老院", []string{"养老服务"}, 1},           // shares 养老
		{"消费券", nil, 0},
	} {
		if got := len(namesFor(c.thing, c.terms)); got != c.want {
			t.Errorf("namesFor(%q, %q) keeps %d, want %d", c.thing, c.terms, got, c.want)
		}
	}
}
