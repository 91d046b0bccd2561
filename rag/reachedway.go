package rag

import (
	"regexp"
	"strings"
)

// A claim may say a thing fell to the level the report says it rose to
// ("…global share fell to 15.7% last year, didn't it?" where ¶9 says
// 占有率增至15.7%). The number is the report's, so the figures check
// confirms it, and a level the report writes with no direction of its own
// (15.7%) has no way for the check to hold the claim's against: the
// claimed way stood. The quoted clause's own verb says which way it went.

// claimedLevelWay is a claim that a thing moved to a level in percent:
// the verb's way (groups 1 and 3 up, 2 and 4 down, Chinese then English)
// and the level's number (group 5).
var claimedLevelWay = regexp.MustCompile(`(?i)(?:((?:增长|增加|提高|提升|上升|上涨|升|增)(?:到|至))|((?:下降|降低|减少|下滑|回落|降)(?:到|至))|\b(?:(rose|risen|grew|grown|increased|climbed|went up|gone up)|(fell|fallen|dropped|declined|decreased|went down|gone down|shrank|shrunk|slipped)) to)\s*了?\s*([0-9]+(?:\.[0-9]+)?)\s*(?:%|％|percent)`)

// reportLevelWay is a report's clause saying a thing moved to a level:
// the verb's way (group 1 up, group 2 down); the level follows it.
var reportLevelWay = regexp.MustCompile(`((?:增长|增加|提高|提升|上升|升|增)(?:到|至))|((?:下降|降低|减少|下滑|回落|降)(?:到|至))`)

// levelOpposite is the claim's way and level, read from read; not ok
// when it claims no move to a level.
func levelOpposite(read string) (up bool, level, said string, ok bool) {
	m := claimedLevelWay.FindStringSubmatch(read)
	if m == nil {
		return false, "", "", false
	}
	return m[1] != "" || m[3] != "", m[5], strings.TrimSpace(m[0]), true
}

// reachedWayCorrection corrects a claimed move to a level (levelOpposite)
// that a cited quote writes with the other way's verb right before the
// same number: the quote's verb and level are what the report says.
func reachedWayCorrection(read string, texts []Citation) (Part, bool) {
	up, level, said, ok := levelOpposite(read)
	if !ok {
		return Part{}, false
	}
	for i, c := range texts {
		for _, m := range reportLevelWay.FindAllStringSubmatchIndex(c.Quote, -1) {
			rest := c.Quote[m[1]:]
			if !strings.HasPrefix(rest, level) || len(rest) > len(level) && strings.ContainsRune("0123456789.", rune(rest[len(level)])) {
				continue
			}
			if saysUp := m[2] >= 0; saysUp == up {
				return Part{}, false // the report says the way claimed
			}
			end := m[1] + len(level)
			if strings.HasPrefix(c.Quote[end:], "%") || strings.HasPrefix(c.Quote[end:], "％") {
				end += len(string([]rune(c.Quote[end:])[0]))
			}
			return citedCorrection(c, i, runeLen(c.Quote[:m[0]]), runeLen(c.Quote[:end]), said, ""), true
		}
	}
	return Part{}, false
}
