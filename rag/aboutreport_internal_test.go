package rag

import "testing"

func TestHanOrdinal(t *testing.T) {
	for s, want := range map[string]int{"一": 1, "五": 5, "十": 10, "十二": 12, "二十": 20, "8": 8, "两": 0} {
		if got := hanOrdinal(s); got != want {
			t.Errorf("hanOrdinal(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestOrdinalAsked(t *testing.T) {
	for _, c := range []struct {
		q        string
		n        int
		part, ok bool
	}{
		{"报告第二部分讲什么", 2, true, true},
		{"今年工作安排第五个方面是什么", 5, false, true},
		{"回顾部分第五条", 5, false, true},
		{"第五次经济普查", 0, false, false},       // no part or area
		{"第二部分的gdp目标是多少", 0, false, false}, // asks more
	} {
		n, part, ok := ordinalAsked(c.q)
		if n != c.n || part != c.part || ok != c.ok {
			t.Errorf("ordinalAsked(%q) = %d %v %v, want %d %v %v", c.q, n, part, ok, c.n, c.part, c.ok)
		}
	}
}
