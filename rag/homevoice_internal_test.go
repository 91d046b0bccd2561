package rag

import "testing"

// The city by its name (盘锦, 盘锦市) where a clause says 全市 is the same
// city, not another name to correct; a wrong figure is still corrected.
func TestHomeNameForCityVoice(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	checkCorrections(t, e, []correctionCase{
		{"盘锦市海洋经济生产总值403亿元是不是", ""},
		{"盘锦整体债务率下降了100个百分点以上是吧", ""},
	})
}
