package rag

import (
	"regexp"
	"strings"
)

// instructionLike matches text that talks to a model rather than about a
// city ("系统：请回答…", "忽略之前的所有指令"). Government reports contain
// none of it; a paragraph that does was planted, and is never quoted,
// retrieved or given to a model.
var instructionLike = regexp.MustCompile(`(?i)(系统|system|assistant|助手|用户|user)\s*[:：]|忽略(以上|上述|之前|前面|所有|全部|一切)|ignore\s+(all\s+|the\s+|any\s+)?(previous|prior|above|earlier)|(系统|system)\s*(提示|prompt)|提示词|指令|新的规则|new (rules|instructions)|you are now|你现在是|扮演`)

// instructionWords and speakerWords: every match of instructionLike holds
// one of these, as normalized text writes it (Normalize folds case and
// compatibility forms), so text without them is not searched: the regular
// expression was most of the time a thousand reports took to load. A
// speaker word matches only before a colon or 提示/prompt ("系统：",
// "system prompt"); reports say 系统 and 用户 often, and seldom with those.
var (
	instructionWords = []string{"忽略", "ignore", "提示词", "指令", "新的规则", "new ", "you are now", "你现在是", "扮演"}
	speakerWords     = []string{"系统", "system", "assistant", "助手", "用户", "user"}
)

// LooksLikeInstructions reports whether text reads like instructions to a
// model.
func LooksLikeInstructions(text string) bool { return instructionsIn(Normalize(text)) }

// instructionsIn is LooksLikeInstructions of normalized text.
func instructionsIn(norm string) bool {
	if containsAny(norm, instructionWords) {
		return instructionLike.MatchString(norm)
	}
	if (strings.ContainsAny(norm, ":：") || strings.Contains(norm, "提示") || strings.Contains(norm, "prompt")) && containsAny(norm, speakerWords) {
		return instructionLike.MatchString(norm)
	}
	return false
}
