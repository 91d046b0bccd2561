package rag

import "testing"

func TestSettingFirst(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"盘锦健儿在巴黎奥运会上争金夺银", "巴黎奥运会上盘锦健儿争金夺银"},
		{"志愿者在市九运会中默默奉献", "市九运会中志愿者默默奉献"},
		{"在巴黎奥运会上争金夺银", ""}, // no subject before the setting
		{"盘锦健儿争金夺银", ""},    // no setting
		{"项目在盘锦建", ""},      // a place, no 上/中: where, not a setting
	} {
		got, ok := settingFirst([]rune(tc.q))
		if string(got) != tc.want || ok != (tc.want != "") {
			t.Errorf("settingFirst(%q) = %q, %v; want %q", tc.q, string(got), ok, tc.want)
		}
	}
}

// A claim that sets its event after its subject is corrected against a
// clause that opens with the event.
func TestSettingAfterSubjectCorrected(t *testing.T) {
	eng := NewEngine(seedIndex(t), nil)
	ans, err := eng.Ask(t.Context(), Query{Text: "盘锦健儿在巴黎奥运会上争金夺银对吗"})
	if err != nil {
		t.Fatal(err)
	}
	if !hasCorrection(ans) {
		t.Errorf("奥运会 for 残奥会 not corrected: %+v", ans.Parts)
	}
}
