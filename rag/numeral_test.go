package rag

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseChineseNumber(t *testing.T) {
	for _, c := range []struct {
		in   string
		want float64
		ok   bool
	}{
		// Paragraph numbers (第二十三段).
		{"一", 1, true},
		{"十", 10, true},
		{"十五", 15, true},
		{"二十三", 23, true},
		{"一百零二", 102, true},
		{"两百", 200, true},
		{"零", 0, true},
		{"〇", 0, true},
		// Figures (五倍, 百分之五点五, 一点九万人, 突破千亿元).
		{"五", 5, true},
		{"一十五", 15, true},
		{"百", 100, true},
		{"万", 1e4, true},
		{"千亿", 1e11, true},
		{"一万零五十", 10050, true},
		{"一亿五千万", 1.5e8, true},
		{"二十万亿", 2e13, true},
		{"五点五", 5.5, true},
		{"一点九万", 19000, true},
		{"零点五", 0.5, true},
		// Not numbers.
		{"", 0, false},
		{"abc", 0, false},
		{"5", 0, false},
		{"十四五", 0, false}, // a plan's name, not 19
		{"二二", 0, false},
		{"一〇二", 0, false}, // digit by digit is not read
		{"点五", 0, false},
		{"五点", 0, false},
		{"零点", 0, false},
		{"一点九万五", 0, false},
		{"五点五十", 0, false},
		{"五个", 0, false},
		{strings.Repeat("亿", 40), 0, false},         // overflows to +Inf
		{"零点零" + strings.Repeat("万", 80), 0, false}, // 0 × +Inf is NaN
	} {
		got, ok := ParseChineseNumber(c.in)
		if ok != c.ok || got != c.want {
			t.Errorf("ParseChineseNumber(%q) = %v, %v; want %v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// chineseInt writes n (< 1e15) the way reports do: 一亿零五万, 一千零一十.
// Tens always carry their digit (一十) so that 零一十五 reads back.
func chineseInt(n uint64) string {
	if n == 0 {
		return "零"
	}
	below1e4 := func(n uint64) string {
		var b strings.Builder
		zero, started := false, false
		for _, p := range []struct {
			div  uint64
			unit string
		}{{1000, "千"}, {100, "百"}, {10, "十"}, {1, ""}} {
			d := n / p.div % 10
			if d == 0 {
				zero = zero || started
				continue
			}
			if zero {
				b.WriteString("零")
				zero = false
			}
			b.WriteString(string([]rune("零一二三四五六七八九")[d]) + p.unit)
			started = true
		}
		return b.String()
	}
	// join writes hi·scale + lo, with 零 when lo has fewer digits than a
	// full group (一万零五).
	join := func(hi, lo, full uint64, scale string, part func(uint64) string) string {
		s := ""
		if hi > 0 {
			s = part(hi) + scale
			if lo > 0 && lo < full/10 {
				s += "零"
			}
		}
		if lo > 0 {
			s += part(lo)
		}
		return s
	}
	below1e8 := func(n uint64) string { return join(n/1e4, n%1e4, 1e4, "万", below1e4) }
	return join(n/1e8, n%1e8, 1e8, "亿", below1e8)
}

func TestChineseIntHelper(t *testing.T) {
	for n, want := range map[uint64]string{5: "五", 15: "一十五", 105: "一百零五", 1010: "一千零一十", 10005: "一万零五",
		100050000: "一亿零五万", 150000000: "一亿五千万", 1e12: "一万亿"} {
		if got := chineseInt(n); got != want {
			t.Errorf("chineseInt(%d) = %s, want %s", n, got, want)
		}
	}
}

// Every integer written out reads back as itself.
func FuzzParseChineseNumberRoundTrip(f *testing.F) {
	for _, n := range []uint64{0, 7, 10, 23, 102, 1005, 10050, 19000, 150000000, 100000005, 999999999999999} {
		f.Add(n)
	}
	f.Fuzz(func(t *testing.T, n uint64) {
		n %= 1e15 // exact in a float64
		s := chineseInt(n)
		if got, ok := ParseChineseNumber(s); !ok || got != float64(n) {
			t.Fatalf("ParseChineseNumber(%q) = %v, %v; want %d", s, got, ok, n)
		}
	})
}

// Any input: no panic, and a number is finite, not negative, and made of
// numeral characters only.
func FuzzParseChineseNumber(f *testing.F) {
	for _, s := range []string{"二十三", "一百零二", "一点九万", "十四五", "零点", "万万亿", "一亿五千万", "点五", "九十九点九九亿"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := ParseChineseNumber(s)
		if !ok {
			return
		}
		if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
			t.Fatalf("ParseChineseNumber(%q) = %v", s, v)
		}
		if !utf8.ValidString(s) || strings.Trim(s, "零〇一二两三四五六七八九十百千万亿点") != "" {
			t.Fatalf("ParseChineseNumber(%q) accepted other characters", s)
		}
	})
}
