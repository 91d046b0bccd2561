package rag

import (
	"testing"

	"github.com/reportbot/reportbot/places"
)

// A place the report writes in the very clause a question asks of is the
// city's source of funds, partner or media; one whose own figure is asked
// stays another place.
func TestWritesPlaceWith(t *testing.T) {
	texts := []string{
		Normalize("获批省稳增长奖励资金全省第三、为2023年五倍。"),
		Normalize("在人民日报、新华社等中央主要媒体刊发400余篇。"),
		Normalize("援疆项目赛尔山现代畜牧科技养殖孵化园建成使用。"),
		Normalize("积极参与辽宁沿海经济带建设，主动融入辽西五市区域协同发展。"),
		Normalize("闭环推进党中央国务院决策部署及省委省政府、市委工作要求落实落地。"),
		Normalize("持续做好新疆和布克赛尔县对口援助、锦州义县对口帮扶工作。"),
		Normalize("实际利用外资7.5亿美元、全省第二。"),
		Normalize("建设城乡一体、内外兼修、全域全面、更高水平的全国文明城市。"),
	}
	liaoning := places.Place{Name: "辽宁省", Short: "辽宁", Kind: places.KindProvince}
	xinjiang := places.Place{Name: "新疆维吾尔自治区", Short: "新疆", Kind: places.KindProvince}
	jinzhou := places.Place{Name: "锦州市", Short: "锦州", Kind: places.KindCity}
	central := []string{"中央", "央"}
	for _, c := range []struct {
		q, place string
		forms    []string
		want     bool
	}{
		{"辽宁省稳增长奖励资金", "辽宁省", placeForms(liaoning, PlaceWider), true},
		{"中央媒体刊发多少篇", "中央", central, true},
		{"中央媒体发了多少篇", "中央", central, true},
		{"新疆援疆项目是什么", "新疆", placeForms(xinjiang, PlaceOther), true},
		{"辽宁沿海经济带今年GDP目标", "辽宁", placeForms(liaoning, PlaceWider), false},
		{"辽宁省政府工作报告提出的GDP目标", "辽宁省", placeForms(liaoning, PlaceWider), false},
		{"新疆和布克赛尔县GDP", "新疆", placeForms(xinjiang, PlaceOther), false},
		{"对口帮扶锦州义县，去年给了多少帮扶资金", "锦州", placeForms(jinzhou, PlaceOther), false},
		{"辽宁省实际利用外资多少", "辽宁省", placeForms(liaoning, PlaceWider), false},
		{"中央财政收入多少", "中央", central, false},
		{"中央媒体发稿多少篇", "中央", central, true},
		{"今年全国文明城市创建目标", "全国", []string{"全国"}, true},
		{"辽宁沿海经济带生产总值多少", "辽宁", placeForms(liaoning, PlaceWider), false},
		{"辽宁沿海经济带建设投资多少", "辽宁", placeForms(liaoning, PlaceWider), false},
		{"辽宁沿海经济带建设怎么搞", "辽宁", placeForms(liaoning, PlaceWider), true},
		{"全国文明城市有多少个", "全国", []string{"全国"}, true},
		{"全国GDP增长目标", "全国", []string{"全国"}, false},
		{"新疆的GDP", "新疆", placeForms(xinjiang, PlaceOther), false},
	} {
		norm := Normalize(c.q)
		end := indexOf(t, norm, c.place) + len(c.place)
		write := writesPlaceWith
		if c.place == "中央" || c.place == "全国" {
			write = writesCountryWith
		}
		if got := write(texts, c.forms, readAskedAfter(norm, end)); got != c.want {
			t.Errorf("writesPlaceWith(%q after %s) = %v, want %v", c.q, c.place, got, c.want)
		}
	}
}

func indexOf(t *testing.T, s, sub string) int {
	t.Helper()
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	t.Fatalf("%q not in %q", sub, s)
	return -1
}

// The whole engine: such places no longer refuse; other places still do.
func TestPlaceWrittenWithAnswers(t *testing.T) {
	eng := NewEngine(seedIndex(t), nil)
	for _, c := range []struct {
		q     string
		found bool
	}{
		{"中央媒体刊发多少篇", true},
		{"中央媒体发了多少篇", true},
		{"新疆援疆项目是什么", true},
		{"辽宁省稳增长奖励资金", true},
		{"辽宁省制度性创新成果优秀奖几个", true},
		{"辽宁大学今年招生多少", false},
		{"辽宁沿海经济带今年GDP目标", false},
		{"辽宁省政府工作报告提出的GDP目标", false},
		{"大连的GDP", false},
		{"中央财政收入多少", false},
	} {
		ans, err := eng.Ask(t.Context(), Query{Text: c.q})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found != c.found {
			t.Errorf("%s: found = %v, want %v", c.q, ans.Found, c.found)
		}
	}
}

// A place that opens a body's name the report writes is no place asked of.
func TestNamesInstitution(t *testing.T) {
	texts := []string{
		Normalize("建成“辽宁数字商业”“华为鲲鹏”等产业学院。"),
		Normalize("支持大连理工大学盘锦校区“双一流”建设。"),
	}
	liaoning := places.Place{Name: "辽宁省", Short: "辽宁", Kind: places.KindProvince}
	dalian := places.Place{Name: "大连市", Short: "大连", Kind: places.KindCity}
	for _, c := range []struct {
		q, place string
		forms    []string
		want     bool
	}{
		{"辽宁数字商业产业学院今年建成吗", "辽宁", placeForms(liaoning, PlaceWider), true},
		{"辽宁大学今年招生多少", "辽宁", placeForms(liaoning, PlaceWider), false},
		{"辽宁数字商业增长多少", "辽宁", placeForms(liaoning, PlaceWider), false},
		{"大连理工今年GDP", "大连", placeForms(dalian, PlaceOther), false},
	} {
		norm := Normalize(c.q)
		end := indexOf(t, norm, c.place) + len(c.place)
		if got := namesInstitution(texts, c.forms, readAskedAfter(norm, end)); got != c.want {
			t.Errorf("namesInstitution(%q after %s) = %v, want %v", c.q, c.place, got, c.want)
		}
	}
}

// 全国 after a thing the report builds "在全国" is where the city builds
// it, not the country whose figure is asked.
func TestActsAcrossCountry(t *testing.T) {
	texts := []string{
		Normalize("提速建设东北新发地二期项目，在全国推广建设盘锦河蟹平台体验店30个。"),
		Normalize("辽滨经开区连续6年跻身全国化工园区30强、升至第21位。"),
	}
	for _, c := range []struct {
		before string
		want   bool
	}{
		{"河蟹平台体验店今年", true},
		{"盘锦河蟹", false}, // the city's crabs, not the shops counted
		{"化工园区", false}, // 跻身全国…: a ranking among the country's parks
		{"经济", false},
		{"", false},
	} {
		if got := actsAcrossCountry(texts, Normalize(c.before)); got != c.want {
			t.Errorf("%q: got %v, want %v", c.before, got, c.want)
		}
	}
}
