package llm

import (
	"regexp"
	"strconv"
	"strings"
)

// streamHold is how many runes of streamed text are held back so that the
// leak check sees a repeated instruction before any of it is shown.
const streamHold = 48

var (
	markerFull   = regexp.MustCompile(`^[〔\[【（(]\s*¶\s*\d{1,5}(?:\s*[,，、;；]\s*¶?\s*\d{1,5})*\s*[〕\]】）)]`)
	markerPrefix = regexp.MustCompile(`^[〔\[【（(]\s*(?:¶\s*(?:\d{1,5}(?:\s*[,，、;；]\s*¶?\s*\d{0,5})*\s*)?)?$`)
)

// streamFilter passes streamed text on, holding back what might still turn
// into a citation marker ("〔¶2" before "3〕") and the last streamHold runes,
// dropping citations of paragraphs not given, and stopping for good once
// the text repeats the instructions.
type streamFilter struct {
	ck      *checker
	emit    func(string)
	raw     strings.Builder
	pending []rune
	stopped bool
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
	f.pending = append(f.pending, []rune(delta)...)
	f.release(len(f.pending) - streamHold)
}

// flush passes on what is left at the end of the stream.
func (f *streamFilter) flush() {
	if !f.stopped {
		f.release(len(f.pending))
	}
}

// release emits pending[:cut], moved back so no marker is split.
func (f *streamFilter) release(cut int) {
	if cut <= 0 {
		return
	}
	for i := max(0, cut-24); i < cut; i++ {
		if !strings.ContainsRune("〔[【（(", f.pending[i]) {
			continue
		}
		rest := string(f.pending[i:])
		if loc := markerFull.FindStringIndex(rest); loc != nil {
			if i+len([]rune(rest[:loc[1]])) > cut {
				if cut == len(f.pending) {
					continue // cannot happen: the marker ends within pending
				}
				cut = i
				break
			}
			continue
		}
		if markerPrefix.MatchString(rest) {
			if cut == len(f.pending) {
				continue // end of stream: an unfinished marker is just text
			}
			cut = i
			break
		}
	}
	if cut <= 0 {
		return
	}
	out := f.clean(string(f.pending[:cut]))
	f.pending = append([]rune(nil), f.pending[cut:]...)
	if out != "" {
		f.emit(out)
	}
}

// clean canonicalises markers and drops those naming paragraphs not given.
func (f *streamFilter) clean(s string) string {
	return marker.ReplaceAllStringFunc(canonicalMarkers(s), func(m string) string {
		n, _ := strconv.Atoi(marker.FindStringSubmatch(m)[1])
		if _, ok := f.ck.allowed[n]; ok {
			return m
		}
		return ""
	})
}
