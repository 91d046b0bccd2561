package rag

import "testing"

func TestCutAtLastComma(t *testing.T) {
	for _, tc := range []struct {
		in, before, after string
		ok                bool
	}{
		{"今年燃气管道20公里，老旧小区呢", "今年燃气管道20公里", "老旧小区呢", true},
		{"a,b，c", "a,b", "c", true}, // the last comma, of either width
		{"支持大洼区创建,怎么创", "支持大洼区创建", "怎么创", true}, // half-width
		{"，这事进展如何", "", "这事进展如何", true},
		{"没有逗号", "没有逗号", "", false},
	} {
		b, a, ok := cutAtLastComma(tc.in)
		if b != tc.before || a != tc.after || ok != tc.ok {
			t.Errorf("cutAtLastComma(%q) = %q, %q, %v; want %q, %q, %v", tc.in, b, a, ok, tc.before, tc.after, tc.ok)
		}
	}
}
