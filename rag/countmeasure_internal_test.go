package rag

import "testing"

func TestCountsOtherUnit(t *testing.T) {
	for _, c := range []struct {
		q, clause string
		want      bool
	}{
		{"棚户区改造惠及多少人", "惠及群众3000余户", true},
		{"新建小区入住人口有多少", "入住家庭1.2万户", true},
		{"按人数算帮扶了多少", "帮扶低保家庭800户", true},
		{"棚户区改造惠及多少户", "惠及群众3000余户", false},
		{"棚户区改造惠及多少户", "惠及群众9000人", true},
		{"帮扶了多少人", "帮扶低保家庭800户、困难群众2000人", false},
		{"新增几户企业", "新增规上企业12户", false},
		{"棚户区改造惠及多少户、多少人", "惠及群众3000余户", false},
		{"帮扶家庭户数和人数各是多少", "帮扶低保家庭800户", false},
		{"帮扶了几户几人", "帮扶困难群众2000人", false},
		{"棚户区改造惠及多少人", "惠及群众9000人", false},
		{"棚户区改造进展如何", "惠及群众3000余户", false},
		{"营商环境全省第几名", "新增企业12户、营商环境位居全省前列", false},
	} {
		if got := countsOtherUnit(Normalize(c.q), Normalize(c.clause)); got != c.want {
			t.Errorf("countsOtherUnit(%q, %q) = %v, want %v", c.q, c.clause, got, c.want)
		}
	}
}
