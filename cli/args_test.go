package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"reflect"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// runArgs runs the command line in-process and returns stdout, stderr and
// the error.
func runArgs(t *testing.T, env map[string]string, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := Run(context.Background(), args, Env{Getenv: envFrom(env), Stdout: &out, Stderr: &errb})
	return out.String(), errb.String(), err
}

func TestParseArgs(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		pos  []string
		json bool
		k    int
	}{
		{"flags first", []string{"--json", "-k", "3", "今年GDP目标"}, []string{"今年GDP目标"}, true, 3},
		{"flags last", []string{"今年GDP目标", "--json", "-k", "3"}, []string{"今年GDP目标"}, true, 3},
		{"flags between words", []string{"今年", "--json", "GDP目标"}, []string{"今年", "GDP目标"}, true, 1},
		{"-- ends the flags", []string{"-k", "2", "--", "--json", "-3%"}, []string{"--json", "-3%"}, false, 2},
		{"no arguments", []string{"--json"}, nil, true, 1},
		{"single dash is an argument", []string{"-", "--json"}, []string{"-"}, true, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := newFlagSet("x")
			j := fs.Bool("json", false, "")
			k := fs.Int("k", 1, "")
			pos, err := parseArgs(fs, tc.args)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(pos, tc.pos) || *j != tc.json || *k != tc.k {
				t.Errorf("args %q, json %v, k %d; want %q, %v, %d", pos, *j, *k, tc.pos, tc.json, tc.k)
			}
		})
	}
}

// Flags after the question are flags, for every command, and an unknown
// one is a usage error, never part of the question.
func TestFlagsAfterArguments(t *testing.T) {
	out, _, err := runArgs(t, nil, "ask", "今年GDP目标", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var ans rag.Answer
	if err := json.Unmarshal([]byte(out), &ans); err != nil {
		t.Fatalf("ask QUESTION --json printed no JSON: %v\n%s", err, out)
	}
	if ans.Question != "今年GDP目标" {
		t.Errorf("question %q, want the flag left out", ans.Question)
	}
	out, _, err = runArgs(t, nil, "para", "23", "--json")
	if err != nil || !strings.Contains(out, `"paragraph": 23`) {
		t.Errorf("para 23 --json: %v\n%s", err, out)
	}
	out, _, err = runArgs(t, nil, "figures", "公交车", "--kind", "target", "--json")
	if err != nil || !strings.Contains(out, "132台") || strings.Contains(out, "85台") {
		t.Errorf("figures 公交车 --kind target --json: %v\n%s", err, out)
	}
	for _, args := range [][]string{
		{"ask", "今年GDP目标", "--nope"},
		{"search", "外贸", "--nope"},
		{"para", "23", "--nope"},
		{"figures", "GDP", "--nope"},
		{"eval", "--nope"},
		{"serve", "--nope"},
		{"feedback", "--nope"},
		{"version", "--nope"},
	} {
		_, _, err := runArgs(t, nil, args...)
		if !IsUsage(err) || !strings.Contains(err.Error(), "flag provided but not defined: -nope") || !strings.Contains(err.Error(), "reportbot help "+args[0]) {
			t.Errorf("%q: %v, want a usage error naming the flag", args, err)
		}
	}
	_, _, err = runArgs(t, nil, "ask", "今年GDP目标", "--report", "nope")
	if !IsUsage(err) || !strings.Contains(err.Error(), `no such report: "nope"`) {
		t.Errorf("ask QUESTION --report nope: %v", err)
	}
}

// help COMMAND and COMMAND --help print the arguments and every flag, and
// succeed; the command list shows every flag of every command.
func TestHelp(t *testing.T) {
	top, _, err := runArgs(t, nil, "help")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range commands() {
		fs := newFlagSet(c.name)
		c.setup(fs, Env{})
		if !strings.Contains(top, synopsis(c, fs)+"\n") {
			t.Errorf("help lacks %q", synopsis(c, fs))
		}
		for _, args := range [][]string{{"help", c.name}, {c.name, "--help"}, {c.name, "-h"}, {c.name, "x", "-help"}} {
			out, _, err := runArgs(t, nil, args...)
			if err != nil {
				t.Errorf("%q: %v", args, err)
				continue
			}
			want := "Usage: reportbot " + c.name + " [flags]"
			if c.args != "" {
				want += " " + c.args
			}
			if !strings.HasPrefix(out, want+"\n") {
				t.Errorf("%q: usage line %q, want %q", args, strings.SplitN(out, "\n", 2)[0], want)
			}
			for _, a := range c.argHelp {
				if !strings.Contains(out, "\n  "+a[0]+" ") {
					t.Errorf("%q does not describe the argument %s", args, a[0])
				}
			}
			fs.VisitAll(func(f *flag.Flag) {
				if !strings.Contains(out, "\n  "+flagWithArg(f)+" ") {
					t.Errorf("%q does not list %s", args, flagWithArg(f))
				}
			})
		}
	}
	if _, _, err := runArgs(t, nil, "help", "nope"); !IsUsage(err) {
		t.Errorf("help nope: %v, want a usage error", err)
	}
	if _, stderr, err := runArgs(t, nil); !IsUsage(err) || !strings.Contains(stderr, "reportbot ask") {
		t.Errorf("no command: %v, stderr %q", err, stderr)
	}
}

// The flags README's table documents are the ones each command has: the
// synopsis is built from the flag set.
func TestSynopsis(t *testing.T) {
	got := Synopses()
	for name, want := range map[string]string{
		"para":     "reportbot para [--json] [--report ID] [--seeds DIR] N",
		"feedback": "reportbot feedback [--config FILE] [--csv] [--db DSN] [--dsn DSN] [-n N] [--since WHEN] [-v]",
		"serve":    "reportbot serve [--addr HOST:PORT] [--config FILE] [--seeds DIR] [--store DIR]",
	} {
		if got[name] != want {
			t.Errorf("%s: %q, want %q", name, got[name], want)
		}
	}
}

func TestVersion(t *testing.T) {
	built := func() (*debug.BuildInfo, bool) {
		return &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "github.com/reportbot/reportbot", Version: "v0.3.0"},
			Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "0123456789abcdef0123456789abcdef01234567"},
				{Key: "vcs.time", Value: "2026-12-01T10:00:00Z"}, {Key: "vcs.modified", Value: "true"}}}, true
	}
	var out bytes.Buffer
	env := Env{Stdout: &out, Stderr: &out, BuildInfo: built}
	if err := Run(context.Background(), []string{"version", "--seeds", "../testdata/seeds"}, env); err != nil {
		t.Fatal(err)
	}
	want := "reportbot v0.3.0 (module github.com/reportbot/reportbot, go1.26.8)\n" +
		"revision: 0123456789abcdef0123456789abcdef01234567 (2026-12-01T10:00:00Z) with uncommitted changes\n"
	if !strings.HasPrefix(out.String(), want) {
		t.Errorf("version:\n%s\nwant it to start\n%s", out.String(), want)
	}
	eng, err := BuildEngine(context.Background(), EngineOptions{SeedsDir: "../testdata/seeds"})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range eng.Index().Reports() {
		if line := "  " + r.Meta.ID + "  " + r.Version + "  " + r.Meta.Title + "\n"; !strings.Contains(out.String(), line) {
			t.Errorf("version lacks the report line %q:\n%s", line, out.String())
		}
	}
	// A go run or go test build records no revision, and says so.
	out.Reset()
	env.BuildInfo = func() (*debug.BuildInfo, bool) {
		return &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "github.com/reportbot/reportbot", Version: "(devel)"}}, true
	}
	if err := Run(context.Background(), []string{"version", "--json"}, env); err != nil {
		t.Fatal(err)
	}
	var v versionInfo
	if err := json.Unmarshal(out.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	if v.Version != "(devel)" || v.Revision != "" || len(v.Reports) != 1 || len(v.Reports[0].Version) != 64 {
		t.Errorf("version --json: %+v", v)
	}
}

