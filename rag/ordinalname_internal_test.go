package rag

import "testing"

func TestOrdinalCorrected(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	checkCorrections(t, e, []correctionCase{
		{"储气库群是二期吗", "更正：报告写的是储气库群一期，不是储气库群二期"},
		{"金发生物基是二期项目吗", "更正：报告写的是金发生物基一期，不是金发生物基二期"},
		{"今年要落实省委十三届九次全会精神吗", "更正：报告写的是省委十三届八次，不是省委十三届九次"},
		{"按照市委八届八次全会要求？", "更正：报告写的是市委八届九次，不是市委八届八次"},
		// The ordinal the report writes: nothing to correct.
		{"储气库群一期竣工投产了吗", ""},
		{"今年落实省委十三届八次全会精神吗", ""},
	})
}

func TestHanOrdinal(t *testing.T) {
	for in, want := range map[string]string{"9次": "九次", "13届9次": "十三届九次", "10期": "十期", "20批": "二十批", "二期": "二期", "100次": "100次"} {
		if got := hanOrdinal(in); got != want {
			t.Errorf("hanOrdinal(%q) = %q, want %q", in, got, want)
		}
	}
}
