package rag

import (
	"context"
	"strings"
	"unicode/utf8"
)

// A question may join two things with 和/与/跟/及/、 and ask one thing of
// both: "教育和医疗今年有什么打算", "老旧小区和管网改造去年完成多少". Read
// whole, the best passage is often of one of them; each thing asked
// alone, with the shared period and ask, gets its own quote.

// conjunctionMarks join two things asked alike.
var conjunctionMarks = []string{"和", "与", "跟", "及", "、"}

// conjunctEnds end the second thing joined: the period or the ask that
// both things share ("社保有什么措施", "管网改造去年完成多少").
var conjunctEnds = []string{"去年", "今年", "明年", "上年", "本年", "前年", "有什么", "有哪些", "有啥", "什么", "哪些", "怎么", "如何", "咋", "多少", "几", "打算", "安排", "措施", "完成", "情况", "进展", "方面", "的"}

// jointAsks ask of the two things together, which neither alone answers:
// a comparison, a sum, a relation.
var jointAsks = []string{"比", "相比", "对比", "哪个", "哪一", "差", "关系", "之间", "合计", "一共", "总共", "加起来", "共", "谁", "分别占", "融合", "结合", "协同", "联动", "一体"}

// conjunctQuestions parts text at its one conjunction into the question
// asked of each thing: the words before the first thing (its period) and
// the words after the second (the shared ask) kept for both. nil unless
// there is exactly one conjunction, both things are two to six
// characters, and the ask is not of the two together. things are the two
// things, joined the two with their mark, as written.
func conjunctQuestions(text string) (asks, things []string, joined string) {
	at, mark := -1, ""
	for _, m := range conjunctionMarks {
		if i := strings.Index(text, m); i >= 0 {
			if at >= 0 || strings.Count(text, m) > 1 {
				return nil, nil, ""
			}
			at, mark = i, m
		}
	}
	if at <= 0 || strings.ContainsAny(text, "，,；;？?") || containsAny(text, jointAsks) {
		return nil, nil, ""
	}
	left, right := text[:at], text[at+len(mark):]
	start := 0
	if loc := contextPeriod.FindStringIndex(left); loc != nil {
		start = loc[1]
	}
	prefix, first := left[:start], left[start:]
	end := len(right)
	for _, w := range conjunctEnds {
		if i := strings.Index(right, w); i >= 0 && i < end {
			end = i
		}
	}
	second, tail := right[:end], right[end:]
	if !conjunctSized(first) || !conjunctSized(second) || strings.TrimSpace(tail) == "" {
		return nil, nil, ""
	}
	return []string{prefix + first + tail, prefix + second + tail}, []string{first, second}, first + mark + second
}

// conjunctSized: a thing of two to six characters, no digit in it; a
// shorter or longer one is a word that holds the mark ("和谐", "及时") or a
// phrase, not a thing.
func conjunctSized(s string) bool {
	n := utf8.RuneCountInString(s)
	return n >= 2 && n <= 6 && !hasDigit(s)
}

// answerEachConjunct is ans, the answer to text read whole, unless text
// joins two things (conjunctQuestions), each asked alone is found from a
// paragraph or two, and ans quotes only what one of them alone is
// answered with: then the two answers joined. Two things the report
// writes joined ("石化及精细化工") are one thing's name; a place joined
// ("盘锦和无锡") asks of the two together.
func (e *Engine) answerEachConjunct(ctx context.Context, q Query, text string, rep *Report, ans *Answer) (*Answer, error) {
	asks, things, joined := conjunctQuestions(text)
	if asks == nil || questionLang(Normalize(text)) == "en" || e.ix.corpusFor(rep).Contains(Normalize(joined)) {
		return ans, nil
	}
	var subs []*Answer
	for i, c := range asks {
		a := e.ix.analyze(Normalize(c), rep)
		if !a.hasTopic() || a.place != nil || a.figure {
			// A figure asked of one thing alone loses what the other
			// said of it (新签约项目和亿元以上项目: 125个 of all projects).
			return ans, nil
		}
		sub, err := e.askIn(ctx, q, c, rep, askOptions{})
		if err != nil || !sub.Found || len(sub.Citations) == 0 || paragraphsCited(sub) > maxConjunctParagraphs ||
			!strings.Contains(Normalize(sub.Citations[0].Quote), Normalize(things[i])) {
			// Its lead quote must write the thing: 中小学 alone is found
			// in 中小企业, 氢能 in nothing of it.
			return ans, err
		}
		subs = append(subs, sub)
	}
	if subs[0].Citations[0].Quote == subs[1].Citations[0].Quote || !answersOneOf(ans, subs) {
		return ans, nil
	}
	return joinClauses(text, subs, e.multi()), nil
}

// answersOneOf reports whether ans quotes only what subs quote and misses
// the lead quote of one of them: the whole read as one thing alone. An
// answer quoting more ("项目投资和招商情况" whole quotes both of ¶8's
// parts) stands.
func answersOneOf(ans *Answer, subs []*Answer) bool {
	var quoted []Citation
	for _, s := range subs {
		quoted = append(quoted, s.Citations...)
	}
	for _, c := range ans.Citations {
		if !quotesAny(c, quoted) {
			return false
		}
	}
	for _, s := range subs {
		if !quotesAny(s.Citations[0], ans.Citations) {
			return true
		}
	}
	return false
}

// quotesAny reports whether c quotes the words of one of cs, or they its.
func quotesAny(c Citation, cs []Citation) bool {
	for _, o := range cs {
		if o.Paragraph == c.Paragraph && (strings.Contains(o.Quote, c.Quote) || strings.Contains(c.Quote, o.Quote)) {
			return true
		}
	}
	return false
}

// maxConjunctParagraphs is how many paragraphs one thing's answer cites
// at most: more is a broad reading of a few words ("跑项目"), not the
// thing's own passage.
const maxConjunctParagraphs = 2

// paragraphsCited is how many paragraphs a cites.
func paragraphsCited(a *Answer) int {
	seen := map[int]bool{}
	for _, c := range a.Citations {
		seen[c.Paragraph] = true
	}
	return len(seen)
}
