package rag

import "testing"

func TestNameFirst(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"国家级绿色工厂是汇福粮油", "汇福粮油国家级绿色工厂"},
		{"晋升国家4A级景区的是红海滩", "红海滩晋升国家4A级景区"},
		{"开工建设饲料蛋白项目的是益海嘉里", "益海嘉里开工建设饲料蛋白项目"},
		{"增速是5.5%", ""},        // a figure: the figures check's
		{"目标是", ""},            // no name after 是
		{"是红海滩", ""},           // no role before it
		{"重点是招商", ""},          // a role too short to say the same thing
		{"益海嘉里被评为国家级绿色工厂", ""}, // no 是: read as it is
	} {
		got, ok := nameFirst([]rune(tc.q))
		if string(got) != tc.want || ok != (tc.want != "") {
			t.Errorf("nameFirst(%q) = %q, %v; want %q", tc.q, string(got), ok, tc.want)
		}
	}
}
