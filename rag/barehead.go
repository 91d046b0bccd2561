package rag

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// countAskedOfHead is a question asking how many of a thing, its head
// noun right before the ask (企业多少家, 企业有几家).
var countAskedOfHead = regexp.MustCompile(`^(?:有|共有|一共|总共|一共有|总共有)?` + countAsk)

// countAskedBeforeHead is the same ask written right before the head
// (多少家 of 新增了多少家企业).
var countAskedBeforeHead = regexp.MustCompile(`(?:` + countAsk + `|多少)$`)

// countAsk asks how many, in a measure word of things counted.
const countAsk = `(?:多少|几)(?:个|家|所|名|人|项|座|处|条|户|台|场|次|辆|艘|万人|万户|万个)`

// headBoundaryWords end the words that qualify a head noun: a verb of
// coming into being, of signing or settling in (签约, 进驻: 新签约注册项目
// is all projects signed, not a kind of project) or a scope or time word,
// not a kind (新增 and 全市 of 全市新增外贸型企业, before 外贸型).
var headBoundaryWords = []string{
	"新增", "新建", "新开", "新设", "新登记", "培育", "引进", "建成", "建设", "改造", "完成", "实现", "达到", "累计",
	"签约", "注册", "进驻", "入驻", "落户", "落地", "开工", "开复工", "复工", "投产", "竣工", "招引", "谈成", "增划", "储备", "实施", "推进",
	"其中", "全市", "全年", "全省", "全国", "我市", "去年", "今年", "明年", "年内", "当年", "各类", "共有", "拥有", "有",
	"2023年", "2024年", "2025年", "2026年",
}

// writtenHead is the index of the asked head as the question writes it
// (at a place within qnorm, not missing from the reports); -1 when there
// is none.
func writtenHead(qnorm string, asked []askedTerm) int {
	h := slices.IndexFunc(asked, func(t askedTerm) bool { return t.head })
	if h < 0 || asked[h].missing || asked[h].at < 0 || asked[h].at+len(asked[h].term) > len(qnorm) {
		return -1
	}
	return topicHead(qnorm, asked, h)
}

// countsQualifiedHead reports whether a count asked of a bare head
// (去年新增企业多少家) meets, in clause, that head's figure with a kind
// written before it that the question lacks (新增外贸型企业18家, 新增省级…
// 龙头企业11家): that counts a subset, not the head. A question naming a
// kind itself (外贸型企业多少家) is left to the other tests, and so is a
// narrow head (公园, of which 城市公园 are all the report counts): only a
// broad one, that many passages write (企业, 项目), has kinds to mistake
// for it.
func countsQualifiedHead(qnorm string, asked []askedTerm, clause string, broad func(string) bool) bool {
	h := writtenHead(qnorm, asked)
	if h < 0 {
		return false
	}
	head := asked[h]
	if !countAskedOfBare(qnorm, head) || !broad(head.term) {
		return false
	}
	if headFigureAt(clause, head) < 0 {
		return false
	}
	// A size the question bounds the head by (亿元以上) is no kind of the
	// clause's either: what is left of its qualifier (产业链) is.
	size := ownQualifier(qnorm, head)
	// Every mention must be a kind's: 引进各类人才超万人、其中高层次人才31人
	// also counts all talents.
	for _, w := range head.spellings() {
		for i := range wordPositions(clause, w) {
			q := qualifierBefore(clause, i)
			if size != "" {
				q = strings.Replace(q, size, "", 1)
			}
			// One character (新 of 新签约) is a verb's prefix, no kind.
			if utf8.RuneCountInString(q) < 2 || coveredByAsked(q, asked) {
				return false
			}
		}
	}
	return true
}

// countAskedOfBare reports whether the question asks how many of head,
// with no kind of its own (a size bound is none), written before the ask
// (新增企业多少家, 开复工的亿元以上项目有多少个) or right after it (新增了多少
// 家企业, 新增了多少企业).
func countAskedOfBare(qnorm string, head askedTerm) bool {
	if countAskedOfHead.MatchString(afterTopic(qnorm[head.at+len(head.term):])) {
		return withoutThreshold(ownQualifier(qnorm, head)) == ""
	}
	m := countAskedBeforeHead.FindStringIndex(qnorm[:head.at])
	return m != nil && strings.Trim(qnorm[head.at+len(head.term):], "?？。吗呢") == ""
}

