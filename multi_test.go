package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// With several reports loaded every text output names the report of each
// line: ask's marks and footer, search, figures and para.
func TestTextOutputNamesReports(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"ask", "--seeds", "testdata/seeds", "盘锦去年公交车买了多少"}, []string{"〔panjin-2025 ¶11〕", "—— 2025年盘锦市政府工作报告"}},
		{[]string{"search", "--seeds", "testdata/seeds", "-k", "3", "公交车"}, []string{"1. panjin-2025 ¶54", "panjin-2024 ¶23"}},
		{[]string{"figures", "--seeds", "testdata/seeds", "公交车"}, []string{"panjin-2025 ¶11  2024年结果  新购公交车辆  85台", "panjin-2024 ¶23  2024年目标  新购公交车辆  100台"}},
		{[]string{"para", "--seeds", "testdata/seeds", "--report", "panjin-2024", "23"}, []string{"panjin-2024 ¶23  2024年目标"}},
		// One report: the marks stay short.
		{[]string{"figures", "公交车"}, []string{"¶11  2024年结果  新购公交车辆  85台"}},
	} {
		out, _, err := runCLI(t, tc.args...)
		if err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("%v: output lacks %q:\n%s", tc.args, w, out)
			}
		}
	}
}

// reportbot figures --track: each 2024 target of panjin-2024 beside its
// 2024 result in the seed, as text and as JSON.
func TestFiguresTrack(t *testing.T) {
	out, _, err := runCLI(t, "figures", "--seeds", "testdata/seeds", "--track", "公交车")
	if err != nil {
		t.Fatal(err)
	}
	if want := "2024年  新购公交车辆  目标 100台〔panjin-2024 ¶23〕  结果 85台〔panjin-2025 ¶11〕  未完成\n"; out != want {
		t.Errorf("figures --track 公交车:\n%s\nwant:\n%s", out, want)
	}
	out, _, err = runCLI(t, "figures", "--seeds", "testdata/seeds", "--track", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var pairs []struct {
		Year   int    `json:"year"`
		Status string `json:"status"`
		Target struct{ Report, Value string }
		Result struct{ Report, Value string }
	}
	if err := json.Unmarshal([]byte(out), &pairs); err != nil {
		t.Fatal(err)
	}
	if len(pairs) < 20 {
		t.Fatalf("figures --track --json: %d pairs, want the 20-odd targets of panjin-2024", len(pairs))
	}
	for _, p := range pairs {
		if p.Year != 2024 || p.Target.Report != "panjin-2024" || p.Result.Report != "panjin-2025" || p.Status == "" {
			t.Errorf("pair %+v", p)
		}
	}
	// Only the embedded report: nothing to track, and it says why.
	out, _, err = runCLI(t, "figures", "--track")
	if err != nil || !strings.Contains(out, "no targets with results") {
		t.Errorf("figures --track with one report: %v\n%s", err, out)
	}
}

// ask --report panjin-2025 "去年的目标完成了吗": the chosen report's results
// beside the targets panjin-2024 set, each labelled with its report.
func TestAskTrackWithChosenReport(t *testing.T) {
	out, _, err := runCLI(t, "ask", "--seeds", "testdata/seeds", "--report", "panjin-2025", "去年的目标完成了吗")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"【2024年目标→结果】新购公交车辆：目标100台〔panjin-2024 ¶23〕，结果85台〔panjin-2025 ¶11〕——未完成"} {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
}

// A bad report folder stops start-up with an error naming the file, and
// nothing is answered from the rest.
func TestBadSeedsStopStartUp(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile("testdata/seeds/demo-2024.txt")
	if err != nil {
		t.Fatal(err)
	}
	for name, body := range map[string][]byte{"demo-2024.txt": good, "broken.txt": []byte("一、2023年工作回顾\n甲。\n"), "broken.yaml": []byte("year: 2025\n")} {
		if err := os.WriteFile(filepath.Join(dir, name), body, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, args := range [][]string{
		{"ask", "--seeds", dir, "示例市今年新建口袋公园多少个"},
		{"figures", "--seeds", dir},
		{"search", "--seeds", dir, "公园"},
	} {
		out, _, err := runCLI(t, args...)
		if err == nil || !strings.Contains(err.Error(), "broken.yaml") || !strings.Contains(err.Error(), "reviews 2023") || out != "" {
			t.Errorf("%v: error %v, output %q; want an error naming broken.yaml and nothing answered", args[0], err, out)
		}
	}
}
