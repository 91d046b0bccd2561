package places

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
)

// got renders Find's mentions as "As=Code" joined by spaces.
func got(g *Gazetteer, text string) string {
	var parts []string
	for _, m := range g.Find(text) {
		parts = append(parts, m.As+"="+m.Place.Code)
	}
	return strings.Join(parts, " ")
}

func TestFind(t *testing.T) {
	g := load(t)
	for _, c := range []struct{ name, text, want string }{
		// Provinces and prefecture-level cities: full and short names.
		{"city short", "大连今年gdp目标是多少?", "大连=2102"},
		{"city full", "大连市今年gdp目标", "大连市=2102"},
		{"province full", "辽宁省的增长目标", "辽宁省=21"},
		{"province short", "辽宁今年", "辽宁=21"},
		{"own city", "盘锦市和盘锦", "盘锦市=2111 盘锦=2111"},
		{"municipality", "北京和上海市", "北京=11 上海市=31"},
		{"autonomous region short", "新疆和内蒙古", "新疆=65 内蒙古=15"},
		{"autonomous prefecture", "延边州和恩施", "延边州=2224 恩施=4228"},
		{"region", "香港和澳门特别行政区", "香港=81 澳门特别行政区=82"},
		{"taiwan city", "台北的产业", "台北=7101"},
		// Counties and districts: full names only.
		{"district full", "大洼区的水稻", "大洼区=211104"},
		{"county full", "盘山县", "盘山县=211122"},
		{"county short not matched", "大洼的水稻", ""},
		{"one-character county", "义县和赵县", "义县=210727 赵县=130133"},
		{"county city", "大石桥市", "大石桥市=210882"},
		{"zone", "石家庄高新技术产业开发区", "石家庄高新技术产业开发区=130171"},
		// Ports.
		{"port", "营口港吞吐量", "营口港=port:2108"},
		{"own port", "盘锦港30万吨级", "盘锦港=port:2111"},
		{"port of a city named 港", "连云港港", "连云港港=port:3207"},
		{"city full then 港口", "大连市港口", "大连市=2102"},
		// Countries and the whole country.
		{"country", "美国和日本", "美国=US 日本=JP"},
		{"longest country", "赤道几内亚和几内亚比绍", "赤道几内亚=GQ 几内亚比绍=GW"},
		{"whole country 全国", "全国gdp增速", "全国=CN"},
		{"whole country 我国", "我国经济", "我国=CN"},
		{"whole country 中国", "中国的人口", "中国=CN"},
		{"whole country 国家", "国家今年的目标", "国家=CN"},
		{"relative words are not places", "全省全市本市我市我省本地", ""},
		// English: whole words, any case, possessive.
		{"english", "what is dalian's gdp target?", "dalian's=2102"},
		{"english case", "What is Dalian's GDP target?", "Dalian's=2102"},
		{"english curly possessive", "liaoning’s plan", "liaoning’s=21"},
		{"english province", "gdp of liaoning and shenyang", "liaoning=21 shenyang=2101"},
		{"english country", "china and the united states", "china=CN united states=US"},
		{"english usa", "usa vs uk", "usa=US uk=GB"},
		{"english us is a word", "tell us about panjin", "panjin=2111"},
		{"english apostrophe", "xi'an and xian", "xi'an=6101 xian=6101"},
		// A county or district in English: its pinyin with its kind, not alone.
		{"english county", "grain output of Panshan county", "Panshan county=211122"},
		{"english district", "gdp growth in dawa district", "dawa district=211104"},
		{"english division needs its kind", "panshan and dawa", ""},
		{"english division apostrophe", "chang'an district and changan district", "chang'an district=130102 changan district=130102"},
		{"english one-character county", "Shanxian and Shan County", "Shanxian=371722 Shan County=371722"},
		{"english polyphone", "Dacheng County, not Daicheng County", "Dacheng County=131025"},
		{"english new area", "Pudong New Area", "Pudong New Area=310115"},
		{"english hong kong district", "Sham Shui Po District", "Sham Shui Po District=810006"},
		{"english generic district", "the eastern district of the city", ""},
		{"english taiwan", "taipei and kaohsiung", "taipei=7101 kaohsiung=7106"},
		{"english shaanxi", "shaanxi", "shaanxi=61"},
		{"english conventional", "harbin, tibet, hong kong", "harbin=2301 tibet=54 hong kong=81"},
		{"english inside a word", "chinatown dalianese panjins", ""},
		{"english after chinese", "大连dalian", "大连=2102 dalian=2102"},
		// Stop-listed short names: ordinary words.
		{"stop 朝阳", "朝阳产业发展", ""},
		{"stop 朝阳 full", "朝阳市的gdp", "朝阳市=2113"},
		{"stop 中山", "中山路改造", ""},
		{"stop 东方 county short", "东方明珠", ""},
		{"stop generic districts", "城区和郊区的矿区", ""},
		// 吉林 is both a province and a city: the province.
		{"吉林 province", "吉林的gdp", "吉林=22"},
		{"吉林市", "吉林市的gdp", "吉林市=2202"},
		{"吉林 city in context", "吉林省的吉林", "吉林省=22 吉林=2202"},
		// Longest match, overlaps, blockers.
		{"longest", "内蒙古自治区", "内蒙古自治区=15"},
		{"leftmost then next", "山东营口港", "山东=37 营口港=port:2108"},
		{"county short blocks city", "岳阳楼的故事", ""},
		{"county short same length", "通化的", "通化=2205"},
		{"no overlap", "辽宁大连", "辽宁=21 大连=2102"},
		// Non-place words.
		{"沿海地区", "沿海地区的发展", ""},
		{"增加纳税", "增加纳税人", ""},
		{"营商", "辽东营商环境", ""},
		{"新乡村", "建设新乡村", ""},
		{"新乡 then 乡村", "新乡乡村振兴", "新乡=4107"},
		{"江南非遗", "江南非遗", ""},
		{"县域", "和县域经济", ""},
		{"县城 takes only the edge", "盘山县城和盘山县域经济", "盘山县=211122 盘山县=211122"},
		{"辽河北岸", "辽河北岸", ""},
		{"朝鲜族", "朝鲜族群众", ""},
		{"延边朝鲜族自治州", "延边朝鲜族自治州", "延边朝鲜族自治州=2224"},
		{"三明治", "三明治", ""},
		{"国家级", "国家级开发区", ""},
		{"发展中国家", "发展中国家", ""},
		// Nothing.
		{"no place", "今年的增长目标是多少?", ""},
		{"empty", "", ""},
		{"one rune", "港", ""},
		{"ascii", "gdp 5.5%", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if g := got(g, c.text); g != c.want {
				t.Errorf("Find(%q) = %q, want %q", c.text, g, c.want)
			}
		})
	}
}

