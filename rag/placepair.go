package rag

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/places"
)

// A message may ask one thing of one place and then, in a bare follow-up,
// of another: "沈阳今年社零目标多少 盘锦的呢", "抚顺去年实际利用外资多少
// 盘锦多少", "What's Dalian's fixed-asset investment growth target for
// 2025? And Panjin's?". Read whole, the other city declines the whole and
// the report's own figure is lost; asked of each place in turn, the own
// city's half is answered beside the other's decline. The comma readers
// (askingClauses) miss these: a space or English parts them, or a name
// holding a number (PM2.5) reads as a stated figure.

// followUpFillers are the words a follow-up of another place holds
// besides the place and words of the ask before it ("And Panjin's?",
// "What about Anshan?"); followUpParticles its Chinese ones ("盘锦的呢").
var followUpFillers = []string{"and", "what", "about", "how", "then", "also"}

const followUpParticles = "呢的那而又还"

// placePairClauses parts text into its ask of one place and the same ask
// of the place a trailing follow-up names, nil unless the ask names one
// place, the follow-up another and, besides fillers, only words of the
// ask. Clauses are normalized.
func (ix *Index) placePairClauses(text string, rep *Report) []string {
	if ix.gaz == nil {
		return nil
	}
	for at := len(text); at > 0; {
		// Parted before normalizing, which drops the space between Han.
		i, size := lastFollowUpBreak(text[:at])
		if i < 0 {
			return nil
		}
		head, tail := Normalize(text[:i]), Normalize(text[i+size:])
		if c := ix.askedOfFollowUp(head, tail, rep); c != "" {
			return []string{head, c}
		}
		at = i
	}
	return nil
}

// lastFollowUpBreak is the byte offset and size of the last mark in s a
// follow-up may open after: a comma or question mark, or a space between
// Han characters (Chinese parts its clauses so); -1 when none.
func lastFollowUpBreak(s string) (int, int) {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if strings.ContainsRune("，,；;？?", r) {
			return i, size
		}
		if r == ' ' && i > 0 && hanBetween(s[:i], strings.TrimLeft(s[i:], " ")) {
			return i, size
		}
	}
	return -1, 0
}

// askedOfFollowUp is head asked of the place tail names in place of the
// one head names, "" when either names no one asked place, both name the
// same, or tail holds more than the place, fillers and head's own words.
func (ix *Index) askedOfFollowUp(head, tail string, rep *Report) string {
	hm, ok := ix.onlyAskedPlace(head, rep)
	if !ok {
		return ""
	}
	tm, ok := ix.onlyAskedPlace(tail, rep)
	if !ok || tm.Place.Code == hm.Place.Code {
		return ""
	}
	rest := tail[:tm.Start] + " " + tail[tm.End:]
	asked := head[:hm.Start] + placeBase(tm.As) + head[hm.Start+len(placeBase(hm.As)):]
	if repeatsAsk(head, rest) {
		return asked
	}
	return claimedOfFollowUp(asked, strings.TrimSpace(rest))
}

// openAskEnds close a Chinese ask of a figure, which a claimed figure
// fills.
var openAskEnds = []string{"是多少", "有多少", "多少"}

// claimedOfFollowUp is asked with the figure a Chinese follow-up claims in
// place of its question word ("营口今年GDP目标多少？盘锦好像定的6%吧" claims
// 盘锦今年GDP目标好像定的6%吧, which the report confirms or corrects), ""
// when rest claims no figure, names a period of its own or asked does not
// end asking a figure.
func claimedOfFollowUp(asked, rest string) string {
	body := trimQuestionMarks(rest)
	if !strings.ContainsFunc(rest, isHan) || statedNumberAt(rest) < 0 || !endsWithAny(body, []string{"吧", "吗"}) || contextPeriod.MatchString(rest) {
		return ""
	}
	asked = trimQuestionMarks(asked)
	for _, w := range openAskEnds {
		if strings.HasSuffix(asked, w) {
			return strings.TrimSuffix(asked, w) + rest
		}
	}
	return ""
}

// onlyAskedPlace is the one place mention s asks of, false when it asks
// of none or of several.
func (ix *Index) onlyAskedPlace(s string, rep *Report) (places.Mention, bool) {
	found := ix.gaz.Find(s)
	var asked []places.Mention
	for _, m := range found {
		if ix.askedPlaceSlot(s, found, m, rep) != nil {
			asked = append(asked, m)
		}
	}
	if len(asked) != 1 {
		return places.Mention{}, false
	}
	return asked[0], true
}

// placeBase is a place mention without its possessive ("dalian's").
func placeBase(as string) string {
	return strings.TrimSuffix(strings.TrimSuffix(as, "'s"), "’s")
}

// repeatsAsk reports whether rest, a follow-up without its place, holds
// only fillers and what head asks: words head writes, in Chinese its
// characters ("多少" of "盘锦多少").
func repeatsAsk(head, rest string) bool {
	words := func(s string) []string {
		s = strings.ReplaceAll(strings.ReplaceAll(s, "'s", " "), "’s", " ")
		return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	headWords := words(head)
	for _, w := range words(rest) {
		if !strings.ContainsFunc(w, isHan) {
			if !slices.Contains(headWords, w) && !slices.Contains(followUpFillers, w) {
				return false
			}
			continue
		}
		for _, r := range w {
			if !strings.ContainsRune(head, r) && !strings.ContainsRune(followUpParticles, r) {
				return false
			}
		}
	}
	return true
}
