package places

// Contains reports whether inner lies inside outer: a province contains
// its cities, counties and ports, a city its counties, districts and port,
// China ("CN") every domestic place. A place does not contain itself.
// Places are compared by Code.
func (g *Gazetteer) Contains(outer, inner Place) bool {
	code := inner.Parent
	for seen := 0; code != "" && seen < 8; seen++ {
		if code == outer.Code {
			return true
		}
		i, ok := g.byCode[code]
		if !ok {
			return false
		}
		code = g.places[i].Parent
	}
	return false
}

// ByName returns the place a full, short, alias or English name (any ASCII
// case) means: 大连市, 大连, Dalian and 大洼 (a county's short name, which
// Find does not match) all work. A name shared by several places gives the
// larger, then the domestic, then the lowest code (吉林 → 吉林省); Lookup
// gives them all.
func (g *Gazetteer) ByName(name string) (Place, bool) {
	c := g.names[lowerASCII(name)]
	if len(c) == 0 {
		return Place{}, false
	}
	return g.places[c[0]], true
}

// Lookup returns every place with that name, in ByName's order.
func (g *Gazetteer) Lookup(name string) []Place {
	c := g.names[lowerASCII(name)]
	out := make([]Place, len(c))
	for i, p := range c {
		out[i] = g.places[p]
	}
	return out
}

// ByCode returns the place with that code ("2111", "CN", "port:2108").
func (g *Gazetteer) ByCode(code string) (Place, bool) {
	i, ok := g.byCode[code]
	if !ok {
		return Place{}, false
	}
	return g.places[i], true
}

// Places returns every place, in the data file's order (ports last).
func (g *Gazetteer) Places() []Place {
	return append([]Place(nil), g.places...)
}
