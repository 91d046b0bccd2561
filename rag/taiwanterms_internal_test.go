package rag

import "testing"

// A folded question's Taiwan words are read as the mainland words the
// report writes; a word the report writes itself, or whose mainland word
// it lacks, is left as asked.
func TestMainlandTerms(t *testing.T) {
	report := plainText("推进智慧城市建设，提高执行力。支持企业实施技改项目，电子信息产业营业收入增长，新建社区食堂。")
	for _, c := range []struct{ folded, want string }{
		{"去年电子资讯产业营收增长多少", "去年电子信息产业营收增长多少"},
		{"今年技改专案有几个", "今年技改项目有几个"},
		{"政府怎么支援企业", "政府怎么支持企业"},
		{"对口支援哪个县", "对口支援哪个县"}, // the mainland's set phrase
		{"对口支援和支援企业", "对口支援和支持企业"},
		{"社群食堂建了几家", "社区食堂建了几家"},
		{"智慧城市怎么建", "智慧城市怎么建"}, // the report's own word
		{"执行力怎么提高", "执行力怎么提高"}, // the report's own word
		{"资料中心建在哪", "资料中心建在哪"}, // 数据 is not in this report
		{"今年有什么新专案和新资讯", "今年有什么新项目和新信息"},
		{"设定的增长目标是多少", "设定的增长目标是多少"}, // the mainland's word too
	} {
		if got := mainlandTerms(c.folded, report); got != c.want {
			t.Errorf("mainlandTerms(%q) = %q, want %q", c.folded, got, c.want)
		}
	}
}