func TestFooter(t *testing.T) {
	rep := rag.ReportRef{Title: "2025年盘锦市政府工作报告", Version: "42ef3b2714bc4328ddddd359c6fae2bfa788406eabad04a59864d68d54a12906"}
	for _, tc := range []struct {
		lang, mode, want string
	}{
		{"zh", rag.ModeExtractive, "—— 2025年盘锦市政府工作报告（报告版本 42ef3b2714bc；摘录原文）"},
		{"zh", rag.ModeLLM, "—— 2025年盘锦市政府工作报告（报告版本 42ef3b2714bc；模型撰写，已核对原文）"},
		{"en", rag.ModeExtractive, "—— 2025年盘锦市政府工作报告 (report version 42ef3b2714bc; quoted from the report)"},
	} {
		if got := footer(&rag.Answer{Lang: tc.lang, Mode: tc.mode, Report: rep}); got != tc.want {
			t.Errorf("%s %s: %q, want %q", tc.lang, tc.mode, got, tc.want)
		}
	}
	// An answer from two reports names both; one asked back, none.
	two := &rag.Answer{Lang: "zh", Mode: rag.ModeExtractive, Report: rep, Reports: []rag.ReportRef{{Title: "甲", Version: "aaa"}, rep}}
	if got, want := footer(two), "—— 甲（报告版本 aaa；摘录原文）\n—— 2025年盘锦市政府工作报告（报告版本 42ef3b2714bc；摘录原文）"; got != want {
		t.Errorf("two reports: %q, want %q", got, want)
	}
	if got := footer(&rag.Answer{Lang: "zh", Mode: rag.ModeExtractive}); got != "" {
		t.Errorf("asked back: %q, want no footer", got)
	}
}

// --seeds naming no folder says so, for every command that takes it; serve
// takes --seeds and --store like ask.
func TestSeedsFolder(t *testing.T) {
	missing := t.TempDir() + "/no-such-folder"
	for _, args := range [][]string{
		{"ask", "--seeds", missing, "GDP"},
		{"search", "--seeds", missing, "GDP"},
		{"para", "--seeds", missing, "1"},
		{"figures", "--seeds", missing},
		{"eval", "--seeds", missing},
		{"serve", "--seeds", missing, "--store", t.TempDir()},
		{"version", "--seeds", missing},
	} {
		_, _, err := runArgs(t, nil, args...)
		if want := "--seeds: folder " + missing + " does not exist"; err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", args, err, want)
		}
	}
}
