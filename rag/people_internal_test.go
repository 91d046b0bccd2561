package rag

import "testing"

func TestOfficeAsked(t *testing.T) {
	for _, tc := range []struct{ norm, word string }{
		{"盘锦常务副市长是谁", "常务副市长"},
		{"盘锦市委书记是谁", "市委书记"},
		{"习近平总书记提出了什么", "总书记"},
		{"市长是谁", "市长"},
		{"who is the vice mayor", "vice mayor"},
		{"一把手工程是什么", ""},
		{"市长热线是多少", ""},
		{"全市长期护理保险怎么样", ""},
		{"城市长效管理机制", ""},
		{"what did the mayoral race decide", ""},
		{"驻村第一书记是谁", "第一书记"},
		{"who is the secretary of the village committee", ""},
	} {
		got, _, _ := officeAsked(tc.norm)
		if got.word != tc.word {
			t.Errorf("officeAsked(%q) = %q, want %q", tc.norm, got.word, tc.word)
		}
	}
}

func TestClaimedName(t *testing.T) {
	sig := signature{name: "邢鹏", office: "市长"}
	for _, tc := range []struct{ norm, want string }{
		{"市长是王鹏吧", "王鹏"},
		{"报告是市长李鹏做的吧", "李鹏"},
		{"市长是邢鹏吧", ""},
		{"报告是市委书记作的吧", ""},
		{"市长是女的吧", ""},
		{"王鹏市长做的这个报告吗", "王鹏"},
		{"李小鹏市长讲的吧", "李小鹏"},
		{"邢鹏市长做的报告吗", ""},
		// The speaker's name with a character more is another name; a
		// verb after the name is no part of it.
		{"市长邢鹏飞作的报告对吗", "邢鹏飞"},
		{"邢鹏飞市长做的报告吗", "邢鹏飞"},
		{"市长邢鹏说的吧", ""},
		{"市长邢鹏向大会作的报告吧", ""},
		{"王市长做的报告吗", "王市长"},
		{"高市长做的报告吗", "高市长"},
		{"邢市长做的报告吗", ""},
		{"市长做的报告吗", ""},
		{"今年市长讲了啥", ""},
	} {
		if got := claimedName(tc.norm, sig); got != tc.want {
			t.Errorf("claimedName(%q) = %q, want %q", tc.norm, got, tc.want)
		}
	}
}

func TestHolderAndBiography(t *testing.T) {
	for _, tc := range []struct {
		norm, word string
		want       bool
	}{
		{"市长叫什么名字", "市长", true},
		{"谁是市长", "市长", true},
		{"who is the party secretary of panjin?", "party secretary", true},
		{"which enterprises does the mayor thank by name?", "mayor", false},
		{"市长提到了谁", "市长", false},
		{"前任市长是谁", "市长", true},
		{"城市长效机制是什么名字", "市长", false},
		{"常务副市长都有谁啊", "常务副市长", true},
		{"市委书记有谁", "市委书记", true},
		{"市长讲话里提到的企业都有谁家", "市长", false},
	} {
		if got := holderAsked(tc.norm, tc.word); got != tc.want {
			t.Errorf("holderAsked(%q, %q) = %v, want %v", tc.norm, tc.word, got, tc.want)
		}
	}
	for _, tc := range []struct {
		norm string
		want bool
	}{
		{"邢鹏之前在哪任职", true},
		{"市长多大岁数", true},
		{"how old is the mayor?", true},
		{"市长说今年要保障困难家庭", false},
		{"市长对困难家庭有什么安排", false},
		{"市长对高校毕业生有什么政策", false},
		{"市长对孩子上学有什么打算", false},
		{"what did the mayor say about education?", false},
		{"what does the report say about family support? the mayor thanked everyone", false},
		{"全市长期以来有什么背景", false},
		{"市长的家庭情况", true},
		{"市长家里几口人", true},
		{"市长多大了", true},
		{"where is the mayor from?", true},
		{"what is the mayor's educational background?", true},
	} {
		if got := asksBiography(tc.norm, []string{"邢鹏", "市长", "mayor"}); got != tc.want {
			t.Errorf("asksBiography(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}

func TestOfficeBodyAndTenure(t *testing.T) {
	for _, tc := range []struct{ norm, canon string }{
		{"驻村第一书记是谁", "驻村第一书记"},
		{"盘锦书记是谁", "市委书记"},
		{"社区书记是谁", "社区书记"},
		{"who is the village party secretary", "village party secretary"},
		{"who is the party secretary", "市委书记"},
	} {
		if got, _, _ := officeAsked(tc.norm); got.canon != tc.canon {
			t.Errorf("officeAsked(%q).canon = %q, want %q", tc.norm, got.canon, tc.canon)
		}
	}
	for _, tc := range []struct{ before, want string }{
		{"前任", "前任"}, {"下一任盘锦", "下一任盘锦"}, {"who was the former ", "former "}, {"盘锦", ""}, {"原油", ""},
	} {
		if got := otherTenure.FindString(tc.before); got != tc.want {
			t.Errorf("otherTenure(%q) = %q, want %q", tc.before, got, tc.want)
		}
	}
}

// A report whose text names an office's holder is left to answer who
// holds it; one that does not is declined by its signature.
func TestNamesHolder(t *testing.T) {
	rep := &Report{Paragraphs: []Paragraph{{Text: "市长 邢  鹏"}, {Text: "省委书记郝鹏来盘调研。"}}}
	sig := signature{rep: rep, para: &rep.Paragraphs[0], name: "邢鹏", office: "市长"}
	for _, tc := range []struct {
		off  office
		want bool
	}{
		{office{"省委书记", "省委书记", false}, true},
		{office{"书记", "市委书记", false}, false},
		{office{"governor", "省长", false}, false},
	} {
		if got := namesHolder(sig, tc.off); got != tc.want {
			t.Errorf("namesHolder(%q) = %v, want %v", tc.off.word, got, tc.want)
		}
	}
}
