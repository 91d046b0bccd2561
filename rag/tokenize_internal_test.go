package rag

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// Tokens and the index's walk over the terms give what the
// tokenizer gave before it walked (refTokens, kept here), on every passage
// of the seed and the test reports and on mixed text, with and without
// unigrams.
func TestTokensAsBefore(t *testing.T) {
	texts := []string{"", "的", "增", "增长", "的了", "多少", "a 的 b", "gdp增长5.5%左右和2024年", "盘锦panjin's 增长", "5年5.5.5", "１２３", "x的y",
		"有没有什么", "增长的", "\xff增长\xfe5%", strings.Repeat("增长5.5%，", 60)}
	for _, r := range testReports(t) {
		for _, p := range r.Passages {
			texts = append(texts, Normalize(p.Text), Normalize(p.Topic))
		}
	}
	for _, unigrams := range []bool{false, true} {
		tok := Tokenizer{Unigrams: unigrams, Stop: map[string]bool{"panjin": true}}
		for _, s := range texts {
			want, wantUni := tok.refTokens(s, true)
			if got := tok.Tokens(s); !slices.Equal(got, want) {
				t.Fatalf("Tokens(%q) = %q, want %q", s, got, want)
			}
			got, gotUni := walkBoth(tok, s)
			if !slices.Equal(got, want) || !slices.Equal(gotUni, wantUni) {
				t.Fatalf("walk(%q) = %q, %q; want %q, %q", s, got, gotUni, want, wantUni)
			}
		}
	}
}

// walkBoth is what walk gives indexing: Tokens' terms, and with the
// unigrams.
func walkBoth(tok Tokenizer, text string) (terms, withUnigrams []string) {
	tok.walk(text, true, func(term string, own bool) {
		if own {
			terms = append(terms, term)
		}
		withUnigrams = append(withUnigrams, term)
	})
	return terms, withUnigrams
}

// refTokens is the tokenizer before walk: Tokens, and with both Tokens
// with unigrams.
func (t Tokenizer) refTokens(text string, both bool) (out, uni []string) {
	rs := []rune(text)
	// offs[i] is the byte offset of rs[i] in text; offs[len(rs)] its end.
	offs := make([]int, 0, len(rs)+1)
	for i := range text {
		offs = append(offs, i)
	}
	offs = append(offs, len(text))
	sub := func(i, j int) string { return text[offs[i]:offs[j]] }
	add := func(s string) {
		out = append(out, s)
		if both {
			uni = append(uni, s)
		}
	}
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case isHan(r):
			j := i
			for j < len(rs) && isHan(rs[j]) {
				j++
			}
			get := func(a, b int) string { return sub(i+a, i+b) }
			out = t.refHanTokens(out, rs[i:j], get)
			if both {
				u := t
				u.Unigrams = true
				uni = u.refHanTokens(uni, rs[i:j], get)
			}
			i = j
		case unicode.IsDigit(r):
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || (rs[j] == '.' && j+1 < len(rs) && unicode.IsDigit(rs[j+1]))) {
				j++
			}
			add(sub(i, j))
			if j < len(rs) && (rs[j] == '%' || strings.ContainsRune(unitRunes, rs[j])) {
				add(sub(i, j+1))
			}
			i = j
		case unicode.IsLetter(r):
			j := i
			for j < len(rs) && unicode.IsLetter(rs[j]) && !isHan(rs[j]) {
				j++
			}
			w := strings.ToLower(sub(i, j))
			if !stopWords[w] && !t.Stop[w] {
				add(w)
			}
			i = j
		default:
			i++
		}
	}
	return out, uni
}

// refHanTokens is the old hanTokens: it appends the terms of a run of Han characters; sub(a, b) is the
// text of run[a:b].
func (t Tokenizer) refHanTokens(out []string, run []rune, sub func(a, b int) string) []string {
	for k := range run {
		if t.Unigrams && !isStopRune(run[k]) {
			out = append(out, sub(k, k+1))
		}
		if k+1 < len(run) {
			if isStopRune(run[k]) && isStopRune(run[k+1]) {
				continue
			}
			bg := sub(k, k+2)
			if stopBigrams[bg] {
				continue
			}
			out = append(out, bg)
		}
	}
	if len(run) == 1 && !t.Unigrams && !isStopRune(run[0]) {
		out = append(out, sub(0, 1))
	}
	return out
}
