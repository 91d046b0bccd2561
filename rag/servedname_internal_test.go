package rag

import (
	"context"
	"strings"
	"testing"
)

// A name written only as the modifier of a thing serving it (its 配套泊位,
// 参建人员, 专用线) is no quote about the name; the name itself, or with
// its own parts (及其配套设施), is.
func TestOnlyServesAsked(t *testing.T) {
	asked := []askedTerm{{term: "华锦阿美"}, {term: "项目"}, {term: "进展"}}
	for quote, want := range map[string]bool{
		"烈日下华锦阿美项目参建人员挥汗如雨":             true,
		"推进盘锦港10万吨级通用泊位及华锦阿美项目8个配套泊位建设": true,
		"确保营盘输油管线完成改造、华锦阿美铁路专用线建成投用":    true,
		"加快推进华锦阿美项目3.57平方公里配套产业园基础设施建设": true,
		"推动华锦阿美项目机械竣工":                  false,
		"备受瞩目的华锦阿美项目地下工程全部完工":           false,
		"华锦阿美项目参建人员挥汗如雨，推动华锦阿美项目机械竣工":   false,
		"争取更多项目进入国家、省“大盘子”":             false, // no name in it
	} {
		if got := onlyServesAsked(asked, "华锦阿美项目进展怎么样", quote); got != want {
			t.Errorf("onlyServesAsked(%q) = %v, want %v", quote, got, want)
		}
	}
	dock := []askedTerm{{term: "原油码头"}}
	if onlyServesAsked(dock, "原油码头什么时候验收", "实现30万吨级原油码头及其配套设施工程竣工验收") {
		t.Error("the dock with its own parts read as serving it")
	}
	if onlyServesAsked(asked, "华锦阿美配套泊位进展", "华锦阿美项目8个配套泊位建设") {
		t.Error("a question asking the berths themselves")
	}
}

// "华锦阿美项目进展怎么样" is answered by the project's progress (¶8's 55%)
// and its milestone (¶35's 机械竣工), not by its builders or its berths;
// the milestone's clause runs to its own full stop, not over ¶35's grain.
func TestServedMentionGivesWay(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	a, err := e.Ask(context.Background(), Query{Text: "华锦阿美项目进展怎么样"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"超过55%", "机械竣工"} {
		if !strings.Contains(a.Answer, want) {
			t.Errorf("no %s: %s", want, a.Answer)
		}
	}
	for _, not := range []string{"参建人员", "配套泊位", "粮头食尾"} {
		if strings.Contains(a.Answer, not) {
			t.Errorf("quotes %s: %s", not, a.Answer)
		}
	}
}

// A sum of money asked alone is given only by a sum beside a word asked:
// the industry's revenue later in the project's sentence is none.
func TestSumOfAsked(t *testing.T) {
	asked := []askedTerm{{term: "华锦阿美"}, {term: "项目"}, {term: "投资"}}
	for quote, want := range map[string]bool{
		"推动华锦阿美项目机械竣工，石化及精细化工产业营业收入超过2000亿元": false,
		"华锦阿美项目总投资837亿元": true,
		"推动华锦阿美项目机械竣工":   false,
	} {
		if got := sumOfAsked(asked, quote); got != want {
			t.Errorf("sumOfAsked(%q) = %v, want %v", quote, got, want)
		}
	}
}

// A clause cut from mid-sentence that reads as a heading runs to its own
// full stop when neither how nor what is done is asked; asked what is
// done, it heads the run of sentences after it.
func TestMidSentenceHeadingRunsToFullStop(t *testing.T) {
	p := &Paragraph{Text: "推动支柱产业强链壮群。坚持减油增化，推动华锦阿美项目机械竣工，推进辽河石化项目建设。聚焦粮头食尾，支持汇福粮油扩产。"}
	at := strings.Index(p.Text, "推动华锦阿美")
	clause := "推动华锦阿美项目机械竣工"
	start := len([]rune(p.Text[:at]))
	c := candidate{para: p, span: Span{Start: start, End: start + len([]rune(clause)), byteStart: at, byteEnd: at + len(clause)}}
	got := continueHeadings([]candidate{c}, false, false)
	quote := p.Text[got[0].span.byteStart:got[0].span.byteEnd]
	if !strings.HasSuffix(quote, "推进辽河石化项目建设。") {
		t.Errorf("not asked what is done: %q, want the clause to its full stop", quote)
	}
	got = continueHeadings([]candidate{c}, false, true)
	if quote := p.Text[got[0].span.byteStart:got[0].span.byteEnd]; !strings.Contains(quote, "粮头食尾") {
		t.Errorf("asked what is done: %q, want the run after it", quote)
	}
	for q, want := range map[string]bool{"节能减碳今年干点啥": true, "总结下今年招商引资的安排": true, "华锦阿美项目进展怎么样": false} {
		if got := asksWorkDone(q); got != want {
			t.Errorf("asksWorkDone(%q) = %v, want %v", q, got, want)
		}
	}
}
