package places

import "testing"

func TestContains(t *testing.T) {
	g := load(t)
	place := func(code string) Place {
		t.Helper()
		p, ok := g.ByCode(code)
		if !ok {
			t.Fatalf("no place %q", code)
		}
		return p
	}
	for _, c := range []struct {
		outer, inner string
		want         bool
	}{
		{"21", "2111", true},        // 辽宁省 ⊃ 盘锦市
		{"21", "211104", true},      // 辽宁省 ⊃ 大洼区
		{"2111", "211104", true},    // 盘锦市 ⊃ 大洼区
		{"2111", "port:2111", true}, // 盘锦市 ⊃ 盘锦港
		{"21", "port:2108", true},   // 辽宁省 ⊃ 营口港
		{"CN", "211104", true},      // China ⊃ everything domestic
		{"CN", "81", true},          // Hong Kong
		{"CN", "7101", true},        // 台北市
		{"11", "110105", true},      // 北京市 ⊃ 朝阳区 (no 市辖区 between)
		{"42", "429004", true},      // 湖北省 ⊃ 仙桃市 (province-administered)
		{"2111", "2111", false},     // not itself
		{"2111", "21", false},       // a city does not contain its province
		{"2111", "2102", false},     // 盘锦 ⊅ 大连
		{"2102", "211104", false},   // 大连 ⊅ 大洼区
		{"CN", "US", false},
		{"US", "2102", false},
		{"211104", "2111", false},
	} {
		if got := g.Contains(place(c.outer), place(c.inner)); got != c.want {
			t.Errorf("Contains(%s, %s) = %v, want %v", c.outer, c.inner, got, c.want)
		}
	}
	if g.Contains(place("21"), Place{Code: "x", Parent: "nowhere"}) {
		t.Error("a place with an unknown parent is inside 辽宁省")
	}
}

func TestByName(t *testing.T) {
	g := load(t)
	for _, c := range []struct{ name, code string }{
		{"大连市", "2102"},
		{"大连", "2102"},
		{"Dalian", "2102"},
		{"DALIAN", "2102"},
		{"大洼", "211104"}, // a county's short name
		{"大洼区", "211104"},
		{"吉林", "22"}, // the province before the city
		{"吉林市", "2202"},
		{"朝阳", "2113"}, // stop-listed for Find, not here: the city first
		{"延边州", "2224"},
		{"营口港", "port:2108"},
		{"全国", "CN"},
		{"中华人民共和国", "CN"},
		{"United States", "US"},
		{"美国", "US"},
		{"Suzhou", "3205"},
	} {
		p, ok := g.ByName(c.name)
		if !ok || p.Code != c.code {
			t.Errorf("ByName(%q) = %s %s, %v; want %s", c.name, p.Code, p.Name, ok, c.code)
		}
	}
	for _, name := range []string{"", "全省", "本市", "火星", "dalians"} {
		if p, ok := g.ByName(name); ok {
			t.Errorf("ByName(%q) = %+v", name, p)
		}
	}
}

func TestLookup(t *testing.T) {
	g := load(t)
	var codes []string
	for _, p := range g.Lookup("suzhou") {
		codes = append(codes, p.Code)
	}
	if len(codes) != 2 || codes[0] != "3205" || codes[1] != "3413" {
		t.Errorf("Lookup(suzhou) = %v, want [3205 3413]", codes)
	}
	if got := g.Lookup("火星"); len(got) != 0 {
		t.Errorf("Lookup(火星) = %v", got)
	}
}
