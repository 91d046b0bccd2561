package rag

import "testing"

// A term the segmenter joined across a 、 list (港澳台侨) is written by the
// list's neighbouring items; a short or a Latin term never is, nor one
// the list parts otherwise.
func TestWrittenAsListItems(t *testing.T) {
	text := "民族宗教、外事、港澳台、侨务、检验检测等工作取得新成效"
	for _, tc := range []struct {
		term string
		want bool
	}{
		{"港澳台侨", true},
		{"外事港澳", true},
		{"台侨", false},
		{"宗教外交", false},
		{"abc", false},
	} {
		if got := writtenAsListItems(text, tc.term); got != tc.want {
			t.Errorf("writtenAsListItems(%q) = %v, want %v", tc.term, got, tc.want)
		}
	}
	if !(askedTerm{term: "港澳台侨"}).in(text) {
		t.Error("港澳台侨 is not read as written in the list")
	}
}
