package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/reportbot/reportbot/cli"
	"github.com/reportbot/reportbot/rag"
)

// The README's claims, checked by running what it shows: every `go run .`
// command prints the lines shown after it, the commands table is each
// command's real synopsis, the Go version is go.mod's, the JSON answer
// shape is what ask --json prints, and the HTTP routes are the API's.

// fence is a fenced code block of README.md.
type fence struct {
	lang  string
	line  int // of its first content line
	lines []string
}

func readmeFences(t *testing.T) (string, []fence) {
	t.Helper()
	raw, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	var out []fence
	var cur *fence
	for i, l := range strings.Split(string(raw), "\n") {
		switch {
		case cur == nil && strings.HasPrefix(l, "```"):
			cur = &fence{lang: strings.TrimPrefix(l, "```"), line: i + 2}
		case cur != nil && l == "```":
			out = append(out, *cur)
			cur = nil
		case cur != nil:
			cur.lines = append(cur.lines, l)
		}
	}
	if cur != nil {
		t.Fatalf("README.md line %d: unclosed code block", cur.line-1)
	}
	return string(raw), out
}

// transcript is one command of the README and the output shown for it.
type transcript struct {
	line int
	cmd  string
	want []string // nil: output not shown, only success expected
}

// readmeCommands finds the commands the README shows: "$ CMD" lines in
// plain blocks, followed by their output, and the lines of sh blocks.
func readmeCommands(t *testing.T) []transcript {
	_, fences := readmeFences(t)
	var out []transcript
	for _, f := range fences {
		switch f.lang {
		case "sh":
			for i, l := range f.lines {
				if strings.TrimSpace(l) != "" {
					out = append(out, transcript{line: f.line + i, cmd: strings.TrimSpace(l)})
				}
			}
		case "":
			for i, l := range f.lines {
				if cmd, ok := strings.CutPrefix(l, "$ "); ok {
					out = append(out, transcript{line: f.line + i, cmd: cmd, want: []string{}})
				} else if len(out) > 0 && out[len(out)-1].want != nil {
					out[len(out)-1].want = append(out[len(out)-1].want, l)
				}
			}
		}
	}
	return out
}

func TestREADMECommands(t *testing.T) {
	ran := 0
	for _, tr := range readmeCommands(t) {
		args, err := shellWords(tr.cmd)
		if err != nil {
			t.Errorf("README.md line %d: %v", tr.line, err)
			continue
		}
		if tr.cmd == "go test -race -timeout 30m ./..." {
			continue // this very test run
		}
		if len(args) < 3 || args[0] != "go" || args[1] != "run" || args[2] != "." {
			t.Errorf("README.md line %d: %q is neither `go run .` nor the test command; teach this test to run it", tr.line, tr.cmd)
			continue
		}
		ran++
		got := runAsGoRun(args[3:])
		if tr.want == nil {
			if strings.Contains(got, "\nexit status ") {
				t.Errorf("README.md line %d: %s failed:\n%s", tr.line, tr.cmd, got)
			}
			continue
		}
		if err := matchShown(tr.want, strings.Split(got, "\n")); err != nil {
			t.Errorf("README.md line %d: %s: %v\nit printed:\n%s", tr.line, tr.cmd, err, got)
		}
	}
	if ran < 5 {
		t.Errorf("ran %d README commands; the parser missed some", ran)
	}
}

// runAsGoRun runs args in-process and returns what `go run . ARGS` shows:
// stdout, stderr, and on failure main's message and go run's exit line.
func runAsGoRun(args []string) string {
	var out, errb bytes.Buffer
	err := run(context.Background(), args, func(string) string { return "" }, &out, &errb)
	s := out.String() + errb.String()
	if err != nil {
		s += fmt.Sprintf("reportbot: %v\nexit status %d\n", err, exitCode(err))
	}
	return s
}

