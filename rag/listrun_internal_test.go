package rag

import (
	"strings"
	"testing"
)

// continueList runs a list answer from the paragraph's earliest quote when
// the best-scoring quote is a later item, so the items before it are kept;
// not from a title paragraph, not from a lead-in ending at "：", and not
// when the earlier start would stop the run short of where the best
// quote's own run reaches.
func TestContinueListFromEarliestQuote(t *testing.T) {
	body := "新建社区食堂12个。改造老旧小区30个。新增停车泊位800个。开通夜间公交线路4条。"
	leadIn := "今年要办的民生实事是：新建社区食堂12个；改造老旧小区30个。新增停车泊位800个。"
	long := "改造老旧小区30个，" + strings.Repeat("同步完善养老托育和便民服务设施，", 18) + "惠及居民两万户。新增停车泊位800个。开通夜间公交线路4条。"
	for _, tc := range []struct {
		name         string
		para         *Paragraph
		best, before string // the best quote and an earlier quote of its paragraph
		wantStart    string // what the first quote of the paragraph opens with
		wantIn       string // what the run must still reach
	}{
		{"body paragraph: from the earliest", &Paragraph{Text: body}, "新增停车泊位800个。", "新建社区食堂12个。", "新建社区食堂", "夜间公交"},
		{"title paragraph: from the best", &Paragraph{Text: body, Kind: ParaSection}, "新增停车泊位800个。", "新建社区食堂12个。", "新增停车泊位", "夜间公交"},
		{"lead-in: from the best", &Paragraph{Text: leadIn}, "新增停车泊位800个。", "今年要办的民生实事是：", "新增停车泊位", "停车泊位"},
		{"long earlier run: from the best", &Paragraph{Text: long}, "新增停车泊位800个。", "改造老旧小区30个，", "新增停车泊位", "夜间公交"},
	} {
		picked := []candidate{quoteOf(t, tc.para, tc.best), quoteOf(t, tc.para, tc.before)}
		got := (&Engine{}).continueList(picked)
		first := got[0] // the run: the best quote extended, or the earlier one replacing it
		q := tc.para.Text[first.span.byteStart:first.span.byteEnd]
		if !strings.HasPrefix(q, tc.wantStart) {
			t.Errorf("%s: the run opens %q, want %q", tc.name, q, tc.wantStart)
		}
		var all strings.Builder
		for _, c := range got {
			all.WriteString(tc.para.Text[c.span.byteStart:c.span.byteEnd])
		}
		if !strings.Contains(all.String(), tc.wantIn) {
			t.Errorf("%s: the quotes %q lack %q", tc.name, all.String(), tc.wantIn)
		}
	}
}

// quoteOf is a candidate quoting sentence of p.
func quoteOf(t *testing.T, p *Paragraph, sentence string) candidate {
	t.Helper()
	start := strings.Index(p.Text, sentence)
	if start < 0 {
		t.Fatalf("%q not in the paragraph", sentence)
	}
	end := start + len(sentence)
	return candidate{para: p, span: Span{
		Start: len([]rune(p.Text[:start])), End: len([]rune(p.Text[:end])), byteStart: start, byteEnd: end}}
}
