package rag

import "testing"

func TestAsksOpenlyOf(t *testing.T) {
	cases := []struct {
		q, stated string
		want      bool
	}{
		{"辽滨220千伏输变电工程进展呢", "220千伏", true},
		{"25万吨级航道有规划没", "25万吨级", true},
		{"盘锦港5万吨级泊位今年建几个", "5万吨级", true},
		{"申通三期进展怎么样", "申通三期", true},
		{"臻德化工30万吨润滑油装置今年投产", "30万吨", false},
		{"华锦阿美进度都超70%了吧", "70%", false},
		{"盘锦港20万吨级原油码头主体完工了是吧", "20万吨级", false},
		{"双台子储气库群二期去年投产了", "二期", false},
		{"既然进度超过70%，那还要多久竣工", "70%", false},
		{"申通三期", "", false},
	}
	for _, c := range cases {
		if got := asksOpenlyOf(c.q, c.stated); got != c.want {
			t.Errorf("asksOpenlyOf(%q, %q) = %v, want %v", c.q, c.stated, got, c.want)
		}
	}
}

func TestQualifiesName(t *testing.T) {
	cases := []struct {
		quote, value string
		want         bool
	}{
		{"辽滨500千伏输变电工程、金发生物基一期等230个续建项目加快实施", "500千伏", true},
		{"争取15万吨级航道纳入国家规划", "15万吨级", true},
		{"全市实际到位内资增长10%，实际利用外资4亿美元。", "4亿美元", false},
		{"全市整体债务率下降100个百分点以上。", "100个百分点以上", false},
		{"争取15万吨级航道纳入国家规划", "", false},
	}
	for _, c := range cases {
		if got := qualifiesName(c.quote, c.value); got != c.want {
			t.Errorf("qualifiesName(%q, %q) = %v, want %v", c.quote, c.value, got, c.want)
		}
	}
}
