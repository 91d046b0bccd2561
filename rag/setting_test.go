package rag_test

import (
	"context"
	"slices"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// A clause telling the asker's circumstance, in words the report never
// writes, does not make the question it leads into unanswered; words the
// report lacks in the clause that asks still do.
func TestCircumstanceClauseAsksNothing(t *testing.T) {
	cases := []struct {
		q     string
		found bool
		para  int // a paragraph the answer cites; 0 when refused
	}{
		{"出门坐公交太不方便了，今年公交会有什么变化", true, 54},
		{"年轻人都往外走，盘锦怎么留人才", true, 34},
		{"消费不旺，今年怎么提振消费啊", true, 30},
		// The asking clause names nothing the report covers.
		{"房价太高了，今年怎么办", false, 0},
		{"孩子想考公务员，今年招多少人", false, 0},
		// What is asked is what the report lacks.
		{"房子太贵了，今年房价会降吗", false, 0},
		// A clause setting up its words as the topic is what is asked about.
		{"比特币挖矿的问题，今年企业怎么管", false, 0},
		{"关于比特币挖矿，今年企业怎么管", false, 0},
	}
	engineModes(t, func(t *testing.T, eng *rag.Engine) {
		for _, c := range cases {
			ans, err := eng.Ask(context.Background(), rag.Query{Text: c.q})
			if err != nil {
				t.Fatalf("%s: %v", c.q, err)
			}
			cited := slices.ContainsFunc(ans.Citations, func(ct rag.Citation) bool { return ct.Paragraph == c.para })
			if ans.Found != c.found || c.found && !cited {
				t.Errorf("%s: found=%v, cites ¶%d: %v; want found=%v citing ¶%d\n%s", c.q, ans.Found, c.para, cited, c.found, c.para, ans.Answer)
			}
		}
	})
}
