package figures

import (
	"reflect"
	"testing"

	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/words"
)

func TestCheckSum(t *testing.T) {
	seedReport(t)
	ix := NewIndex(seedReports, rag.DefaultLexicon().Expand)
	dict, err := words.Load()
	if err != nil {
		t.Fatal(err)
	}
	cut := func(s string) []string { return dict.Segment(s, nil) }
	for _, tc := range []struct {
		q            string
		parts        []string // the figures' texts; nil when none judge the claim
		total        string   // computed; "" when not added
		right, wrong bool
	}{
		{"去年修复湿地和处置闲置土地合计348.2公顷吧", []string{"150.2公顷", "198公顷"}, "348.2公顷", true, false},
		{"去年修复湿地和处置闲置土地一共400公顷吧", []string{"150.2公顷", "198公顷"}, "348.2公顷", false, true},
		{"去年节支、压减支出和审减资金合计10.13亿元吧", []string{"2.63亿元", "6.7亿元", "0.8亿元"}, "10.13亿元", true, false},
		{"去年和今年城镇新增就业加起来4万人吧", []string{"2.04万人", "1.9万人"}, "3.94万人", false, true},
		// Unseparated things, named by their own words: 竣工|项目 is no
		// word of 开复工项目 (502个).
		{"去年新建续建竣工项目一共677个吧", []string{"272个", "230个", "175个"}, "677个", true, false},
		// The parts the question states, each the report's.
		{"去年保交楼3个、保交房2个，合计6个吧", []string{"3个", "2个"}, "5个", false, true},
		// A speaker who rounds is right.
		{"去年修复湿地和处置闲置土地加起来约350公顷吧", []string{"150.2公顷", "198公顷"}, "348.2公顷", true, false},
		// A verb before the things listed: the sum's word is far from its
		// total, the more room for each thing.
		{"2024年总共修复了湿地和处置了闲置土地348.2公顷吗", []string{"150.2公顷", "198公顷"}, "348.2公顷", true, false},
		{"去年一共办结了人大代表建议和政协提案300件吧", []string{"126件", "198件"}, "324件", false, true},
		// Not added: 口 and 座; a floor (超万人).
		{"去年退出油井和生态恢复井站一共318个吧", []string{"301口", "17座"}, "", false, false},
		// One indicator whose name lists things: no sum.
		{"去年新建和改造城市公园一共25处吧", nil, "", false, false},
		// A 其中 part is counted in its whole: not added.
		{"新签约注册项目300个，其中亿元以上项目80个，合计380个", []string{"300个", "80个"}, "", false, false},
		{"今年招商新签约300个项目，其中亿元以上80个，加起来380个对吧", []string{"300个", "80个"}, "", false, false},
	} {
		rs := []rune(tc.q)
		ms := statedFigures(tc.q)
		sc, ok := findSumClaim(rs, ms)
		if !ok {
			t.Errorf("%s: no sum claimed", tc.q)
			continue
		}
		chk := ix.checkSum(tc.q, rag.Normalize(tc.q), sc, ms, "", cut)
		var parts []string
		for _, f := range chk.parts {
			parts = append(parts, f.Text)
		}
		if !chk.judged() {
			parts = nil
		}
		if !reflect.DeepEqual(parts, tc.parts) || chk.total != tc.total || chk.right != tc.right || chk.wrong != tc.wrong {
			t.Errorf("%s: parts %q total %q right %v wrong %v; want %q %q %v %v", tc.q, parts, chk.total, chk.right, chk.wrong, tc.parts, tc.total, tc.right, tc.wrong)
		}
	}
}

func TestFindSumClaim(t *testing.T) {
	for _, tc := range []struct {
		q, total string // "" for none
	}{
		{"两项一共新增1160个吧", "1160个"},
		{"加起来是9.33亿元吗", "9.33亿元"},
		{"Did they total 324 last year?", "324"},
		{"一共增长93.9%吧", ""},          // rates do not add
		{"一共多少件", ""},               // no total stated
		{"新增就业2.04万人吧", ""},         // no word of a sum
		{"合计的项目里有272个新建吧", ""},      // the figure is far from the word
		{"两年一共新购公交车辆217台吧", "217台"}, // the words between name what is added
		{"一共要完成改造老旧小区11个吧", "11个"},  // a total claimed; checkSum finds no parts to add
	} {
		sc, ok := findSumClaim([]rune(tc.q), statedFigures(tc.q))
		got := ""
		if ok {
			got = sc.total.Text
		}
		if got != tc.total {
			t.Errorf("%s: total %q, want %q", tc.q, got, tc.total)
		}
	}
}

// A total read otherwise than as stated (a bare 亿 as 元) is still the
// stated mention: without it, no figure is left to hold to one part.
func TestWithoutMentionByPlace(t *testing.T) {
	for _, q := range []string{"去年公共采购节支和压减支出加起来9.33亿", "两项一共新增1160个吧"} {
		ms := statedFigures(q)
		sc, ok := findSumClaim([]rune(q), ms)
		if !ok {
			t.Fatalf("%s: no sum claimed", q)
		}
		if rest := withoutMention(ms, sc.total); len(rest) != len(ms)-1 {
			t.Errorf("%s: %d mentions left of %d", q, len(rest), len(ms))
		}
	}
}

func TestAddDecimal(t *testing.T) {
	for _, tc := range []struct {
		in   []string
		want string
	}{
		{[]string{"2.63", "6.7"}, "9.33"},
		{[]string{"2.04", "1.9"}, "3.94"},
		{[]string{"198", "344.7"}, "542.7"},
		{[]string{"0.1", "0.2"}, "0.3"},
		{[]string{"2.5", "2.5"}, "5"},
		{[]string{"126", "198"}, "324"},
	} {
		if got, ok := addDecimal(tc.in); !ok || got != tc.want {
			t.Errorf("addDecimal(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
	if _, ok := addDecimal([]string{"1", "x"}); ok {
		t.Error("addDecimal read a number that is none")
	}
}

func TestListedItems(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"去年人大建议和政协提案", []string{"去年人大建议", "政协提案"}},
		{"稻蟹、苇田、海洋牧场面积", []string{"稻蟹", "苇田", "海洋牧场面积"}},
		{"国考省考断面", nil},
		{"新建项目272个加续建项目230个", []string{"新建项目272个", "续建项目230个"}},
		{"加快建设的项目", nil}, // 加 of 加快 lists nothing
	} {
		rs := []rune(tc.q)
		if got := listedItems(rs, statedFigures(tc.q)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: %q, want %q", tc.q, got, tc.want)
		}
	}
}
