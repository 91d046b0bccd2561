package rag_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"full-width digits and percent", "增长５．５％", "增长5.5%"},
		{"full-width letters", "ＧＤＰ", "gdp"},
		{"upper to lower", "GDP Growth", "gdp growth"},
		{"NBSP between Han dropped", "邢\u00a0鹏", "邢鹏"},
		{"NBSP and space between Han dropped", "邢\u00a0 鹏", "邢鹏"},
		{"U+3000 between Han dropped", "邢\u3000\u3000鹏", "邢鹏"},
		{"space between Han dropped", "市长 邢鹏", "市长邢鹏"},
		{"spaces between Latin kept as one", "foreign \u3000\u00a0\t trade", "foreign trade"},
		{"space between Latin and Han kept", "gdp 增长", "gdp 增长"},
		{"space between Han and digit kept", "增长 5%", "增长 5%"},
		{"leading and trailing space dropped", " \u3000 外贸 \t", "外贸"},
		{"invalid UTF-8 dropped", "外\xff\xfe贸", "外贸"},
		{"invalid UTF-8 alone", "\xff", ""},
		{"control characters dropped", "外\x00贸\x07\x1b", "外贸"},
		{"DEL dropped", "a\x7fb", "ab"},
		{"newline is a space", "a\nb", "a b"},
		{"full-width comma", "甲，乙", "甲,乙"},
		{"non-ASCII upper case kept", "É", "É"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := rag.Normalize(tc.in); got != tc.want {
				t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if got := rag.Normalize(rag.Normalize(tc.in)); got != rag.Normalize(tc.in) {
				t.Errorf("Normalize is not idempotent on %q: %q then %q", tc.in, rag.Normalize(tc.in), got)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name     string
		unigrams bool
		in       string
		want     []string // all must be present
		absent   []string // none may be present
		exact    bool     // want is the whole output
	}{
		{name: "percent", in: "5.5%", want: []string{"5.5", "5.5%"}, exact: true},
		{name: "year", in: "2024年", want: []string{"2024", "2024年", "年"}, exact: true},
		{name: "amount with unit", in: "451.5亿元", want: []string{"451.5", "451.5亿", "亿元"}, exact: true},
		{name: "trailing dot is not a decimal", in: "5.", want: []string{"5"}, exact: true},
		{name: "bigrams", in: "进出口增长", want: []string{"进出", "出口", "口增", "增长"}, exact: true},
		{name: "single Han character", in: "蟹", want: []string{"蟹"}, exact: true},
		{name: "stop character alone", in: "的", exact: true},
		{name: "stop bigrams removed", in: "多少什么怎么", absent: []string{"多少", "什么", "怎么"}},
		{name: "bigram of two stop characters removed", in: "的了", exact: true},
		{name: "question words removed", in: "外贸增长了多少", want: []string{"外贸", "增长"}, absent: []string{"多少", "了多"}},
		{name: "unigrams", unigrams: true, in: "外贸的", want: []string{"外", "贸", "外贸"}, absent: []string{"的"}},
		{name: "English stop words", in: "what is the gdp of the city", want: []string{"gdp"}, exact: true},
		{name: "a place is a word like others", in: "gdp of panjin", want: []string{"gdp", "panjin"}, exact: true},
		{name: "English words", in: "foreign trade grew", want: []string{"foreign", "trade", "grew"}, exact: true},
		{name: "mixed", in: "gdp增长5%", want: []string{"gdp", "增长", "5", "5%"}, exact: true},
		{name: "punctuation only", in: "？！，。", exact: true},
		{name: "empty", in: "", exact: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := rag.Tokenizer{Unigrams: tc.unigrams}.Tokens(rag.Normalize(tc.in))
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("Tokens(%q) = %q, missing %q", tc.in, got, w)
				}
			}
			for _, a := range tc.absent {
				if slices.Contains(got, a) {
					t.Errorf("Tokens(%q) = %q, must not contain %q", tc.in, got, a)
				}
			}
			if tc.exact {
				g, w := slices.Clone(got), slices.Clone(tc.want)
				slices.Sort(g)
				slices.Sort(w)
				if !slices.Equal(g, w) {
					t.Errorf("Tokens(%q) = %q, want exactly %q", tc.in, got, tc.want)
				}
			}
			for _, tok := range got {
				if tok == "" || strings.TrimSpace(tok) != tok {
					t.Errorf("Tokens(%q) has a blank or padded token %q", tc.in, tok)
				}
			}
		})
	}
}

func TestLexicon(t *testing.T) {
	bad := []struct{ name, text string }{
		{"line without |", "进出口 外贸 foreign trade\n"},
		{"no report term", " | 外贸\n"},
	}
	for _, tc := range bad {
		if _, err := rag.NewLexicon(tc.text); err == nil {
			t.Errorf("NewLexicon(%s): no error", tc.name)
		} else if !strings.Contains(err.Error(), "line 1") {
			t.Errorf("NewLexicon(%s): error %q does not name the line", tc.name, err)
		}
	}
	if _, err := rag.NewLexicon("# comment\n\n进出口 | 外贸\n坏行\n"); err == nil || !strings.Contains(err.Error(), "line 4") {
		t.Errorf("NewLexicon: error %v, want one naming line 4", err)
	}
	if lx, err := rag.NewLexicon("进出口 | 外贸 ＴＲＡＤＥ\r\n河蟹 | 螃蟹\r\n"); err != nil {
		t.Errorf("NewLexicon with CRLF lines: %v", err)
	} else if got := lx.Expand(rag.Normalize("trade")); !slices.Contains(got, "进出口") {
		t.Errorf("lexicon words are not normalized: Expand(trade) = %q", got)
	}
	if lx, err := rag.NewLexicon(""); err != nil || lx == nil {
		t.Errorf("NewLexicon(\"\") = %v, %v; want an empty lexicon", lx, err)
	}

	var lx *rag.Lexicon
	func() {
		defer func() {
			if r := recover(); r != nil {
				t.Fatalf("DefaultLexicon panicked: %v", r)
			}
		}()
		lx = rag.DefaultLexicon()
	}()
	tests := []struct {
		q      string
		want   []string
		absent []string
	}{
		{"去年外贸涨了多少", []string{"进出口"}, []string{"外贸"}}, // 外贸 is already in the question
		{"how much did foreign trade grow", []string{"进出口", "外贸"}, nil},
		{"gdp增速", []string{"地区生产总值"}, nil},
		{"坐巴士方便吗", []string{"公交"}, nil},
		{"坐公交车方便吗", nil, []string{"公交"}},      // already in the question
		{"he said so", nil, []string{"人工智能"}}, // "ai" is a whole word only
		{"what about ai", []string{"人工智能"}, nil},
		{"今天天气", nil, nil},
		// Staff shorthand for the report's 中央主要媒体.
		{"央媒发稿多少篇", []string{"中央主要媒体"}, nil},
	}
	for _, tc := range tests {
		got := lx.Expand(rag.Normalize(tc.q))
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("Expand(%q) = %q, missing %q", tc.q, got, w)
			}
		}
		for _, a := range tc.absent {
			if slices.Contains(got, a) {
				t.Errorf("Expand(%q) = %q, must not contain %q", tc.q, got, a)
			}
		}
		if tc.want == nil && len(got) != 0 && tc.q == "今天天气" {
			t.Errorf("Expand(%q) = %q, want nothing", tc.q, got)
		}
	}
}
