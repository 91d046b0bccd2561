package places

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func load(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestLoadCounts checks the embedded file against the source's own counts:
// 31 provinces, 333 prefecture-level divisions and 2978 county-level rows
// less the four cities listed again as their own county (NBS 2023), 249
// ISO 3166-1 codes of which HK, MO and TW are regions here.
func TestLoadCounts(t *testing.T) {
	g := load(t)
	count := map[string]int{}
	mainlandCounty := 0
	for _, p := range g.Places() {
		count[p.Kind]++
		domestic := !strings.HasPrefix(p.Code, "71") && !strings.HasPrefix(p.Code, "81") && !strings.HasPrefix(p.Code, "82")
		if domestic && (p.Kind == KindCounty || p.Kind == KindDistrict || p.Kind == KindZone) {
			mainlandCounty++
		}
	}
	mainlandCity := count[KindCity] - 9 // Taiwan's nine cities
	for _, c := range []struct {
		what      string
		got, want int
	}{
		{"provinces", count[KindProvince], 31},
		{"regions", count[KindRegion], 3},
		{"mainland prefecture-level", mainlandCity, 333},
		{"mainland county-level", mainlandCounty, 2978 - 4},
		{"zones", count[KindZone], 124},
		{"countries", count[KindCountry] + 3, 249},
		{"ports", count[KindPort], count[KindCity]},
	} {
		if c.got != c.want {
			t.Errorf("%s: %d, want %d", c.what, c.got, c.want)
		}
	}
}

func TestLoadKnownRows(t *testing.T) {
	g := load(t)
	for _, want := range []Place{
		{Code: "21", Name: "辽宁省", Short: "辽宁", Kind: KindProvince, Parent: "CN", English: "Liaoning"},
		{Code: "2111", Name: "盘锦市", Short: "盘锦", Kind: KindCity, Parent: "21", English: "Panjin"},
		{Code: "211104", Name: "大洼区", Short: "大洼", Kind: KindDistrict, Parent: "2111", English: "Dawa District"},
		{Code: "211122", Name: "盘山县", Short: "盘山", Kind: KindCounty, Parent: "2111", English: "Panshan County"},
		{Code: "110105", Name: "朝阳区", Short: "朝阳", Kind: KindDistrict, Parent: "11", English: "Chaoyang District"},
		{Code: "61", Name: "陕西省", Short: "陕西", Kind: KindProvince, Parent: "CN", English: "Shaanxi"},
		{Code: "2224", Name: "延边朝鲜族自治州", Short: "延边", Kind: KindCity, Parent: "22", English: "Yanbian"},
		{Code: "81", Name: "香港特别行政区", Short: "香港", Kind: KindRegion, Parent: "CN", English: "Hong Kong"},
		{Code: "CN", Name: "中国", Short: "中国", Kind: KindCountry, English: "China"},
		{Code: "US", Name: "美国", Short: "美国", Kind: KindCountry, English: "United States"},
		{Code: "port:2108", Name: "营口港", Short: "营口港", Kind: KindPort, Parent: "2108"},
	} {
		got, ok := g.ByCode(want.Code)
		if !ok || got != want {
			t.Errorf("ByCode(%q) = %+v, %v; want %+v", want.Code, got, ok, want)
		}
	}
}

// TestDataNormalized: Find's text is NFKC-normalized, so every spelling in
// the file must be too, or it could never match.
func TestDataNormalized(t *testing.T) {
	g := load(t)
	for name := range g.names {
		if !norm.NFKC.IsNormalString(name) || name != lowerASCII(name) || !utf8.ValidString(name) {
			t.Errorf("spelling %q is not normalized", name)
		}
	}
}

func TestParseErrors(t *testing.T) {
	const ok = "CN\tcountry\t\t中国\t中国\tChina\t全国\n21\tprovince\tCN\t辽宁省\t辽宁\tLiaoning\t\n"
	if _, err := parse(ok); err != nil {
		t.Fatalf("valid data: %v", err)
	}
	for _, c := range []struct{ name, data, want string }{
		{"columns", ok + "2111\tcity\t21\t盘锦市\n", "line 3: 4 columns"},
		{"kind", ok + "2111\ttown\t21\t盘锦市\t盘锦\t\t\n", `unknown kind "town"`},
		{"port kind", ok + "2111\tport\t21\t盘锦港\t\t\t\n", `unknown kind "port"`},
		{"empty name", ok + "2111\tcity\t21\t\t盘锦\t\t\n", "empty code or name"},
		{"duplicate", ok + "21\tprovince\tCN\t辽宁省\t辽宁\t\t\n", `code "21" twice`},
		{"parent", ok + "2111\tcity\t99\t盘锦市\t盘锦\t\t\n", `unknown parent "99"`},
		{"utf8", ok + "2111\tcity\t21\t\xff\t盘锦\t\t\n", "bad field"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := parse(c.data)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("parse: %v, want an error containing %q", err, c.want)
			}
		})
	}
}

