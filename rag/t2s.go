package rag

import (
	"strings"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
)

// t2sWindow is how many runes from each position OpenCC's Convert
// matches its dictionaries' keys against.
const t2sWindow = 10

// convertT2S is cc.Convert(in): for each group of dictionaries in turn,
// at each rune the value of the longest key starting there (within
// t2sWindow runes) in the first dictionary that has one, else the rune.
// Convert builds a map and strings at every rune, a tenth of what a
// question with a traditional character allocated; this walks the same
// tries and writes into one builder. A dictionary Convert would fail on
// is left to Convert.
func convertT2S(cc *opencc.OpenCC, in string) (string, error) {
	orig := in
	for _, g := range cc.DictChains {
		var rbuf [128]rune
		r := rbuf[:0]
		for _, x := range in {
			r = append(r, x)
		}
		var b strings.Builder
		b.Grow(len(in))
		for i := 0; i < len(r); {
			var wbuf [t2sWindow * utf8.UTFMax]byte
			w := wbuf[:0]
			for _, x := range r[i:min(len(r), i+t2sWindow)] {
				w = utf8.AppendRune(w, x)
			}
			value, n, ok := longestKey(g, w)
			if !ok {
				return cc.Convert(orig)
			}
			if n == 0 {
				b.WriteRune(r[i])
				i++
				continue
			}
			b.WriteString(value)
			i += utf8.RuneCount(w[:n])
		}
		in = b.String()
	}
	return in, nil
}

// longestKey is the first value of the longest key that prefixes w in
// the first of g's dictionaries holding one, and the key's length in
// bytes (0: none holds one); not ok for a dictionary Convert would fail on.
func longestKey(g *opencc.Group, w []byte) (value string, n int, ok bool) {
	for _, d := range g.Dicts {
		if d.Trie == nil {
			return "", 0, false
		}
		best, from := -1, 0
		for j := range w {
			to, err := d.Trie.Jump(w[j:j+1], from)
			if err != nil {
				break
			}
			if _, err := d.Trie.Value(to); err == nil {
				best, n = to, j+1
			}
			from = to
		}
		if best < 0 {
			continue
		}
		v, err := d.Trie.Value(best)
		if err != nil || v < 0 || v >= len(d.Values) || len(d.Values[v]) == 0 {
			return "", 0, false
		}
		return d.Values[v][0], n, true
	}
	return "", 0, true
}
