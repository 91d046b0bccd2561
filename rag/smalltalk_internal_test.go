package rag

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// readSmallTalk tests only words core starts with; the table holds words
// repeated, spaced, inside a question and after one, which the test of
// every word against core (strings.Contains) told apart the same way.
func TestReadSmallTalk(t *testing.T) {
	for _, tc := range []struct {
		text string
		want smallTalk
	}{
		{"你好", greeting},
		{"你好！！", greeting},
		{"谢谢谢谢", thanks},
		{"谢谢 谢谢", thanks},
		{"thx thx", thanks},
		{"Thanks!", thanks},
		{"好好", acknowledgement},
		{"嗯嗯嗯", acknowledgement},
		{"拜拜啦", goodbye},
		{"👍", thanks},
		{"Good job!", thanks},
		{"Well done!", thanks},
		{"干得好", thanks},
		{"good jobs in the city", notSmallTalk},
		{"great work on roads this year?", notSmallTalk},
		{"？？", greeting},
		{"我说谢谢", notSmallTalk},
		{"谢谢你们的报告在哪", notSmallTalk},
		{"你好今年GDP目标", notSmallTalk},
		{"say hi", notSmallTalk},
		{"2025年地区生产总值增长目标是多少？" + strings.Repeat("？。", 16), notSmallTalk},
	} {
		if got := readSmallTalk(tc.text); got != tc.want {
			t.Errorf("readSmallTalk(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

// readSmallTalkPlain is readSmallTalk without the look at the core's first
// rune: the core built and every word tested.
func readSmallTalkPlain(text string) smallTalk {
	norm := Normalize(text)
	if strings.TrimFunc(norm, isTalkPunct) == "" {
		return readSmallTalk(text) // punctuation alone: no core to look at
	}
	core := strings.Map(func(r rune) rune {
		if isTalkPunct(r) && r != '👍' && r != '👎' && r != '🙏' {
			return -1
		}
		return r
	}, norm)
	core = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(core), "啊呀哈啦呢哦嘛～~"))
	if utf8.RuneCountInString(core) > maxSmallTalkRunes {
		return notSmallTalk
	}
	for _, k := range []smallTalk{thumbsDown, whoAreYou, thanks, goodbye, greeting, acknowledgement} {
		for _, w := range smallTalkWords[k] {
			if strings.HasPrefix(core, w) && (core == w || strings.TrimSpace(strings.ReplaceAll(core, w, "")) == "") {
				return k
			}
		}
	}
	return notSmallTalk
}

// readSmallTalk answers as readSmallTalkPlain does: over every eval
// question, and every word alone, shouted, wrapped in marks and emoji,
// after a question.
func TestReadSmallTalkIsPlain(t *testing.T) {
	texts := evalTexts(t)
	for _, ws := range smallTalkWords {
		for _, w := range ws {
			texts = append(texts, w, strings.ToUpper(w), "！"+w+"～", "👍"+w, "“"+w+"”啊", w+w, "今年目标"+w, " "+w+"\u3000")
		}
	}
	for _, text := range texts {
		if got, want := readSmallTalk(text), readSmallTalkPlain(text); got != want {
			t.Errorf("readSmallTalk(%q) = %d, want %d", text, got, want)
		}
	}
}

func FuzzReadSmallTalk(f *testing.F) {
	for _, s := range []string{"你好", "👍谢谢", "  ok!!", "Ｈｉ", "明年目标", "？？", "再见啦"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := readSmallTalk(text), readSmallTalkPlain(text); got != want {
			t.Errorf("readSmallTalk(%q) = %d, want %d", text, got, want)
		}
	})
}
