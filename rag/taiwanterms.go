package rag

import (
	"regexp"
	"slices"
	"strings"
)

// taiwanTerms are Taiwan's words, in simplified characters, for what the
// mainland writes otherwise (from OpenCC's TWPhrasesRev), longer first
// where one holds another. A question in traditional characters is often
// in Taiwan's words too (電子資訊產業 for 电子信息产业, 華錦阿美專案 for
// 华锦阿美项目): t2s folds its characters, not its words, so the word
// stayed one the report lacks, and a right claim was "corrected" (报告写的
// 是电子信息产业，不是电子资讯产业) or an answerable question declined.
var taiwanTerms = [][2]string{
	{"人工智慧", "人工智能"}, {"资讯科技", "信息技术"}, {"网际网路", "互联网"},
	{"专案", "项目"}, {"资讯", "信息"}, {"支援", "支持"}, {"透过", "通过"},
	{"最佳化", "优化"}, {"视窗", "窗口"}, {"资料", "数据"}, {"社群", "社区"},
	{"网路", "网络"}, {"数位", "数字"}, {"丛集", "集群"},
	{"分割槽", "分区"}, {"全域性", "全局"}, {"脚踏车", "自行车"}, {"回圈", "循环"},
}

// mainlandTerms writes each Taiwan word of a folded question as the
// mainland word the scope's text writes. Only where the text lacks the
// Taiwan word: 智慧 and 执行 are the mainland's words as well (智慧城市,
// 执行力), and a report that writes them means them. A Taiwan word that
// is also the mainland's in its own sense is no row: 设定目标 is set
// targets, not 设置 (set up an office), and read as one it lost them.
func mainlandTerms(folded string, traditional bool, text textIndex) string {
	rows := taiwanTerms
	if traditional {
		rows = append(slices.Clip(rows), taiwanTypedTerms...)
	}
	for _, t := range rows {
		if strings.Contains(folded, t[0]) && !text.Contains(t[0]) && text.Contains(t[1]) {
			folded = replaceOutside(folded, t[0], t[1], mainlandHolders)
		}
	}
	if traditional {
		folded = taiwanGrowth.ReplaceAllString(folded, "增长$1")
	}
	return folded
}

// taiwanTypedTerms are Taiwan words that are mainland words too in
// another sense, read as Taiwan's only when the question was typed in
// traditional characters: a mainland 公车 is an official car (公车改革),
// a Taiwan 公車 a bus.
var taiwanTypedTerms = [][2]string{{"公车", "公交"}}

// taiwanGrowth is Taiwan's 成長 of a figure (GDP成長多少, 經濟成長率): the
// mainland's 增长. Only where a rate or an amount is asked of it: the
// mainland writes 成长 of a firm or a child (中小企业成长计划).
var taiwanGrowth = regexp.MustCompile(`成长(率|多少|几|了多少|了几)`)

// mainlandHolders are the mainland's set phrases that hold a Taiwan word
// in the mainland's own sense: 对口支援 is paired aid to a region (the
// report's 对口援助), and read as 对口支持 it asked a weaker thing the
// report never writes.
var mainlandHolders = []string{"对口支援"}

// replaceOutside replaces old by new in s outside every phrase of keep.
func replaceOutside(s, old, new string, keep []string) string {
	var b strings.Builder
	for s != "" {
		at, held := len(s), ""
		for _, k := range keep {
			if i := strings.Index(s, k); i >= 0 && i < at {
				at, held = i, k
			}
		}
		b.WriteString(strings.ReplaceAll(s[:at], old, new))
		b.WriteString(held)
		s = s[min(at+len(held), len(s)):]
	}
	return b.String()
}
