package rag

import (
	"strings"
	"testing"
)

func TestDefaultSiblingsParse(t *testing.T) {
	s, err := NewSiblings(siblingsText)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.families) < 20 {
		t.Errorf("%d families, want the shipped file's", len(s.families))
	}
}

func TestNewSiblingsErrors(t *testing.T) {
	for _, text := range []string{
		"臭氧 / ",     // a member without a name
		"臭氧",        // a family of one
		"臭氧 /PM2.5", // members parted without spaces: one member
	} {
		if _, err := NewSiblings(text); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("NewSiblings(%q) = %v, want an error naming line 1", text, err)
		}
	}
}

func TestSiblingsNamed(t *testing.T) {
	s, err := NewSiblings("进出口总额 进出口 imports_and_exports / 出口 exports / 进口 imports\n刑事警情 / 治安警情 / 交通事故\n臭氧 ozone / PM2.5 pm2.5")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		family int
		text   string
		want   uint64
	}{
		{0, "去年出口增长多少", 1 << 1},
		{0, "进出口总额增长39.7%", 1 << 0}, // 出口 inside 进出口 is not named
		{0, "how much did imports and exports grow", 1 << 0},
		{0, "how much did imports grow", 1 << 2},
		{0, "re-exports", 0},                       // a whole word only
		{1, "刑事、治安警情分别下降26.1%、24.3%", 1<<0 | 1<<1}, // 刑事 shares 警情
		{1, "交通事故、治安警情", 1<<1 | 1<<2},              // each by its own name
		{2, "全市pm2.5平均浓度29微克/立方米", 1 << 1},
		{2, "ozone concentration", 1 << 0},
	} {
		if got := s.named(c.family, Normalize(c.text)); got != c.want {
			t.Errorf("named(%d, %q) = %b, want %b", c.family, c.text, got, c.want)
		}
	}
}

func TestSiblingsMismatch(t *testing.T) {
	s := DefaultSiblings()
	for _, c := range []struct {
		question string
		texts    []string
		mismatch bool
	}{
		{"去年臭氧平均浓度是多少", []string{"全市pm2.5平均浓度29微克/立方米"}, true},
		{"去年pm2.5平均浓度是多少", []string{"全市pm2.5平均浓度29微克/立方米"}, false},
		{"去年臭氧平均浓度是多少", []string{"空气质量优良天数比例88.3%"}, false},      // names no pollutant: other rules decide
		{"臭氧和pm2.5哪个超标", []string{"全市pm2.5平均浓度29微克/立方米"}, false}, // two asked: a comparison
		{"工业投资增长多少", []string{"固定资产投资增长20%以上"}, true},
		{"幼儿园学位增加了多少", []string{"增加普惠性托育学位640个"}, true},
		{"幼儿园学位增加了多少", []string{"增加普惠性托育学位640个", "新增普惠性幼儿园学位520个"}, false},
		// Revenue is no profit.
		{"化工产业今年利润能到多少", []string{"化工产业营业收入超过500亿元"}, true},
		{"化工产业今年营收能到多少", []string{"化工产业营业收入超过500亿元"}, false},
		{"what profit did the chemical firms make", []string{"化工产业营业收入超过500亿元"}, true},
		// Market entities are not the self-employed among them, nor the other
		// way round; the self-employed asked beside companies are all of them.
		{"去年个体户新增了多少", []string{"新登记经营主体增长12%"}, true},
		{"去年市场主体新增了多少", []string{"培育个体工商户300户"}, true},
		{"去年市场主体新增了多少", []string{"新登记经营主体增长12%"}, false},
		{"去年新开公司和个体户有多少", []string{"新登记经营主体增长12%"}, false},
		{"新办企业、个体户多了几成", []string{"新登记经营主体增长12%"}, false},
	} {
		f, _, _ := s.mismatch(s.asks(Normalize(c.question)), c.texts)
		if got := f >= 0; got != c.mismatch {
			t.Errorf("mismatch(%q, %q) = family %d, want a mismatch: %v", c.question, c.texts, f, c.mismatch)
		}
	}
}
