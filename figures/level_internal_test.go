package figures

import (
	"testing"

	"github.com/reportbot/reportbot/rag"
)

func TestLevelPremise(t *testing.T) {
	seedReport(t)
	ix := NewIndex(seedReports, rag.DefaultLexicon().Expand)
	for _, tc := range []struct {
		q      string
		level  string // the level corrected; "" for no level correction
		change string // the change it gives beside it
	}{
		{"去年化工精细化率提高了45%吧", "45%", ""},
		{"去年跨境电商企业增加了70家吧", "70家", ""},
		{"去年进出口总额增长了147亿吧", "147亿元", "39.7%"},
		{"去年实际到位内资增加了451.5亿元吧", "451.5亿元", "20.2%"},
		{"去年普惠率提高了90.6个百分点吧", "90.6%", ""},
		{"去年托育学位增加了640个吧", "", ""},    // the count added is the increase
		{"去年实际到位内资增长了20.2%吧", "", ""}, // the change itself
		{"去年化工精细化率提升至45%吧", "", ""},   // the level, said as one
	} {
		c := Premise(tc.q, ix, "")
		level, change := "", ""
		if c != nil && c.Level {
			level = c.Actual.Text
			if c.Change != nil {
				change = c.Change.Text
			}
		}
		if level != tc.level || change != tc.change {
			t.Errorf("%s: level %q change %q, want %q %q (%+v)", tc.q, level, change, tc.level, tc.change, c)
		}
	}
}

func TestStatedRanges(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want string // the one stated figure, "" when not one range
	}{
		{"今年GDP目标在5%到6%之间吧", "5–6%"},
		{"介于2万人和3万人之间", "20000–30000人"},
		{"Is the target between 4% and 6%?", "4–6%"},
		{"今年GDP目标在6%到5%之间吗", "5–6%"}, // high end first: the same span
		{"介于3万人和2万人之间", "20000–30000人"},
		{"在5%到5%之间", ""},
		{"5%和6%哪个对", ""}, // no 之间: two figures
	} {
		ms := statedFigures(tc.q)
		got := ""
		if len(ms) == 1 {
			got = ms[0].Value.String()
		}
		if got != tc.want {
			t.Errorf("%s: %q, want %q", tc.q, got, tc.want)
		}
	}
	r := Value{Number: 5, Max: 6, Unit: "%"}
	for _, tc := range []struct {
		w    Value
		want bool
	}{
		{Value{Number: 5.5, Max: 5.5, Unit: "%", Qualifier: "左右"}, true},
		{Value{Number: 5, Max: 5, Unit: "%"}, true},
		{Value{Number: 6.5, Max: 6.5, Unit: "%"}, false},
		{Value{Number: 10, Max: 10, Unit: "%", Qualifier: "以上"}, false},
		{Value{Number: 4, Max: 4, Unit: "%", Qualifier: "以上"}, true}, // may lie inside
	} {
		if got := r.Admits(tc.w); got != tc.want {
			t.Errorf("5–6%% admits %v: %v, want %v", tc.w, got, tc.want)
		}
	}
}

func TestFallToPremise(t *testing.T) {
	seedReport(t)
	ix := NewIndex(seedReports, rag.DefaultLexicon().Expand)
	for _, tc := range []struct {
		q      string
		stated string // the fall-to corrected; "" for none
	}{
		{"去年刑事警情下降到26.1%，是吧", "下降到26.1%"},
		{"听说去年刑事警情降到了26.1%", "降到了26.1%"},
		{"我记得去年治安警情降至24.3%", "降至24.3%"},
		{"去年治安警情不是下降到24.3%吗", "下降到24.3%"},
		{"去年刑事警情下降了26.1%吧", ""},    // the fall itself, right
		{"去年刑事警情下降26.1%，没错吧", ""},  // the same
		{"去年地区生产总值增长到3.5%左右吧", ""}, // a growth rate said so: no fall
		{"去年化工精细化率提升至45%吧", ""},    // a level the report writes as one
	} {
		c := Premise(tc.q, ix, "")
		stated := ""
		if c != nil && c.FallTo {
			stated = c.Stated
		}
		if stated != tc.stated {
			t.Errorf("%s: fall-to %q, want %q (%+v)", tc.q, stated, tc.stated, c)
		}
	}
}
