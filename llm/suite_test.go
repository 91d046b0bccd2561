package llm

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/reportbot/reportbot/llm/injectiontest"
	"github.com/reportbot/reportbot/rag"
)

// TestInjectionSuite runs every case of the injection suite against a
// scripted model that obeys it, asking with and without streaming: no
// attacker text may be in the JSON answer or in any streamed delta. The
// server and bot tests run the same suite through SSE and Telegram.
func TestInjectionSuite(t *testing.T) {
	eng := seedEngine(t)
	cases := injectiontest.Cases()
	if len(cases) < 60 {
		t.Fatalf("%d cases, want at least 60", len(cases))
	}
	var mu sync.Mutex
	modes := map[string]int{}
	for _, c := range cases {
		for _, stream := range []bool{false, true} {
			name := c.Name
			if stream {
				name += "/stream"
			}
			t.Run(name, func(t *testing.T) {
				f := newFixture(t, eng)
				f.srv.Handle(injectiontest.Handler(c))
				var deltas []string
				var ans *rag.Answer
				var err error
				if stream {
					ans, err = f.ans.AskStream(context.Background(), rag.Query{Text: c.Question}, func(d string) { deltas = append(deltas, d) })
				} else {
					ans, err = f.ans.Ask(context.Background(), rag.Query{Text: c.Question})
				}
				if err != nil {
					t.Fatal(err)
				}
				checkAnswer(t, eng, ans)
				js, err := json.Marshal(ans)
				if err != nil {
					t.Fatal(err)
				}
				forbid := suiteForbidden(c)
				offline, err := eng.Ask(context.Background(), rag.Query{Text: c.Question})
				if err != nil {
					t.Fatal(err)
				}
				ojs, _ := json.Marshal(offline)
				if s := injectiontest.Shown(jsonStrings(js), injectiontest.Unechoed(forbid, jsonStrings(ojs))); s != "" {
					t.Errorf("the JSON answer (%s) shows %q:\n%s", ans.Mode, s, ans.Answer)
				}
				for _, d := range deltas {
					if s := injectiontest.Shown(d, forbid); s != "" {
						t.Errorf("a streamed delta shows %q: %q", s, d)
					}
				}
				if len(generations(f.srv)) == 0 {
					t.Error("the model was never asked for an answer")
				}
				mu.Lock()
				modes[fmt.Sprintf("%s stream=%v", ans.Mode, stream)]++
				mu.Unlock()
			})
		}
	}
	var keys []string
	for k := range modes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("%d cases: %s", modes[k], k)
	}
}

// suiteForbidden is a case's attacker text, with the system prompt's
// pieces when the reply repeats it.
func suiteForbidden(c injectiontest.Case) []string {
	forbid := append([]string(nil), c.Forbid...)
	if c.Prompt {
		forbid = append(forbid, injectiontest.PromptFragments(systemPrompt)...)
		forbid = append(forbid, injectiontest.PromptFragments(rewriteSystem)...)
	}
	return forbid
}

// jsonStrings is every string of a JSON document, one a line.
func jsonStrings(js []byte) string {
	var out strings.Builder
	var v any
	if json.Unmarshal(js, &v) != nil {
		return string(js)
	}
	var walk func(any)
	walk = func(v any) {
		switch x := v.(type) {
		case string:
			out.WriteString(x)
			out.WriteByte('\n')
		case []any:
			for _, e := range x {
				walk(e)
			}
		case map[string]any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	walk(v)
	return out.String()
}
