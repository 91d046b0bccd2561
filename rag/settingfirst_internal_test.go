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
		got, _, ok := settingFirst([]rune(tc.q))
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

// A claim read setting first is corrected only by a clause's setting: a
// marathon's volunteers are not those of 市九运会期间广大 (红马赛 is the
// marathon), and no setting is written for the claim's.
func TestSettingSwappedOnlyForSetting(t *testing.T) {
	eng := NewEngine(seedIndex(t), nil)
	for _, tc := range []struct {
		q       string
		correct bool
	}{
		{"盘锦健儿在巴黎奥运会上争金夺银对吗", true},
		{"盤錦健兒在巴黎奧運會上爭金奪銀對嗎", true},
		{"志愿者在马拉松上默默奉献对吗", false},
		{"志愿者在马拉松中默默奉献吧", false},
	} {
		ans, err := eng.Ask(t.Context(), Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		if hasCorrection(ans) != tc.correct {
			t.Errorf("%s: corrected %v, want %v: %+v", tc.q, hasCorrection(ans), tc.correct, ans.Parts)
		}
	}
}
