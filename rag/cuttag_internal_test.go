package rag

import "testing"

func TestCompletedTag(t *testing.T) {
	tests := []struct{ in, want string }{
		{"红海滩上抖音景点榜第3名了是不", "红海滩上抖音景点榜第3名了是不是"},
		{"红海滩上榜了是不？", "红海滩上榜了是不是？"},
		{"红海滩上榜了是不是", "红海滩上榜了是不是"},
		{"去还是不", "去还是不"},
		{"是不是上升了", "是不是上升了"},
		{"信访总量多少", "信访总量多少"},
	}
	for _, tt := range tests {
		if got := completedTag(tt.in); got != tt.want {
			t.Errorf("completedTag(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
