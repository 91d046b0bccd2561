package rag

import (
	"regexp"
	"strings"
)

// englishLikeIt finds an English question that states a figure and asks
// the same of another thing by a bare "what about X?" or "and X?": "Last
// year GDP grew 3.5%, what about retail sales?" asks retail sales'
// growth, and 3.5% is what the asker knows — no claim of retail sales.
// Groups: the stated clause, the thing asked.
var englishLikeIt = regexp.MustCompile(`(?i)^([^?]*?\d[^?]*?[,;.])\s+(?:(?:and|so|then)\s+)?(?:(?:what|how)\s+about|and)\s+(?:the\s+|for\s+)?([^?,;.]+?)\s*\??$`)

var (
	// englishGrowthWords say the stated figure is a change: the thing
	// asked is asked its change too.
	englishGrowthWords = regexp.MustCompile(`(?i)\b(?:grow|grew|grown|growth|rise|rose|risen|increased?|up|fell|fall|fallen|declined?|dropped|down)\b`)
	// englishTargetWords say the stated figure is a target.
	englishTargetWords = regexp.MustCompile(`(?i)\b(?:target|goal|aim|planned|expected)\b`)
	// englishPeriod is the period a stated clause names, carried over.
	englishPeriod = regexp.MustCompile(`(?i)\b(?:last year|this year|next year|(?:in\s+)?(?:19|20)\d\d)\b`)
	// englishYear is a year, which is no stated figure.
	englishYear = regexp.MustCompile(`\b(?:19|20)\d\d\b`)
)

// englishFollowUp parts such a question into its stated clause and the
// question it asks, in the stated clause's measure (growth, target or
// amount) and period. ok is false when it does not open so, states no
// figure but a year, or asks of another period ("…, what about this
// year?"), which is the same thing asked again.
func englishFollowUp(read string) (stated, asked string, ok bool) {
	if strings.ContainsFunc(read, isHan) {
		return "", "", false
	}
	m := englishLikeIt.FindStringSubmatch(strings.TrimSpace(read))
	if m == nil {
		return "", "", false
	}
	stated, thing := m[1], strings.TrimSpace(m[2])
	if !strings.ContainsFunc(englishYear.ReplaceAllString(stated, ""), isDigitRune) || asksIn(strings.ToLower(stated)) ||
		thing == "" || englishPeriod.MatchString(thing) || asksIn(strings.ToLower(thing)) {
		return "", "", false
	}
	period := strings.ToLower(englishPeriod.FindString(stated))
	switch {
	case englishTargetWords.MatchString(stated):
		asked = "What is the target for " + thing
	case englishGrowthWords.MatchString(stated):
		asked = "How much did " + thing + " grow"
	default:
		asked = "How much was " + thing
	}
	if period != "" {
		asked += " " + period
	}
	return stated, asked + "?", true
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }
