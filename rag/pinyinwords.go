package rag

import (
	"regexp"
	"strings"
)

// Chat types a word it cannot pick quickly in pinyin among the Chinese:
// "jinnian 一般公共预算收入 mubiao 多少". Read as Latin letters, the year
// and the target asked were lost, and last year's result was quoted as
// the answer. Only words that say when or what kind of figure is asked
// are written back: the rest of a question names its own thing.
var pinyinWords = map[string]string{
	"jinnian": "今年", "qunian": "去年", "mingnian": "明年", "qiannian": "前年",
	"mubiao": "目标", "duoshao": "多少", "zengzhang": "增长",
}

// latinRun is a run of Latin letters: a word typed in pinyin or English.
var latinRun = regexp.MustCompile(`[A-Za-z]+`)

// withPinyinWritten is text with each whole pinyin word of pinyinWords
// written in Han characters, when text holds Han characters too: an
// English question is no chat typed in pinyin.
func withPinyinWritten(text string) string {
	if !strings.ContainsFunc(text, isHan) {
		return text
	}
	return latinRun.ReplaceAllStringFunc(text, func(word string) string {
		if han, ok := pinyinWords[strings.ToLower(word)]; ok {
			return han
		}
		return word
	})
}
