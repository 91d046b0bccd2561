package rag_test

import "testing"

// TestEventObjectUnquoted: asked whether an event is held in a year, the
// quotes the year's part leaves must name the event itself (its weightiest
// word); a broad word of it (赛事) or a number's word (万人) shared with
// them is no yes. The event a quote names still answers.
func TestEventObjectUnquoted(t *testing.T) {
	eng := fullEngine(t)
	checkGrounding(t, eng, []groundingCase{
		{q: "去年举办过万人徒步大会没有", grounding: "not_answered"},
		{q: "去年盘锦举办万人徒步大会了吗", grounding: "not_answered"},
		{q: "今年举办冰钓比赛吗", found: true, want: []string{"全国冰钓赛"}},
		{q: "去年承办女篮比赛了吗", found: true, want: []string{"中国女篮职业赛事"}},
	})
}