// matchShown checks that got is what the README shows: line by line, where
// a "..." line stands for any lines and a line ending in " ..." for any
// line that starts with what comes before. Blank lines at the ends do not
// count.
func matchShown(want, got []string) error {
	trim := func(ls []string) []string {
		for len(ls) > 0 && strings.TrimSpace(ls[len(ls)-1]) == "" {
			ls = ls[:len(ls)-1]
		}
		return ls
	}
	want, got = trim(want), trim(got)
	same := func(w, g string) bool {
		if p, ok := strings.CutSuffix(w, " ..."); ok {
			return strings.HasPrefix(g, p)
		}
		return w == g
	}
	j, skip := 0, false
	for _, w := range want {
		if w == "..." {
			skip = true
			continue
		}
		for skip && j < len(got) && !same(w, got[j]) {
			j++
		}
		if j >= len(got) {
			return fmt.Errorf("the README shows %q, which it did not print", w)
		}
		if !same(w, got[j]) {
			return fmt.Errorf("line %d: README shows %q, it printed %q", j+1, w, got[j])
		}
		j, skip = j+1, false
	}
	if !skip && j < len(got) {
		return fmt.Errorf("it printed %d more lines than the README shows (end with ... to leave them out), from %q", len(got)-j, got[j])
	}
	return nil
}

