package rag_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// phraseLexicon has phrases whose words alone name another concept, or
// nothing.
const phraseLexicon = `进出口 | trade foreign_trade
外资 | foreign_capital foreign_investment foreign_direct_investment fdi
固定资产投资 | investment fixed-asset_investment
内资 | domestic_capital
人工智能 | ai artificial_intelligence
创新 | r&d r&d_spending
细颗粒物 pm2.5 | fine_particles
直接投资 | direct_investment
`

func TestLexiconPhrases(t *testing.T) {
	lx, err := rag.NewLexicon(phraseLexicon)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q          string
		want, not  []string
		wantNoTerm bool
	}{
		{q: "How much foreign capital came in?", want: []string{"外资"}, not: []string{"进出口", "内资"}},
		{q: "How much domestic capital came in?", want: []string{"内资"}, not: []string{"外资"}},
		{q: "How fast did foreign trade grow?", want: []string{"进出口"}, not: []string{"外资"}},
		{q: "foreign-trade growth", want: []string{"进出口"}, not: []string{"外资"}},
		{q: "Foreign   Trade", want: []string{"进出口"}, not: []string{"外资"}},
		// A phrase found is one word: investment of foreign investment is
		// not fixed-asset investment.
		{q: "foreign investment in 2024", want: []string{"外资"}, not: []string{"固定资产投资"}},
		{q: "investment in 2024", want: []string{"固定资产投资"}, not: []string{"外资"}},
		{q: "fixed asset investment", want: []string{"固定资产投资"}},
		{q: "fixed-asset investment", want: []string{"固定资产投资"}},
		// The longest phrase at a word wins; a shorter one inside it is
		// no match of its own.
		{q: "foreign direct investment", want: []string{"外资"}, not: []string{"直接投资", "固定资产投资"}},
		{q: "direct investment", want: []string{"直接投资"}, not: []string{"外资"}},
		// Words of a phrase alone, apart or in another order name nothing.
		{q: "foreign", wantNoTerm: true},
		{q: "capital", wantNoTerm: true},
		{q: "foreign, capital", wantNoTerm: true},
		{q: "capital foreign", wantNoTerm: true},
		{q: "foreign 的 capital", wantNoTerm: true},
		// Whole words only.
		{q: "foreign capitals", wantNoTerm: true},
		{q: "xforeign capital", wantNoTerm: true},
		{q: "foreign capitalism", wantNoTerm: true},
		{q: "he said so", wantNoTerm: true},
		{q: "what about ai", want: []string{"人工智能"}},
		{q: "artificial intelligence", want: []string{"人工智能"}},
		{q: "问foreign capital吗", want: []string{"外资"}},
		// '&' and '.' inside words.
		{q: "how much r&d?", want: []string{"创新"}},
		{q: "r&d spending growth", want: []string{"创新"}},
		{q: "pm2.5 and fine particles", want: []string{"细颗粒物"}},
		{q: "fine-particles", want: []string{"细颗粒物"}},
		{q: "imports&trade", want: []string{"进出口"}},
		{q: "", wantNoTerm: true},
	}
	for _, tc := range tests {
		got := checkExpand(t, lx, tc.q, tc.want, tc.not)
		if tc.wantNoTerm && len(got) > 0 {
			t.Errorf("Expand(%q) = %q, want nothing", tc.q, got)
		}
	}
}

func TestLexiconMemberErrors(t *testing.T) {
	bad := []struct{ name, text string }{
		{"empty phrase word", "外资 | foreign__capital\n"},
		{"phrase opening with _", "外资 | _capital\n"},
		{"phrase ending with _", "外资 | foreign_\n"},
		{"phrase ending with -", "外资 | foreign-\n"},
		{"double hyphen", "外资 | foreign--capital\n"},
		{"Chinese in a phrase", "外资 | foreign_资本\n"},
		{"apostrophe", "外资 | city's\n"},
		{"trailing dot", "外资 | fdi.\n"},
		{"ASCII opening a Chinese word", "一刻钟 | 15分钟\n"},
		{"phrase as a report term", "foreign_ | 外资\n"},
	}
	for _, tc := range bad {
		_, err := rag.NewLexicon(tc.text)
		if err == nil {
			t.Errorf("NewLexicon(%s): no error", tc.name)
			continue
		}
		if !strings.Contains(err.Error(), "line 1") {
			t.Errorf("NewLexicon(%s): error %q does not name the line", tc.name, err)
		}
	}
	good := []struct{ name, text, q, want string }{
		{"full-width phrase", "外资 | ｆｏｒｅｉｇｎ＿ｃａｐｉｔａｌ\n", "foreign capital", "外资"},
		{"upper case", "外资 | Foreign_Capital\n", "foreign capital", "外资"},
		{"hyphen and underscore", "固定资产投资 | fixed-asset_investment\n", "fixed asset investment", "固定资产投资"},
		{"dotted word in a phrase", "细颗粒物 | pm2.5_concentration\n", "pm2.5 concentration", "细颗粒物"},
		{"phrase report term", "pm2.5 | fine_particles\n", "fine particles", "pm2.5"},
	}
	for _, tc := range good {
		lx, err := rag.NewLexicon(tc.text)
		if err != nil {
			t.Errorf("NewLexicon(%s): %v", tc.name, err)
			continue
		}
		if got := lx.Expand(rag.Normalize(tc.q)); !slices.Contains(got, tc.want) {
			t.Errorf("NewLexicon(%s): Expand(%q) = %q, want %q", tc.name, tc.q, got, tc.want)
		}
	}
}

