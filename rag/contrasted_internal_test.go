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

// A qualifier no report writes (公办) asks a kind the reports never count:
// any word written in its place (普惠性) counts another kind, even one
// the dictionary has as no noun — but not a misspelling sharing a
// character with it (北头 for 北斗).
func TestContrastedUnwrittenQualifier(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q, text string
		want    bool
	}{
		{"2024年新增公办幼儿园学位多少个", "新增普惠性幼儿园学位", true},
		{"2024年新增普惠性幼儿园学位多少个", "新增普惠性幼儿园学位", false},
		{"北头应用终端今年新增跟替代多少个", "新增及替代北斗应用终端", false},
	} {
		asked := ix.askedTerms(ix.analyze(Normalize(tc.q), nil))
		if got := ix.contrasted(asked, Normalize(tc.text)); got != tc.want {
			t.Errorf("contrasted(%q, %q) = %v, want %v (asked %v)", tc.q, tc.text, got, tc.want, termTexts(asked))
		}
	}
}
