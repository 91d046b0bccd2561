package rag

import (
	"slices"
	"strings"
	"testing"
)

// The values an English question states and the report writes, read to
// one canonical form per class.
func TestEnglishContrastValues(t *testing.T) {
	stated := func(q string) []string {
		var out []string
		for _, c := range englishContrasts {
			for _, st := range c.statedValues(strings.ToLower(q)) {
				out = append(out, st.text+"="+st.value)
			}
		}
		return out
	}
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"ranked 12th among chemical parks", []string{"12th=12"}},
		{"health literacy ranked third in the province", []string{"third=3"}},
		{"a 5A scenic spot", []string{"5a=5"}},
		{"a five-star smart city", []string{"five-star=5"}},
		{"a provincial little giant", []string{"provincial=省"}},
		{"10 rounds of heavy rain", []string{"10 rounds=10"}},
		{"the men's basketball league", []string{"men's=男"}},
		{"the first city to do it", nil}, // an ordinal that ranks nothing
	} {
		if got := stated(tc.q); !slices.Equal(got, tc.want) {
			t.Errorf("stated values of %q = %q, want %q", tc.q, got, tc.want)
		}
	}
	written := func(text string) []string {
		var out []string
		rs := []rune(text)
		for _, c := range englishContrasts {
			for _, m := range c.reportValues(rs) {
				out = append(out, string(rs[m.start:m.end])+"="+strings.Join(m.values, "|"))
			}
		}
		return out
	}
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"辽滨经开区连续6年跻身全国化工园区30强、升至第21位", []string{"升至第21位=21"}},
		{"荣登抖音全国景点排行榜第7名", []string{"第7名=7"}},
		{"我市居民健康素养水平全省第一", []string{"全省第一=1"}},
		{"盘锦获评全国第四批一刻钟便民生活圈试点城市", nil}, // a batch, no rank
		{"包揽全省农业区域品牌冠亚军", []string{"冠亚军=1|2"}},
		{"智慧城市水平上升至四星级", []string{"四星级=4"}},
		{"八轮强降雨接踵而至", []string{"八轮=8"}},
		{"圆满承办中国女篮职业赛事", []string{"女篮=女"}},
		{"华孚环境获批国家级专精特新", []string{"国家级=国家"}},
	} {
		if got := written(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("report values of %q = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A clause states what it says unless it asks: a wh-word opening it, how
// many, how much.
func TestEnglishClaimed(t *testing.T) {
	for _, tc := range []struct {
		q, value string
		want     bool
	}{
		{"the liaobin development zone ranked 12th among chemical parks, right?", "12th", true},
		{"is panjin a five-star smart city?", "five-star", true},
		{"panjin had 10 rounds of heavy rain; how many people were evacuated?", "10 rounds", true},
		{"which scenic spot became 5a?", "5a", false},
		{"how many people were evacuated in the 10 rounds of heavy rain?", "10 rounds", false},
	} {
		if got := englishClaimed(tc.q, strings.Index(tc.q, tc.value)); got != tc.want {
			t.Errorf("englishClaimed(%q, %q) = %v, want %v", tc.q, tc.value, got, tc.want)
		}
	}
}

// An English claim of a value the report writes otherwise, in the clause
// that writes the claim's words, is corrected with the report's value;
// one the report bears out, one of a thing it does not name, and one that
// asks are not.
func TestEnglishContrastCorrected(t *testing.T) {
	eng := NewEngine(seedIndex(t), nil)
	for _, tc := range []struct{ q, want string }{
		{"The Liaobin development zone ranked 12th among chemical parks, right?", "升至第21位"},
		{"In 2024 Panjin hosted the Chinese men's basketball league, right?", "女篮"},
		{"Red Beach ranked 3rd on Douyin's national scenic spot list, right?", "第7名"},
		{"Jinbotan became a 5A scenic spot in 2024?", "4A级"},
		{"Huafu Environment was named a provincial little giant, right?", "国家级"},
		{"Residents' health literacy ranked third in the province?", "全省第一"},
		{"Panjin had 10 rounds of heavy rain; how many people were evacuated?", "八轮"},
		{"Is Panjin a five-star smart city?", "四星级"},
		// Refused for words the reports lack, which name 益海 in pinyin.
		{"Yihai Kerry was named a provincial green factory?", "国家级"},
		{"Yihai Kerry was named a national green factory?", ""},
		{"Is Panjin a four-star smart city?", ""},
		{"Did Panjin host the women's basketball league?", ""},
		{"Is Hongkou a 5A scenic area?", ""},
		{"GDP growth ranked second in the province, right?", ""},
		{"Which scenic spot became 5A?", ""},
		// A grade is of the thing its clause names: 4A级 is 金帛滩海洋乐园's,
		// and Red Beach (beach) is no word of that clause.
		{"Red Beach is a 5A scenic area, right?", ""},
		{"Is Panjin's smart city level three-star?", "四星级"},
		{"Jinbotan Ocean Park became a 5A scenic spot?", "4A级"},
		// 红海滩 (Honghaitan) is written, but not in the 4A clause: the
		// grade is 金帛滩's, and none is given of the thing named.
		{"Honghaitan became a 5A scenic spot in 2024?", ""},
		// A level qualifies each word after it: 国家级 of 制造业中试平台
		// writes the pilot but no technology.
		{"Panjin will create a provincial technology transformation pilot?", ""},
		{"Panjin will add 2 national enterprise technology centers in 2025?", "省级"},
	} {
		if got := correctedWith(t, eng, tc.q); got != tc.want {
			t.Errorf("%s: corrected with %q, want %q", tc.q, got, tc.want)
		}
	}
}

// A capitalized word the reports lack names a thing the report writes
// when its pinyin spells a run of the report's characters.
func TestUnknownName(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"jinbotan", true}, {"huafu", true}, {"luhua", true},
		{"hongkou", false}, {"kerry", false}, {"group", false},
	} {
		if got := ix.pinyinWritten(tc.w, nil); got != tc.want {
			t.Errorf("pinyinWritten(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
	for _, tc := range []struct {
		q       string
		missing []string
		want    bool
	}{
		{"Is Hongkou a 5A scenic area?", []string{"hongkou"}, true},
		{"Jinbotan became a 5A scenic spot in 2024?", []string{"jinbotan", "became"}, false},
		{"Yihai Kerry was named a provincial green factory?", []string{"yihai", "kerry", "named"}, false}, // Yihai is 益海
		{"Huafu Environment was named a provincial little giant, right?", []string{"huafu", "named", "little"}, false},
	} {
		if got := ix.unknownName(tc.q, tc.missing, nil); got != tc.want {
			t.Errorf("unknownName(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// An English claim naming in pinyin a thing of the report is corrected
// with the name the report's clause saying the rest of the claim opens
// with; the name the report says it of, and a known place, are not.
func TestEnglishNameSwap(t *testing.T) {
	eng := NewEngine(seedIndex(t), nil)
	for _, tc := range []struct{ q, want string }{
		{"Jinbotan Ocean Park ranked 7th on Douyin's scenic spot list?", "红海滩国家风景廊道"},
		{"Huajin Group filled a domestic gap with isoprene latex?", "鲁华泓锦"},
		{"Luhua Hongjin filled a domestic gap with isoprene latex?", ""},
		// A pinyin name and kind word (华锦集团, 辽河石化); the claim's one
		// other term a thing's own name; the same kind's name past its verb.
		{"Did Huajin Group produce isoprene latex?", "鲁华泓锦"},
		{"Panjin will support Liaohe Petrochemical in applying for independent crude oil import qualification, right?", "锦城石化"},
		{"Will Jincheng Petrochemical apply for crude oil import qualification?", ""},
		{"Did Huajin Group develop anti-stress-whitening polypropylene?", ""},
		// The report's side is a name of the claim's kind — any firm's
		// for a firm — never a clause's verb-led opening; the claim's side
		// holds no question word ("Is Jinfa").
		{"Did Huajin Group get the crude oil import licence?", "锦城石化"},
		{"Is Huajin Group doing mechanical completion of the Huajin Aramco project?", ""},
		{"Is Liaohe Petrochemical doing mechanical completion of the Huajin Aramco project?", ""},
		{"Did Huajin Group build the Huajin Aramco railway line?", ""},
		{"Is Jinfa phase one under construction?", ""},
		{"Is the Qinshen second corridor under construction?", ""},
		{"Jinbotan Ocean Park became a 4A scenic spot?", ""},
		{"Panjin actually used US$750 million of foreign investment in 2024, second in Liaoning — right?", ""},
	} {
		if got := correctedWith(t, eng, tc.q); got != tc.want {
			t.Errorf("%s: corrected with %q, want %q", tc.q, got, tc.want)
		}
	}
}

// A clause's subject ends at its predicate's first word or the claim's
// first term, whichever comes first.
func TestSubjectBeforePredicate(t *testing.T) {
	for _, tc := range []struct {
		c    string
		at   int
		want string
	}{
		{"鲁华泓锦成功生产异戊胶乳、填补国内空白", 8, "鲁华泓锦"},
		{"红海滩国家风景廊道火爆出“圈”、荣登抖音全国景点排行榜第7名", 19, "红海滩国家风景廊道"},
		{"全市PM2.5平均浓度29微克/立方米", 9, ""}, // a figure's words, no name
	} {
		rs := []rune(tc.c)
		if got := string(rs[:subjectBeforePredicate(rs, tc.at)]); got != tc.want {
			t.Errorf("subjectBeforePredicate(%q) = %q, want %q", tc.c, got, tc.want)
		}
	}
}

// correctedWith is the value q's answer is corrected with: "" when it is
// not corrected, or corrected with no figure.
func correctedWith(t *testing.T, eng *Engine, q string) string {
	t.Helper()
	ans, err := eng.Ask(t.Context(), Query{Text: q})
	if err != nil {
		t.Fatal(err)
	}
	if hasCorrection(ans) && ans.Parts[0].Figure != nil {
		return ans.Parts[0].Figure.Value
	}
	return ""
}