// The shipped lexicon: foreign capital and trade are phrases, and no
// word of them stands for 外资 alone.
func TestDefaultLexiconPhrases(t *testing.T) {
	lx := rag.DefaultLexicon()
	tests := []struct {
		q         string
		want, not []string
	}{
		{"How much foreign capital was actually used in 2024?", []string{"外资"}, []string{"内资"}},
		{"How much domestic capital was brought in?", []string{"内资"}, []string{"外资"}},
		{"How fast did foreign trade grow?", []string{"进出口"}, []string{"外资"}},
		{"How much foreign investment came in?", []string{"外资"}, []string{"进出口", "固定资产投资"}},
		{"fixed asset investment growth", []string{"固定资产投资"}, []string{"外资"}},
		// The province as a whole is what the report calls 全省.
		{"compared with the provincial average", []string{"全省"}, nil},
		{"faster than Liaoning overall", []string{"全省"}, nil},
		{"What kind of year is 2025?", []string{"收官之年"}, nil},
		// Water of water conservancy is no drinking water.
		{"key water conservancy projects", []string{"水利"}, []string{"供水"}},
		{"electronic information industry revenue", []string{"电子信息"}, []string{"工业", "规上工业增加值"}},
		{"paired assistance to a county", []string{"对口援助"}, nil},
		{"rehabilitation assistance for children", []string{"康复"}, []string{"对口援助"}},
		{"the supporting industrial park", []string{"配套产业园"}, []string{"开发区"}},
		{"criminal case alerts", []string{"警情"}, nil},
		{"visiter numbers", []string{"旅客接待量"}, nil},
		{"a four-star smart city", []string{"星级"}, nil},
		{"how many rural residents", []string{"农村居民"}, []string{"民生"}},
		// Investment projects are projects, not fixed-asset investment.
		{"investment projects signed and registered", []string{"项目", "新签约注册项目"}, []string{"固定资产投资"}},
		{"the Liaohe estuary", []string{"辽河口"}, nil},
		// Spending of total R&D spending is no consumer spending.
		{"total R&D spending", []string{"研发经费"}, []string{"社会消费品零售总额", "一般性支出"}},
		{"cross-border e-commerce transaction volume", []string{"成交额", "跨境电商"}, nil},
		{"How will the city boost consumer spending?", []string{"释放消费潜力", "促消费"}, []string{"一般性支出"}},
		{"sports events it will host", []string{"举办", "体育"}, nil},
		// Talent attracted is 人才 brought in, not investment attracted (招商).
		{"the talent attraction drive", []string{"人才"}, []string{"招商"}},
		{"How much talent did it attract? Attract talent how?", []string{"人才"}, nil},
		{"attracted talent numbers", []string{"人才"}, []string{"招商"}},
		// Residents' and staff's words for the report's terms.
		{"交了钱房子一直交不了", []string{"保交楼"}, nil},
		// 地库 is the garage the report calls 地下车库; a flooded city
		// (内涝) is what its drainage (排涝, 防淹) is for.
		{"下大雨地库被淹", []string{"地下车库"}, nil},
		{"内涝的问题", []string{"排涝", "防淹"}, nil},
		{"去年是盘锦多少岁生日", []string{"周年"}, nil},
		{"去年科小增长多少", []string{"科技型中小企业"}, []string{"中小企业"}},
		{"去年有哪些难忘的事", []string{"难以忘记"}, nil},
		{"去年获得什么奖", []string{"优秀奖"}, nil},
		{"2025年对盘锦算是个什么样的节点年份", []string{"收官之年"}, nil},
		// An ordinary business is 一般性企业; ordinary alone is not 一般性
		// (ordinary outpatient visits are 普通门诊).
		{"How long does it take to open an ordinary business?", []string{"一般性企业"}, nil},
		{"register a normal company", []string{"一般性企业"}, nil},
		{"ordinary outpatient visits", nil, []string{"一般性企业"}},
		// Residents' words for what troubles them are the report's 闹心;
		// for spending less, its 过紧日子.
		{"老百姓最烦心的事是什么", []string{"闹心"}, nil},
		{"大家最头疼啥", []string{"闹心"}, nil},
		// Having a child, said plainly, is the report's 生育.
		{"生孩子有什么支持", []string{"生育"}, nil},
		{"政府今年还要省着花吗", []string{"过紧日子"}, nil},
		{"机关省吃俭用了没有", []string{"过紧日子"}, nil},
	}
	for _, tc := range tests {
		checkExpand(t, lx, tc.q, tc.want, tc.not)
	}
}

// checkExpand checks that lx expands q with every term of want and none
// of not, and returns the expansion.
func checkExpand(t *testing.T, lx *rag.Lexicon, q string, want, not []string) []string {
	t.Helper()
	got := lx.Expand(rag.Normalize(q))
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("Expand(%q) = %q, missing %q", q, got, w)
		}
	}
	for _, w := range not {
		if slices.Contains(got, w) {
			t.Errorf("Expand(%q) = %q, must not hold %q", q, got, w)
		}
	}
	return got
}
