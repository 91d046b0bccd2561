package rag

// chatRepair writes back one thing chat typing leaves out or garbles, so
// the question reads as prose would; text it does not touch is returned
// as it is.
type chatRepair func(text string) string

// repairChat is text with every chat repair applied, in order: each reads
// what the ones before it left (a tilde parted into a comma first).
func repairChat(text string) string {
	for _, repair := range []chatRepair{
		chatBreaks,           // 孩子明年上幼儿园～普惠率多少: the tilde parts clauses
		commaAfterAskersWork, // 我在饭店打工 社零…: so does the space
		withPinyinWritten,    // jinnian …: pinyin words in Han characters
		completedTag,         // …第3名了是不: the cut tag written whole
	} {
		text = repair(text)
	}
	return text
}
