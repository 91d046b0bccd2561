package rag

import "testing"

func TestChatBreaks(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"孩子明年上幼儿园～普惠率多少", "孩子明年上幼儿园，普惠率多少"},
		{"准备开个公司🤔 现在企业开办要多长时间", "准备开个公司，现在企业开办要多长时间"},
		{"嗯嗯~今年GDP目标多少", "嗯嗯，今年GDP目标多少"},
		{"开心😊😊今年GDP目标多少", "开心，今年GDP目标多少"},
		{"每户打造1~2个优势板块", "每户打造1~2个优势板块"},   // a range
		{"今年GDP目标多少🤔", "今年GDP目标多少🤔"},       // ends the text
		{"👍 今年GDP目标多少", "👍 今年GDP目标多少"},     // opens it
		{"谢谢！～今年GDP目标多少", "谢谢！～今年GDP目标多少"}, // beside punctuation
		{"今年GDP目标多少", "今年GDP目标多少"},
	} {
		if got := chatBreaks(tc.in); got != tc.want {
			t.Errorf("chatBreaks(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
