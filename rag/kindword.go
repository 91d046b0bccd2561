package rag

import (
	"strings"
	"unicode/utf8"
)

// kindWords pick out one sort of a thing: by what powers it (新能源), the
// currency it is counted in (人民币), the size of the firms (小微), a
// national title (小巨人), an industry's product (医药) or a group of people
// (残疾人). A figure whose sentence does not write the word
// counts the whole kind (新购公交车辆85台, 本外币贷款余额增长4.7%, 专精特新
// 等优质中小企业10家), not the sort asked: headlining it would be
// confidently wrong. 电动 is none: 电动车 is how people say the report's
// 电动自行车.
var kindWords = []string{
	"新能源", "氢能", "纯电", "混动", "燃油", "柴油", "燃气", // what powers it
	"人民币", "外币", // the currency counted
	"小微", "小巨人", // the size or title of firms
	"医药",  // the product of an industry (医药产业 of 粮油加工及生物科技产业)
	"残疾人", // a group of people (残疾人就业 of 城镇新增就业)
}

// kindQuoteMarks are the marks a question may quote a kind word in.
const kindQuoteMarks = "“”\"'‘’「」『』"

// groundKindWord declines a Chinese figure question's answer when the
// question puts a kind word right before a word of the headline's cited
// quote (新能源公交车 of 新购公交车辆) and the quote lacks the kind word; the
// quote is shown as related text. A kind word right after a figure's unit
// (7.5亿元人民币) names the currency, no sort of a thing.
func (e *Engine) groundKindWord(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || d.Intent.List || !d.Intent.Figure || hasCorrection(ans) || !startsHan(d.norm) {
		return
	}
	head, ok := headlinePart(ans)
	if !ok || len(head.Citations) == 0 {
		return
	}
	said := Normalize(ans.Citations[head.Citations[0]].Quote)
	for _, w := range kindWords {
		i := strings.Index(d.norm, w)
		if i < 0 || strings.Contains(said, w) || strings.HasSuffix(d.norm[:i], "元") {
			continue
		}
		// A kind word quoted as a title (专精特新“小巨人”企业) is no less right
		// before the word it sorts: its closing mark is no word between.
		next := firstRunes(strings.TrimLeft(d.norm[i+len(w):], kindQuoteMarks), 2)
		if utf8.RuneCountInString(next) == 2 && strings.Contains(said, next) {
			ans.relatedOnly(GroundNoSuchFigure,
				"报告没有单列所问的这一类，给出的是范围更宽的数字。相关内容：",
				"The report gives no figure for the kind asked, only a broader one. Related text:")
			return
		}
	}
}