// shellWords splits a command as sh would, for the quoting the README
// uses; anything fancier is refused.
func shellWords(s string) ([]string, error) {
	var words []string
	var cur strings.Builder
	inWord := false
	var quote rune
	for _, r := range s {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			cur.WriteRune(r)
		case r == '"' || r == '\'':
			quote, inWord = r, true
		case r == ' ' || r == '\t':
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
		case strings.ContainsRune("$`\\|&;<>()*?", r):
			return nil, fmt.Errorf("%q uses %q, which this test does not interpret", s, r)
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	if quote != 0 {
		return nil, fmt.Errorf("%q: unclosed quote", s)
	}
	if inWord {
		words = append(words, cur.String())
	}
	return words, nil
}

func TestMatchShown(t *testing.T) {
	got := []string{"a", "b", "c", "d", ""}
	for _, tc := range []struct {
		want []string
		ok   bool
	}{
		{[]string{"a", "b", "c", "d"}, true},
		{[]string{"a", "...", "d"}, true},
		{[]string{"a", "b ...", "..."}, true},
		{[]string{"...", "c", "d"}, true},
		{[]string{"a", "b", "c"}, false}, // output left out without ...
		{[]string{"a", "c", "d"}, false},
		{[]string{"a", "b", "c", "d", "e"}, false},
		{[]string{"a", "x ...", "..."}, false},
	} {
		if err := matchShown(tc.want, got); (err == nil) != tc.ok {
			t.Errorf("matchShown(%q): %v, want ok=%v", tc.want, err, tc.ok)
		}
	}
}

var tableCmdRE = regexp.MustCompile("^\\| `(reportbot [^`]*)` \\|")

// The commands table shows each command's synopsis, built from its flags.
func TestREADMECommandsTable(t *testing.T) {
	raw, _ := readmeFences(t)
	shown := map[string]string{}
	for _, l := range strings.Split(raw, "\n") {
		if m := tableCmdRE.FindStringSubmatch(l); m != nil {
			syn := strings.ReplaceAll(m[1], `\|`, "|")
			shown[strings.Fields(syn)[1]] = syn
		}
	}
	want := cli.Synopses()
	names := make([]string, 0, len(want))
	for n := range want {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if shown[n] != want[n] {
			t.Errorf("README's commands table shows\n  %q\nthe command is\n  %q", shown[n], want[n])
		}
		delete(shown, n)
	}
	for n := range shown {
		t.Errorf("README's commands table shows %q, which is no command", n)
	}
}

// The README names the Go version go.mod asks for.
func TestREADMEGoVersion(t *testing.T) {
	raw, _ := readmeFences(t)
	mod, err := os.ReadFile("go.mod")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^go (\S+)$`).FindSubmatch(mod)
	if m == nil {
		t.Fatal("go.mod has no go line")
	}
	if want := "Go " + string(m[1]) + " or later"; !strings.Contains(raw, want) {
		t.Errorf("README.md does not say %q", want)
	}
}

// The README's JSON answer is what ask --json prints for its question, and
// its quotes are the runes [start, end) of their paragraph.
func TestREADMEJSONShape(t *testing.T) {
	_, fences := readmeFences(t)
	var shown any
	for _, f := range fences {
		if f.lang == "json" {
			if err := json.Unmarshal([]byte(strings.Join(f.lines, "\n")), &shown); err != nil {
				t.Fatalf("README.md line %d: %v", f.line, err)
			}
		}
	}
	if shown == nil {
		t.Fatal("README.md has no json block")
	}
	q, _ := shown.(map[string]any)["question"].(string)
	if q == "" || q == "..." {
		t.Fatal("the README's JSON answer shows no question to ask")
	}
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"ask", "--json", q}, func(string) string { return "" }, &out, &errb); err != nil {
		t.Fatal(err)
	}
	var got any
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	compareJSON(t, "answer", shown, got)

	var ans rag.Answer
	if err := json.Unmarshal(out.Bytes(), &ans); err != nil {
		t.Fatal(err)
	}
	eng, err := cli.BuildEngine(context.Background(), cli.EngineOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range ans.Citations {
		r, err := eng.Index().Report(c.Report)
		if err != nil {
			t.Fatal(err)
		}
		p, err := r.Paragraph(c.Paragraph)
		if err != nil {
			t.Fatal(err)
		}
		if runes := []rune(p.Text); c.End > len(runes) || string(runes[c.Start:c.End]) != c.Quote || utf8.RuneCountInString(c.Quote) == 0 {
			t.Errorf("quote %q is not the runes [%d, %d) of ¶%d", c.Quote, c.Start, c.End, c.Paragraph)
		}
	}
}

// compareJSON checks that got is what the README shows: the same keys
// (a "...": "..." key stands for keys left out), the same number of array
// elements, each compared, and the same values, except a "..." or "<…>"
// placeholder.
func compareJSON(t *testing.T, path string, shown, got any) {
	t.Helper()
	switch s := shown.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			t.Errorf("%s: README shows an object, ask --json prints %v", path, got)
			return
		}
		for k, v := range s {
			if k == "..." {
				continue
			}
			if gv, ok := g[k]; !ok {
				t.Errorf("%s.%s: in the README, not printed", path, k)
			} else {
				compareJSON(t, path+"."+k, v, gv)
			}
		}
		if _, partial := s["..."]; !partial {
			for k := range g {
				if _, ok := s[k]; !ok {
					t.Errorf("%s.%s: printed, not in the README", path, k)
				}
			}
		}
	case []any:
		g, ok := got.([]any)
		if !ok || len(g) != len(s) {
			t.Errorf("%s: README shows %d elements, ask --json prints %v", path, len(s), got)
			return
		}
		for i := range s {
			compareJSON(t, fmt.Sprintf("%s[%d]", path, i), s[i], g[i])
		}
	case string:
		if s == "..." || strings.HasPrefix(s, "<") {
			return
		}
		if got != s {
			t.Errorf("%s: README shows %q, ask --json prints %v", path, s, got)
		}
	default:
		if got != shown {
			t.Errorf("%s: README shows %v, ask --json prints %v", path, shown, got)
		}
	}
}

var routeRE = regexp.MustCompile("`(?:(GET|POST) )?(/[a-z0-9/{}._-]*)`")

// The HTTP API routes the README lists are the ones openapi.json documents
// (which a server test checks against the real routes).
func TestREADMERoutes(t *testing.T) {
	raw, _ := readmeFences(t)
	var bullet string // the bullet's lines
	in := false
	for _, l := range strings.Split(raw, "\n") {
		switch {
		case strings.HasPrefix(l, "- **HTTP API**"):
			in = true
		case in && (strings.HasPrefix(l, "- ") || strings.TrimSpace(l) == ""):
			in = false
		}
		if in {
			bullet += l + "\n"
		}
	}
	spec, err := os.ReadFile("server/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Paths map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(spec, &doc); err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, m := range routeRE.FindAllStringSubmatch(bullet, -1) {
		method, path := strings.ToLower(m[1]), m[2]
		if method == "" {
			method = "get"
		}
		listed[path] = true
		if _, ok := doc.Paths[path][method]; !ok {
			t.Errorf("README lists %s %s; openapi.json has no such route", strings.ToUpper(method), path)
		}
	}
	for path := range doc.Paths {
		if !listed[path] && path != "/telegram/webhook" { // mounted only with a bot; bot/README.md
			t.Errorf("openapi.json has %s; the README's HTTP API line does not list it", path)
		}
	}
}
