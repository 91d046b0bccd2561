package rag

import (
	"strings"
	"testing"
)

// TestPartAskedWhole: the whole's figure a question gives, right before
// 里 or 当中, after its noun, or ending the clause a part cue follows.
func TestPartAskedWhole(t *testing.T) {
	cases := []struct {
		norm, whole string
		ok          bool
	}{
		{"去年城镇新增就业2.04万人里高校毕业生有多少", "2.04万人", true},
		{"今年那366个如期开工项目里亿元以上的有几个", "366个", true},
		{"今年建设数字化车间、智能工厂15个，其中智能工厂几个", "15个", true},
		{"去年修复湿地150.2公顷其中滨海湿地多少", "150.2公顷", true},
		{"2万户中有多少是独居老人", "2万户", true},
		{"今年5个中心建成了吗", "", false}, // 中 of 中心 closes no noun
		{"今年新签约项目多少个", "", false},
	}
	for _, c := range cases {
		_, whole, ok := partAsked(c.norm, nil)
		if whole != c.whole || ok != c.ok {
			t.Errorf("partAsked(%q) = %q, %v; want %q, %v", c.norm, whole, ok, c.whole, c.ok)
		}
	}
}

func TestWholeClause(t *testing.T) {
	cases := []struct {
		clause, whole string
		want          bool
	}{
		{"更新改造供水供热燃气排水等老旧管网360公里", "360公里", true},
		{"全年实施500万元以上项目600个、其中亿元以上项目125个", "600个", false},
		{"新建和改造城市公园20处", "20处", true},
		{"新建和改造城市公园120处", "20处", true}, // a clause test, not a figure one: holdsWholeFigure reads numbers
	}
	for _, c := range cases {
		if got := wholeClause(c.clause, c.whole); got != c.want {
			t.Errorf("wholeClause(%q, %q) = %v, want %v", c.clause, c.whole, got, c.want)
		}
	}
}

func TestHoldsWholeFigure(t *testing.T) {
	cases := []struct {
		text, whole string
		want        bool
	}{
		{"推动…等366个项目如期开工", "366个", true},
		{"全年实施500万元以上项目600个、其中亿元以上项目125个", "366个", false},
		{"新建和改造城市公园120处", "20处", false},
		{"城市公园20处、120处", "20处", true},
	}
	for _, c := range cases {
		if got := holdsWholeFigure(c.text, c.whole); got != c.want {
			t.Errorf("holdsWholeFigure(%q, %q) = %v, want %v", c.text, c.whole, got, c.want)
		}
	}
}

// TestPartBetweenTerms: 里 or 中 right between two asked terms marks a
// part asked of a whole, which the whole's figure does not answer; 中 that
// opens the next term (中小企业) and a place's 里 are no marks.
func TestPartBetweenTerms(t *testing.T) {
	ix := seedIndex(t)
	cases := []struct {
		q    string
		part bool
	}{
		{"去年新登记经营主体里 个体工商户增长多少", true},
		{"去年新登记经营主体里个体工商户增长多少", true},
		{"经营主体中，个体工商户有多少", true},
		{"科技型中小企业增长多少", false},
		{"新登记经营主体增长多少", false},
		{"城里新增就业多少人", false},
		{"治安警情中盗窃警情下降多少", true},
		{"科技型中小企业、高新技术企业里高新技术企业增长多少", true},
		{"农业里中储粮项目进展", false},
		{"旅游中青旅项目", false}, // 中 opens the bigram 中青 asked
	}
	for _, c := range cases {
		a := ix.analyze(Normalize(c.q), nil)
		_, _, ok := partAsked(a.norm, ix.askedTerms(a))
		if ok != c.part {
			t.Errorf("partAsked(%q) ok = %v, want %v", c.q, ok, c.part)
		}
	}
}

// TestSplitWholePart: the part's naming words leave out what the whole's
// words hold and, with a qualifier left, the head both measure.
func TestSplitWholePart(t *testing.T) {
	ix := seedIndex(t)
	cases := []struct{ q, names string }{
		{"固定资产投资里工业投资增长多少", "工业"},
		{"全社会研发经费里企业研发投入增长多少", "企业"},
		{"粮食产量中水稻产量多少", "水稻"},
		{"新登记经营主体中个体工商户增长多少", "个体工商户"},
	}
	for _, c := range cases {
		a := ix.analyze(Normalize(c.q), nil)
		asked := ix.askedTerms(a)
		part, _, _ := partAsked(a.norm, asked)
		_, names := splitWholePart(part, asked)
		var got []string
		for _, n := range names {
			got = append(got, n.term)
		}
		if strings.Join(got, " ") != c.names {
			t.Errorf("splitWholePart(%q) names %q, want %q", c.q, got, c.names)
		}
	}
}
