package cli

import (
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/term"
	"golang.org/x/text/width"
)

// defaultColumns is the width assumed when output is not a terminal and
// COLUMNS is unset.
const defaultColumns = 80

// columns is the width text output should fit: COLUMNS when set, else the
// terminal's width when stdout is one, else 80.
func columns(env Env) int {
	if n, err := strconv.Atoi(strings.TrimSpace(env.getenv("COLUMNS"))); err == nil && n > 0 {
		return max(n, 20)
	}
	if f, ok := env.Stdout.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 0 {
			return max(w, 20)
		}
	}
	return defaultColumns
}

// runeWidth is the number of terminal columns r takes: two for wide and
// full-width characters (Han, full-width punctuation), none for
// combining marks and controls.
func runeWidth(r rune) int {
	switch {
	case r < 0x20 || r == 0x7f || unicode.Is(unicode.Mn, r):
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// textWidth is the number of terminal columns s takes.
func textWidth(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

// truncate shortens s to at most cols columns, ending it with "…" when cut.
func truncate(s string, cols int) string {
	if textWidth(s) <= cols {
		return s
	}
	var b strings.Builder
	used := 1 // the ellipsis
	for _, r := range s {
		w := runeWidth(r)
		if used+w > cols {
			break
		}
		b.WriteRune(r)
		used += w
	}
	return strings.TrimRight(b.String(), " ") + "…"
}

// noLineStart are the characters a line must not start with (Chinese line
// breaking rules): closing punctuation stays with the text before it.
const noLineStart = "，。、；：？！）」』》〕】”’…—,.;:?!)]}%％"

// wrap breaks s into lines of at most cols columns: between any two Han
// characters, at spaces between Latin words, and inside a word only when
// it is longer than a line. Runs of white space become one space.
func wrap(s string, cols int) []string {
	cols = max(cols, 4)
	var lines []string
	var line []string // the units of the current line
	lineW := 0
	flush := func() {
		if n := len(line); n > 0 && line[n-1] == " " {
			line = line[:n-1]
		}
		if len(line) > 0 {
			lines = append(lines, strings.Join(line, ""))
		}
		line, lineW = nil, 0
	}
	for _, u := range wrapUnits(s) {
		if u == " " {
			if len(line) > 0 && line[len(line)-1] != " " {
				line = append(line, u)
				lineW++
			}
			continue
		}
		w := textWidth(u)
		if lineW+w <= cols {
			line = append(line, u)
			lineW += w
			continue
		}
		// u starts a new line (flush drops the old one's trailing space).
		if len(line) > 0 && line[len(line)-1] == " " {
			line, lineW = line[:len(line)-1], lineW-1
		}
		first, _ := utf8.DecodeRuneInString(u)
		var carry []string
		if strings.ContainsRune(noLineStart, first) && len(line) > 1 {
			last := line[len(line)-1]
			if textWidth(last)+w <= cols {
				carry, line = []string{last}, line[:len(line)-1]
			}
		}
		flush()
		for _, c := range carry {
			line = append(line, c)
			lineW += textWidth(c)
		}
		for w > cols-lineW { // a word longer than a line: cut it
			head := truncateRunes(u, cols-lineW)
			if head == "" {
				flush()
				continue
			}
			line = append(line, head)
			flush()
			u = u[len(head):]
			w = textWidth(u)
		}
		line = append(line, u)
		lineW += w
	}
	flush()
	return lines
}

// truncateRunes is the longest prefix of s at most cols columns wide.
func truncateRunes(s string, cols int) string {
	used := 0
	for i, r := range s {
		if used+runeWidth(r) > cols {
			return s[:i]
		}
		used += runeWidth(r)
	}
	return s
}

// wrapUnits splits s into what wrap may not break: a Latin word, one wide
// character, or a space.
func wrapUnits(s string) []string {
	var out []string
	word := -1
	for i, r := range s {
		wide := runeWidth(r) == 2
		space := unicode.IsSpace(r)
		if word >= 0 && (wide || space) {
			out = append(out, s[word:i])
			word = -1
		}
		switch {
		case space:
			out = append(out, " ")
		case wide:
			out = append(out, string(r))
		case word < 0:
			word = i
		}
	}
	if word >= 0 {
		out = append(out, s[word:])
	}
	return out
}

// indented wraps s to cols columns less the indent, and indents every
// line; with maxLines > 0 it keeps that many lines, the last ending in
// "…" when text was left out.
func indented(s, indent string, cols, maxLines int) string {
	lines := wrap(s, cols-textWidth(indent))
	if maxLines > 0 && len(lines) > maxLines {
		lines = lines[:maxLines]
		lines[maxLines-1] = truncateRunes(lines[maxLines-1], cols-textWidth(indent)-1) + "…"
	}
	return indent + strings.Join(lines, "\n"+indent)
}
