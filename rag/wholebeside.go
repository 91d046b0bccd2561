package rag

import (
	"slices"
	"strings"
)

// cityWholeWords open a clause whose figure is the whole city's (全市旅客
// 接待量…增长64%). Not 全省 or 全国: there they say among what a thing
// ranks (荣登抖音全国景点排行榜第7名), not whose the figure is.
var cityWholeWords = []string{"全市", "我市"}

// wholeCityBesideNamed reports whether the figure clause cl[i] is no
// figure of a thing asked that its sentence names apart from the whole
// city's: in 红海滩国家风景廊道火爆出“圈”、荣登…第7名，…，全市旅客接待量…增长
// 64% the 64% is the city's, and 第7名 is no count of 红海滩's visitors; the
// report gives none. So with 盛源海洋牧场入选…，全市海洋经济生产总值403亿元.
// The sentence must measure what was asked in a clause opening with the
// whole city (全市), and the thing must open a clause of its own (its
// subject) before it; the question must ask it as the figure's owner,
// right before what is measured (红海滩游客, not 红海滩火爆出圈后旅客接待量…,
// which sets the scene); one naming the whole city (全市, 盘锦) asks the
// city's figure.
func (e *Engine) wholeCityBesideNamed(d *Draft, asked []askedTerm, cl []normClause, i int) bool {
	h := slices.IndexFunc(asked, func(t askedTerm) bool { return t.head })
	if h < 0 || asked[h].at < 0 || containsAny(d.norm, cityWholeWords) || containsAny(d.norm, e.ix.places) {
		return false
	}
	from, to := sentenceClauses(cl, i)
	city := slices.IndexFunc(cl[from:to], func(k normClause) bool {
		return k.digit && startsWithAny(k.norm, cityWholeWords) && asked[h].in(k.norm)
	})
	if city < 0 {
		return false
	}
	city += from
	if i != city && asked[h].in(cl[i].norm) {
		return false // the clause measures what was asked itself
	}
	for j := from; j < city; j++ {
		for _, t := range asked {
			if !t.head && t.weight >= 1 && runeLen(t.term) >= 2 && ownerOf(d.norm, t, asked[h], asked) &&
				strings.HasPrefix(cl[j].norm, t.term) && !t.in(cl[city].norm) {
				return true
			}
		}
	}
	return false
}

// ownerOf: t and the head make one noun phrase of the question, t first,
// with nothing between them but other asked words and 的 (红海滩游客人数,
// 盛源海洋牧场海洋经济生产总值). Words that say something of t (红海滩火爆
// 出圈后旅客接待量…) make it the scene, not the owner.
func ownerOf(norm string, t, head askedTerm, asked []askedTerm) bool {
	end := t.at + len(t.term)
	if t.at < 0 || end > head.at {
		return false
	}
	between := strings.ReplaceAll(norm[end:head.at], "的", "")
	words := make([]string, 0, len(asked))
	for _, a := range asked {
		words = append(words, a.term)
	}
	// the longest first: 海洋经济 before the 海洋 it holds
	slices.SortFunc(words, func(a, b string) int { return len(b) - len(a) })
	for _, w := range words {
		between = strings.ReplaceAll(between, w, "")
	}
	return between == ""
}
