package figures

import (
	"regexp"
	"strings"

	"github.com/reportbot/reportbot/rag"
)

// maxGenericNoun is the longest indicator read as a generic counted noun
// (举措, 项目): a longer one (党员干部) names the thing it counts.
const maxGenericNoun = 2

// claimPeriodWords name a period, not a topic: a claim's words before its
// count less these are the topic it claims the count of.
var claimPeriodWords = regexp.MustCompile(`去年|今年|明年|前年|上年|本年|全年|20[0-9]{2}年`)

// topicUnwritten reports whether correction c holds a stated count to a
// figure whose indicator is no more than the noun the claim counts (举措
// of "15项举措"), while the claim names before its count a topic the
// figure's sentence does not write: "去年三农工作搞了十项举措" is not
// corrected by ¶14's 15项举措, which are 化债's. WHY: a bare counted noun
// says nothing of whose count it is, so only the claim's topic, written
// in the sentence, makes the figure the claim's; "化债去年用了十项举措"
// still is.
func topicUnwritten(d *rag.Draft, mentions []Mention, c *Correction) bool {
	f := c.Actual
	if ind := []rune(f.Indicator); len(ind) == 0 || len(ind) > maxGenericNoun {
		return false // 党员干部 names whom it counts; 举措 does not
	}
	rs := []rune(d.Read)
	for _, m := range mentions {
		if m.Text != c.Stated || m.End > len(rs) {
			continue
		}
		if !strings.HasPrefix(countedNoun(rs[m.End:]), f.Indicator) {
			return false // the indicator names more than the counted noun
		}
		topic := []rune(claimPeriodWords.ReplaceAllString(string(rs[clauseStart(rs, m.Start):m.Start]), "，"))
		if rag.HanCount(string(topic)) < 2 {
			return false // no topic named
		}
		sentence, ok := sentenceOf(d, f)
		return ok && !rag.SharesHanPair(topic, sentence)
	}
	return false
}