// ownQualifier is what the question writes before its head back to a
// boundary, a relative clause's 的 cut off (开复工的亿元以上项目: 亿元以上).
func ownQualifier(qnorm string, head askedTerm) string {
	return strings.TrimLeft(qualifierBefore(qnorm, head.at), "的")
}

// sizeThreshold bounds a head by its money (亿元以上, 500万元以上): no kind
// of it, so "开复工的亿元以上项目有多少个" asks of projects as such, and
// 亿元以上产业链项目 are a kind of them. Other 以上 name kinds (规模以上
// 工业企业) and stay.
var sizeThreshold = regexp.MustCompile(`[0-9.]*(?:十|百|千|万|亿)*元(?:及)?以上`)

// withoutThreshold is a qualifier with its size thresholds cut out.
func withoutThreshold(q string) string {
	return sizeThreshold.ReplaceAllString(q, "")
}

// qualifierBefore is what text writes right before byte offset end back to
// a boundary (a verb of coming into being, a scope or time word, a figure,
// punctuation or the start): 外贸型 of 全市新增外贸型企业.
func qualifierBefore(text string, end int) string {
	pos := end
	for pos > 0 {
		s := text[:pos]
		if endsWithAny(s, headBoundaryWords) {
			break
		}
		r, n := utf8.DecodeLastRuneInString(s)
		if open := glossBefore(s); open >= 0 {
			pos = open // 规上(限上) of 新增规上(限上)企业 is one kind
			continue
		}
		if !unicode.Is(unicode.Han, r) || r == '的' && pos == end {
			if r == '的' {
				end -= n // 新增的企业 is a bare head
				pos -= n
				continue
			}
			break
		}
		pos -= n
	}
	return text[pos:end]
}

// coveredByAsked reports whether a qualifier is all words the question
// asks itself: 盘锦港 of 盘锦港吞吐量, or 转化 of the head 转化科技成果
// met as 科技成果.
func coveredByAsked(q string, asked []askedTerm) bool {
	for _, t := range asked {
		for _, w := range t.spellings() {
			q = strings.ReplaceAll(q, w, "")
		}
	}
	return q == ""
}

// broadWord reports whether w is written in at least a tenth of the
// indexed passages: a broad head (企业, 项目), not a narrow one (公园).
func (ix *Index) broadWord(w string) bool {
	return len(ix.bm25.postings[w])*10 >= len(ix.bm25.docLen)
}

// countsOtherKind reports whether a count asked of a kind the question
// names before its head (外资企业多少家) meets, in clause, the head's figure
// with only other kinds written before it, none asked (新增外贸型企业18家):
// those count another kind. Where a mention is bare or names a word asked, the clause may
// leave the question's kind to its context, or names it, and stands.
func countsOtherKind(qnorm string, asked []askedTerm, clause string, broad func(string) bool) bool {
	h := writtenHead(qnorm, asked)
	if h < 0 {
		return false
	}
	head := asked[h]
	if !broad(head.term) || withoutThreshold(ownQualifier(qnorm, head)) == "" || headFigureAt(clause, head) < 0 {
		return false
	}
	// Only a broad head (企业, 项目) has kinds to mistake for the one asked,
	// and only where the clause writes no word the question qualifies it by.
	own := qualifierOf(asked, h)
	if own == nil || own.in(clause) {
		return false
	}
	seen := false
	for _, w := range head.spellings() {
		for i := range wordPositions(clause, w) {
			q := qualifierBefore(clause, i)
			if utf8.RuneCountInString(q) < 2 || slices.ContainsFunc(asked, func(t askedTerm) bool { return !t.head && t.in(q) }) {
				return false // bare, or the kind asked (外贸型 of 外贸企业)
			}
			if own.missing && strings.ContainsAny(q, own.term) {
				return false // a word no report writes may misspell the clause's kind
			}
			seen = true
		}
	}
	return seen
}
