package llm

import (
	"fmt"
	"strings"

	"github.com/reportbot/reportbot/rag"
)

// answerParts turns a checked model answer into typed parts: each of its
// sentences a text part citing, for each paragraph it names, the sentence
// of that paragraph it best matches, quoted verbatim. Whitespace-only
// pieces stay with the sentence before them, so the model's line breaks
// survive rendering.
func answerParts(text string, allowed map[int]*rag.Paragraph) ([]rag.Citation, []rag.Part) {
	cits := []rag.Citation{}
	parts := []rag.Part{}
	index := map[string]int{}
	for _, c := range splitClaims(text) {
		if strings.IndexFunc(c.body, isWordRune) < 0 {
			if len(parts) > 0 {
				parts[len(parts)-1].Text += c.body
			}
			continue
		}
		part := rag.Part{Type: rag.PartText, Role: rag.RoleSentence, Text: c.body, Citations: []int{}}
		for _, n := range c.cites {
			p := allowed[n]
			if p == nil {
				continue
			}
			cit, ok := bestQuote(c.body, p)
			if !ok {
				continue
			}
			key := fmt.Sprintf("%s/%d/%d", cit.Report, cit.Paragraph, cit.Start)
			i, seen := index[key]
			if !seen {
				i = len(cits)
				index[key] = i
				cits = append(cits, cit)
			}
			part.Citations = append(part.Citations, i)
		}
		parts = append(parts, part)
	}
	return cits, parts
}
