package figures

import (
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// levelAsked reads a yes/no question whether an amount passed a level;
// a rate's level, a class (超过100亿的项目) and how much are none.
func TestLevelAsked(t *testing.T) {
	for _, c := range []struct{ q, level, unit string }{
		{"去年盘锦GDP过千亿了吗", "千亿", "元"},
		{"去年社零总额过500亿了吗", "500亿", "元"},
		{"去年旅客接待量破千万人次了吗", "千万人次", "人次"},
		{"盘锦人口过百万了吗", "百万", ""},
		{"去年新登记经营主体过万户了吗", "万户", "户"},
		{"今年一般公共预算收入能过百亿吗", "百亿", "元"},
		{"Did tourism revenue top 10 billion yuan last year?", "10 billion yuan", "元"},
		{"Has Panjin's population passed 1 million?", "1 million", ""},
		{"去年GDP增速过4%了吗", "", ""},
		{"去年进出口总额超过100亿", "100亿", "元"}, // claimed, it is checked alike
		{"超过100亿的项目有几个", "", ""},
		{"去年进出口总额是多少亿", "", ""},
		{"How much did retail sales grow, over 5%?", "", ""},
	} {
		level, unit, _ := levelAsked(rag.Normalize(c.q))
		if level != c.level || unit != c.unit {
			t.Errorf("levelAsked(%q) = %q, %q; want %q, %q", c.q, level, unit, c.level, c.unit)
		}
	}
}

// A level a question asks an amount passed is a bound: 403亿元 is past
// 400亿, not another figure; 不过 (but) and 通过 bound nothing.
func TestSpokenPass(t *testing.T) {
	for _, c := range []struct{ q, qualifier string }{
		{"去年海洋经济生产总值过400亿了吗", "超过"},
		{"去年旅客接待量破千万人次了吗", "超过"},
		{"去年海洋经济生产总值没过400亿吧", "没超过"},
		{"增长不过5%", ""},
		{"通过3个项目验收", ""},
		{"did imports and exports top 10 billion yuan last year?", "超过"},
	} {
		ms := statedFigures(c.q)
		got := ""
		if len(ms) > 0 {
			got = ms[0].Value.Qualifier
		}
		if got != c.qualifier {
			t.Errorf("statedFigures(%q) qualifier = %q, want %q", c.q, got, c.qualifier)
		}
	}
}
