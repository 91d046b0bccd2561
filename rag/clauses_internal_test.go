package rag

import (
	"slices"
	"strings"
	"testing"
)

func TestAskingClauses(t *testing.T) {
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"去年GDP增长多少，人均GDP多少", []string{"去年GDP增长多少", "去年人均GDP多少"}},
		{"去年GDP增长多少？大连呢", []string{"去年GDP增长多少？", "大连去年GDP增长多少"}},
		// A place asked in place of the first's, not beside it.
		{"营口今年GDP目标多少，盘锦呢", []string{"营口今年GDP目标多少", "盘锦今年GDP目标多少"}},
		{"今年GDP目标多少？明年呢？", []string{"今年GDP目标多少？", "明年GDP目标多少"}},
		// One clause: nothing to part.
		{"今年GDP目标多少", nil},
		// A clause that states is context, not a question of its own.
		{"盘锦固投增速全省第一，那全省去年平均增长多少？", nil},
		{"去年GDP增长3.5%，进出口增长多少", nil},
		// A statement before one ask and the same of a place: the context
		// of both.
		{"去年GDP增长3.5%左右，今年目标多少？大连呢", []string{"去年GDP增长3.5%左右，今年目标多少？", "大连去年GDP增长3.5%左右，今年目标多少"}},
		{"去年GDP增长3.5%左右，今年目标多少？社零呢", nil},
		// A bare 呢 of more than a few words is a clause of its own.
		{"去年GDP增长多少，盘锦港集装箱吞吐量排全省第几位呢", []string{"去年GDP增长多少", "去年盘锦港集装箱吞吐量排全省第几位呢"}},
		// A bare 呢 of a thing, not a period or a place: it may be a part
		// of the first's thing (出口 of 进出口).
		{"去年进出口增长多少，出口呢", nil},
		// Another thing, asked in the first's measure.
		{"去年社零增长多少，进出口呢", []string{"去年社零增长多少", "去年进出口增长多少"}},
		// 好几 says many, asking nothing: the clause tells of the asker.
		{"我在盘锦干了好几年了，城镇新增就业目标多少", nil},
		// A space between two asks, typed where a comma parts them.
		{"营口去年旅游收入涨了多少 盘锦呢", []string{"营口去年旅游收入涨了多少", "盘锦去年旅游收入涨了多少"}},
		// Two asks of their own parted by a space are read whole.
		{"研发强度百分之几 投入总量多少亿", nil},
		// A space inside one ask parts nothing that asks.
		{"开厂子的老怕查这查那 今年检查能少点吗", nil},
		// More clauses than a question of parts holds.
		{"GDP多少，社零多少，固投多少，进出口多少", nil},
	} {
		if got := askingClauses(c.q, testClausePlaces); !slices.Equal(got, c.want) {
			t.Errorf("askingClauses(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

func isTestPlace(x string) bool {
	return x == "大连" || x == "锦州" || x == "盘锦" || x == "营口"
}

// testClausePlaces reads the test places, the first one a clause names.
var testClausePlaces = clausePlaces{is: isTestPlace, named: func(c string) string {
	for _, p := range []string{"大连", "锦州", "盘锦", "营口"} {
		if strings.Contains(c, p) {
			return p
		}
	}
	return ""
}}

func TestElaborates(t *testing.T) {
	for c, want := range map[string]bool{
		"投资多少":       true,
		"排全省第几":      true,
		"在全省排名第几":    true,
		"什么时候投产":     true,
		"比全省高多少":     true,
		"其中网络零售多少":   true,
		"去年其中网络零售多少": true,
		"去年人均GDP多少":  false,
		"今年社零目标多少":   false,
	} {
		if got := elaborates(c); got != want {
			t.Errorf("elaborates(%q) = %v, want %v", c, got, want)
		}
	}
}

func TestWithoutLeadIn(t *testing.T) {
	for in, want := range map[string]string{
		"报告没有给出这项数字。相关内容：":                     "报告没有给出这项数字。",
		"报告未提及“人均”。":                           "报告未提及“人均”。",
		"The report gives no figure. Related:": "The report gives no figure.",
	} {
		if got := withoutLeadIn(in); got != want {
			t.Errorf("withoutLeadIn(%q) = %q, want %q", in, got, want)
		}
	}
}
