package rag

import "testing"

// 动作 (有啥大动作, 新动作) asks what is being done, as 举措 does: a
// generic word, weighed so in retrieval, that the question's topic (港口)
// finds its passage rather than 主动作为 and 带动作用.
func TestMoveIsGenericWord(t *testing.T) {
	ix := seedIndex(t)
	for _, q := range []string{"港口今年有啥大动作", "湿地保护今年有什么新动作"} {
		a := ix.analyze(Normalize(q), nil)
		if w, ok := a.terms["动作"]; ok && w > genericWeight {
			t.Errorf("%q: 动作 weighs %v, want at most %v", q, w, genericWeight)
		}
	}
}
