package bot

import (
	"strings"
	"unicode/utf8"
)

// phoneWidth is the characters a line of a phone screen holds, for
// measuring answers: a narrow phone in Telegram shows about 30 (each
// rune counts as one character, Chinese or not).
const phoneWidth = 30

// lineCount is how many lines a message takes on a phone screen: shown
// before any tap (a collapsed, expandable blockquote shows three), and
// full, everything expanded.
type lineCount struct {
	shown, full int
}

// expandableShown is how many lines a collapsed expandable blockquote shows.
const expandableShown = 3

// phoneLines counts the lines Telegram HTML h (as this package writes it)
// takes at width characters a line: each line of text wraps into
// ceil(runes/width) lines (an empty line is one); a blockquote is a block
// of its own, and an expandable one shows at most three lines until
// tapped. Buttons are not counted.
func phoneLines(h string, width int) lineCount {
	var c lineCount
	add := func(text string, expandable bool) {
		n := wrappedLines(text, width)
		c.full += n
		if expandable {
			n = min(n, expandableShown)
		}
		c.shown += n
	}
	rest := strings.TrimRight(h, " \n")
	for rest != "" {
		i := strings.Index(rest, "<blockquote")
		if i < 0 {
			add(visibleText(rest), false)
			break
		}
		if before := strings.TrimSuffix(rest[:i], "\n"); before != "" {
			add(visibleText(before), false)
		}
		tagEnd := strings.IndexByte(rest[i:], '>')
		end := strings.Index(rest[i:], "</blockquote>")
		if tagEnd < 0 || end < 0 {
			add(visibleText(rest[i:]), false) // not this package's HTML
			break
		}
		tag := rest[i : i+tagEnd+1]
		add(visibleText(rest[i+tagEnd+1:i+end]), strings.Contains(tag, "expandable"))
		rest = strings.TrimPrefix(rest[i+end+len("</blockquote>"):], "\n")
	}
	return c
}

// wrappedLines is how many width-character lines text wraps into.
func wrappedLines(text string, width int) int {
	n := 0
	for _, line := range strings.Split(text, "\n") {
		runes := utf8.RuneCountInString(line)
		n += max(1, (runes+width-1)/width)
	}
	return n
}
