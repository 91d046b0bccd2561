package rag

import "testing"

func TestJointMemberAsked(t *testing.T) {
	brand := "盘锦大米和盘锦河蟹品牌价值包揽全省农业区域品牌冠亚军、合计突破千亿元"
	grain := "京粮粮食物流产业园等项目加快建设，粮油加工及生物科技产业营业收入310亿元。"
	chem := "石化及精细化工产业营业收入超过2000亿元、化工精细化率达到48%"
	for _, c := range []struct {
		question, quote, want string
	}{
		// One member named: set apart from the other by what they do not share.
		{"盘锦大米品牌价值单独就超过600亿元了吧", brand, "盘锦大米"},
		{"盘锦河蟹品牌价值多少", brand, "盘锦河蟹"},
		{"粮油加工产业单独营业收入310亿元", grain, "粮油加工"},
		{"精细化工产业今年营收单独要超过2000亿元吧", chem, "精细"}, // the last member's end is unknown
		// Both named, or neither: the pair's own figure.
		{"盘锦大米和河蟹品牌价值多少", brand, ""},
		{"石化及精细化工产业营收目标", chem, ""},
		{"品牌价值多少", brand, ""},
		{"咱这儿的大米和螃蟹名头到底值多少钱", brand, ""}, // the pair in the asker's words
		// A pair in a clause without a figure tells none of them.
		{"盘锦大米品牌价值多少", "盘锦大米和盘锦河蟹品牌价值包揽全省农业区域品牌冠亚军", ""},
	} {
		if got := jointMemberAsked(Normalize(c.question), Normalize(c.quote)); got != c.want {
			t.Errorf("jointMemberAsked(%q, %q) = %q, want %q", c.question, c.quote, got, c.want)
		}
	}
}
