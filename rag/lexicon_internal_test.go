package rag

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// blankMembers must give what replacing every member, longest first and
// then in file order, gives.
func TestBlankMembersMatchesEveryMember(t *testing.T) {
	lx := DefaultLexicon()
	var members []string
	for _, c := range lx.concepts {
		for _, m := range c.members {
			if m != "" && m[0] >= 0x80 {
				members = append(members, m)
			}
		}
	}
	slices.SortStableFunc(members, func(a, b string) int {
		return utf8.RuneCountInString(b) - utf8.RuneCountInString(a)
	})
	naive := func(text string) string {
		for _, m := range members {
			text = strings.ReplaceAll(text, m, " ")
		}
		return text
	}
	raw, err := os.ReadFile("testdata/testcity-2024.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"", "gdp", "去年外贸涨了多少", "今年普惠的幼儿园能占多少，好进不", "盘锦现在房价多少钱一平"}
	for _, line := range strings.Split(string(raw), "\n") {
		texts = append(texts, Normalize(line))
	}
	changed := 0
	for _, text := range texts {
		want := naive(text)
		if got := lx.blankMembers(text); got != want {
			t.Errorf("blankMembers(%.30q) = %.30q, want %.30q", text, got, want)
		}
		if want != text {
			changed++
		}
	}
	if changed < 5 {
		t.Errorf("only %d texts had lexicon members: the test proves little", changed)
	}
}

// Every member a lexicon parses is found in its own text (a phrase also
// written with hyphens), and no text makes matching fail.
func FuzzLexicon(f *testing.F) {
	f.Add("外资 | foreign_capital fdi\n进出口 | trade foreign_trade", "How much foreign capital?")
	f.Add("a | a_b a-b-c a.b r&d\nb | a b_c", "a b c a-b r&d")
	f.Add("细颗粒物 pm2.5 | fine_particles\n创新 | r&d r&d_spending", "pm2.5, r&d spending?")
	f.Add("消费 | 花钱\n支出 | 政府_花钱 政府花钱多\n政府 | 政府花钱", "政府花钱多少")
	f.Fuzz(func(t *testing.T, text, q string) {
		lx, err := NewLexicon(text)
		if err != nil {
			return
		}
		norm := Normalize(q)
		checkConcepts(t, lx, norm)
		lx.Expand(norm)
		lx.blankMembers(norm)
		checkMembersFound(t, lx)
	})
}

func TestDefaultLexiconMembersFound(t *testing.T) {
	checkMembersFound(t, DefaultLexicon())
}

// checkMembersFound checks that each member names its concept in its own
// text, and a phrase also with hyphens for spaces.
func checkMembersFound(t *testing.T, lx *Lexicon) {
	t.Helper()
	for _, c := range lx.concepts {
		for _, m := range c.members {
			if !slices.Contains(checkConcepts(t, lx, m), c.id) {
				t.Errorf("member %q of concept %d is not found in its own text", m, c.id)
			}
			if h := strings.ReplaceAll(m, " ", "-"); h != m && !slices.Contains(checkConcepts(t, lx, h), c.id) {
				t.Errorf("phrase %q of concept %d is not found as %q", m, c.id, h)
			}
		}
	}
}

// checkConcepts is lx.Concepts(s), checked to name concepts that exist.
func checkConcepts(t *testing.T, lx *Lexicon, s string) []int {
	t.Helper()
	ids := lx.Concepts(s)
	for _, id := range ids {
		if id < 0 || id >= len(lx.concepts) {
			t.Fatalf("Concepts(%q) = %v: id out of range", s, ids)
		}
	}
	return ids
}

// A question's English phrase is one word for its concept: its words
// alone neither name another nor count as words the reports lack.
func TestQuestionPhrases(t *testing.T) {
	ix := seedIndex(t)
	tests := []struct {
		q, word, syn string
		notWords     []string
	}{
		{"How much foreign capital was actually used in 2024?", "foreign capital", "外资", []string{"foreign", "capital"}},
		{"How fast did foreign trade grow in 2024?", "foreign trade", "进出口", []string{"foreign", "trade"}},
		{"How much domestic capital was brought in?", "domestic capital", "内资", []string{"domestic", "capital"}},
		// A Chinese phrase too, with the filler it holds (政府).
		{"去年财政花钱砍了多少", "财政花钱", "支出", []string{"财政", "花钱"}},
		{"今年政府开支还要压吗", "政府开支", "支出", []string{"开支"}},
	}
	for _, tc := range tests {
		a := ix.analyze(tc.q, nil)
		words := ix.questionWords(a)
		i := slices.IndexFunc(words, func(w questionWord) bool { return w.text == tc.word })
		if i < 0 {
			t.Errorf("questionWords(%q) = %+v: no word %q", tc.q, words, tc.word)
		} else if !slices.Contains(words[i].syn, tc.syn) {
			t.Errorf("questionWords(%q): %q stands for %q, want %q among them", tc.q, tc.word, words[i].syn, tc.syn)
		}
		for _, w := range words {
			if slices.Contains(tc.notWords, w.text) {
				t.Errorf("questionWords(%q) has %q alone: %+v", tc.q, w.text, words)
			}
		}
		if missing := ix.missingWords(a.norm, nil); slices.ContainsFunc(missing, func(w string) bool { return strings.Contains(tc.word, w) }) {
			t.Errorf("missingWords(%q) = %q: a word of the phrase %q counts as missing", tc.q, missing, tc.word)
		}
	}
}

// The members inside a Chinese phrase found name nothing there; the
// phrase's own word, or a longer one, still does, and so do they alone.
func TestChinesePhraseMembers(t *testing.T) {
	lx, err := NewLexicon("消费 | 花钱\n支出 | 政府_花钱\n政府 | 政府花钱太多")
	if err != nil {
		t.Fatal(err)
	}
	names := func(text string) []string {
		var out []string
		for _, id := range checkConcepts(t, lx, text) {
			out = append(out, lx.concepts[id].report[0])
		}
		return out
	}
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"政府花钱压了多少", []string{"支出"}},
		{"老百姓花钱多了", []string{"消费"}},
		{"政府花钱多少，老百姓花钱多少", []string{"消费", "支出"}},
		{"政府花钱太多了", []string{"支出", "政府"}}, // a longer member holds the phrase
	} {
		if got := names(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("Concepts(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	for _, bad := range []string{"支出 | 政府__花钱", "支出 | 政府_", "支出 | _花钱"} {
		if _, err := NewLexicon(bad); err == nil {
			t.Errorf("NewLexicon(%q): no error for a phrase with an empty word", bad)
		}
	}
}

// A member whose concept stands only for generic terms (承认, 毛病 for
// 问题, 不足) is found as such; one of a concept of its own (看病) is not.
func TestGenericMembers(t *testing.T) {
	lx, err := NewLexicon("问题 不足 | 承认 毛病\n医疗 | 看病\n目标 | 打算")
	if err != nil {
		t.Fatal(err)
	}
	generic := map[string]bool{"问题": true, "不足": true, "目标": true}
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"报告承认了哪些毛病", []string{"承认", "毛病"}},
		{"看病难的问题有啥打算", []string{"问题", "打算"}},
		{"看病贵", nil},
	} {
		if got := lx.genericMembers(tc.text, generic); !slices.Equal(got, tc.want) {
			t.Errorf("genericMembers(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A concept named only by a word inside a longer word of another concept
// is inner; one named also by a word of its own is not.
func TestInnerTerms(t *testing.T) {
	lx := DefaultLexicon()
	for _, tc := range []struct {
		q          string
		inner, not string
	}{
		{"老板拖欠工资咋办", "居民收入", "欠薪"},
		{"拖欠工资和工资增长", "", "居民收入"}, // 工资 also said whole
		{"今年工资能涨不", "", "居民收入"},
	} {
		got := lx.InnerTerms(Normalize(tc.q))
		if tc.inner != "" && !got[tc.inner] {
			t.Errorf("InnerTerms(%q) = %v, want %q in it", tc.q, got, tc.inner)
		}
		if got[tc.not] {
			t.Errorf("InnerTerms(%q) = %v, want no %q", tc.q, got, tc.not)
		}
	}
}

// A noun of one character the reports never write makes, with the
// written word before it, a thing they never write (消费券 is no 消费);
// a character they do write may be a verb or their wording (管道换, 同源水).
func TestUnwrittenCompound(t *testing.T) {
	ix := seedIndex(t)
	tests := []struct {
		q, word string
		missing bool
	}{
		{"今年有没有消费券", "消费券", true},
		{"今年发多少消费券", "消费券", true},
		{"今年燃气管道换多少公里啊", "管道", false},
		{"今年多少农村居民喝上同源水", "同源", false},
	}
	for _, tc := range tests {
		words := ix.questionWords(ix.analyze(tc.q, nil))
		i := slices.IndexFunc(words, func(w questionWord) bool { return w.text == tc.word })
		if i < 0 || words[i].missing != tc.missing {
			t.Errorf("questionWords(%q) = %+v: want %q with missing=%v", tc.q, words, tc.word, tc.missing)
		}
	}
}

// A verb that opens a two-word phrase names the phrase's concept where the
// question also says the phrase's second word apart from it.
func TestSplitPhraseWords(t *testing.T) {
	lx := DefaultLexicon()
	names := func(q, term string) bool {
		for _, id := range lx.Concepts(Normalize(q)) {
			if slices.Contains(lx.concepts[id].report, term) {
				return true
			}
		}
		return false
	}
	cases := []struct {
		q, term string
		want    bool
	}{
		{"how many talent will panjin attract in 2025", "招商", false},
		{"how many talent will panjin attract in 2025", "人才", true},
		{"how many people did the city attract as talent", "招商", false},
		{"how will the city attract more investors", "招商", true},
		{"how many projects did panjin attract", "招商", true},
	}
	for _, c := range cases {
		if got := names(c.q, c.term); got != c.want {
			t.Errorf("%q names %s = %v, want %v", c.q, c.term, got, c.want)
		}
	}
}

// Everyday words reach the report's terms: a flooded basement said 老淹 or
// 防涝, a job said 新工作, an idle building said 空着的 or 没人用的. Not 公车 (an official car as often as a bus) nor
// 规工 (inside 正规工作).
func TestEverydayShortenings(t *testing.T) {
	lx := DefaultLexicon()
	for q, want := range map[string]string{
		"小区一下雨车库就老淹":     "内涝",
		"防涝这块今年怎么弄":      "排涝",
		"毕业了在本地好找新工作吗":   "城镇新增就业",
		"村口那排空着的仓库有人管吗":  "闲置",
		"没人用的办公楼能不能利用起来": "盘活",
		"在盘锦开一家公司多久能办好":  "企业开办",
	} {
		if got := lx.Expand(Normalize(q)); !slices.Contains(got, want) {
			t.Errorf("Expand(%q) = %q, want it to hold %q", q, got, want)
		}
	}
}

// 公车 alone is as often an official car as a bus; bought, counted in 台
// or 辆, ridden or routed it is a bus.
func TestBusSaidGongche(t *testing.T) {
	lx := DefaultLexicon()
	for q, bus := range map[string]bool{
		"明年还打算添几辆公车":  true,
		"下半年买公车的钱从哪来": true,
		"坐公车去红海滩方便吗":  true,
		"新开了几条公车线路":   true,
		"公车私用怎么查":     false,
		"公车改革推进得怎样":   false,
	} {
		if got := slices.Contains(lx.Expand(Normalize(q)), "公交"); got != bus {
			t.Errorf("Expand(%q) holds 公交: %v, want %v", q, got, bus)
		}
	}
}
