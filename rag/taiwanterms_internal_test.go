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
		if got := mainlandTerms(c.folded, true, report); got != c.want {
			t.Errorf("mainlandTerms(%q) = %q, want %q", c.folded, got, c.want)
		}
	}
}

// Taiwan's 公車 is the mainland's 公交 and its 成長 of a figure the
// mainland's 增长, when the question was typed in traditional
// characters; a simplified 公车 is an official car and stays, as does
// 成长 of a firm.
func TestMainlandTermsBusAndGrowth(t *testing.T) {
	report := plainText("实施促进中小企业成长计划。地区生产总值增长3.5%左右，新购公交车辆85台。")
	for _, c := range []struct {
		folded      string
		traditional bool
		want        string
	}{
		{"公车去年新买了几台", true, "公交去年新买了几台"},
		{"明年公车添几辆", false, "明年公车添几辆"},
		{"2024年GDP成长多少", true, "2024年GDP增长多少"},
		{"一般公共预算收入成长几%", true, "一般公共预算收入增长几%"},
		{"经济成长率是多少", true, "经济增长率是多少"},
		{"经济成长率是多少", false, "经济成长率是多少"},
		{"营收成长了多少", true, "营收增长了多少"},
		{"中小企业成长计划是什么", true, "中小企业成长计划是什么"}, // the report's own phrase
		{"企业成长得怎么样", true, "企业成长得怎么样"},       // no figure asked
	} {
		if got := mainlandTerms(c.folded, c.traditional, report); got != c.want {
			t.Errorf("mainlandTerms(%q, %v) = %q, want %q", c.folded, c.traditional, got, c.want)
		}
	}
}
