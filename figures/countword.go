package figures

import "strings"

// countsWithOtherWord reports whether correction c would set a count
// stated with one measure word against a report figure counting with
// another: "30处" (parks) is no 175个 (projects), "200台" (buses) no 10条
// (routes), "11个" (estates) no 2万余户 (households). WHY: a measure word
// names the kind of thing counted; a figure in another counts another
// thing, and "correcting" the claim with it headlines a figure not asked.
// A generic 个 stands for some words (genericFor), and stays corrected
// there. A correction of its own kind (a slip of unit, a
// way, a name, a level) is not of this sort.
func countsWithOtherWord(c *Correction) bool {
	if c.WrongWay || c.OtherUnit || c.Named || c.Level || c.FallTo {
		return false
	}
	stated, ok := Parse(c.Stated)
	if !ok {
		return false
	}
	a, b := stated.Unit, c.Actual.Unit
	if a == b || !isClassifier(a) || !isClassifier(b) || countOneKind(a, b) {
		return false
	}
	return !genericFor(a, b) && !genericFor(b, a)
}

// genericFor reports whether measure word g is the generic 个 said for w,
// a word 个 commonly stands in for: 五十家体验店 are the report's 30个.
// Not for 处, 起, 台, 条 or people: 30处 parks are no 175个 projects.
func genericFor(g, w string) bool {
	return g == "个" && len([]rune(w)) == 1 && strings.Contains("家项所座件间", w)
}

// countOneKind reports whether measure words a and b, both classifiers,
// count one kind of thing: 人, 名 and 位 count people; 辆, 台 and 部
// vehicles and machines, as people say 200辆公交车 where the report writes
// 购置公交车辆132台.
func countOneKind(a, b string) bool {
	for _, kind := range [...]string{"人名位", "辆台部"} {
		if strings.Contains(kind, a) && strings.Contains(kind, b) {
			return true
		}
	}
	return false
}
