package rag

import "strings"

// Chat cuts a question's A-not-A tag short: "红海滩上抖音榜第3名了是不"
// asks as "…是不是" does. Read as typed, the claim it checks had no tag,
// so a wrong rank was quoted back without a correction.

// cutTagMarks may close a question after its tag.
const cutTagMarks = "？?！!。.～~ "

// completedTag is text with a final tag cut to 是不 written out whole
// (是不是); other text is returned as it is. 还是不 ends a choice, no tag.
func completedTag(text string) string {
	body := strings.TrimRight(text, cutTagMarks)
	if !strings.HasSuffix(body, "是不") || strings.HasSuffix(body, "还是不") {
		return text
	}
	return body + "是" + text[len(body):]
}
