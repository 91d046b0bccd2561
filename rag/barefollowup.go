package rag

import "strings"

// bareFollowUp reports whether a question is a follow-up by 呢 that asks
// of nothing the reports write ("增速呢", "第二个呢", "那大洼区呢"): it leans
// on a turn before it, and asked alone any quote sharing its ordinal or
// place answers something nobody asked. One naming a topic ("公交呢")
// still asks of that topic.
func bareFollowUp(a analysis) bool {
	q := strings.TrimRight(a.norm, "?？。.!！~～ ")
	return strings.HasSuffix(q, "呢") && !strings.ContainsAny(q, ",，;；") && len(a.asked) == 0
}
