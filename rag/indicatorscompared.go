package rag

import (
	"regexp"
	"strings"
)

// A question may compare two of the report's indicators instead of asking
// them: "去年财政收入增速比GDP高多少", "社零增速高于GDP增速吗". The report
// states each figure on its own and never their gap, so matched as written
// the question finds one figure, misses the other and declines; read as
// asking both ("财政收入增速和GDP增速各是多少") it quotes the two figures
// the comparison is made of, which answer it.

// gapAsked finds a comparison asking by how much one side exceeds the
// other: "A比B高多少", "A较B快几个百分点", "A比B要低多少".
var gapAsked = regexp.MustCompile(`^(.+?)(?:比|较)(.+?)(?:还要|还|要|更)?(?:高|低|快|慢)(?:了|出了|出)?(?:多少|几)`)

// sideAsked finds a comparison asking which side is ahead, closing the
// question: "A高于B吗", "A快于B没有".
var sideAsked = regexp.MustCompile(`^(.+?)(?:高于|低于|快于|慢于|跑赢|跑输)(.+?)(?:吗|么|嘛|没有|没)[？?]*$`)

// rateWords say a side is a growth rate; stripped from both sides and said
// once for each in the reading.
var rateWords = []string{"的增速", "的增幅", "增速", "增幅", "增长率", "增长", "的"}

// indicatorsCompared reads a comparison of two indicators as asking the
// figure of each. Both sides must name a concept of the lexicon and state
// no number, and the other side must name no place or period: "比全省高
// 多少" and "比去年多多少" compare one indicator with itself elsewhere or
// earlier, which the report may state outright (高于全省2.8个百分点).
func (rd *reader) indicatorsCompared(text string) string {
	if rd.lex == nil {
		return text
	}
	m := gapAsked.FindStringSubmatch(text)
	if m == nil {
		m = sideAsked.FindStringSubmatch(text)
	}
	if m == nil {
		return text
	}
	a, b := trimRateWords(m[1]), trimRateWords(m[2])
	if !rd.namesIndicator(a) || !rd.namesIndicator(b) || containsAny(b, comparedElsewhere) ||
		containsAny(a+b, notGrowing) {
		return text
	}
	// 增长, not 增速: "进出口增速" alone finds the 进出口总额 level (147亿元)
	// while "进出口增长" finds its growth.
	return a + "增长和" + b + "增长各是多少"
}

// notGrowing are words naming a side that is itself a degree, share or
// ranking, whose growth the report never states: "经营主体增速比企业活跃度
// 高多少" read as asking 活跃度's growth found figures of other things.
var notGrowing = []string{"活跃度", "占有率", "占比", "比重", "比例", "强度", "排名", "位次", "利用率", "普惠率", "精细化率"}

// comparedElsewhere are words making the other side of a comparison the
// same indicator elsewhere or in another year, not another indicator.
var comparedElsewhere = []string{"全省", "全国", "全市", "省里", "省内", "国内", "平均", "去年", "今年", "上年", "前年", "明年", "同期", "以前", "过去"}

// trimRateWords is a side of a comparison without the words that say it
// is a rate.
func trimRateWords(side string) string {
	side = strings.TrimSpace(side)
	for changed := true; changed; {
		changed = false
		for _, w := range rateWords {
			if t := strings.TrimSuffix(side, w); t != side {
				side, changed = t, true
			}
		}
	}
	return side
}

// namesIndicator reports whether a side of a comparison names one of the
// lexicon's concepts and states no number.
func (rd *reader) namesIndicator(side string) bool {
	norm := Normalize(side)
	return norm != "" && !strings.ContainsAny(norm, "0123456789") && len(rd.lex.Concepts(norm)) > 0
}