// TestParseCommentsAndBlankLines: the header and a trailing newline are not rows.
func TestParseCommentsAndBlankLines(t *testing.T) {
	g, err := parse("# header\n\nCN\tcountry\t\t中国\t中国\tChina\t全国\n\n")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(g.Places()); n != 1 {
		t.Errorf("%d places, want 1", n)
	}
}

// TestEnglishNames: the English column is generated (gen/gen.js), and
// polyphonic characters are its trap: place names keep old or local
// readings that a pinyin library reads as the everyday word (大城 is
// Dacheng, not Daicheng). Each row is a name some library got wrong.
func TestEnglishNames(t *testing.T) {
	g := load(t)
	for _, c := range []struct{ code, name, want string }{
		{"131025", "大城县", "Dacheng County"},
		{"211281", "调兵山市", "Diaobingshan County"},
		{"230725", "大箐山县", "Daqingshan County"},
		{"130102", "长安区", "Chang'an District"},
		{"210224", "长海县", "Changhai County"},
		{"140428", "长子县", "Zhangzi County"},
		{"130225", "乐亭县", "Laoting County"},
		{"371481", "乐陵市", "Laoling County"},
		{"330382", "乐清市", "Yueqing County"},
		{"620722", "民乐县", "Minle County"},
		{"110105", "朝阳区", "Chaoyang District"},
		{"3403", "蚌埠市", "Bengbu"},
		{"340303", "蚌山区", "Bengshan District"},
		{"3415", "六安市", "Lu'an"},
		{"320116", "六合区", "Luhe District"},
		{"440113", "番禺区", "Panyu District"},
		{"361124", "铅山县", "Yanshan County"},
		{"410223", "尉氏县", "Weishi County"},
		{"652823", "尉犁县", "Yuli County"},
		{"371722", "单县", "Shanxian"},
		{"371522", "莘县", "Shenxian"},
		{"130726", "蔚县", "Yuxian"},
		{"141024", "洪洞县", "Hongtong County"},
		{"510117", "郫都区", "Pidu District"},
		{"341621", "涡阳县", "Guoyang County"},
		{"130109", "藁城区", "Gaocheng District"},
		{"441422", "大埔县", "Dabu County"},
		{"3502", "厦门市", "Xiamen"},
		{"310112", "闵行区", "Minhang District"},
		{"510682", "什邡市", "Shifang County"},
		{"610829", "吴堡县", "Wubu County"},
		{"222404", "珲春市", "Hunchun County"},
		{"371524", "东阿县", "Dong'e County"},
		{"140109", "万柏林区", "Wanbailin District"},
		{"310115", "浦东新区", "Pudong New Area"},
		{"810006", "深水埗区", "Sham Shui Po District"},
		{"7106", "高雄市", "Kaohsiung"},
	} {
		p, ok := g.ByCode(c.code)
		if !ok || p.Name != c.name || p.English != c.want {
			t.Errorf("ByCode(%s) = %s %q, want %s %q", c.code, p.Name, p.English, c.name, c.want)
		}
	}
	// Second spellings: without the apostrophe, the generic in English.
	for name, code := range map[string]string{
		"Changan District": "130102", "Shan County": "371722", "Pudong District": "310115", "Taibei": "7101",
	} {
		if p, ok := g.ByName(name); !ok || p.Code != code {
			t.Errorf("ByName(%q) = %s %s, want %s", name, p.Code, p.Name, code)
		}
	}
}

// TestEveryDivisionHasEnglish: every province, region, city, county and
// district has an English name of ASCII letters, apostrophes (Xi'an) and
// single spaces, which Find can match as whole words.
func TestEveryDivisionHasEnglish(t *testing.T) {
	g := load(t)
	ascii := regexp.MustCompile(`^[A-Za-z]+('[a-z]+)*( [A-Za-z]+('[a-z]+)*)*$`)
	n := 0
	for _, p := range g.Places() {
		switch p.Kind {
		case KindProvince, KindRegion, KindCity, KindCounty, KindDistrict:
			n++
			if !ascii.MatchString(p.English) {
				t.Errorf("%s %s: English %q", p.Code, p.Name, p.English)
			}
		}
	}
	if n < 3000 {
		t.Errorf("%d divisions checked", n)
	}
}
