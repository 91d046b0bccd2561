package figures

import "testing"

func TestClaimKind(t *testing.T) {
	tests := []struct {
		q    string
		want Kind
	}{
		{"实际到位内资增长20.2%对吗，今年呢", ""},
		{"今年项目开工366个对吗，去年新建项目开工多少", KindTarget},
		{"去年普惠率90.6%对吗，今年目标多少", KindResult},
		{"GDP增长5.5%左右，这是今年的目标", KindTarget}, // the claim is not closed: the question's period
		{"听说是4.7%，去年GDP增速是这个数吗", KindResult},
	}
	for _, tt := range tests {
		rs := []rune(tt.q)
		ms := statedFigures(tt.q)
		if len(ms) == 0 {
			t.Fatalf("%s: no stated figure", tt.q)
		}
		whole := questionKind(tt.q, &span{})
		if got := claimKind(rs, ms[0], whole, &span{}); got != tt.want {
			t.Errorf("claimKind(%s) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
