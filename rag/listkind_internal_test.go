package rag

import "testing"

func TestAskedListKind(t *testing.T) {
	cases := []struct {
		q    string
		want string // the kind's first asked word, "" for none
	}{
		{"今年要扶持哪些国企", "国企"},
		{"哪几户市属国企改制了", "国企"},
		{"今年要扶持哪些企业", ""},
		{"新开的公交线路都有哪些", "线路"},
		{"考核指标是哪些", ""},
		{"在新兴产业上要推进哪些项目", ""},
		{"今年主导产业具体有哪些", ""},
		{"今年新开的公交线路有哪些", "线路"},
		{"今年要办哪些实事", ""},
		{"有哪些方面的问题", ""},
		{"企业怎么办，有哪些政策", ""},
		{"民营企业有哪些扶持政策", ""},
		{"点名支持了哪些企业的项目", ""},
	}
	for _, tc := range cases {
		got := ""
		if k := askedListKind(Normalize(tc.q)); k != nil {
			got = k.asked[0]
		}
		if got != tc.want {
			t.Errorf("askedListKind(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

func TestListsKind(t *testing.T) {
	firms := &listKinds[1]
	cases := []struct {
		quote string
		want  bool
	}{
		{"支持甲乙化工、丙丁科技等3家企业上市", true},
		{"重点企业：甲乙化工、丙丁科技", true},
		{"推动企业做优主责主业、减亏扭亏。企业上市", false},
		{"消费品以旧换新撬动汽车、家电等市场", false},
		{"全市企业活跃度保持全省前列", false},
		{"向甲乙油田、丙丁集团、戊己石化等驻盘单位致谢", true},
	}
	for _, tc := range cases {
		if got := listsKind(Normalize(tc.quote), firms); got != tc.want {
			t.Errorf("listsKind(%q) = %v, want %v", tc.quote, got, tc.want)
		}
	}
}

// TestGroundListKind: a list question of a kind of named thing is
// declined when the answer's lists are of other things, and answered when
// a quote lists or names that kind.
func TestGroundListKind(t *testing.T) {
	const declined = "报告没有列出所问的是哪些"
	checkAnswers(t, []answerCase{
		// The quotes list kinds of consumption, not first stores.
		{q: "首发经济方面开了哪些首店", want: []string{declined}},
		// 市国投集团、水务集团等市属国企 lists the kind.
		{q: "市属国企里哪几户要重组", want: []string{"水务集团"}, notWant: []string{declined}},
		{q: "哪些企业被评为国家级绿色工厂", want: []string{"益海嘉里"}, notWant: []string{declined}},
		{q: "报告最后向哪些企业致谢", notWant: []string{declined}},
	})
}
