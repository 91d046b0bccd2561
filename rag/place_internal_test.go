package rag

import (
	"strings"
	"testing"
)

// plainText is a textIndex over one string.
type plainText string

func (t plainText) Contains(s string) bool     { return strings.Contains(string(t), s) }
func (t plainText) ContainsTerm(w string) bool { return t.Contains(w) }

func TestUnlistedTown(t *testing.T) {
	corpus := plainText("推进重点镇建设，新建城镇道路。兴隆台区一个街道获评示范。")
	for _, c := range []struct{ q, want string }{
		{"胡家镇的稻蟹共生面积有多少亩", "胡家镇"},
		{"今年胡家镇有啥项目", "胡家镇"},
		{"田庄台镇的老旧小区改造了几个", "田庄台镇"},
		{"二界沟镇海洋牧场面积多少", "二界沟镇"},
		{"兴隆街道今年有啥项目", "兴隆街道"},
		{"在兴隆台街道新建了几个公园", "兴隆台街道"},
		{"去年城镇新增就业多少", ""}, // 城镇 is no town
		{"重点镇建设有什么打算", ""},
		{"特色小镇建了几个", ""},
		{"哪个镇的螃蟹最好", ""},
		{"冰镇啤酒多少钱", ""},
	} {
		if got := unlistedTown(Normalize(c.q), corpus); got != c.want {
			t.Errorf("unlistedTown(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

// The clause a question asks in, after what it first states.
func TestAskingClause(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"盘锦固投增速全省第一，那全省平均增长多少", "全省平均增长多少"},
		{"我市进出口增长39.7%；全国呢", "全国呢"},
		{"盘锦GDP增长3.5%那么全省是多少", "全省是多少"},
		{"全省平均增速是多少", ""},
		{"盘锦去年GDP增长多少，", ""},
	} {
		if got := askingClause(Normalize(c.q)); got != c.want {
			t.Errorf("askingClause(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

// A region of several provinces is wider than the city; 东北 alone names
// things of the city's own.
func TestSeveralProvinces(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"东三省去年进出口增长多少", "东三省"},
		{"长三角今年gdp目标", "长三角"},
		{"what is the gdp target of northeast china?", "northeast china"},
		{"东北新发地农产品供应中心建成了吗", ""},
		{"今年gdp目标", ""},
	} {
		got := ""
		if s := severalProvinces(tc.q); s != nil {
			got = s.Name
			if s.Relation != PlaceWider {
				t.Errorf("severalProvinces(%q).Relation = %q, want wider", tc.q, s.Relation)
			}
		}
		if got != tc.want {
			t.Errorf("severalProvinces(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

func TestShortOfLocal(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct{ name, want string }{
		{"盘山县", "盘山"},
		{"大洼区", "大洼"},
		{"义县", "义县"},     // one rune and its suffix
		{"朝阳县", "朝阳县"},   // no division of the city
		{"新疆喀什", "新疆喀什"}, // no suffix
	} {
		if got := string(ix.shortOfLocal([]rune(tc.name))); got != tc.want {
			t.Errorf("shortOfLocal(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}
