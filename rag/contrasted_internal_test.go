package rag

import "testing"

func TestContrastedOwnPlaceName(t *testing.T) {
	ix := seedIndex(t)
	clause := Normalize("盘锦职业技术学院在籍学生突破1万人")
	for _, tc := range []struct {
		q    string
		want bool
	}{
		// The city's own college is not another one the question names.
		{"辽河石油职业技术学院有多少学生", true},
		{"盘锦职业技术学院有多少学生", false},
		{"职业技术学院有多少学生", false},
		{"盘锦有多少职业技术学院学生", false},
	} {
		asked := ix.askedTerms(ix.analyze(Normalize(tc.q), nil))
		if got := ix.contrasted(asked, clause); got != tc.want {
			t.Errorf("contrasted(%q, %q) = %v, want %v (asked %v)", tc.q, clause, got, tc.want, termTexts(asked))
		}
	}
}
