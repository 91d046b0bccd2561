package words

// Lines exposes the sorted lines to the external tests.
func Lines(d *Dict) string { return d.lines }
