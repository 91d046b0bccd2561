package rag

import (
	"os"
	"testing"
)

func seedReader(t *testing.T) (*reader, *Index) {
	t.Helper()
	reports, err := LoadFS(os.DirFS("../seeds"))
	if err != nil {
		t.Fatal(err)
	}
	ix, err := NewIndex(reports, DefaultLexicon())
	if err != nil {
		t.Fatal(err)
	}
	return ix.rd, ix
}

func TestReaderFoldsTraditionalAndFixesSlips(t *testing.T) {
	rd, ix := seedReader(t)
	for _, tc := range []struct{ in, want string }{
		// Traditional characters, folded by OpenCC.
		{"今年GDP目標是多少", "今年GDP目标是多少"},
		{"去年進出口總額增長了多少？", "去年进出口总额增长了多少？"},
		{"今年盤錦港新增幾條航線", "今年盘锦港新增几条航线"},
		// Pinyin slips that leave a word the report lacks, when a character
		// of the same sound makes a four-character phrase it writes.
		{"今年城镇新增就叶目标多少", "今年城镇新增就业目标多少"},
		{"去年进出扣总额增长了多少", "去年进出口总额增长了多少"},
		{"今年固定资产头资增长目标是多少", "今年固定资产投资增长目标是多少"},
		{"去年社会消费品另售总额增长多少", "去年社会消费品零售总额增长多少"},
		// Not slips: words the report lacks on purpose or by chance.
		{"今年新建多少个新能源汽车充电桩？", "今年新建多少个新能源汽车充电桩？"}, // not 充电装(置)
		{"盘锦市民的健康知识水平在辽宁省里排第几？", "盘锦市民的健康知识水平在辽宁省里排第几？"},
		{"2024年全面推行的政务服务新模式是什么？", "2024年全面推行的政务服务新模式是什么？"},
		{"去年经济咋样", "去年经济咋样"},
		{"看病难的问题怎么解决", "看病难的问题怎么解决"},
		{"What is the GDP target?", "What is the GDP target?"},
		{"", ""},
	} {
		if got := rd.read(tc.in, ix.all); got != tc.want {
			t.Errorf("read(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
