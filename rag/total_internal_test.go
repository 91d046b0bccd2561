package rag

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTotalOfSeveral(t *testing.T) {
	pipes := "更新改造供水、供热、燃气、排水等老旧管网360公里。"
	for _, c := range []struct {
		question, quote string
		want            string
	}{
		{"去年供热管网改了多少公里", pipes, "供热"},
		{"老旧管网改了多少公里", pipes, ""},
		{"供水供暖燃气这些老管子换了多少公里", pipes, ""},           // two named: the list, loosely
		{"刑事警情降了多少", "刑事、治安警情分别下降26.1%、24.3%", ""}, // one figure each
		// Clauses glued to their own figures are no list of names.
		{"进出口总额增长多少", "固定资产投资增长20%以上、进出口总额增长39.7%", ""},
		{"化工精细化率要达到多少", "营业收入超过2000亿元、化工精细化率达到48%", ""},
		{"党员干部有多少", "14114名党员干部奔赴一线、冲锋在前", ""},
		// One member named as an example of its kind asks the kind.
		{"去年在人民日报等媒体发了多少篇稿", "在人民日报、新华社等中央主要媒体刊发400余篇", ""},
		{"供热这类管网改了多少公里", pipes, ""},
		{"去年在人民日报发了多少篇稿", "在人民日报、新华社等中央主要媒体刊发400余篇", "民日报"}, // cut to its neighbour's length
		// 均 gives each member the one figure, as 分别 does; 平均 and 均衡 do not.
		{"重点建设用地安全利用率多少", "重点建设用地安全利用率、受污染耕地安全利用率均达到100%", ""},
		{"供热管网改了多少公里", "更新改造供水、供热、燃气、排水等老旧管网平均360公里", "供热"},
		{"供热管网改了多少公里", "供水、供热、燃气、排水等管网均衡改造360公里", "供热"},
		// Names of one character are too short to tell.
		{"水管改了多少", "水、电、气管网改造100公里", ""},
	} {
		if got := totalOfSeveral(Normalize(c.question), nil, Normalize(c.quote)); got != c.want {
			t.Errorf("totalOfSeveral(%q, %q) = %q, want %q", c.question, c.quote, got, c.want)
		}
	}
}

// An English question names a member of the list by a word whose report
// terms hold it: gas pipelines are 燃气's, not the 360公里 of four kinds;
// water and heating together ask the list loosely.
func TestTotalOfSeveralEnglish(t *testing.T) {
	ix := seedIndex(t)
	pipes := Normalize("更新改造供水、供热、燃气、排水等老旧管网360公里。")
	for _, c := range []struct{ question, want string }{
		{"How many kilometres of gas pipelines were renovated in 2024?", "燃气"},
		{"How many kilometres of heating pipes were renewed last year?", "供热"},
		{"How many kilometres of old pipelines were renovated in 2024?", ""},
		{"How many kilometres of water and heating pipes were renovated?", ""},
		{"How many kilometres of water, heating and gas pipes were renovated?", ""},
		// A word of an item not naming the thing counted is no item named.
		{"How much gas did the renovated pipelines carry in 2024?", ""},
	} {
		a := ix.analyze(Normalize(c.question), nil)
		if got := totalOfSeveral(a.norm, ix.askedTerms(a), pipes); got != c.want {
			t.Errorf("totalOfSeveral(%q) = %q, want %q", c.question, got, c.want)
		}
	}
}

func TestSiblingCounts(t *testing.T) {
	cases := []struct {
		quote, indicator, value, question string
		want                              []string // indicator：value of the run, in order; nil when none added
	}{
		{"3个保交楼和2个保交房任务按时完成。", "保交楼", "3个", "去年保交楼和保交房一共几个", []string{"保交楼：3个", "保交房：2个"}},
		{"市政府承办的126件人大代表建议、198件政协提案全部办复。", "政协提案", "198件", "去年人大代表建议和政协提案一共多少件", []string{"人大代表建议：126件", "政协提案：198件"}},
		{"高质量建设1个省级、2个市级产教联合体", "市级产教联合体", "2个", "今年建几个产教联合体", []string{"省级产教联合体：1个", "市级产教联合体：2个"}},
		// One kind named alone asks its own count.
		{"高质量建设1个省级、2个市级产教联合体", "市级产教联合体", "2个", "今年建几个市级产教联合体", nil},
		{"4个国考断面、5个省考断面水质全部达标。", "国考断面", "4个", "去年有几个国考断面", nil},
		// Counts with words between are no run.
		{"新建学校3所，改造校舍5所。", "新建学校", "3所", "一共建了多少所", nil},
	}
	for _, c := range cases {
		at := strings.Index(c.quote, c.value)
		start := utf8.RuneCountInString(c.quote[:at])
		cit := Citation{Paragraph: 1, Start: 100, Quote: c.quote}
		head := AnswerFigure{Indicator: c.indicator, Value: c.value, Paragraph: 1, Start: 100 + start, End: 100 + start + utf8.RuneCountInString(c.value)}
		var got []string
		for _, f := range siblingCounts(cit, head, Normalize(c.question)) {
			got = append(got, f.Indicator+"："+f.Value)
			if want := string([]rune(c.quote)[f.Start-100 : f.End-100]); want != f.Value {
				t.Errorf("%s: figure %q at the runes of %q", c.question, f.Value, want)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("siblingCounts(%q, %q) = %q, want %q", c.quote, c.question, got, c.want)
		}
	}
}
