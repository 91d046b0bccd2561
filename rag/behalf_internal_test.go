package rag

import "testing"

// On whose behalf the report is given is said as it opens (¶4 我代表盘锦市
// 人民政府), not by the signature (¶2); a last line quoted as 哪两句话 is
// the closing's.
func TestBehalfAndClosingLines(t *testing.T) {
	checkAnswers(t, []answerCase{
		{q: "市长代表谁作的报告", want: []string{"我代表盘锦市人民政府"}, notWant: []string{"〔¶2〕"}},
		{q: "报告开头说市长代表谁", want: []string{"我代表盘锦市人民政府"}},
		{q: "Who delivered this report, and on behalf of whom?", want: []string{"我代表盘锦市人民政府", "〔¶2〕"}},
		{q: "报告结尾引用了哪两句话", want: []string{"遵道而行，但到半途须努力"}},
	})
}
