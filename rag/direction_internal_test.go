package rag

import "testing"

func TestDirectionCorrected(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	checkCorrections(t, e, []correctionCase{
		{"社会救助标准降了吗", "更正：报告写的是“四类”人群社会救助标准同步增长，不是下降"},
		{"社会救助标准降低了吧", "更正：报告写的是“四类”人群社会救助标准同步增长，不是降低"},
		{"化工精细化率降了吗", "更正：报告写的是化工精细化率提升至45%，不是下降"},
		{"办学水平下降了吧", "更正：报告写的是盘锦职业技术学院在籍学生突破1万人、办学水平不断提高，不是下降"},
		{"今年居民收入要下降吗", "更正：报告写的是居民收入增长，不是下降"},
		// The report says the way asked, or only a plan for a past claim,
		// or nothing is named: no correction.
		{"社会救助标准涨了吗", ""},
		{"社会救助标准提高了吗", ""},
		{"居民收入减少了吗", ""},
		{"降了吗", ""},
		// 是不是 right before the verb asks whether it moved so.
		{"社会救助标准是不是降了", "更正：报告写的是“四类”人群社会救助标准同步增长，不是下降"},
		{"社会救助标准是不是涨了", ""},
		// In a list of moves the asked thing's own verb and figure, not
		// the first item's.
		{"进出口总额是不是下降了", "更正：报告写的是进出口总额增长39.7%，不是下降"},
		{"进出口总额是不是减少了", "更正：报告写的是进出口总额增长39.7%，不是减少"},
		// The asker denies the move: no wrong claim.
		{"社会救助标准没有降吧", ""},
		{"社会救助标准不会降吧", ""},
		// 增加值 is a quantity, not a rise.
		{"今年国有经济增加值会减少吗", ""},
		// The verb opens the clause: the quote runs on to what moved.
		{"托育学位减少了吗", "更正：报告写的是增加普惠性托育学位640个，不是减少"},
		// Which things moved is asked, none claimed.
		{"去年哪些方面下降", ""},
		{"去年哪些指标下滑了", ""},
		// 为什么 asks why of the claim: the claim is still corrected.
		{"去年住宅小区物业投诉量为什么上升了", "更正：报告写的是住宅小区物业投诉量下降18.6%，不是上升"},
	})
}

func TestDirectionClaimed(t *testing.T) {
	tests := []struct {
		q          string
		rise, fall bool
	}{
		{"社会救助标准降了吗", false, true},
		{"收入下滑了吧", false, true},
		{"标准提高了对吧", true, false},
		{"涨价", false, false}, // no claim: 价 after the verb
	}
	for _, tt := range tests {
		m := directionClaimed.FindStringSubmatch(tt.q)
		rise, fall := m != nil && m[1] != "", m != nil && m[2] != ""
		if rise != tt.rise || fall != tt.fall {
			t.Errorf("%s: rise %v fall %v, want %v %v", tt.q, rise, fall, tt.rise, tt.fall)
		}
	}
}
