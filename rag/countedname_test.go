package rag_test

import "testing"

// TestCountedHeadNotInClause: a thing the asker counts by name (产值多少,
// 医生数多少) is not counted by a clause that names neither it nor a
// report term for it, though the clause's sentence shares its other words;
// a thing the asker only describes (不让电动车进的那个…) still finds the
// report's name for it.
func TestCountedHeadNotInClause(t *testing.T) {
	eng := fullEngine(t)
	checkGrounding(t, eng, []groundingCase{
		{q: "河蟹全产业链产值多少亿", grounding: "no_such_figure"},
		{q: "每千人医生数多少", grounding: "no_such_figure"},
		{q: "电梯里不让电动车进的那个拦车的玩意儿装了多少部啊", found: true, want: []string{"4166部"}},
		{q: "粳稻全产业链产值多少", found: true, figures: []string{"105亿元"}},
		// 电梯 written only as the modifier of 阻车系统 counts no lifts.
		{q: "去年加装了多少部电梯", grounding: "no_such_figure"},
		{q: "去年新购公交多少台", found: true, figures: []string{"85台"}},
		{q: "每千人托位数多少", found: true, figures: []string{"4.5个"}},
	})
}
