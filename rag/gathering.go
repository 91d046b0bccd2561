package rag

import "regexp"

// plannedGathering is a plan's clause holding events — races, shows,
// festivals, 村BA games — listed after 举办 or 开展 up to the word that
// names them as events (赛事, 活动, 大会, 节).
var plannedGathering = regexp.MustCompile(`(?:举办|开展|举行)[^，。；,;]*(?:赛事|活动|大会|节)`)

// asksPlannedGatheringDay reports whether a when-question asks of a thing
// that the plan's quotes only list among events to hold this year
// (开展万人徒步大会、全民健身节、“村BA”等…体育活动): a plan to hold it gives
// no date, whatever the thing is called. The caller has found no held
// day (heldDayTold) in given, as for a gathering asked by name.
func asksPlannedGatheringDay(given string, asked []askedTerm) bool {
	for _, m := range plannedGathering.FindAllString(given, -1) {
		for _, t := range substantive(asked) {
			if t.in(m) {
				return true
			}
		}
	}
	return false
}
