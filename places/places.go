// Package places is a gazetteer: it finds the names of places in a question
// — China's provinces, cities and counties, Hong Kong, Macao and Taiwan, the
// world's countries, "<city>港" ports and the whole-country words 全国, 中国,
// 我国, 国家 — so that a bot answering about one city's report can tell when a
// question asks about another place.
//
// The data is divisions.tsv, generated from the National Bureau of
// Statistics' 2023 division codes and Node's ICU country names by gen/gen.js
// (see README.md) and embedded; building and testing need no Node.
package places

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// Kinds of place.
const (
	KindProvince = "province" // 31 provinces, autonomous regions and municipalities
	KindRegion   = "region"   // Hong Kong, Macao, Taiwan
	KindCity     = "city"     // prefecture-level: 市, 地区, 自治州, 盟
	KindCounty   = "county"   // county-level: 县, 县级市, 旗
	KindDistrict = "district" // county-level: 区
	KindZone     = "zone"     // the statistical office's development zones (xxxx7x codes)
	KindPort     = "port"     // "<city>港"; Parent is the city
	KindCountry  = "country"  // ISO 3166-1; "CN" is also the whole-country words
)

// Place is one entry of the gazetteer.
type Place struct {
	// Code is the division code ("2111" 盘锦市, "211104" 大洼区), the ISO
	// 3166-1 alpha-2 code of a country ("CN"), or "port:" and the city's
	// code for a port ("port:2108" 营口港).
	Code string
	// Name is the full name (大连市); Short the name without its
	// administrative suffix (大连), or "" when it has none.
	Name, Short string
	Kind        string
	// Parent is the code of the enclosing place: the city of a county, the
	// province of a city, "CN" for a province or region, "" for a country.
	Parent string
	// English is the English or pinyin name ("Dalian", "United States",
	// "Panshan County", "Shanxian"), or "" (zones and ports have none).
	English string
}

// Mention is a place name found in a text.
type Mention struct {
	Place Place
	// Start and End are byte offsets of the matched text; As is
	// text[Start:End] (with a possessive "'s" when there was one).
	Start, End int
	As         string
}

// Gazetteer finds and relates places. It is immutable once loaded; its
// methods are safe for concurrent use.
type Gazetteer struct {
	places []Place
	byCode map[string]int32
	// names maps every spelling (full, short, alias, lower-case English) to
	// its places, best first; ByName and Lookup read it.
	names map[string][]int32
	// index holds what Find matches, keyed by the first two runes.
	index map[string][]entry
	// nonPlace holds the non-place words, keyed the same way.
	nonPlace map[string][]string
	// keys is a Bloom filter of the keys of index and nonPlace: Find
	// looks neither up at a position whose key it lacks, which is most.
	keys []uint64
}

// entry is one spelling Find can match.
type entry struct {
	text string
	// places are the candidates, best first; none for a blocker: a county's
	// short name, matched only to stop a shorter name at the same start.
	places []int32
	latin  bool
}

//go:embed divisions.tsv
var divisionsTSV string

// Load parses the embedded data. Parse once and keep the result.
func Load() (*Gazetteer, error) {
	g, err := parse(divisionsTSV)
	if err != nil {
		return nil, fmt.Errorf("places: divisions.tsv: %w", err)
	}
	return g, nil
}

// Columns of divisions.tsv.
const (
	colCode = iota
	colKind
	colParent
	colName
	colShort
	colEnglish
	colAlias
	nCols
)

var kinds = map[string]int{
	KindProvince: 0, KindRegion: 1, KindCity: 2, KindCounty: 3, KindDistrict: 4,
	KindZone: 5, KindPort: 6, KindCountry: 7,
}

// parse reads divisions.tsv: '#' lines are comments; every other line has
// the seven columns code, kind, parent, name, short, english, alias (the
// last two '|'-separated lists).
func parse(data string) (*Gazetteer, error) {
	g := &Gazetteer{byCode: map[string]int32{}}
	var english, aliases [][]string
	for n, line := range strings.Split(data, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != nCols {
			return nil, fmt.Errorf("line %d: %d columns, want %d", n+1, len(f), nCols)
		}
		p := Place{Code: f[colCode], Kind: f[colKind], Parent: f[colParent], Name: f[colName], Short: f[colShort]}
		if err := checkRow(p); err != nil {
			return nil, fmt.Errorf("line %d: %w", n+1, err)
		}
		if _, dup := g.byCode[p.Code]; dup {
			return nil, fmt.Errorf("line %d: code %q twice", n+1, p.Code)
		}
		en := splitList(f[colEnglish])
		if len(en) > 0 {
			p.English = en[0]
		}
		g.byCode[p.Code] = int32(len(g.places))
		g.places = append(g.places, p)
		english = append(english, en)
		aliases = append(aliases, splitList(f[colAlias]))
	}
	for _, p := range g.places {
		if _, ok := g.byCode[p.Parent]; p.Parent != "" && !ok {
			return nil, fmt.Errorf("%s %s: unknown parent %q", p.Code, p.Name, p.Parent)
		}
	}
	g.addPorts()
	g.buildNames(english, aliases)
	g.buildIndex(english, aliases)
	return g, nil
}

func checkRow(p Place) error {
	if _, ok := kinds[p.Kind]; !ok || p.Kind == KindPort {
		return fmt.Errorf("unknown kind %q", p.Kind)
	}
	if p.Code == "" || p.Name == "" {
		return fmt.Errorf("empty code or name")
	}
	for _, s := range []string{p.Code, p.Name, p.Short, p.Parent} {
		if !utf8.ValidString(s) || strings.ContainsAny(s, "|") {
			return fmt.Errorf("bad field %q", s)
		}
	}
	return nil
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// addPorts adds a port for every city with a short name: "<short>港"
// (营口港, 连云港港).
func (g *Gazetteer) addPorts() {
	n := len(g.places)
	for _, c := range g.places[:n] {
		if c.Kind != KindCity || c.Short == "" {
			continue
		}
		p := Place{Code: "port:" + c.Code, Name: c.Short + "港", Short: c.Short + "港", Kind: KindPort, Parent: c.Code}
		g.byCode[p.Code] = int32(len(g.places))
		g.places = append(g.places, p)
	}
}

// buildNames fills g.names with every spelling of every place, each list
// in candidate order.
func (g *Gazetteer) buildNames(english, aliases [][]string) {
	g.names = map[string][]int32{}
	add := func(s string, i int) {
		if s == "" {
			return
		}
		for _, j := range g.names[s] {
			if j == int32(i) {
				return
			}
		}
		g.names[s] = append(g.names[s], int32(i))
	}
	for i, p := range g.places {
		add(p.Name, i)
		add(p.Short, i)
		if i < len(english) {
			for _, e := range english[i] {
				add(lowerASCII(e), i)
			}
			for _, a := range aliases[i] {
				add(a, i)
			}
		}
	}
	for _, c := range g.names {
		g.sortCandidates(c)
	}
}

// sortCandidates orders places sharing a spelling: the larger unit first
// (吉林: the province before the city), domestic before foreign, then by
// code (福州 3501 before 抚州 3610 for "Fuzhou").
func (g *Gazetteer) sortCandidates(c []int32) {
	sort.SliceStable(c, func(a, b int) bool {
		pa, pb := g.places[c[a]], g.places[c[b]]
		if kinds[pa.Kind] != kinds[pb.Kind] {
			return kinds[pa.Kind] < kinds[pb.Kind]
		}
		return pa.Code < pb.Code
	})
}

// lowerASCII lower-cases ASCII letters only, so byte offsets are kept.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
