package words

// Lines exposes the sorted lines to the external tests.
func Lines(d *Dict) string { return d.lines }

// Parse and DictText expose the parser to the benchmark.
var Parse = parse

func DictText() string { return dictText }

// Unfiltered is d with a starts filter that turns nothing away: Segment
// looks every span up, as it did before the filter.
func Unfiltered(d *Dict) *Dict {
	c := *d
	c.starts = make([]uint64, len(d.starts))
	c.starts3 = make([]uint64, len(d.starts3))
	for i := range c.starts {
		c.starts[i] = ^uint64(0)
		c.starts3[i] = ^uint64(0)
	}
	return &c
}

// MayStart exposes the filter of two-rune starts.
func (d *Dict) MayStart(a, b rune) bool { return d.mayStart(a, b) }

// MayStart3 exposes the filter of three-rune starts.
func (d *Dict) MayStart3(a, b, c rune) bool { return d.mayStart3(a, b, c) }

// LookupRunes exposes lookupRunes: the part of speech found, and whether.
func (d *Dict) LookupRunes(rs []rune) (string, bool) {
	e, ok := d.lookupRunes(rs)
	return e.pos, ok
}
