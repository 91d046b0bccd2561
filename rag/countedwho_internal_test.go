package rag

import "testing"

// Who the counted people are (31名高层次人才都是谁) is not said by a
// sentence counting them; a sentence listing whom the report thanks
// names them.
func TestWhoOfCountedPeople(t *testing.T) {
	checkFound(t, []questionFound{
		{"去年引进的31名高层次人才都是谁、从哪来的", false},
		{"报告感谢了都有谁", true},
	})
}

// The bus route to a place (坐几路公交车) is named by no sentence
// counting the buses bought or the routes opened; how many routes are
// added is that count (新增优化城乡公交线路10条).
func TestBusRouteAsked(t *testing.T) {
	checkFound(t, []questionFound{
		{"去红海滩坐几路公交车？", false},
		{"今年购置公交车辆多少台", true},
		{"今年新增几路公交线路", true},
		{"计划新增几路公交", true},
	})
}
