package web

import (
	"context"
	"encoding/json"
	"html"
	"strings"
	"testing"
	"time"

	"github.com/reportbot/reportbot/rag"
)

func answerEvent(t *testing.T, evs []event) rag.Answer {
	t.Helper()
	for _, e := range evs {
		if e.name == "answer" {
			var a rag.Answer
			if err := json.Unmarshal([]byte(e.data), &a); err != nil {
				t.Fatal(err)
			}
			return a
		}
	}
	t.Fatalf("no answer event: %+v", evs)
	return rag.Answer{}
}

// A question several reports answer is asked back with the reports as
// item parts; the page's choice asks the same question with the chosen
// report, in the same conversation: answered from that report, recorded
// as the question, and the next question stays with that report. A
// report not loaded is refused.
func TestAskChoiceOfReport(t *testing.T) {
	s := newSite(t, siteOptions{multi: true})
	const q = "地区生产总值增长目标是多少"
	_, evs := askSSE(t, s, `{"question":"`+q+`","conversation":"conv-choice","visitor":"visitor-0001"}`)
	a := answerEvent(t, evs)
	var offered []string
	for _, p := range a.Parts {
		if p.Type == rag.PartItem && p.Report != "" {
			offered = append(offered, p.Report)
		}
	}
	if a.Understood == nil || a.Understood.Grounding != rag.GroundAmbiguousReport || strings.Join(offered, ",") != "panjin-2025,demo-2024" {
		t.Fatalf("not asked back: %+v %v\n%s", a.Understood, offered, a.Answer)
	}
	// What chat.js sends for the choice: the question as read, the report.
	again := q
	if a.Understood.Read != "" {
		again = a.Understood.Read
	}
	_, evs = askSSE(t, s, `{"question":"`+again+`","report":"demo-2024","conversation":"conv-choice","visitor":"visitor-0001"}`)
	a = answerEvent(t, evs)
	if a.Report.ID != "demo-2024" || !a.Found || !strings.Contains(a.Answer, "5%左右") {
		t.Fatalf("the choice: report %q found %v:\n%s", a.Report.ID, a.Found, a.Answer)
	}
	_, evs = askSSE(t, s, `{"question":"城镇新增就业目标多少","conversation":"conv-choice"}`)
	if a = answerEvent(t, evs); a.Report.ID != "demo-2024" {
		t.Errorf("the next question went to %q:\n%s", a.Report.ID, a.Answer)
	}
	resp, _ := askSSE(t, s, `{"question":"`+q+`","report":"mars-2099","conversation":"conv-choice"}`)
	if resp.StatusCode != 404 {
		t.Errorf("a report not loaded: %d", resp.StatusCode)
	}
	top, err := s.Store.TopQuestions(context.Background(), time.Time{}, 10)
	if err != nil || len(top) != 1 || top[0].Question != q || top[0].N != 2 {
		t.Errorf("recorded %+v %v, want the question twice", top, err)
	}
}

// The console's promise tracking sets each target beside its result as
// the figures index pairs them (the pairs of /v1/figures/track), with
// whether it was met, linked to both paragraphs.
func TestConsoleTrack(t *testing.T) {
	s := newSite(t, siteOptions{multi: true, noStore: true})
	c := client(t)
	if resp := login(t, s, c, staffKey); resp.StatusCode != 303 {
		t.Fatalf("login %d", resp.StatusCode)
	}
	_, page := get(t, c, s.URL+"/console?lang=zh")
	i := strings.Index(page, `id="track"`)
	if i < 0 {
		t.Fatal("no track section")
	}
	section := page[i:]
	section = section[:strings.Index(section, "</section>")]
	ans, figs := multiStack(t)
	pairs := figs.Tracked(rag.Tracks(ans.Reports()), "", "")
	if len(pairs) < 20 {
		t.Fatalf("%d pairs", len(pairs))
	}
	if n := strings.Count(section, "<tr>") - 1; n != len(pairs) {
		t.Errorf("%d rows, want the index's %d pairs", n, len(pairs))
	}
	for _, want := range []string{
		`<td>2024 地区生产总值增长</td>`,
		`<a href="/reports/panjin-2024?p=14&amp;s=25&amp;e=29#p14">6%左右</a>`,
		`<a href="/reports/panjin-2025?p=6&amp;s=199&amp;e=205#p6">3.5%左右</a>`,
		`<span class="status not_met">未完成</span>`,
		`<span class="status met">完成</span>`,
	} {
		if !strings.Contains(section, want) {
			t.Errorf("track section lacks %s", html.UnescapeString(want))
		}
	}
}
