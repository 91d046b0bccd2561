// Package csvsafe writes CSV for staff who open it in a spreadsheet: a
// field that a spreadsheet would run as a formula (=HYPERLINK(…), +cmd,
// -1+1, @SUM(…), or one of these after a tab or carriage return) is
// written with a leading apostrophe, so it is shown as the text it is.
// Questions come from the public, so every exported field goes through it.
package csvsafe

import (
	"encoding/csv"
	"io"
	"strings"
)

// Field is s as a spreadsheet will show it rather than evaluate it.
func Field(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// Writer is a csv.Writer that neutralises every field it writes.
type Writer struct {
	w *csv.Writer
}

// NewWriter writes CSV to w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: csv.NewWriter(w)} }

// Write writes one record, each field through Field.
func (w *Writer) Write(record []string) error {
	safe := make([]string, len(record))
	for i, f := range record {
		safe[i] = Field(f)
	}
	return w.w.Write(safe)
}

// Flush writes what is buffered and returns the first error of any write.
func (w *Writer) Flush() error {
	w.w.Flush()
	return w.w.Error()
}
