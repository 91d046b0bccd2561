package rag

import (
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/places"
)

// everydayCounties are the names autonomous counties go by: the short
// name and 县, without the people's name (和布克赛尔县 for 和布克赛尔蒙古
// 自治县), as reports and news write them. The register finds only the
// full name, and no county's short name alone (和平, 新华 are words); a
// short name and 县 is no word.
func everydayCounties(g *places.Gazetteer) []string {
	if g == nil {
		return nil
	}
	var out []string
	for _, p := range g.Places() {
		if p.Kind == places.KindCounty && utf8.RuneCountInString(p.Short) >= 2 && strings.HasSuffix(p.Name, "自治县") {
			out = append(out, p.Short+"县")
		}
	}
	return out
}

// appendNamed is found with a local place run for each time name stands
// in text, which starts at rune s of its clause.
func appendNamed(found []placeRun, text string, s int, name string) []placeRun {
	for i, off := 0, 0; ; off += i + len(name) {
		if i = strings.Index(text[off:], name); i < 0 {
			return found
		}
		a := s + utf8.RuneCountInString(text[:off+i])
		found = append(found, placeRun{a, a + runeLen(name), placeClass(places.KindDistrict)})
	}
}
