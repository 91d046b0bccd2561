package bot

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// MaxMessageUnits is the Bot API limit on a message's visible text, in
// UTF-16 code units after entity parsing.
const MaxMessageUnits = 4096

// splitUnits is the conservative limit parts are cut to.
const splitUnits = 3900

var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// esc escapes text for parse_mode HTML. Every piece of user or report text
// goes through it.
func esc(s string) string { return htmlEscaper.Replace(strings.ToValidUTF8(s, "")) }

// utf16Len counts UTF-16 code units, as Telegram measures text.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// visibleText is HTML with tags removed and entities decoded: what Telegram
// counts. It only understands the HTML this package writes.
func visibleText(h string) string {
	var b strings.Builder
	for i := 0; i < len(h); {
		switch h[i] {
		case '<':
			end := strings.IndexByte(h[i:], '>')
			if end < 0 {
				b.WriteString(h[i:])
				return b.String()
			}
			i += end + 1
		case '&':
			r, n := decodeEntity(h[i:])
			b.WriteRune(r)
			i += n
		default:
			b.WriteByte(h[i])
			i++
		}
	}
	return b.String()
}

func decodeEntity(s string) (rune, int) {
	for _, e := range []struct {
		name string
		r    rune
	}{{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}} {
		if strings.HasPrefix(s, e.name) {
			return e.r, len(e.name)
		}
	}
	return '&', 1
}

// truncateRunes cuts s to at most n runes, adding "…" when it cut.
func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

const (
	sentenceEnders = "。！？；!?;"
	closingMarks   = "”’」』）)\"'"
)

type openTag struct {
	name string
	raw  string // the whole start tag, to reopen it
}

type cutPoint struct {
	pos   int // byte offset in the HTML
	vis   int // visible units before pos
	stack []openTag
}

// splitHTML cuts well-formed Telegram HTML (as this package writes it) into
// parts whose visible text is at most limit UTF-16 units. It prefers cuts at
// line ends outside any tag, then at sentence ends, and only then anywhere;
// it never cuts inside a tag, an entity or a 〔¶N〕 citation, and never
// between a sentence and the citation or closing quote that follows it.
// Tags open at a cut are closed at the end of the part and reopened at the
// start of the next, so every part is valid on its own.
func splitHTML(h string, limit int) []string {
	var parts []string
	var stack []openTag // tags open at pos, reopened at the start of the next part
	pos := 0
	for {
		for pos < len(h) && strings.IndexByte(" \n\t", h[pos]) >= 0 {
			pos++
		}
		c, ok := cutOnce(h, pos, stack, limit)
		end := len(h)
		if ok {
			end = c.pos
		}
		var part strings.Builder
		for _, t := range stack {
			part.WriteString(t.raw)
		}
		part.WriteString(strings.TrimRight(h[pos:end], " \n\t"))
		if ok {
			for i := len(c.stack) - 1; i >= 0; i-- {
				part.WriteString("</" + c.stack[i].name + ">")
			}
		}
		if strings.TrimSpace(visibleText(part.String())) != "" {
			parts = append(parts, part.String())
		}
		if !ok {
			return parts
		}
		pos, stack = c.pos, c.stack
	}
}

// cutOnce scans h from pos, with stack open, and returns where to end a
// part of at most limit visible units; ok=false when the rest fits.
func cutOnce(h string, pos int, open []openTag, limit int) (*cutPoint, bool) {
	sc := &cutScan{stack: append([]openTag(nil), open...)}
	for i := pos; i < len(h); {
		if h[i] == '<' {
			next, ok := sc.tag(h, i)
			if !ok {
				break
			}
			i = next
			continue
		}
		r, n := visibleRune(h[i:])
		u := utf16.RuneLen(r)
		if u < 0 {
			u = 1
		}
		sc.settle(r)
		if sc.vis+u > limit && sc.vis > 0 {
			return sc.cut(i, limit), true
		}
		if !sc.inCite && sc.vis > 0 && r != '〔' {
			sc.best[1] = sc.mark(i)
		}
		sc.vis += u
		i += n
		sc.after(r, i)
	}
	return nil, false
}

// cutScan is what cutOnce knows at a point of its scan.
type cutScan struct {
	stack           []openTag
	best            [4]*cutPoint // by class: 3 line end at depth 0, 2 sentence end, 1 anywhere
	vis             int
	inCite          bool
	pending         *cutPoint // a sentence end not yet known to be final
	pendingAfterEnd bool
}

func (sc *cutScan) mark(pos int) *cutPoint {
	return &cutPoint{pos: pos, vis: sc.vis, stack: append([]openTag(nil), sc.stack...)}
}

// tag reads the tag at h[i] and returns where it ends; ok=false when it is
// never closed.
func (sc *cutScan) tag(h string, i int) (next int, ok bool) {
	end := strings.IndexByte(h[i:], '>')
	if end < 0 {
		return i, false
	}
	tag := h[i : i+end+1]
	if strings.HasPrefix(tag, "</") {
		if len(sc.stack) > 0 {
			sc.stack = sc.stack[:len(sc.stack)-1]
		}
		i += end + 1
		if len(sc.stack) == 0 && !sc.inCite {
			if sc.pending != nil {
				sc.best[2] = sc.pending
				sc.pending = nil
			}
			sc.best[3] = sc.mark(i)
		}
		return i, true
	}
	name := strings.TrimSuffix(strings.Fields(tag[1:])[0], ">")
	sc.stack = append(sc.stack, openTag{name: name, raw: tag})
	return i + end + 1, true
}

// visibleRune decodes the rune, or the entity, h starts with.
func visibleRune(h string) (rune, int) {
	if h[0] == '&' {
		return decodeEntity(h)
	}
	return utf8.DecodeRuneInString(h)
}

// settle resolves a pending sentence end now that the next visible rune, r,
// is known.
func (sc *cutScan) settle(r rune) {
	if sc.pending == nil {
		return
	}
	if r == '〔' || strings.ContainsRune(closingMarks, r) {
		sc.pendingAfterEnd = true
	} else {
		sc.best[2] = sc.pending
	}
	sc.pending = nil
}

// cut picks where to end the part when the rune at i would not fit: the
// best class reaching half the limit, else the best class at all, else i.
func (sc *cutScan) cut(i, limit int) *cutPoint {
	for _, class := range []int{3, 2, 1} {
		if c := sc.best[class]; c != nil && c.vis >= limit/2 {
			return c
		}
	}
	for _, class := range []int{3, 2, 1} {
		if c := sc.best[class]; c != nil && c.vis > 0 {
			return c
		}
	}
	return sc.mark(i) // nothing better: cut here
}

// after notes the places to cut that rune r, ending at i, makes.
func (sc *cutScan) after(r rune, i int) {
	switch {
	case r == '〔':
		sc.inCite = true
	case r == '〕':
		sc.inCite = false
		if sc.pendingAfterEnd {
			sc.pending = sc.mark(i)
			sc.pendingAfterEnd = false
		}
	case sc.inCite:
	case strings.ContainsRune(sentenceEnders, r):
		sc.pending = sc.mark(i)
	case strings.ContainsRune(closingMarks, r) && sc.pendingAfterEnd:
		sc.pending = sc.mark(i)
		sc.pendingAfterEnd = false
	case r == '\n':
		sc.pendingAfterEnd = false
		if len(sc.stack) == 0 {
			sc.best[3] = sc.mark(i)
		} else {
			sc.best[2] = sc.mark(i)
		}
	default:
		sc.pendingAfterEnd = false
	}
}