// TestFindAmbiguous: a spelling several places share gives the one inside
// another place of the same text, else the first in candidate order.
func TestFindAmbiguous(t *testing.T) {
	g := load(t)
	for _, c := range []struct{ text, want string }{
		{"和平区", "和平区=120101"},           // Tianjin's, lowest code
		{"沈阳和平区", "沈阳=2101 和平区=210102"}, // Shenyang's
		{"suzhou", "suzhou=3205"},       // 苏州, not 宿州 3413
		{"suzhou, anhui", "suzhou=3413 anhui=34"},
		{"taizhou, zhejiang", "taizhou=3310 zhejiang=33"},
		{"fuzhou", "fuzhou=3501"},
		{"海南", "海南=46"}, // the province, not 海南藏族自治州
		{"海南州", "海南州=6325"},
		{"jilin", "jilin=22"},
	} {
		if got := got(g, c.text); got != c.want {
			t.Errorf("Find(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	if n := len(g.Lookup("和平区")); n != 2 {
		t.Errorf("Lookup(和平区): %d places, want 2 (Tianjin, Shenyang)", n)
	}
}

// TestFindNonPlaceWordsAreNeeded: each default non-place word prevents a
// mention that Find would otherwise report, so none is dead weight.
func TestFindNonPlaceWordsAreNeeded(t *testing.T) {
	g := load(t)
	bare := *g
	bare.nonPlace = nil
	examples := map[string]string{
		"沿海": "沿海地区", "增加": "增加纳税", "参加": "参加纳凉", "营商": "辽东营商", "乡村": "新乡村",
		"非遗": "江南非遗", "县城": "新县城", "县域": "和县域", "县级": "赵县级",
		"辽河": "辽河北岸", "黄河": "黄河南岸", "长江": "长江西岸", "朝鲜族": "朝鲜族", "蒙古族": "蒙古族",
		"三明治": "三明治", "大同小异": "大同小异", "长治久安": "长治久安", "白山黑水": "白山黑水",
		"四平八稳": "四平八稳", "大理石": "大理石", "普洱茶": "普洱茶", "北海道": "北海道",
		"国家级": "国家级", "发展中国家": "发展中国家", "发达国家": "发达国家",
	}
	for _, w := range defaultNonPlaces {
		ex, ok := examples[w]
		if !ok {
			t.Errorf("non-place word %q has no example here", w)
			continue
		}
		if bare.Find(ex) == nil {
			t.Errorf("without non-place words, Find(%q) finds nothing: %q is not needed", ex, w)
		}
		if m := g.Find(ex); m != nil {
			t.Errorf("Find(%q) = %v despite non-place word %q", ex, m, w)
		}
	}
}

// TestStopNames: each stop-listed spelling is a real place's spelling,
// Find never matches it alone, and ByName still knows it.
func TestStopNames(t *testing.T) {
	g := load(t)
	for _, w := range stopNames {
		if _, ok := g.ByName(w); !ok {
			t.Errorf("stop name %q names no place", w)
		}
		if m := g.Find(w); m != nil {
			t.Errorf("Find(%q) = %v", w, m)
		}
	}
}

func TestNonPlaces(t *testing.T) {
	g := load(t)
	text := "大连理工大学盘锦校区和大连"
	veto := g.NonPlaces("大连理工大学", "x")
	if got := got(veto, text); got != "盘锦=2111 大连=2102" {
		t.Errorf("with 大连理工大学 vetoed: %q", got)
	}
	if got := got(g, text); got != "大连=2102 盘锦=2111 大连=2102" {
		t.Errorf("the original Gazetteer changed: %q", got)
	}
	// A vetoed name itself: the caller never wants 国家 as the whole country.
	if got := got(g.NonPlaces("国家"), "国家公园和全国"); got != "全国=CN" {
		t.Errorf("国家 vetoed: %q", got)
	}
	// A name strictly containing the word still matches.
	if got := got(g.NonPlaces("大连"), "大连市"); got != "大连市=2102" {
		t.Errorf("大连 vetoed, 大连市: %q", got)
	}
}

func TestFindOffsets(t *testing.T) {
	g := load(t)
	text := "请问ＧＤＰ：大连市和Dalian's港"
	ms := g.Find(text)
	if len(ms) != 2 {
		t.Fatalf("Find(%q) = %v", text, ms)
	}
	for _, m := range ms {
		if text[m.Start:m.End] != m.As {
			t.Errorf("%+v: As is not text[Start:End] = %q", m, text[m.Start:m.End])
		}
	}
	if want := strings.Index(text, "大连市"); ms[0].Start != want {
		t.Errorf("Start %d, want %d", ms[0].Start, want)
	}
}

func ExampleGazetteer_Find() {
	g, err := Load()
	if err != nil {
		panic(err)
	}
	for _, m := range g.Find("大连今年gdp目标和营口港、大洼区比如何?") {
		fmt.Println(m.As, m.Place.Kind, m.Place.Name, m.Place.Code)
	}
	// Output:
	// 大连 city 大连市 2102
	// 营口港 port 营口港 port:2108
	// 大洼区 district 大洼区 211104
}

// The filter of keys turns no name or non-place word away: Find gives
// what it gives looking every key up, on the seed report, on texts naming
// places, and with non-place words added.
func TestKeysFilterExact(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile("../seeds/panjin-2025-government-work-report.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := append(strings.Split(string(raw), "\n"),
		"沈阳和平区", "盘山县城", "普洱茶和普洱市", "大连接大连市", "Suzhou's gardens", "岳阳楼区", "沿海地区", "吉林省吉林市")
	unfiltered := func(g *Gazetteer) *Gazetteer {
		c := *g
		c.keys = make([]uint64, len(g.keys))
		for i := range c.keys {
			c.keys[i] = ^uint64(0)
		}
		return &c
	}
	for _, gz := range []*Gazetteer{g, g.NonPlaces("普洱茶", "大连接", "盘山县城")} {
		all := unfiltered(gz)
		for _, text := range texts {
			if got, want := gz.Find(text), all.Find(text); !reflect.DeepEqual(got, want) {
				t.Fatalf("Find(%q) = %v, looking every key up %v", text, got, want)
			}
		}
	}
}
