package rag

import "testing"

// A statement typed with no mark, or put before a clause asking about it,
// is checked for its place as a claim is: the report's sentence saying the
// same of another district corrects it, not a whole-city refusal.
func TestPlacePremise(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	checkCorrections(t, e, []correctionCase{
		{"完成大洼区西沙河防洪治理等12项水利工程年度任务", "报告写的是盘山县，不是大洼区"},
		{"支持大洼区创建义务教育优质均衡发展区，怎么创", "报告写的是兴隆台区，不是大洼区"},
		// the report names 大洼 there: nothing to correct
		{"完成大洼农村供水保障工程，有哪些", ""},
	})
	for _, tt := range []struct {
		q, want string
		ok      bool
	}{
		{"支持大洼区创建义务教育优质均衡发展区，怎么创", "支持大洼区创建义务教育优质均衡发展区", true},
		{"完成大洼区西沙河防洪治理等12项水利工程年度任务", "完成大洼区西沙河防洪治理等12项水利工程年度任务", true},
		{"大洼区今年完成哪些水利工程", "", false},
		{"大洼区今年要完成西沙河防洪治理呢", "", false},
		{"如果大洼区创建优质均衡发展区，怎么创", "", false},
	} {
		got, ok := e.ix.placePremise(tt.q)
		if ok != tt.ok || got != tt.want {
			t.Errorf("placePremise(%q) = %q, %v; want %q, %v", tt.q, got, ok, tt.want, tt.ok)
		}
	}
}

// A question whether a place has reached a stage yet (…验收了吗) asks of
// that place: the report's sentence saying it of another place does not
// correct it, as it corrects a claim (…验收吧).
func TestPlaceReachedYetNotCorrected(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	checkCorrections(t, e, []correctionCase{
		{"双台子区通过国家生态文明建设示范区验收了吗", ""},
		{"大洼区创建义务教育优质均衡发展区了吗", ""},
		{"大洼区要通过国家生态文明建设示范区验收吧", "报告写的是兴隆台区，不是大洼区"},
	})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"双台子区通过国家生态文明建设示范区验收了吗？", true},
		{"锦州的国土空间总体规划批了没", true},
		{"大洼区要通过国家生态文明建设示范区验收吧", false},
		{"大洼区要通过验收吗", false},
	} {
		if got := asksReachedYet(Normalize(tt.q)); got != tt.want {
			t.Errorf("asksReachedYet(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
