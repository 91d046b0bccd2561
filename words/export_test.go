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
	for i := range c.starts {
		c.starts[i] = ^uint64(0)
	}
	return &c
}

// MayStart exposes the filter of two-rune starts.
func (d *Dict) MayStart(a, b rune) bool { return d.mayStart(a, b) }

// LookupRunes exposes lookupRunes: the part of speech found, and whether.
func (d *Dict) LookupRunes(rs []rune) (string, bool) {
	e, ok := d.lookupRunes(rs)
	return e.pos, ok
}
