package rag

import "testing"

// Jobs counted as 工作 (多少个工作, 几个工作, 多出多少工作) are the
// report's 城镇新增就业; before, the question was declined.
func TestCountedJobsAreEmployment(t *testing.T) {
	checkFoundWantNot(t, []foundWantNot{
		{"今年能多出多少个工作？", true, "1.9万人", "没有给出"},
		{"今年要多多少工作", true, "1.9万人", "没有给出"},
		{"今年能新增几个工作", true, "1.9万人", "没有给出"},
	})
}
