package rag

import "regexp"

// askersWorkSpaced is a question opening with where the asker works,
// parted from its ask by a space, not a comma (我在饭店打工 社零去年涨了多少).
var askersWorkSpaced = regexp.MustCompile(`^((?:我|俺)在[^，,。？?！!；;\s]{1,12}(?:上班|工作|打工))[ \x{3000}]+(\p{Han})`)

// commaAfterAskersWork writes the comma chat leaves out after the clause
// saying where the asker works: the space between two Chinese
// characters is read as nothing, which glued the asker's 打工 to the ask,
// and its 就业 figure was sought instead of what was asked.
func commaAfterAskersWork(text string) string {
	return askersWorkSpaced.ReplaceAllString(text, "$1，$2")
}
