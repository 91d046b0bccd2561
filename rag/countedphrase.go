package rag

import (
	"regexp"
	"slices"
	"strings"
)

// countInMeasure is a question asking how many, in a measure word of
// things counted (多少家, 几条, 多少所).
var countInMeasure = regexp.MustCompile(countAsk)

// minCountedPhrase is the fewest asked words a counted phrase has: a head
// and its one qualifier are lacksQualifier's to weigh, which must let a
// sentence leave a short word to its context.
const minCountedPhrase = 3

// countedPhrase is the run of asked words the question writes one right
// after another around its head (绿色工厂示范单位 of 绿色工厂示范单位多少家,
// 新签约央地合作项目 of 今年新签约央地合作项目多少个), when the question asks
// a count in a measure word and the run has minCountedPhrase words or more;
// nil otherwise. WHY: such a phrase names one kind of thing, and every word
// of it narrows what is counted.
func countedPhrase(norm string, asked []askedTerm) []askedTerm {
	if !countInMeasure.MatchString(norm) {
		return nil
	}
	h := slices.IndexFunc(asked, func(t askedTerm) bool { return t.head })
	if h < 0 || !phraseWord(asked[h]) {
		return nil
	}
	start, end := h, h
	for start > 0 && adjacentWords(norm, asked[start-1], asked[start]) {
		start--
	}
	for end+1 < len(asked) && adjacentWords(norm, asked[end], asked[end+1]) {
		end++
	}
	if end-start+1 < minCountedPhrase {
		return nil
	}
	return asked[start : end+1]
}

// phraseWord reports whether t is a word of substance the question writes
// as the reports do: a word the reports never write, a bigram of a longer
// word or a light one is no part of a named kind.
func phraseWord(t askedTerm) bool {
	return t.weight >= 1 && !t.missing && !t.part && t.at >= 0
}

// adjacentWords reports whether b follows a in the question with at most
// 的 or a quotation mark between, and no conjunction joining them (新建和
// 改造 are two kinds, not one): 打掉几个团伙 is no phrase of 打掉 and 团伙.
func adjacentWords(norm string, a, b askedTerm) bool {
	if !phraseWord(a) || !phraseWord(b) || b.joined {
		return false
	}
	end := a.at + len(a.term)
	if b.at < end || b.at-end > maxQualifierGap || b.at > len(norm) {
		return false
	}
	return strings.Trim(norm[end:b.at], phraseGlue) == ""
}

// phraseGlue may stand between two words of one noun phrase.
const phraseGlue = "的“”\"「」《》"

// lacksCountedWord reports whether scoped (a figure's window with its
// area's words) lacks words of the counted phrase that the report names
// together elsewhere: 首批8类84家示范单位 counts 无废细胞's model units,
// not the 绿色工厂示范单位 asked (¶12 names 绿色工厂 apart), and 滚动实施央地
// 合作项目10个以上 no 新签约 ones (¶10 counts 央地合作 signings). A word the
// report never writes beside the phrase's others (下乡 of 文化下乡演出) is
// the asker's own wording, which a sentence may put otherwise.
func (e *Engine) lacksCountedWord(d *Draft, scoped string) bool {
	phrase := countedPhrase(d.norm, d.asked)
	if phrase == nil || !typedTogether(d.norm, Normalize(d.Query.Text), phrase) {
		return false
	}
	var lacked, held []askedTerm
	for _, t := range phrase {
		if t.in(scoped) {
			held = append(held, t)
		} else {
			lacked = append(lacked, t)
		}
	}
	if len(lacked) == 0 || len(held) == 0 {
		return false
	}
	if countsOtherStage(lacked, held, scoped) {
		return true // 滚动实施央地合作项目10个以上 where 新签约 ones are asked
	}
	// The rival names the lacked words with a qualifier this sentence holds,
	// not just the head every count of the kind shares (新签约注册项目300个
	// is no rival of 光学电子…新进驻项目6个), and in the period asked: the
	// review's 光学电子基地签约配套产业项目23个 tells nothing of this year's.
	_, _, named := e.clauseHolding(d.Scope, func(text string) bool {
		return holdsEvery(text, lacked) && (len(lacked) > 1 || slices.ContainsFunc(held, func(t askedTerm) bool { return !t.head && t.in(text) }))
	}, func(p *Paragraph) bool { return !d.otherPeriodThan(p.Period) })
	return named
}

// typedTogether reports whether the asker wrote the phrase as one run: a
// question's stated premise is read again after the ask with its figure
// taken out (去年演出活动300余场次，今年不少于多少场 reads as …多少场演出活动场次),
// which glues words the asker parted with a figure into no named kind.
func typedTogether(norm, typed string, phrase []askedTerm) bool {
	first, last := phrase[0], phrase[len(phrase)-1]
	end := last.at + len(last.term)
	return end <= len(norm) && strings.Contains(typed, norm[first.at:end])
}
