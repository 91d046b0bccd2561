package csvsafe

import (
	"encoding/csv"
	"strings"
	"testing"
)

func TestField(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"公交车买了多少", "公交车买了多少"},
		{`=HYPERLINK("http://evil","x")`, `'=HYPERLINK("http://evil","x")`},
		{"+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"},
		{"-1+1", "'-1+1"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"5.5%左右", "5.5%左右"},
		{"a=b", "a=b"},
	} {
		if got := Field(tt.in); got != tt.want {
			t.Errorf("Field(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// The writer neutralises every field and still writes valid CSV: quotes,
// commas and line breaks read back as written.
func TestWriter(t *testing.T) {
	var b strings.Builder
	w := NewWriter(&b)
	if err := w.Write([]string{"=1+1", "a,b", "say \"hi\"\nthere", "85台"}); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(b.String())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"'=1+1", "a,b", "say \"hi\"\nthere", "85台"}
	if len(rows) != 1 || strings.Join(rows[0], "|") != strings.Join(want, "|") {
		t.Fatalf("read back %q, want %q", rows, want)
	}
}
