package rag

import (
	"strings"
	"unicode/utf8"
)

// asTyped is thing, a run of the normalized question, spelled as the user
// typed it: a decline echoes 智慧停车APP, not the folded 智慧停车app.
// Where no run of the typed text folds to thing (a slip was read for
// another word), thing is echoed as read.
func asTyped(typed, thing string) string {
	want := utf8.RuneCountInString(thing)
	for i := range typed {
		for j := i; j < len(typed); {
			_, size := utf8.DecodeRuneInString(typed[j:])
			j += size
			run := typed[i:j]
			if utf8.RuneCountInString(run) > 2*want+2 {
				break // folding never shortens a run this much
			}
			if Normalize(run) == thing {
				return strings.TrimSpace(run)
			}
		}
	}
	return thing
}
