package rag

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// A directional complement the reports never write says how a deed ends,
// not what is asked: read for missing words, the verb stays, alone.
func TestMissingWordsUnwrittenComplement(t *testing.T) {
	ix := seedIndex(t)
	var rep *Report
	for _, r := range ix.reports {
		if r.Meta.ID == "panjin-2025" {
			rep = r
		}
	}
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"去年在盘锦开个公司得多久能办下来", nil},
		// the topic the reports lack is still missing
		{"房价什么时候能降下来", []string{"房价"}},
	} {
		if got := ix.missingWords(Normalize(c.q), rep); !slices.Equal(got, c.want) {
			t.Errorf("missingWords(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

// How long a thing takes, asked with a complement the report never
// writes, is answered by the duration it gives, not declined for the
// complement.
func TestUnwrittenComplementAnswered(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	q := "去年在盘锦开个公司得多久能办下来"
	ans, err := e.Ask(context.Background(), Query{Text: q})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "1天以内") {
		t.Errorf("Ask(%q) = %q, want the 1天以内 quoted", q, ans.Answer)
	}
}
