package rag

import "testing"

func TestDropAsides(t *testing.T) {
	cases := []struct{ in, want string }{
		{"今年植树多少亩，谢谢", "今年植树多少亩"},
		{"去年粮食产量多少？麻烦您了！", "去年粮食产量多少"},
		{"养老床位今年新增几张，急急急", "养老床位今年新增几张"},
		{"去年接待游客多少人次，讲具体点", "去年接待游客多少人次"},
		{"污水处理率多少 在线等", "污水处理率多少"},
		{"本人是政协委员，今年民生实事有几件", "今年民生实事有几件"},
		{"在各方的共同努力下，去年税收增长多少", "去年税收增长多少"},
		// Not a sign-off or an aside: kept.
		{"谢谢", "谢谢"},
		{"今年详细规划有哪些", "今年详细规划有哪些"},
		{"我是退役军人，有哪些优待", "我是退役军人，有哪些优待"},
		{"感谢信寄到哪里，地址多少", "感谢信寄到哪里，地址多少"},
	}
	for _, c := range cases {
		if got := dropAsides(c.in); got != c.want {
			t.Errorf("dropAsides(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
