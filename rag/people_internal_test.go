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
	} {
		got, _ := officeAsked(tc.norm)
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
	} {
		if got := asksBiography(tc.norm, []string{"邢鹏", "市长", "mayor"}); got != tc.want {
			t.Errorf("asksBiography(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}
