package rag

import (
	"reflect"
	"regexp"
	"testing"
)

// yearSpans finds what the regexp it replaced finds, in the eval and load
// test questions, normalized, and in texts made to test its edges.
func TestYearSpansIsRegexp(t *testing.T) {
	re := regexp.MustCompile(`(19|20)\d\d`)
	texts := []string{
		"", "2024", "202", "20245", "192019", "2019年和2020年", "1999—2000", "120245", "2020202",
		"２０２４年", "二〇二四", "去年2023年增长19.5%", "20ab1920", "19", "2x24", "3.2024", "1920年代和20世纪",
	}
	for _, q := range evalQuestions(t) {
		texts = append(texts, q, Normalize(q))
	}
	for _, s := range texts {
		if got, want := yearSpans(s), re.FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("yearSpans(%q) = %v, regexp %v", s, got, want)
		}
	}
}
