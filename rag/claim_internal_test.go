package rag

import (
	"slices"
	"testing"
)

// rankMove reads the way a rank moved (升 or 降), with or without the
// verb's first character and a scope before the place.
func TestRankMoveReadsTheWay(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"升至第21位", []string{"升"}},
		{"下降到第21位", []string{"降"}},
		{"下降到全国第21位", []string{"降"}},
		{"上升到全省第3位", []string{"升"}},
		{"提升至全市第一位", []string{"升"}},
		{"降到全国第5", []string{"降"}},
		// A rank held, not moved to, is no move.
		{"位居全国第21位", nil},
		{"提升全国第21位", nil},
	} {
		if got := matchedValues(rankMove, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("findAllRunes(rankMove, %q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// namesSubject reads the thing a value is of before it in the report's
// clause, or after it when nothing stands before it.
func TestNamesSubjectAfterAnOpeningValue(t *testing.T) {
	for _, tc := range []struct {
		q, text string
		want    bool
	}{
		{"盘锦河蟹平台体验店在全省推广吧", "，在全国推广建设盘锦河蟹平台体验店30个。", true},
		{"综合窗口改革经验在全国推广吧", "市本级综合窗口改革经验做法在全省推广。", true},
		// Something named before the value is what it is of: the words
		// after it are another thing's.
		{"盘锦河蟹平台体验店在全省推广吧", "，综合窗口改革经验在全国推广建设盘锦河蟹平台体验店。", false},
		{"综合窗口改革经验在全国推广吧", "，在全省推广建设盘锦河蟹平台体验店30个。", false},
	} {
		q, text := []rune(tc.q), []rune(tc.text)
		asked := findAllRunes(practiceReach, q)
		reach := findAllRunes(practiceReach, text)
		if len(asked) != 1 || len(reach) != 1 {
			t.Fatalf("practiceReach: %q, %q: want one match each", tc.q, tc.text)
		}
		if got := namesSubject(text, reach[0], q, asked); got != tc.want {
			t.Errorf("namesSubject(%q, %q) = %v, want %v", tc.text, tc.q, got, tc.want)
		}
	}
}

// A one-clause statement that a thing was given a title or a place is a
// claim to check, typed without a question mark or particle.
func TestStatesTitle(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"益海嘉里被评为省级绿色工厂", true},
		{"辽滨经开区蝉联全省制造业区域品牌第二", true},
		{"盘锦联合沈阳申报的绿色石化集群获批国家级先进制造业集群", true},
		{"获评省级5G工厂的企业", false},        // no subject before the verb
		{"益海嘉里被评为国家级绿色工厂，今年呢", false}, // two clauses
		{"益海嘉里被评为", false},            // no title after it
		{"今年绿色工厂创建", false},           // no title verb
	} {
		if got := statesTitle(tc.text); got != tc.want {
			t.Errorf("statesTitle(%q) = %v, want %v", tc.text, got, tc.want)
		}
		if got := ClaimShaped(tc.text); got != tc.want {
			t.Errorf("ClaimShaped(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// 十几 is a loose count said as a claim, not 几 asking how many; 几个 and
// 几十 still ask.
func TestLooseCountIsNoQuestion(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"去年新开了十几条公交线路？", true},
		{"这个项目投了二十几亿？", true},
		{"去年新开了几条公交线路？", false},
		{"去年开了几十条还是十几条？", false},
	} {
		if got := ClaimShaped(tc.text); got != tc.want {
			t.Errorf("ClaimShaped(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestCountUnitClaimed: a count stated in a measure word is found, but
// not a number that is part of a name (碳九) nor a measure word that
// begins a noun (项目, 家庭).
func TestCountUnitClaimed(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"新建了10多座污水厂吧", "座"},
		{"外卖小哥有1万多人吧", "人"},
		{"某某碳九项目投产了吗", ""},
		{"某某碳5装置建了3座吧", "座"},
		{"新开了12项目吧", ""},
		{"救助了300家庭吧", ""},
		{"改造了3天然气站吧", ""},
		{"退休年龄是63岁吧", "岁"},
	} {
		if got := countUnitClaimed(Normalize(c.q)); got != c.want {
			t.Errorf("countUnitClaimed(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

// A lead time or aspect alone between a short name and its value links
// them as a verb after it does (景区早就3A了); any other words do not.
func TestSubjectLinkLeadAlone(t *testing.T) {
	for _, tc := range []struct {
		between string
		want    bool
	}{
		{"", true},
		{"是", true},
		{"都", true},
		{"已经", true},
		{"早就", true},
		{"去年升成", true},
		{"旁边的", false},
		{"都不", false},
	} {
		if got := isSubjectLink(tc.between); got != tc.want {
			t.Errorf("isSubjectLink(%q) = %v, want %v", tc.between, got, tc.want)
		}
	}
}

// An award's grade is read by the thing named before it: a claim of
// another grade of the same thing contrasts, another thing's does not.
func TestAwardGradeBySubject(t *testing.T) {
	text := []rune("两个项目获评省科技进步成果二等奖。")
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"省科技进步成果拿了一等奖吧", true},
		{"省科技进步成果获得特等奖对吗", true},
		{"市文艺创作评选得了一等奖吧", false},
	} {
		q := []rune(tc.q)
		asked := findAllRunes(awardGrade, q)
		grades := findAllRunes(awardGrade, text)
		if len(asked) != 1 || len(grades) != 1 {
			t.Fatalf("awardGrade: %q: want one match each", tc.q)
		}
		if got := namesSubject(text, grades[0], q, asked); got != tc.want {
			t.Errorf("namesSubject(%q, %q) = %v, want %v", string(text), tc.q, got, tc.want)
		}
	}
}

// TestPlacedRoundNoCount: 上一轮, 下一轮 name a round by where it stands;
// no count of rounds is claimed, so none is "corrected" (第三轮).
func TestPlacedRoundNoCount(t *testing.T) {
	checkFoundWantNot(t, []foundWantNot{
		{"上一轮中央环保督察的整改任务今年完成吗", true, "第三轮", "更正"},
		{"今年迎接的是第二轮中央生态环保督察吗", true, "更正", "没有直接回答"},
	})
}

// A principle kept the other way (强制 for 自愿, 统一 for 弹性) or another
// kind of store (储油 for 储能) is corrected in every phrasing of the claim;
// the report's own words never are.
func TestWordContrastsCorrected(t *testing.T) {
	ans := &Answer{Citations: []Citation{
		{Quote: "按照自愿、弹性原则，稳妥推进公积金缴存改革。"},
		{Quote: "建设储水储热储电“三大储站”。"},
	}}
	testContrasts(t, ans, []contrastCase{
		{"公积金缴存改革按照强制、统一原则推进，对吗", []string{"自愿", "弹性"}},
		{"我记得是按照强制原则推进的", []string{"自愿"}},
		{"听说按照统一原则推进", []string{"弹性"}},
		{"建设储水储热储油三大储站吧", []string{"储电"}},
		{"不是要建设储水储气储电三大储站吗", []string{"储热"}},
		// The report's own words are no wrong claim.
		{"按照自愿、弹性原则推进吧", nil},
		{"建设储水储热储电三大储站，对吧", nil},
		// Beside other words, another value claims nothing of the quote's.
		{"统一大市场建设怎么样", nil},
	})
}

// A kind of energy stored (储热, 储电, 储氢) is a 储能: no claim of one is
// corrected beside the report's 储能, nor 储能 beside one of them; a store
// of no energy (储油) still is.
func TestEnergyStoreNoContrast(t *testing.T) {
	ans := &Answer{Citations: []Citation{
		{Quote: "熔盐储能示范站投入试运行。"},
		{Quote: "建设储水储碳储能“两大储站”。"},
		{Quote: "推广飞轮储电示范装置。"},
	}}
	testContrasts(t, ans, []contrastCase{
		{"熔盐储热示范站投入试运行了吧", nil},
		{"建设储水储碳储电两大储站吗", nil},
		{"要建储氢的储站吗", nil},
		// One of a list written run on (储水储碳储能) is listed beside the
		// first, whatever the claim's words around it.
		{"要建储电设施吗", nil},
		{"推广飞轮储能示范装置对吗", nil},
		{"熔盐储油示范站投入试运行了吧", []string{"储能"}},
	})
}

// A provincial list's first batch is the provincial level: a claim of the
// national level, or of the national list, is corrected by it, once; the
// claim of the provincial level is the report's.
func TestProvincialBatchLevel(t *testing.T) {
	ans := &Answer{Citations: []Citation{
		{Quote: "“辽滨经开区石油化工市域产教联合体”入选全省首批建设项目名单"},
	}}
	testContrasts(t, ans, []contrastCase{
		{"辽滨经开区石油化工市域产教联合体是国家级的吧", []string{"全省首批"}},
		{"辽滨经开区石油化工市域产教联合体入选全国首批了吧", []string{"全省首批"}},
		{"辽滨经开区石油化工市域产教联合体进了国家首批名单", []string{"全省首批"}},
		{"辽滨经开区石油化工市域产教联合体入选全省首批建设项目名单吧", nil},
		{"辽滨经开区石油化工市域产教联合体是省级的吧", nil},
	})
}

// A claimed 首批 against the report's 第N批 of the same list is corrected
// with the report's batch; the same batch in other words is not.
func TestFirstBatchOrdinal(t *testing.T) {
	ans := &Answer{Citations: []Citation{
		{Quote: "盘锦获评全国第四批一刻钟便民生活圈试点城市"},
		{Quote: "“辽滨经开区石油化工市域产教联合体”入选全省首批建设项目名单"},
	}}
	testContrasts(t, ans, []contrastCase{
		{"盘锦是国家首批一刻钟便民生活圈试点城市吗", []string{"第四批"}},
		{"盘锦是全国第四批一刻钟便民生活圈试点城市吗", nil},
		{"辽滨经开区石油化工市域产教联合体入选全省第一批建设项目名单吧", nil},
		{"辽滨经开区石油化工市域产教联合体入选全省第二批建设项目名单吧", []string{"首批"}},
	})
}

// contrastCase is a claim and the report's values contrastCorrections
// corrects it with (nil: none).
type contrastCase struct {
	claim string
	want  []string
}

// testContrasts checks each case's corrections against ans's quotes.
func testContrasts(t *testing.T, ans *Answer, cases []contrastCase) {
	t.Helper()
	for _, tc := range cases {
		var got []string
		for _, p := range contrastCorrections(ans, tc.claim) {
			got = append(got, p.Figure.Value)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("contrastCorrections(%q) = %q, want %q", tc.claim, got, tc.want)
		}
	}
}
