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

func TestContextClaim(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"城镇新增就业2.04万人，今年目标是多少", true}, // the later clause asks its own figure
		{"城镇新增就业2.04万人，超过今年目标1.9万人了吗", true},
		{"今年GDP增长5.5%左右，去年增长多少", false},          // its own clause names its year
		{"实际利用外资7.5亿美元全省第几？今年目标多少", false},       // its own clause asks
		{"一般公共预算收入增长8.3%，高于全省多少？今年目标6%吗", false}, // the next clause names no year
		{"GDP增长5.5%左右，这是今年的目标", false},           // the next clause asks no figure
	}
	for _, tt := range tests {
		ms := statedFigures(tt.q)
		if got := contextClaim([]rune(tt.q), ms[0], &span{}); got != tt.want {
			t.Errorf("contextClaim(%s) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// A figure given as context for a later clause's asks nothing of the
// asked year: right of the other year, it is not "corrected" by the asked
// year's figure; wrong of both, the asked year's corrects it.
func TestPremiseContextFigure(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"城镇新增就业2.04万人，今年目标是多少？", "", ""},
		{"城镇新增就业2.04万人，超过今年目标1.9万人了吗？", "", ""},
		{"实际到位内资增长20.2%，今年目标是多少？", "", ""},
		{"科技成果转化80项，今年多少项？", "", ""},
		{"城镇新增就业3万人，今年目标是多少？", "3万人", "1.9万人"},
		{"去年城镇新增就业1.9万人，今年目标是多少？", "1.9万人", "2.04万人"},
	})
}
