package rag_test

import "testing"

// A review quote of where a work stands, cut before its sentence's
// progress clause, runs on through it: whether the work is finished is
// answered by how far it got (工程总体进度超过55%), not by the parts done.
func TestProgressClauseQuoted(t *testing.T) {
	checkGrounding(t, fullEngine(t), []groundingCase{
		{q: "华锦阿美项目已经建成投产了吧？", found: true, want: []string{"更正：", "工程总体进度超过55%」〔¶8〕"}},
		{q: "华锦阿美地下工程完工了吗", found: true, want: []string{"各关键节点均按时完成，工程总体进度超过55%"}, paragraph: 8},
		{q: "Did the Huajin Aramco project start production in 2024?", found: true, want: []string{"工程总体进度超过55%"}},
	})
}
