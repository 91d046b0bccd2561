package rag

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// measureNoun is a measure noun a figure question may end its subject
// with (炼油能力, 库容, 缴费基数, 营收, 增速), and the ways the reports
// write that measure beside a figure of it.
type measureNoun struct {
	asked   string
	written []string
	// change: the measure is a growth rate, which a question asks of
	// anything in words the report may put otherwise; it is declined only
	// where the answer gives the thing's figure in another measure (海洋经济
	// 生产总值403亿元 for 海洋经济增长多少): the level given, not its growth.
	change bool
	// sum: the measure is a total, which the report also writes as the
	// thing's own sum in money (投入技改资金70.1亿元 for 技改资金总额).
	sum bool
}

// askedMeasures are the measures groundUnmeasured holds an answer to.
// WHY: a figure of the same subject in another measure (海洋经济生产总值
// 403亿元 for 海洋经济增长多少) or of another subject in the same measure
// (地区生产总值增长5.5% for it) is a neighbour's figure, not the one asked.
// A capacity is also written by its unit alone (20万吨/年润滑油装置).
var askedMeasures = []measureNoun{
	{"能力", []string{"能力", "产能", "吨/年"}, false, false},
	{"产能", []string{"产能", "能力", "吨/年"}, false, false},
	{"库容", []string{"库容", "容量"}, false, false},
	{"容量", []string{"容量", "库容"}, false, false},
	{"基数", []string{"基数"}, false, false},
	{"营收", []string{"营收", "营业收入"}, false, false},
	{"营业收入", []string{"营收", "营业收入"}, false, false},
	{"增速", []string{"增速", "增长", "增幅", "提高", "下降"}, true, false},
	{"增幅", []string{"增速", "增长", "增幅", "提高", "下降"}, true, false},
	{"增长", []string{"增速", "增长", "增幅", "提高", "下降"}, true, false},
	{"总额", []string{"总额", "总量"}, false, true},
	{"强度", []string{"强度"}, false, false},
}

// figureAskWords ask for a figure; a measure noun closing the question
// (缴费基数, 库容) asks one too.
var figureAskWords = []string{"多少", "多大", "多长", "多高", "几"}

// measureAsked is the measure a Chinese figure question asks and where it
// stands in the question (byte offset), or nil when it asks none of
// askedMeasures. The first written measure counts: "营收增长多少" asks the
// revenue's growth, and both words must then stand by the figure.
func measureAsked(norm string) (*measureNoun, int) {
	best, at := (*measureNoun)(nil), -1
	for i := range askedMeasures {
		m := &askedMeasures[i]
		if k := strings.Index(norm, m.asked); k >= 0 && (at < 0 || k < at) {
			best, at = m, k
		}
	}
	if best == nil {
		return nil, -1
	}
	rest := strings.TrimRight(norm[at+len(best.asked):], "?？。！!是的呢啊吧 ")
	// Staff shorthand names the measure with only a year or a target
	// after it ("R&D强度25目标"): asked as "是多少" asks it.
	if rest != "" && !containsAny(rest, figureAskWords) && amountTail(strings.TrimSpace(rest)) != "" {
		return nil, -1 // 增长点, 能力建设: the word names no figure asked
	}
	return best, at
}

// measureSubject are the asked terms of substance before the measure, in
// its clause: the thing whose measure is asked (海洋 of 海洋经济增长,
// 华锦阿美 and 项目 of 华锦阿美项目炼油能力). A term running into the
// measure (经济增长, read as 地区生产总值增长 by the lexicon) is no subject:
// it would let the city's growth stand for 海洋经济's. What a clause before
// states (华锦阿美项目去年建成了，产能多大) is the asker's premise, for the
// claim checks: the measure asked of no subject in its own clause is left be.
func measureSubject(norm string, asked []askedTerm, at int) []askedTerm {
	from := strings.LastIndexAny(norm[:at], ",，;；。")
	var out []askedTerm
	for _, t := range substantive(asked) {
		if t.at <= from || t.at+len(t.term) > at || t.part || t.missing && !t.noun {
			continue
		}
		out = append(out, t)
	}
	slices.SortStableFunc(out, func(a, b askedTerm) int { return a.at - b.at })
	return out
}

// measuredInAnswer reports whether some figure clause of a paragraph the
// answer cites holds, in the sentence up to it (with its section's title),
// a written form of measure m and the subject's last term, the noun the
// measure is of (炼油 of 炼油能力, 海洋 of 海洋经济增长): a figure that
// measures the asked thing. A figure of another thing (地区生产总值增长5.5%
// for 海洋经济增长) or in another measure (海洋经济生产总值403亿元) is no
// answer; a qualifier before that noun the report leaves out (本级 of 本级
// 财政收入) must not refuse a figure it gives. other: some figure clause
// holds the noun without the measure (the thing's figure in another one).
func (e *Engine) measuredInAnswer(d *Draft, m *measureNoun, subject []askedTerm) (measured, other bool) {
	of := subject[len(subject)-1]
	for _, c := range d.Answer.Citations {
		para := e.ix.citedParagraph(c)
		if para == nil {
			continue
		}
		cl := e.ix.para(para).clauses
		for i, k := range cl {
			if !k.digit {
				continue
			}
			window := Normalize(c.Section + para.Lead + para.Text[sentenceStart(cl, i):k.span.byteEnd])
			switch {
			case !of.in(window):
			case containsAny(window, m.written), m.sum && sumOf(window, of):
				return true, false
			default:
				other = true
			}
		}
	}
	return false, other
}

// sumFigure is a sum of money closing a clause, with at most a verb of
// reaching before it: "70.1亿元", "达到147亿元".
var sumFigure = regexp.MustCompile(`^(?:达到|为|共|累计|总计)?[0-9.]+(?:万|亿)?(?:美)?元[^\p{Han}]*$`)

// sumOf reports whether a figure clause ends on the asked thing's own sum
// in money (技改资金70.1亿元): a total given without the word 总额. A sum
// with another noun between (交易节支2.63亿元) is a part of it, not its total.
func sumOf(window string, of askedTerm) bool {
	for _, w := range of.spellings() {
		if k := strings.LastIndex(window, w); k >= 0 && sumFigure.MatchString(window[k+len(w):]) {
			return true
		}
	}
	return false
}

// groundUnmeasured declines a Chinese figure question that asks a measure
// of a thing (炼油能力, 库容, 营收, 增速) when no figure the answer quotes
// is that measure of that thing: the report gives no such figure, and a
// neighbouring indicator's figure cited for it is confidently wrong. The
// quotes stay as related text, labelled so.
func (e *Engine) groundUnmeasured(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || d.Derived || d.Matched || hasCorrection(ans) || d.Intent.Lang == "en" || d.Intent.List || d.ClaimShaped() {
		return
	}
	m, at := measureAsked(d.norm)
	if m == nil || strings.Count(d.norm, m.asked) > 1 {
		return // two things' measures compared (GDP增速和固投增速差多少) are the comparison's to answer
	}
	subject := measureSubject(d.norm, d.asked, at)
	if len(subject) == 0 {
		return
	}
	if measured, other := e.measuredInAnswer(d, m, subject); measured || m.change && !other {
		return
	}
	what := d.norm[min(subject[0].at, at) : at+len(m.asked)]
	ans.relatedOnly(GroundNoSuchFigure,
		fmt.Sprintf("报告没有给出所问的“%s”数字。相关内容：", what),
		fmt.Sprintf("The report gives no figure for the %s asked. Related text:", what))
}
