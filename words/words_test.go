package words_test

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/words"
)

func load(t testing.TB) *words.Dict {
	t.Helper()
	d, err := words.Load()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestSegment(t *testing.T) {
	d := load(t)
	lexicon := map[string]bool{"停车泊位": true, "社零": true, "高端": true, "人才": true, "高端人才": true}
	for _, tc := range []struct{ in, want string }{
		{"城乡居民医保住院能报多少", "城乡 居民 医保 住院 能 报 多少"},
		{"去年新画了多少个停车位", "去年 新 画 了 多少 个 停车位"},
		{"去年水稻产量多少万吨", "去年 水稻 产量 多少 万吨"},
		{"全市养老床位有多少张", "全市 养老 床位 有 多少 张"},
		{"增划停车泊位", "增 划 停车泊位"},
		{"今年社零增长", "今年 社零 增长"},
		{"引来的高端人才", "引来 的 高端人才"},
		{"", ""},
	} {
		got := strings.Join(d.Segment(tc.in, mapExtra(lexicon)), " ")
		if got != tc.want {
			t.Errorf("Segment(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// mapExtra is a Segment Extra of a word set.
func mapExtra(words map[string]bool) words.Extra {
	return func(rs []rune, i int) []int {
		var out []int
		for w := range words {
			if strings.HasPrefix(string(rs[i:]), w) {
				out = append(out, len([]rune(w)))
			}
		}
		return out
	}
}

func TestPOS(t *testing.T) {
	d := load(t)
	for _, tc := range []struct {
		word string
		noun bool
	}{
		{"水稻", true}, {"床位", true}, {"住院", true}, {"买", false}, {"翻新", false}, {"没有这个词儿吧", false},
	} {
		if got := d.IsNoun(tc.word); got != tc.noun {
			pos, _ := d.POS(tc.word)
			t.Errorf("IsNoun(%q) = %v (pos %q), want %v", tc.word, got, pos, tc.noun)
		}
	}
	if pos, ok := d.POS("买"); !ok || pos != "v" {
		t.Errorf("POS(买) = %q, %v; want v, true", pos, ok)
	}
}

func TestSegmentKeepsEveryRune(t *testing.T) {
	d := load(t)
	for _, s := range []string{"盘锦港30万吨级原油码头", "abc", "辽滨经开区连续6年跻身全国化工园区30强"} {
		if got := strings.Join(d.Segment(s, nil), ""); got != s {
			t.Errorf("Segment(%q) joined = %q", s, got)
		}
	}
	if got := d.Segment("", nil); !reflect.DeepEqual(got, []string(nil)) {
		t.Errorf("Segment(\"\") = %q", got)
	}
}

func BenchmarkLoad(b *testing.B) {
	for range b.N {
		load(b)
	}
}

// Binary search needs the embedded lines sorted by word, each one
// "word freq pos": a regenerated file that breaks either fails here.
func TestDictSortedAndWellFormed(t *testing.T) {
	d := load(t)
	prev, n := "", 0
	for _, line := range strings.Split(strings.TrimSuffix(words.Lines(d), "\n"), "\n") {
		fs := strings.Fields(line)
		if len(fs) != 3 {
			t.Fatalf("line %q: want word freq pos", line)
		}
		if fs[0] <= prev {
			t.Fatalf("%q after %q: not sorted", fs[0], prev)
		}
		if _, ok := d.POS(fs[0]); !ok {
			t.Fatalf("POS(%q) not found", fs[0])
		}
		prev = fs[0]
		n++
	}
	if n < 100000 {
		t.Errorf("%d words; the generated dictionary has over 100000", n)
	}
}

func FuzzSegment(f *testing.F) {
	d := load(f)
	for _, s := range []string{"城乡居民医保住院能报多少", "盘锦港30万吨级", "", "\xff\xfe", "a b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := d.Segment(s, mapExtra(map[string]bool{"盘锦": true}))
		if strings.Join(got, "") != string([]rune(s)) {
			t.Fatalf("Segment(%q) = %q loses runes", s, got)
		}
	})
}

func BenchmarkSegment(b *testing.B) {
	d := load(b)
	for range b.N {
		d.Segment("俺家老人养老这块今年市里有啥打算", nil)
	}
}

// BenchmarkParse is the one-time cost of the embedded dictionary.
func BenchmarkParse(b *testing.B) {
	for range b.N {
		if _, err := words.Parse(words.DictText()); err != nil {
			b.Fatal(err)
		}
	}
}

// The filters of two- and three-rune starts turn no word away, so Segment
// cuts the report's every line as it does looking every span up.
func TestStartsFilterExact(t *testing.T) {
	d := load(t)
	for _, line := range strings.Split(strings.TrimSuffix(words.Lines(d), "\n"), "\n") {
		w, _, _ := strings.Cut(line, " ")
		if rs := []rune(w); len(rs) > 1 && !d.MayStart(rs[0], rs[1]) || len(rs) > 2 && !d.MayStart3(rs[0], rs[1], rs[2]) {
			t.Fatalf("the filter turns %q away", w)
		}
	}
	raw, err := os.ReadFile("../seeds/panjin-2025-government-work-report.txt")
	if err != nil {
		t.Fatal(err)
	}
	all := words.Unfiltered(d)
	extra := func(rs []rune, i int) []int {
		if i+2 <= len(rs) && string(rs[i:i+2]) == "社零" {
			return []int{2}
		}
		return nil
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if got, want := d.Segment(line, extra), all.Segment(line, extra); !reflect.DeepEqual(got, want) {
			t.Fatalf("Segment(%q) = %q, without the filter %q", line, got, want)
		}
	}
}

// Looking a word up by its runes finds what looking it up by its text
// does, for every word (one and two runes are kept apart from longer
// ones) and for texts that are not words.
func TestLookupRunesIsPOS(t *testing.T) {
	d := load(t)
	texts := []string{"", "\uFFFD", "\uFFFD\uFFFD", "不是词语啊", "a", "ab"}
	for _, line := range strings.Split(strings.TrimSuffix(words.Lines(d), "\n"), "\n") {
		w, _, _ := strings.Cut(line, " ")
		texts = append(texts, w, w+"\uFFFD")
	}
	for _, w := range texts {
		pos, ok := d.POS(w)
		if gotPos, got := d.LookupRunes([]rune(w)); got != ok || gotPos != pos {
			t.Fatalf("LookupRunes(%q) = %q, %v; POS = %q, %v", w, gotPos, got, pos, ok)
		}
	}
	if _, ok := d.POS("\xff\xfe"); ok {
		t.Fatal("POS of invalid UTF-8 found a word")
	}
}
