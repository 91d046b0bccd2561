package rag_test

import (
	"context"
	"os"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/reportbot/reportbot/rag"
)

// claimCase is a claim and the correction its answer must lead with
// (testdata/claims/cases.yaml); none when stated is empty.
type claimCase struct {
	Q      string `yaml:"q"`
	Stated string `yaml:"stated"`
	Value  string `yaml:"value"`
}

// Claims the report's words contradict — a wrong actor, place or stage —
// are corrected with the report's words; right ones, paraphrased, are
// not.
func TestClaimsCorrected(t *testing.T) {
	raw, err := os.ReadFile("testdata/claims/cases.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var cases []claimCase
	if err := yaml.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	eng := fullEngine(t)
	for _, tc := range cases {
		t.Run(tc.Q, func(t *testing.T) {
			a, err := eng.Ask(context.Background(), rag.Query{Text: tc.Q})
			if err != nil {
				t.Fatal(err)
			}
			if err := a.CheckParts(eng, false); err != nil {
				t.Error(err)
			}
			var stated, value string
			for _, p := range a.Parts {
				if p.Type == rag.PartCorrection {
					stated, value = p.Stated, p.Figure.Value
					break
				}
			}
			if stated != tc.Stated || value != tc.Value || tc.Stated != "" && !a.Found {
				t.Errorf("corrected %q with %q (found=%v), want %q with %q:\n%s", stated, value, a.Found, tc.Stated, tc.Value, a.Answer)
			}
		})
	}
}
