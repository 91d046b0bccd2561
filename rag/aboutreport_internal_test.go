package rag

import "testing"

func TestCardinal(t *testing.T) {
	for s, want := range map[string]int{"一": 1, "五": 5, "十": 10, "十二": 12, "二十": 20, "8": 8, "10": 10, "两": 2} {
		if got := cardinal(s); got != want {
			t.Errorf("cardinal(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestOrdinalAsked(t *testing.T) {
	for _, c := range []struct {
		q     string
		o     ordinal
		claim string
		ok    bool
	}{
		{"报告第二部分讲什么", ordinal{part: 2}, "", true},
		// 大块 is the chat word for a part; a plain 块 stays an area.
		{"报告第二大块讲的是啥", ordinal{part: 2}, "", true},
		{"第二大块第三个方面是啥", ordinal{part: 2, area: 3}, "", true},
		{"回顾部分第三块讲什么", ordinal{area: 3}, "", true},
		{"今年工作安排第五个方面是什么", ordinal{area: 5}, "", true},
		{"回顾部分第五条", ordinal{area: 5}, "", true},
		{"第一部分第三个方面", ordinal{part: 1, area: 3}, "", true},
		{"第10部分", ordinal{part: 10}, "", true},
		{"what does the second part of the report cover?", ordinal{part: 2}, "", true},
		{"what does the second part of the rice plan cover?", ordinal{}, "", false}, // asks more
		{"what is the first area in 2025?", ordinal{}, "", false},                   // a year picks the part
		{"summarize the second part of the report", ordinal{part: 2}, "", true},
		{"第五次经济普查", ordinal{}, "", false},                // no part or area
		{"第二部分的gdp目标是多少", ordinal{}, "", false},          // asks more
		{"报告第一部分是工作安排吗", ordinal{part: 1}, "工作安排", true}, // a claim its heading must bear out
		// The heading names its year: which year is asked of the heading.
		{"报告第二部分讲的是哪一年的工作安排啊", ordinal{part: 2}, "", true},
		{"报告第一部分的标题叫啥 回顾的是哪年的工作哈", ordinal{part: 1}, "", true},
	} {
		o, claim, ok := ordinalAsked(c.q)
		if o != c.o || claim != c.claim || ok != c.ok {
			t.Errorf("ordinalAsked(%q) = %+v %q %v, want %+v %q %v", c.q, o, claim, ok, c.o, c.claim, c.ok)
		}
	}
}

func TestRunInHeadings(t *testing.T) {
	p := &Paragraph{Kind: ParaSection, Text: "（四）统筹联动促融合，城乡面貌发生新变化。乡村振兴更进一步。粮食产量稳定在110万吨。智慧城市水平上升至四星级。城市功能更加完善。"}
	var got []string
	for _, sp := range runInHeadings(p) {
		got = append(got, p.Text[sp.byteStart:sp.byteEnd])
	}
	want := []string{"乡村振兴更进一步", "城市功能更加完善"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("runInHeadings = %q, want %q", got, want)
	}
}

func TestOfOtherEdition(t *testing.T) {
	rep := &Report{Meta: Meta{Year: 2025, ReviewYear: 2024}}
	for q, want := range map[string]bool{
		"去年的报告第二部分":       true,
		"2024年政府工作报告第一部分": true,
		"2025年政府工作报告第一部分": false,
		"今年报告第二部分":        false,
		"去年第六方面工作":        false, // the review part of this report
	} {
		if got := ofOtherEdition(q, rep); got != want {
			t.Errorf("ofOtherEdition(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestClaimSuffix(t *testing.T) {
	for _, c := range []struct {
		t    string
		want int
	}{
		{"是工作安排吗", len("是工作安排")},
		{"是工作安排对吧？ ", len("是工作安排")},
		{"讲工作安排对不对", len("讲工作安排")},
		{"讲了什么", -1},
	} {
		if got := claimSuffix(c.t, headingClaimEnds); got != c.want {
			t.Errorf("claimSuffix(%q) = %d, want %d", c.t, got, c.want)
		}
	}
}
