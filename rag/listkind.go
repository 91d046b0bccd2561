package rag

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// listKind is a kind of named thing a question may ask which ones of
// (哪些城市, 哪几户国企), with the words a report writes beside a list of
// them ("盘锦、无锡两市", "A、B等3家企业").
type listKind struct {
	asked []string
	marks []string
}

// listKinds are the kinds whose members have names: a list question of one
// is answered only by a list of that kind. Abstract heads (方面, 措施,
// 成绩) are none: any of the report's lists may be their answer; so is
// 指标, whose members the report writes as figures, not as a list, and
// 企业 or 产业 at large, which it names without the word (鲁华泓锦, 异戊胶乳).
var listKinds = []listKind{
	{[]string{"城市"}, []string{"城市", "两市", "三市", "四市", "五市", "六市"}},
	{[]string{"国企", "央企"}, []string{"企业", "公司", "集团", "国企", "央企"}},
	{[]string{"商品"}, []string{"商品"}},
	{[]string{"品牌", "首店"}, []string{"品牌", "首店"}},
	{[]string{"线路"}, []string{"线路"}},
	{[]string{"补贴", "补助"}, []string{"补贴", "补助"}},
}

// whichCue asks which ones: 哪些, 哪几, 哪几户.
var whichCue = regexp.MustCompile(`哪(?:些|几)`)

// kindAfter is how far (in runes) past 哪些 the kind may start: a
// classifier and a modifier ("哪几户市属国企").
const kindAfter = 4

// kindBefore is a kind asked before its 哪些: "公交线路具体有哪些".
var kindBefore = regexp.MustCompile(`(?:具体|都|主要|还|分别)*(?:有|是|包括|包含)?$`)

// askedListKind is the kind a question asks which ones of: the kind right
// after its 哪些, or right before it; nil when none. A kind further off
// is another thing's ("在新兴产业上要推进哪些项目").
func askedListKind(norm string) *listKind {
	loc := whichCue.FindStringIndex(norm)
	if loc == nil {
		return nil
	}
	after := norm[loc[1]:]
	before := norm[:loc[0]]
	before = before[:kindBefore.FindStringIndex(before)[0]]
	// A kind before 哪些 is what is asked only when nothing is asked after
	// it ("民营企业有哪些支持措施" asks the measures).
	asksAfter := strings.TrimRight(after, clauseBreaks+"呢啊呀") != ""
	for i, k := range listKinds {
		for _, w := range k.asked {
			if kindRightAfter(after, w) || (!asksAfter && strings.HasSuffix(before, w)) {
				return &listKinds[i]
			}
		}
	}
	return nil
}

// kindRightAfter reports whether after (what follows 哪些) opens with the
// kind w within kindAfter runes, as the thing asked: not a modifier of
// another ("哪些企业的项目").
func kindRightAfter(after, w string) bool {
	at := strings.Index(after, w)
	if at < 0 || utf8.RuneCountInString(after[:at]) > kindAfter || strings.ContainsAny(after[:at], clauseBreaks) {
		return false
	}
	return !strings.HasPrefix(after[at+len(w):], "的")
}

// clauseBreaks end a clause of a question.
const clauseBreaks = "，,。；;？?！!"

// listsKind reports whether quote (normalized) holds a list of kind: an
// enumeration whose last item or the words right after it write a mark
// of the kind ("盘锦、无锡两市", "A、B等3家企业", "京抚线、大养线"), or one
// a mark introduces ("企业：A、B", "城市包括A、B"). A 、 elsewhere in the
// clause lists other things ("推动企业做优主责主业、减亏扭亏").
func listsKind(quote string, k *listKind) bool {
	for _, loc := range enumeration.FindAllStringIndex(quote, -1) {
		run := quote[loc[0]:loc[1]]
		segs := strings.Split(run, "、")
		// From the last item on, past the run: a count ends it ("等3家企业").
		last := beforeFirstAny(quote[loc[0]+strings.LastIndex(run, "、")+len("、"):], clauseEnds)
		window := utf8.RuneCountInString(segs[len(segs)-2]) + kindTail
		if containsAny(firstRunes(last, window), k.marks) || introducesKind(quote[:loc[0]], segs[0], k) || itemOfKind(run, k) {
			return true
		}
	}
	return false
}

