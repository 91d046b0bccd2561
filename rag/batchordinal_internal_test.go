package rag

import "testing"

// TestPhaseEventAsked: a yes-or-no question of what a thing at a phase
// did asks of that phase; one asking which phase it is, a tagged claim
// (…，对吗) or a bare topic does not.
func TestPhaseEventAsked(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"光伏园三期今年开工吗", true},
		{"蓝海物流园二期项目去年竣工了吗？", true},
		{"蓝海物流园二期是去年开工的吗", true},
		{"蓝海物流园是二期吗", false},
		{"蓝海物流园是二期项目吗", false},
		{"蓝海物流园二期去年竣工了，对吗", false},
		{"蓝海物流园二期项目", false},
		{"二期今年开工吗", false},
		{"东北新发地三期有没有规划", true},
		{"蓝海物流园二期开工了没", true},
		{"蓝海物流园二期是否开工", true},
		{"蓝海物流园二期是不是开工了", false},
		{"蓝海物流园二期今年什么时候开工", false},
	} {
		if got := phaseEventAsked(Normalize(c.q)); got != c.want {
			t.Errorf("phaseEventAsked(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}

// TestRoundTellsOther: a phase written in another item of the list (申通
// 二期 beside 蓝海物流园) is another thing's; a quote naming neither the
// thing nor its phase tells of something else; the thing's own phase, or
// another of its phases to a bare topic, still tells of it.
func TestRoundTellsOther(t *testing.T) {
	second := []roundOrdinal{{2, "期"}}
	for _, c := range []struct {
		ask   roundAsk
		quote string
		want  bool
	}{
		{roundAsk{rounds: second, names: []string{"蓝海物流园"}}, "提速建设蓝海速递物流园、申通二期等项目", true},
		{roundAsk{rounds: second, names: []string{"蓝海物流园"}, bare: true}, "提速建设蓝海速递物流园、申通二期等项目", true},
		{roundAsk{rounds: second, names: []string{"金帆化学"}}, "推进北方沥青碳五碳九深加工等项目落地实施", true},
		{roundAsk{rounds: second, names: []string{"申通"}}, "提速建设蓝海速递物流园、申通二期等项目", false},
		{roundAsk{rounds: second, names: []string{"新发地"}, bare: true}, "提速建设东北新发地三期项目", false},
		{roundAsk{rounds: second}, "提速建设蓝海速递物流园、申通二期等项目", false},
	} {
		if got := c.ask.tellsOther(c.quote); got != c.want {
			t.Errorf("%+v.tellsOther(%q) = %v, want %v", c.ask, c.quote, got, c.want)
		}
	}
}
