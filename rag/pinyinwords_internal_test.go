package rag

import "testing"

func TestWithPinyinWritten(t *testing.T) {
	tests := []struct{ in, want string }{
		{"jinnian 一般公共预算收入 mubiao 多少", "今年 一般公共预算收入 目标 多少"},
		{"Qunian PM2.5 平均浓度多少", "去年 PM2.5 平均浓度多少"},
		{"GDP目标多少", "GDP目标多少"},
		{"jinnianGDP目标", "jinnianGDP目标"},                                 // no whole word
		{"what is the mubiao this year", "what is the mubiao this year"}, // no Han: English
	}
	for _, tt := range tests {
		if got := withPinyinWritten(tt.in); got != tt.want {
			t.Errorf("withPinyinWritten(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
