package rag

import "testing"

// The meeting the report was given at, named without its name (在会上,
// 两会上), and the session in English, still ask the report's own day.
func TestDeliveredAtMeeting(t *testing.T) {
	rep := seedIndex(t).Latest()
	checkReportAsked(t, rep, map[string]reportAsk{
		"这份报告几月几号在会上作的":                                                                    asksDelivered,
		"这报告是啥时候在会上念的":                                                                     asksDelivered,
		"今年两会上报告是哪天作的":                                                                     asksDelivered,
		"When was the 2025 Panjin government work report delivered, and at which session?": asksDelivered,
		"报告里会上提到的阜盘铁路什么时候通车":                                                               notOfReport,
	})
}

// A question of the session's own day: the day it was held is the
// dateline's, the day it opened or closed is not given; a named gathering
// (徒步大会, 高质量发展大会) or a stated day is no such question.
func TestSessionAsked(t *testing.T) {
	for q, want := range map[string]reportAsk{
		"两会哪一天开幕":           asksSessionDay,
		"这次大会几号散会":          asksSessionDay,
		"盘锦市九届人大四次会议是哪天闭幕的": asksSessionDay,
		"这次人代会哪天开的":         asksDelivered,
		"两会几号开":             asksDelivered,
		"万人徒步大会什么时候":        notOfReport,
		"“初心如磐 征程似锦”高质量发展大会是几月几号开的？": notOfReport,
		"中央经济工作会议什么时候开":              notOfReport,
		"这次人代会一共开几天，哪天闭幕？":           notOfReport,
		"人代会1月10日闭幕吗":                notOfReport,
	} {
		if got := sessionAsked(Normalize(q)); got != want {
			t.Errorf("sessionAsked(%q) = %d, want %d", q, got, want)
		}
	}
}

// The session's opening or closing is declined, with the dateline as
// related text; its day held, and the report's, are answered by it.
func TestSessionDayFound(t *testing.T) {
	checkFoundWantNot(t, []foundWantNot{
		{"两会哪一天开幕", false, "1月8日", "一天开幕"},
		{"这次大会几号散会", false, "1月8日", "几号散"},
		{"这份报告几月几号在会上作的", true, "1月8日", "总体要求"},
		{"两会几号开", true, "1月8日", "几号开"},
	})
}
