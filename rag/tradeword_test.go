package rag_test

import "testing"

// TestImportAndExportSingular: "import and export" written in the singular
// (or as import-export) names 进出口 as "imports and exports" does, so a
// wrong growth claimed for it is corrected and a right one is not.
func TestImportAndExportSingular(t *testing.T) {
	eng := fullEngine(t)
	checkGrounding(t, eng, []groundingCase{
		{q: "Did the city's import and export rise 93.7% in 2024?", found: true, figures: []string{"39.7%"}, want: []string{"Note: the report says 39.7%, not 93.7%"}},
		{q: "Was import and export growth 30% last year?", found: true, figures: []string{"39.7%"}, want: []string{"Note: the report says 39.7%"}},
		{q: "Import-export grew 45% in 2024, right?", found: true, figures: []string{"39.7%"}, want: []string{"Note: the report says 39.7%"}},
		{q: "Did import and export grow 39.7% in 2024?", found: true, want: []string{"39.7%"}, not: []string{"Note:"}},
		{q: "What is the 2025 import and export growth target?", found: true, want: []string{"6%"}, not: []string{"Note:"}},
	})
}
