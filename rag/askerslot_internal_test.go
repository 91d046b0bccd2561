package rag

import "testing"

// A slot holding the asker's whether-cue or 我 is the question's frame,
// never a name the report writes otherwise.
func TestAskersSlot(t *testing.T) {
	for _, tc := range []struct {
		stated string
		want   bool
	}{
		{"产业营收目标是不是超过", true},
		{"以后我的贷款利率会", true},
		{"是否获批", true},
		{"我市", false}, // the report's own voice
		{"我们", false},
		{"盘锦职业技术学院", false},
		{"明阳智能", false},
	} {
		if got := askersSlot(tc.stated); got != tc.want {
			t.Errorf("askersSlot(%q) = %v, want %v", tc.stated, got, tc.want)
		}
	}
}

// A right figure asked with 是不是 inside the claim is confirmed, not
// "corrected" with the words the whether-cue lined up against.
func TestWhetherCueNotCorrected(t *testing.T) {
	eng := NewEngine(seedIndex(t), nil)
	for _, q := range []string{"石化及精细化工产业今年营收目标是不是超过2000亿元？"} {
		ans, err := eng.Ask(t.Context(), Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if hasCorrection(ans) {
			t.Errorf("%s: made-up correction: %+v", q, ans.Parts[0])
		}
	}
}
