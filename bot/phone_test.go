package bot

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"

	"github.com/reportbot/reportbot/bot/telegramtest"
	"github.com/reportbot/reportbot/rag"
)

func TestPhoneLines(t *testing.T) {
	thirty := strings.Repeat("字", 30)
	for _, tc := range []struct {
		name        string
		html        string
		shown, full int
	}{
		{"no text", "", 0, 0},
		{"one short line", "5.5%左右〔¶23〕", 1, 1},
		{"exactly a line", thirty, 1, 1},
		{"one more rune wraps", thirty + "字", 2, 2},
		{"latin counts one a rune", strings.Repeat("a", 61), 3, 3},
		{"tags and entities are not text", "<b>A&amp;B</b>\n<i>x</i>", 2, 2},
		{"a blank line counts", "a\n\nb", 3, 3},
		{"a blockquote is its own block", "a\n<blockquote>" + thirty + thirty + "</blockquote>\nb", 4, 4},
		{"quotes back to back", "<blockquote>a</blockquote>\n<blockquote>b</blockquote>", 2, 2},
		{"a collapsed quote shows three lines", "<blockquote expandable>" + strings.Repeat(thirty, 5) + "</blockquote>", 3, 5},
		{"trailing newline", "a\n", 1, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := phoneLines(tc.html, phoneWidth); got.shown != tc.shown || got.full != tc.full {
				t.Errorf("phoneLines = %+v, want shown %d full %d", got, tc.shown, tc.full)
			}
		})
	}
}

func TestShortTitle(t *testing.T) {
	for _, tc := range []struct {
		in       string
		numbered bool
		want     string
	}{
		{"（一）狠抓有效需求，奋力在推动经济稳定增长上勇争先、走在前", true, "狠抓有效需求…"},
		{"（一）精准施策稳增长，提振经济取得新成效", true, "精准施策稳增长，提振经济取得新成效"},
		{"（一）精准施策稳增长，提振经济取得新成效", false, "（一）精准施策稳增长，提振经济取得新成效"},
		{"一、2024年工作回顾", true, "2024年工作回顾"},
		{"推动创新能力持续提升", true, "推动创新能力持续提升"},
		// No clause of four characters or more to cut at: kept whole.
		{"好，" + strings.Repeat("长", 30), true, "好，" + strings.Repeat("长", 30)},
	} {
		if got := shortTitle(tc.in, tc.numbered); got != tc.want {
			t.Errorf("shortTitle(%q, %v) = %q, want %q", tc.in, tc.numbered, got, tc.want)
		}
	}
}

// A list answer longer than a phone screen is cut after the items that
// fit in maxListLines, with a line saying how many are left; a short one,
// or long text that is no list, is not.
func TestRenderCutsLongLists(t *testing.T) {
	ix := loadIndex(t)
	rep, _ := ix.Report("")
	list := func(n int) *rag.Answer {
		var cits []rag.Citation
		var parts []rag.Part
		for i := 0; i < n; i++ {
			cits = append(cits, rag.Citation{Report: rep.Meta.ID, Paragraph: 26 + i, Quote: "x"})
			parts = append(parts, rag.Part{Type: rag.PartItem, Number: i + 1, Text: fmt.Sprintf("第%d项工作", i+1), Citations: []int{i}})
		}
		return answerOf(rep, "zh", true, cits, parts...)
	}
	for _, tc := range []struct {
		n, shown int // items, items shown when cut (0: not cut)
	}{{8, 0}, {15, 0}, {16, 14}, {40, 14}} {
		v := renderAnswer(list(tc.n), rep, false, "zh")
		if tc.shown == 0 {
			if v.short != "" {
				t.Errorf("%d items cut:\n%s", tc.n, v.short)
			}
			continue
		}
		if lc := phoneLines(v.short, phoneWidth); lc.shown > maxListLines {
			t.Errorf("%d items: cut view takes %d lines", tc.n, lc.shown)
		}
		vis, err := telegramtest.ParseHTML(v.short)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(vis, fmt.Sprintf("%d. 第%d项", tc.shown, tc.shown)) || strings.Contains(vis, fmt.Sprintf("%d. ", tc.shown+1)) ||
			!strings.Contains(vis, fmt.Sprintf("…还有 %d 条", tc.n-tc.shown)) {
			t.Errorf("%d items cut:\n%s", tc.n, vis)
		}
		if !strings.Contains(v.full, fmt.Sprintf("%d. 第%d项", tc.n, tc.n)) {
			t.Errorf("%d items: the full view lacks the last", tc.n)
		}
	}
	long := answerOf(rep, "zh", true, []rag.Citation{{Report: rep.Meta.ID, Paragraph: 13, Quote: strings.Repeat("民生", 300)}}, quotePart(strings.Repeat("民生", 300), 0))
	if v := renderAnswer(long, rep, false, "zh"); v.short != "" || !strings.Contains(v.full, "<blockquote expandable>") {
		t.Errorf("a long quote is cut, or not collapsed:\n%s", v.full)
	}
}

func TestWithVotes(t *testing.T) {
	kb := models.InlineKeyboardMarkup{InlineKeyboard: [][]models.InlineKeyboardButton{
		{{Text: "原文 ¶6", CallbackData: "o:6:panjin-2025"}, {Text: "更多 ▾", CallbackData: "m:9"}},
		{{Text: "👍", CallbackData: "v:+:9"}, {Text: "👎", CallbackData: "v:-:9"}},
	}}
	got := withVotes(kb, 9, 3, 0, -1)
	if got.InlineKeyboard[1][0].Text != "👍 3" || got.InlineKeyboard[1][1].Text != "👎 ✓" || got.InlineKeyboard[0][0].Text != "原文 ¶6" {
		t.Errorf("withVotes: %+v", got.InlineKeyboard)
	}
	if kb.InlineKeyboard[1][0].Text != "👍" {
		t.Error("withVotes changed its argument")
	}
	if other := withVotes(kb, 8, 1, 1, 1); other.InlineKeyboard[1][0].Text != "👍" {
		t.Error("votes of another question shown")
	}
	if nm := withoutMore(got); len(nm.InlineKeyboard[0]) != 1 || len(nm.InlineKeyboard) != 2 {
		t.Errorf("withoutMore: %+v", nm.InlineKeyboard)
	}
}

func TestUserLangAndTimes(t *testing.T) {
	for _, tc := range []struct {
		code, text, want string
	}{
		{"en", "今年GDP目标是多少", "en"}, {"en-GB", "", "en"}, {"zh-hans", "What is the GDP target?", "en"},
		{"zh-hans", "今年GDP目标是多少", "zh"}, {"", "", "zh"}, {"de", "", "zh"},
	} {
		if got := userLang(&models.User{LanguageCode: tc.code}, tc.text); got != tc.want {
			t.Errorf("userLang(%q, %q) = %q, want %q", tc.code, tc.text, got, tc.want)
		}
	}
	now := time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		ui   *uiText
		at   time.Time
		want string
	}{
		{uiZh, now.Add(12 * time.Minute), "17:12"},
		{uiZh, now.Add(16 * time.Hour), "3月2日 09:00"}, // 01:00 UTC
		{uiEn, now.Add(16 * time.Hour), "Mar 2 09:00"},
	} {
		if got := tc.ui.clockTime(tc.at, now, shanghai); got != tc.want {
			t.Errorf("clockTime = %q, want %q", got, tc.want)
		}
	}
}
