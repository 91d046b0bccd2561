package rag

import "testing"

// An English amount in billions is held only by a clause writing a number
// in 亿: the revenue's growth rate (增长8.3%) gives no amount.
func TestEnglishScaleAsked(t *testing.T) {
	checkAnswers(t, []answerCase{
		{q: "Panjin's general public budget revenue reached 12 billion yuan in 2024, right?", want: []string{"The report gives no figure for this"}},
		// The sentence's other clause (30万吨级原油码头) counts another thing.
		{q: "Panjin Port handled 1 million TEU of containers in 2024, right?", want: []string{"The report gives no figure for this"}},
		// Millions from a hundred million on are written in 亿: 2.63亿元 holds it.
		{q: "Was public procurement saving 263 million yuan?", notWant: []string{"The report gives no figure for this"}},
		{q: "Did Panjin attract 45.15 billion yuan of domestic capital?", want: []string{"451.5亿元"}},
	})
}
