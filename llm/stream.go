package llm

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/reportbot/reportbot/rag"
)

var (
	markerFull   = regexp.MustCompile(`^[〔\[【（(]\s*¶\s*\d{1,5}(?:\s*[,，、;；]\s*¶?\s*\d{1,5})*\s*[〕\]】）)]`)
	markerPrefix = regexp.MustCompile(`^[〔\[【（(]\s*(?:¶\s*(?:\d{1,5}(?:\s*[,，、;；]\s*¶?\s*\d{0,5})*\s*)?)?$`)
)

// streamFilter releases a streamed reply sentence by sentence, each only
// once it is complete (its citation marks included) and has passed the
// same checks as the final answer (checker.judge): a sentence the checks
// drop is left out, one that fails them stops the stream for good, as does
// a reply that starts repeating the instructions. What it emits is each
// kept sentence as the final answer renders it, so a streamed answer that
// stands is exactly the text of the final one.
type streamFilter struct {
	ck      *checker
	emit    func(string)
	raw     strings.Builder // everything received, for the leak check
	pending string          // received text not yet judged, from a sentence start
	stopped bool
	started bool // a sentence has been emitted
}

func (f *streamFilter) write(delta string) {
	if f.stopped {
		return
	}
	f.raw.WriteString(delta)
	if f.ck.leak.leaks(f.raw.String()) {
		f.stopped = true
		return
	}
	f.pending += delta
	f.release(false)
}

// flush judges what is left once the stream has ended normally.
func (f *streamFilter) flush() {
	if !f.stopped {
		f.release(true)
	}
}

// release judges and emits the complete sentences of pending; at the end
// of the stream every sentence is complete.
func (f *streamFilter) release(end bool) {
	text, _ := f.ck.prepare(f.pending)
	claims := splitClaims(text)
	done := len(claims)
	if !end {
		done = 0
		for done+1 < len(claims) && settled(claims[done+1].raw) {
			done++
		}
	}
	for _, c := range claims[:done] {
		j := f.ck.judge(c)
		switch j.action {
		case failClaim:
			f.stopped = true
			return
		case keepClaim:
			if out := f.render(c); out != "" {
				f.emit(out)
			}
		}
	}
	var rest strings.Builder
	for _, c := range claims[done:] {
		rest.WriteString(c.raw)
	}
	f.pending = rest.String()
}

// settled reports whether the sentence before one starting with raw is
// complete: nothing at raw's start can still turn into a citation mark of
// it ("〔¶2" waiting for "3〕").
func settled(raw string) bool {
	s := strings.TrimLeftFunc(raw, unicode.IsSpace)
	if s == "" {
		return false
	}
	return !strings.ContainsRune("〔[【（(", []rune(s)[0]) || !markerPrefix.MatchString(s) && markerFull.FindStringIndex(s) == nil
}

// render is a kept sentence as the final answer shows it: its marks after
// its words, before its closing punctuation.
func (f *streamFilter) render(c claim) string {
	cits, parts := answerParts(c.raw, f.ck.allowed)
	if len(parts) == 0 {
		if f.started {
			return c.raw // line breaks between sentences
		}
		return ""
	}
	f.started = true
	return rag.RenderText(&rag.Answer{Citations: cits, Parts: parts}, f.ck.multi)
}