// kindTail is how many runes past the length of an item a list's kind may
// stand: 等, a count and its classifier ("等3家企业").
const kindTail = 5

// introducesKind reports whether a mark of kind introduces a list: right
// before its colon, or before 包括 in its first item's run.
func introducesKind(before, first string, k *listKind) bool {
	if strings.HasSuffix(before, "：") || strings.HasSuffix(before, ":") {
		return containsAny(lastRunes(strings.TrimRight(before, "：:"), kindAfter+2), k.marks)
	}
	head, _, ok := strings.Cut(first, "包括")
	return ok && containsAny(head, k.marks)
}

// groundListKind declines an answer to a question asking which ones of a
// kind of named thing (哪些城市, 哪几户国企, 公交线路有哪些) when no quote
// lists that kind nor names one of it, and no item of the answer is of
// it: a list of other things ("汽车、家电、家装厨卫" for 哪些城市) or a
// sentence that only names the kind ("统筹推进市属国企战略性重组") does
// not say which ones.
func (e *Engine) groundListKind(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || hasCorrection(ans) || ans.Lang == "en" {
		return
	}
	k := askedListKind(d.norm)
	if k == nil {
		return
	}
	if !slices.ContainsFunc(ans.Parts, func(p Part) bool { return offersList(p, k) }) ||
		slices.ContainsFunc(ans.Parts, func(p Part) bool { return partOfKind(d, p, k) }) {
		return
	}
	ans.relatedOnly(GroundNotAnswered, "报告没有列出所问的是哪些。相关内容：", "The report does not list which ones were asked. Related text:")
}

// offersList reports whether a part reads as an answer to which ones: a
// quote that lists things or writes the kind asked, or an item. A quote
// of neither is no list of anything, and other rules judge it.
func offersList(p Part, k *listKind) bool {
	return p.Type == PartItem || (p.Type == PartQuote && (strings.Contains(p.Text, "、") || containsAny(Normalize(p.Text), k.marks)))
}

// partOfKind reports whether an answer's part gives members of kind: a
// quote listing them or naming one, an item written with a mark of it.
func partOfKind(d *Draft, p Part, k *listKind) bool {
	switch p.Type {
	case PartQuote:
		return listsKind(Normalize(p.Text), k) || (!othersAsked(d.norm) && namesOneOfKind(d, p.Text, k))
	case PartItem:
		return containsAny(p.Text, k.marks)
	}
	return false
}

// namesOneOfKind reports whether a clause of quote names one thing of
// kind: written with a mark of it or a title given ("益海嘉里被评为国家级
// 绿色工厂"), as namesOne reads. A clause that only opens with a word
// asked ("经济发展持续承压" for 哪些经济指标) names none.
func namesOneOfKind(d *Draft, quote string, k *listKind) bool {
	for _, sp := range Clauses(quote) {
		cl := quote[sp.byteStart:sp.byteEnd]
		if (containsAny(Normalize(cl), k.marks) || containsAny(cl, namingCues)) && namesOne(d, cl) {
			return true
		}
	}
	return false
}

// othersCues ask which others there are beside the one the asker knows:
// one named is not an answer.
var othersCues = []string{"还有哪些", "还有哪几", "其他", "其它", "另外"}

// othersAsked reports whether a question asks which others.
func othersAsked(norm string) bool { return containsAny(norm, othersCues) }

// itemOfKind reports whether an item of an enumeration run is written with
// a mark of kind ("辽河油田、华锦集团、辽河石化" lists firms): the items as
// enumerationItems trims them, not the words leading into the first.
func itemOfKind(run string, k *listKind) bool {
	return slices.ContainsFunc(enumerationItems(run), func(it string) bool { return containsAny(it, k.marks) })
}
