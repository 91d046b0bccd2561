package words

// Lines exposes the sorted lines to the external tests.
func Lines(d *Dict) string { return d.lines }

// Parse and DictText expose the parser to the benchmark.
var Parse = parse

func DictText() string { return dictText }
