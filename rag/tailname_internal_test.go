package rag

import (
	"context"
	"strings"
	"testing"
)

func TestTailNameCorrection(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	tests := []correctionCase{
		{"今年推进盘营铁路前期工作是吧", "报告写的是阜盘铁路，不是盘营铁路"},
		{"加快金风科技风电装备项目建设是吧", "报告写的是大金重工风电装备，不是金风科技风电装备"},
		{"清华大学国家技术转移中心落地盘锦了吗", "报告写的是江南大学国家技术转移中心"},
		{"今年建成华为昇腾产业学院对吗", "不是华为升腾产业学院"},
		// 东南 of the word 东南大学 is a name, not a direction on its own.
		{"落地盘锦的是东南大学国家技术转移中心吗", "报告写的是江南大学国家技术转移中心，不是东南大学国家技术转移中心"},
		{"东南大学国家技术转移中心落地盘锦了吗", "报告写的是江南大学国家技术转移中心，不是东南大学国家技术转移中心"},
		// Right names stay uncorrected.
		{"今年推进阜盘铁路前期工作是吧", ""},
		{"加快大金重工风电装备项目建设是吧", ""},
		{"今年建成华为鲲鹏产业学院对吗", ""},
		{"江南大学国家技术转移中心落地盘锦了吗", ""},
		{"落地盘锦的是江南大学国家技术转移中心吗", ""},
		{"盘锦职业技术学院在籍学生突破1万人对吧", ""},
		{"盘锦是要建机场了吗", ""},      // a verb between, no name
		{"有没有新修铁路的打算？", ""},    // a question names nothing
		{"推进盘锦民航机场前期工作对吧", ""}, // 民航 shortens 民用航空
	}
	checkCorrections(t, e, tests)
}

// correctionCase is a question and the correction its answer must hold;
// "" when it must correct nothing.
type correctionCase struct{ q, correction string }

// checkCorrections asks each question and checks its correction.
func checkCorrections(t *testing.T, e *Engine, tests []correctionCase) {
	t.Helper()
	for _, tt := range tests {
		ans, err := e.Ask(context.Background(), Query{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		corrected := strings.Contains(ans.Answer, "更正")
		if tt.correction == "" && corrected || tt.correction != "" && !strings.Contains(ans.Answer, tt.correction) {
			t.Errorf("Ask(%q) = %q, want correction %q", tt.q, ans.Answer, tt.correction)
		}
	}
}
