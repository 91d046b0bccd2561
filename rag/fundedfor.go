package rag

import "slices"

// moneyForWords name money by what it is spent on, not by a kind of its
// own: 资金, 投入, 钱 of 抗洪投入多少资金 say nothing of which money until
// the word before them does.
var moneyForWords = []string{"资金", "投入", "钱", "经费", "花费", "开支"}

// fundsOtherThing reports whether window gives an amount of money under
// the generic word the question ends on but lacks what the question says
// the money is for: 投入技改资金70.1亿元 is the upgrade fund, not the flood
// or the schools' money asked (抗洪投入多少资金, 教育投入多少钱). A generic
// word between the two (投入 of 抗洪投入资金) is passed over.
func fundsOtherThing(asked []askedTerm, window string) bool {
	h := slices.IndexFunc(asked, func(t askedTerm) bool { return t.head })
	if h < 0 || !slices.Contains(moneyForWords, asked[h].term) || !asked[h].in(window) {
		return false
	}
	for i := h; i >= 0; {
		q := qualifierOf(asked, i)
		if q == nil || q.missing || q.part || q.weight < 1 {
			return false
		}
		if !slices.Contains(moneyForWords, q.term) {
			return !q.in(window)
		}
		i = slices.IndexFunc(asked, func(t askedTerm) bool { return t.at == q.at && t.term == q.term })
	}
	return false
}
