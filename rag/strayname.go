package rag

import (
	"slices"
	"strings"
)

// A name the dictionary lacks may come apart into single characters it
// reads as a preposition and an adjective (顺/p 丰/a of 顺丰产业园), not as
// the nouns nameBit takes. Such a run opening the question before a noun,
// which no report writes together, is still a name: a Chinese question
// names its subject first, and a run of lone characters no text writes is
// no phrase the asker could have taken from the report.

// strayNameMarks are lone characters that open a question as grammar, not
// as a name: a preposition, pronoun, conjunction or adverb the asker
// starts with (在, 这, 和, 还), or a colloquial modifier (老, 新).
const strayNameMarks = "老新旧大小高低好的了在对把从向给被让将和与跟及或还也都就又再才只很太最更是有要会能可这那哪谁啥几多请问你我他她它咱"

// strayName is how many of words open a stray name: two or more single
// Han characters, none of strayNameMarks, at most maxOtherName in all,
// before a noun of two or more characters, which no report writes
// together; 0 when there is none.
func (ix *Index) strayName(words []string) int {
	k := 0
	for k < len(words) && k < maxOtherName && ix.strayBit(words[k]) {
		k++
	}
	if k < minSlotName || k >= len(words) || runeLen(words[k]) < 2 || !AllHan([]rune(words[k])) || !ix.nounish(words[k]) {
		return 0
	}
	if ix.saysPhrase(strings.Join(words[:k], ""), nil) {
		return 0
	}
	return k
}

// strayGrammar are the tags of a lone character that is grammar or a
// colloquial description, never a piece of a name: a verb (老破小区, 新买,
// 生娃), a particle (汇福的), a pronoun, conjunction, adverb, numeral,
// measure, place or time word.
var strayGrammar = []string{"v", "u", "y", "r", "c", "d", "e", "m", "q", "f", "t"}

// strayBit: w is one Han character that may be a piece of a stray name.
func (ix *Index) strayBit(w string) bool {
	if runeLen(w) != 1 || !AllHan([]rune(w)) || strings.Contains(strayNameMarks, w) {
		return false
	}
	pos, _ := ix.dict.POS(w)
	return !slices.ContainsFunc(strayGrammar, func(g string) bool { return strings.HasPrefix(pos, g) })
}

// markStrayName makes a stray name opening claim q's thing a word a clause
// must hold: 顺丰产业园开工 is not said by a clause of 北斗通航装备制造产业园.
func (ix *Index) markStrayName(q []rune, thing []thingWord) {
	words := make([]string, 0, len(thing))
	for i, w := range thing {
		if i > 0 && w.s != thing[i-1].e {
			break // the stage word cut the claim here
		}
		words = append(words, string(q[w.s:w.e]))
	}
	if len(thing) == 0 || thing[0].s != 0 {
		return
	}
	for i := range ix.strayName(words) {
		thing[i].optional = false
	}
}

// strayHeadNamed: quote writes head after a word of its own (极兔速递产业园,
// 装备制造产业园) sharing no character with the stray name: the report's
// own of the kind, named or described.
func (ix *Index) strayHeadNamed(quote, head, name string) bool {
	for at := 0; ; {
		i := strings.Index(quote[at:], head)
		if i < 0 {
			return false
		}
		words := ix.dict.Segment(quote[:at+i], nil)
		if n := len(words); n > 0 && runeLen(words[n-1]) >= minSlotName && AllHan([]rune(words[n-1])) && !sharesRune(words[n-1], name) {
			return true
		}
		at += i + len(head)
	}
}

// strayQuoted: some quote names the head's own of the kind.
func (ix *Index) strayQuoted(quotes []string, head, name string) bool {
	return slices.ContainsFunc(quotes, func(q string) bool { return ix.strayHeadNamed(q, head, name) })
}
