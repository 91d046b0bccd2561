package bot

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/bot/telegramtest"
)

func TestEsc(t *testing.T) {
	got := esc(`a<b>&c "d" <script>`)
	want := `a&lt;b&gt;&amp;c "d" &lt;script&gt;`
	if got != want {
		t.Fatalf("esc = %q, want %q", got, want)
	}
	if _, err := telegramtest.ParseHTML(got); err != nil {
		t.Fatal(err)
	}
}

var citeRE = regexp.MustCompile(`〔¶\d+〕`)

// checkParts asserts each part is valid Telegram HTML within limit and
// that together they keep all visible text and every citation whole.
func checkParts(t *testing.T, in string, parts []string, limit int) {
	t.Helper()
	full, err := telegramtest.ParseHTML(in)
	if err != nil {
		t.Fatalf("input invalid: %v", err)
	}
	var joined strings.Builder
	for i, p := range parts {
		vis, err := telegramtest.ParseHTML(p)
		if err != nil {
			t.Fatalf("part %d invalid: %v\n%s", i, err, p)
		}
		if n := telegramtest.UTF16Len(vis); n > limit || strings.TrimSpace(vis) == "" {
			t.Fatalf("part %d has %d units (limit %d)", i, n, limit)
		}
		if strings.Count(vis, "〔") != strings.Count(vis, "〕") {
			t.Fatalf("part %d cuts a citation: %q", i, vis)
		}
		if i > 0 && strings.HasPrefix(strings.TrimSpace(vis), "〔") {
			t.Fatalf("part %d starts with a citation torn from its sentence: %q", i, vis[:40])
		}
		joined.WriteString(vis)
	}
	strip := func(s string) string { return strings.Join(strings.Fields(s), "") }
	if strip(joined.String()) != strip(full) {
		t.Fatalf("split lost or changed text")
	}
	if got, want := len(citeRE.FindAllString(joined.String(), -1)), len(citeRE.FindAllString(full, -1)); got != want {
		t.Fatalf("citations %d, want %d", got, want)
	}
}

func TestSplitHTMLShortIsOnePart(t *testing.T) {
	in := "<b>答：</b>增长39.7%〔¶5〕"
	parts := splitHTML(in, splitUnits)
	if len(parts) != 1 || parts[0] != in {
		t.Fatalf("parts = %q", parts)
	}
}

func TestSplitHTMLLongAnswer(t *testing.T) {
	var b strings.Builder
	b.WriteString("<b>答：</b>")
	for i := 1; i <= 60; i++ {
		fmt.Fprintf(&b, "<blockquote>第%d条：全市上下坚持稳中求进，进出口总额增长39.7%%，一般公共预算收入增长8.3%%、高于全省2.8个百分点；固定资产投资增长20%%以上。A&amp;B &lt;x&gt; 😀。〔¶%d〕</blockquote>\n<i>一、2024年工作回顾 · 2024年结果</i>\n\n", i, i)
	}
	in := b.String()
	parts := splitHTML(in, 1000)
	if len(parts) < 5 {
		t.Fatalf("only %d parts", len(parts))
	}
	checkParts(t, in, parts, 1000)
	// Cuts fall between blocks here: no part should start with a reopened blockquote ending at once.
	for i, p := range parts {
		if strings.Contains(p, "<blockquote></blockquote>") {
			t.Fatalf("part %d has an empty blockquote", i)
		}
	}
}

func TestSplitHTMLOneHugeBlockquote(t *testing.T) {
	// One paragraph longer than the limit: it must be cut inside the
	// blockquote at sentence ends, closing and reopening the tag.
	var b strings.Builder
	b.WriteString("<blockquote><b>")
	for i := 0; i < 200; i++ {
		fmt.Fprintf(&b, "这是第%d句话，“引号里的句子。”〔¶%d〕然后继续说明情况！", i, i%77+1)
	}
	b.WriteString("</b></blockquote>")
	in := b.String()
	parts := splitHTML(in, 700)
	checkParts(t, in, parts, 700)
	for i, p := range parts {
		if !strings.HasPrefix(p, "<blockquote><b>") || !strings.HasSuffix(p, "</b></blockquote>") {
			t.Fatalf("part %d not wrapped: %q…%q", i, p[:30], p[len(p)-30:])
		}
		vis, _ := telegramtest.ParseHTML(p)
		if i < len(parts)-1 && !strings.HasSuffix(vis, "！") && !strings.HasSuffix(vis, "〕") {
			t.Fatalf("part %d does not end at a sentence end: %q", i, vis[len(vis)-20:])
		}
	}
}

func TestSplitHTMLNoSentenceEnds(t *testing.T) {
	in := "<i>" + strings.Repeat("字&amp;😀", 3000) + "</i>"
	parts := splitHTML(in, splitUnits)
	checkParts(t, in, parts, splitUnits)
}

func TestSplitHTMLMaxMessageUnitsUTF16(t *testing.T) {
	// 😀 is two UTF-16 units: 2100 of them exceed 4096 though only 2100 runes.
	in := strings.Repeat("😀", 2100)
	parts := splitHTML(in, splitUnits)
	if len(parts) != 2 {
		t.Fatalf("%d parts", len(parts))
	}
	checkParts(t, in, parts, splitUnits)
}

func FuzzSplitHTML(f *testing.F) {
	f.Add("一句话。〔¶1〕二句话！", 10)
	f.Add("<b>a&amp;b</b>\n<blockquote>x。y。〔¶2〕</blockquote>", 3)
	f.Fuzz(func(t *testing.T, text string, limit int) {
		if limit < 8 || limit > 5000 {
			return
		}
		// Build well-formed input the way the renderer does: escaped text in tags.
		in := "<blockquote>" + esc(text) + "</blockquote>\n<i>" + esc(text) + "</i>"
		if _, err := telegramtest.ParseHTML(in); err != nil {
			return
		}
		for i, p := range splitHTML(in, limit) {
			vis, err := telegramtest.ParseHTML(p)
			if err != nil {
				t.Fatalf("part %d invalid: %v: %q", i, err, p)
			}
			if telegramtest.UTF16Len(vis) > limit {
				// Only a single unsplittable citation may exceed.
				if !strings.Contains(vis, "〔") {
					t.Fatalf("part %d too long: %d > %d", i, telegramtest.UTF16Len(vis), limit)
				}
			}
		}
	})
}
