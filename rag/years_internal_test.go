package rag

import (
	"os"
	"testing"

	"github.com/reportbot/reportbot/seeds"
)

// With several reports and none named, 去年 and 今年 are the newest
// report's years, whatever order the reports were loaded in; a named
// report's own years otherwise.
func TestRelativeYearsFollowTheNewestReport(t *testing.T) {
	for _, reverse := range []bool{false, true} {
		reports := loadReports(t, os.DirFS("testdata"), seeds.FS) // testcity-2024 first
		if reverse {
			reports[0], reports[1] = reports[1], reports[0]
		}
		ix, err := NewIndex(reports, nil)
		if err != nil {
			t.Fatal(err)
		}
		if ix.Latest().Meta.ID != "panjin-2025" {
			t.Errorf("%s first: Latest is %s", reports[0].Meta.ID, ix.Latest().Meta.ID)
		}
		if rv, pl := ix.years(nil); rv != 2024 || pl != 2025 {
			t.Errorf("%s first: unscoped years %d, %d; want 2024, 2025", reports[0].Meta.ID, rv, pl)
		}
		synth, err := ix.Report("testcity-2024")
		if err != nil {
			t.Fatal(err)
		}
		if rv, pl := ix.years(synth); rv != 2023 || pl != 2024 {
			t.Errorf("scoped to testcity-2024: years %d, %d; want 2023, 2024", rv, pl)
		}
	}
}
