package rag

import "testing"

// A clause whose only numbers count years (a campaign's span, a date)
// counts no thing asked by another counter.
func TestCountsOnlyYears(t *testing.T) {
	for _, c := range []struct {
		q, clause string
		want      bool
	}{
		{"乡镇专职消防救援队伍成立了几支", "开展安全生产治本攻坚三年行动", true},
		{"去年建了多少个项目", "2024年新建项目开工建设", true},
		{"盘锦今年要把多少土地盘活", "实现土地二级市场交易一站式服务", true},
		{"土地市场是几级", "实现土地二级市场交易一站式服务", false},
		// a date asked: the year is part of the answer, not a count
		{"高质量发展大会是几月几号开的", "在高质量发展大会期间，全景呈现建市40年的发展成就", false},
		{"大会是哪天开的", "2024年召开高质量发展大会", false},
		// a number besides the years counts something
		{"辽滨经开区排第几", "连续6年跻身全国化工园区30强", false},
		{"去年新签约注册项目多少个", "全年新签约注册项目260个", false},
		// years asked: the span is the answer
		{"安全生产治本攻坚行动是几年", "开展安全生产治本攻坚三年行动", false},
		{"连续多少年跻身30强", "连续6年跻身全国化工园区", false},
	} {
		if got := countsOnlyYears(Normalize(c.q), Normalize(c.clause)); got != c.want {
			t.Errorf("countsOnlyYears(%q, %q) = %v, want %v", c.q, c.clause, got, c.want)
		}
	}
}
