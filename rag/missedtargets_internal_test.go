package rag

import "testing"

// TestAsksTargetsMissedOrMoved: which indicators were missed, or which
// targets moved, is asked against last year's targets; which were first
// in the province, or fell, is not.
func TestAsksTargetsMissedOrMoved(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"没完成的指标是哪些", true},
		{"哪些经济指标不及预期", true},
		{"哪些指标没有完成预期", true},
		{"今年有哪些指标下调了", true},
		{"今年哪些目标调高了", true},
		{"去年有哪些目标没有完成", false}, // 目标 missed: goals and tasks too
		{"去年哪些指标全省第一", false},
		{"去年哪些指标下降了", false},
		{"今年主要预期目标都有哪些", false},
		{"今年哪些指标做了调整", true},
		{"结构调整有哪些指标", false},
		{"哪些指标反映产业结构调整", false},
	} {
		if got := asksTargetsMissedOrMoved(Normalize(tc.q)); got != tc.want {
			t.Errorf("asksTargetsMissedOrMoved(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestUnnamedIndicators: a clause saying indicators by a quantifier names
// none of them.
func TestUnnamedIndicators(t *testing.T) {
	for _, tc := range []struct {
		clause string
		want   bool
	}{
		{"个别经济指标完成情况不及预期", true},
		{"部分指标未完成", true},
		{"地区生产总值等指标不及预期", false},
	} {
		if got := unnamedIndicators.MatchString(tc.clause); got != tc.want {
			t.Errorf("unnamedIndicators(%q) = %v, want %v", tc.clause, got, tc.want)
		}
	}
}
