package places

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/reportbot/reportbot/seeds"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// TestReportMentions lists every place Find sees in the shipped Panjin
// report, paragraph by paragraph (¶N as the bot counts them), in a golden
// file: a reviewer reads it for false mentions, and a change to the data
// or the rules shows up in the diff. Known and accepted: 国家 in "国家级"-
// like attributive uses (国家公园) and 大连 in 大连理工大学, which a caller
// vetoes with NonPlaces if it must.
func TestReportMentions(t *testing.T) {
	g := load(t)
	const name = "panjin-2025-government-work-report.txt"
	data, err := fs.ReadFile(seeds.FS, name)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	n := 0
	for _, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		n++
		for _, m := range g.Find(norm.NFKC.String(line)) {
			fmt.Fprintf(&b, "¶%d\t%s\t%s\t%s\t%s\n", n, m.As, m.Place.Code, m.Place.Name, m.Place.Kind)
		}
	}
	golden := filepath.Join("testdata", "panjin-report.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./places -run TestReportMentions -update)", err)
	}
	if b.String() != string(want) {
		t.Errorf("mentions in %s differ from %s (rerun with -update and review the diff):\n%s", name, golden, b.String())
	}
}
