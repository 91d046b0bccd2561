package rag

import (
	"slices"
	"strings"
)

// edgePOS are the parts of speech that stand beside a name in a slot
// without being part of it: verbs (支持锦城石化, 大洼区要), conjunctions
// and prepositions (和大连), particles (等, 的), pronouns (我市联合),
// and numerals (一个断头路).
var edgePOS = []string{"v", "vd", "vn", "c", "p", "u", "uj", "ul", "uv", "uz", "ug", "ud", "y", "r", "e", "o", "m", "q", "mq"}

// edgeAdverbs are one-character adverbs that may stand before a name's
// verb (都, 也); longer adverbs are as often names the dictionary tags
// badly (大连 is tagged an adverb).
const edgeAdverbs = "都也还已就又再才将曾"

// nameEdgeMarks are marks a slot may begin or end with: a list's 、, quotes.
const nameEdgeMarks = "、“”‘’\"'《》（）()·"

// nameIn narrows rs[s:e], a slot's words, to the name in them: without
// the marks, verbs and particles at its edges (支持锦城石化 → 锦城石化,
// 赴瑞士、荷兰、美国等地开展 → 瑞士、荷兰、美国) and a closing 上 (巴黎残奥
// 会上). ok is false when no name is left: nothing, or only verbs.
func (ix *Index) nameIn(rs []rune, s, e int) (int, int, bool) {
	if ix.dict == nil {
		return s, e, false
	}
	words := ix.dict.Segment(string(rs[s:e]), nil)
	i, j := 0, len(words)
	for i < j && ix.edgeWord(words[i]) && !ix.numeralOfName(words, i) && !ix.gluedOpening(words, i) {
		s += runeLen(words[i])
		i++
	}
	for j > i && (ix.edgeWord(words[j-1]) || words[j-1] == "等地" || words[j-1] == "等") {
		e -= runeLen(words[j-1])
		j--
	}
	if e-s >= 3 && rs[e-1] == '上' {
		e-- // 巴黎残奥会上盘锦健儿…: on the occasion of
	} else if j-i > 1 && runeLen(words[j-1]) == 1 && ix.posOf(words[j-1]) == "f" {
		return s, e, false // 烈日下, 街巷中: a setting, not a name
	}
	// A name holds a noun, or a word the dictionary lacks, and no verb:
	// 国家开展经贸交流 says something, 不少 names nothing.
	body := words[i:j]
	if len(body) > 0 && ix.gluedOpening(words, i) {
		body = body[1:] // 盛 of 盛源海洋牧场: the name's, no verb
	}
	named := slices.ContainsFunc(body, ix.nounish) && !slices.ContainsFunc(body, ix.isVerb) && !ix.predicatesNoun(words[i:j])
	return s, e, e-s >= 2 && named
}

// commonNoun: w is one word the dictionary calls a common noun (孩子,
// 学生, 目标, 学校): it names a kind of thing, any of many, never the one
// thing a claim could name wrongly ("孩子心理健康学校管吗" claims nothing
// where ¶62 says 学生). Names are places, bodies or words it lacks.
func (ix *Index) commonNoun(w string) bool {
	words := ix.dict.Segment(w, nil)
	return len(words) > 0 && !slices.ContainsFunc(words, func(x string) bool { return ix.posOf(x) != "n" })
}

// predicatesNoun: a one-character adjective follows a noun (年纪大, 薪难;
// 年纪 is tagged a time word):
// the words say something of the noun, as a clause does, and name
// nothing ("我爸妈年纪大了，社区能…吗" claims no name where ¶63 says 居家).
// Before a noun an adjective may begin a name (红海滩).
func (ix *Index) predicatesNoun(words []string) bool {
	for k := 1; k < len(words); k++ {
		if runeLen(words[k]) == 1 && ix.posOf(words[k]) == "a" && !strings.Contains(nameAdjectives, words[k]) &&
			(ix.nounish(words[k-1]) || ix.posOf(words[k-1]) == "t") {
			return true
		}
	}
	return false
}

// nameAdjectives are the one-character adjectives the report's names hold
// after a noun (东北新发地, 大豆全产业链, 辽河油田绿电, 林长制): they name.
const nameAdjectives = "新全绿长基"

// numeralOfName: words[i] is a one-character numeral word glued to a
// one-character noun, a name the dictionary lacks (多屏 of 多屏科技), not a
// count (一个, 多家) nor a numeral before a word of its own (多部门).
func (ix *Index) numeralOfName(words []string, i int) bool {
	if i+1 >= len(words) || runeLen(words[i]) != 1 || runeLen(words[i+1]) != 1 || hasDigit(words[i]) {
		return false
	}
	pos, ok := ix.dict.POS(words[i])
	return ok && pos == "m" && slices.Contains(nounPOS, ix.posOf(words[i+1]))
}

// gluedOpening: words[i], a one-character verb, is glued to a
// one-character noun that more noun words follow: a name the dictionary
// splits (盛/v 源/ng 海洋牧场), whose first character is no verb of its.
func (ix *Index) gluedOpening(words []string, i int) bool {
	if i+2 >= len(words) || runeLen(words[i]) != 1 || runeLen(words[i+1]) != 1 || !ix.isVerb(words[i]) || strings.Contains(linkVerbs, words[i]) {
		return false
	}
	return slices.Contains(nounPOS, ix.posOf(words[i+1])) && ix.nounish(words[i+2])
}

// linkVerbs are one-character verbs that stand before a name as often as
// not (是京粮, 在巴黎): never a name's first character.
const linkVerbs = "是有在为让给把被要会将去来到叫"

func (ix *Index) posOf(w string) string {
	pos, _ := ix.dict.POS(w)
	return pos
}

// edgeWord: a word that may stand at a name's edge without being part of it.
func (ix *Index) edgeWord(w string) bool {
	if r := []rune(w); len(r) == 1 && (strings.ContainsRune(nameEdgeMarks, r[0]) || isClauseMark(r[0]) || strings.ContainsRune(edgeAdverbs, r[0])) {
		return true
	}
	pos, ok := ix.dict.POS(w)
	return ok && slices.Contains(edgePOS, pos)
}

// verbLike: a word that names no thing: a verb, an adjective, an adverb.
func (ix *Index) verbLike(w string) bool {
	pos, ok := ix.dict.POS(w)
	return ok && (strings.HasPrefix(pos, "v") || strings.HasPrefix(pos, "a") || pos == "d" && runeLen(w) == 1)
}

// nounish: a word the dictionary calls a noun of some kind, or lacks.
func (ix *Index) nounish(w string) bool {
	pos, ok := ix.dict.POS(w)
	return !ok && startsHan(w) || strings.HasPrefix(pos, "n") || pos == "j"
}

// isVerb: a word the dictionary calls a verb.
func (ix *Index) isVerb(w string) bool {
	pos, ok := ix.dict.POS(w)
	return ok && (pos == "v" || pos == "vd")
}

// ownVoice are the words a report calls its own place by, and the
// question may too: never a wrong name for it. Not 政府: a claim that the
// government won what a firm won (去年政府获评省级5G工厂了吧) is wrong.
var ownVoice = []string{"我市", "本市", "全市", "我们", "咱们", "我省", "全省", "我国", "全国"}

// authorWord: 政府 names the report's author, whom a question may name
// where the report leaves the doer unsaid.
func authorWord(w string) bool { return w == "政府" || w == "市政府" }

// organisationHeads end the names of firms and institutions: the
// report's doer where a claim says the government (多屏科技获评省级5G工厂,
// not 政府). Not 部门 or 单位: 市直部门 are the government.
var organisationHeads = []string{"公司", "集团", "科技", "基地", "企业", "学院", "学校", "大学", "医院", "银行", "园区", "工厂", "油田", "协会"}

// placeHeads end the names of places below the city (兴隆台区).
var placeHeads = []string{"区", "县", "镇", "村"}

// kindFits: the named thing is of the kind claimed — a firm of 企业 or
// 公司, a college of 学校, a district of 区县 — so the claim is right
// (企业获评省级5G工厂吗 of 多屏科技; 学校在籍学生突破1万人吗 of 盘锦职业技术学院).
func kindFits(kind, name string) bool {
	switch {
	case strings.ContainsAny(kind, "区县镇乡") && kind != "社区":
		return endsWithAny(name, placeHeads)
	case strings.Contains(kind, "学") || strings.Contains(kind, "校"):
		return endsWithAny(name, []string{"学校", "学院", "大学", "中学", "小学"})
	case slices.Contains(firmKinds, kind):
		return !endsWithAny(name, placeHeads)
	}
	return false
}

// firmKinds are the common nouns for a firm.
var firmKinds = []string{"企业", "公司", "厂", "工厂", "厂家", "厂子", "集团", "民企", "国企", "单位", "老板"}

// nameLike: w names one thing — a firm, an institution, a place, or
// holds a name the dictionary knows as a person's or a body's.
func (ix *Index) nameLike(w string) bool {
	if endsWithAny(w, organisationHeads) || endsWithAny(w, placeHeads) {
		return true
	}
	if strings.HasSuffix(w, "性") {
		return false // a quality (普惠性), whatever the dictionary tags its stem
	}
	for _, x := range ix.dict.Segment(w, nil) {
		if pos := ix.posOf(x); pos == "nr" || pos == "nrt" || pos == "nt" || pos == "nz" {
			return true
		}
	}
	return false
}

// distinctNames reports whether a claim's name and a clause's are two
// names: neither holds a figure (the figures check's), neither holds
// the other (盘山 in 盘山县), the clause does not say the claim's too,
// neither is the report's own place (我市, 盘锦), and the lexicon does
// not read them as one thing.
func (ix *Index) distinctNames(claimed, said string, clause []rune) bool {
	q := []rune(claimed)
	switch {
	case hasDigit(claimed) || hasDigit(said):
		return false
	case strings.Contains(claimed, said) || strings.Contains(said, claimed):
		return false
	case containsFoldRunes(clause, q):
		return false
	case slices.Contains(ownVoice, claimed) || slices.Contains(ownVoice, said):
		return false
	case authorWord(claimed) && !ix.nameLike(said) || authorWord(said) && !ix.nameLike(claimed):
		return false // "今年政府还过紧日子吗": the report's doer, not a name ¶15 gives otherwise
	case ix.ownPlaceWord(claimed) || ix.ownPlaceWord(said):
		return false // "盘锦建市40年": the city, which a clause need not name
	case ix.endsWithOwnPlace(claimed):
		return false // 落户盘锦: where a thing goes, not what it is
	case !quotesBalanced(said) || !quotesBalanced(claimed):
		return false // 小巨人”企业: half a quoted name is no name
	}
	return !ix.sameConcept(claimed, said)
}

// sameConcept: the lexicon reads a claim's name as the report's (GDP
// for 地区生产总值, 社零, 固投): the report's term and the clause's name
// hold one another.
func (ix *Index) sameConcept(claimed, said string) bool {
	if ix.lex == nil {
		return false
	}
	said = Normalize(said)
	for _, t := range ix.lex.Expand(Normalize(claimed)) {
		if t != said && ix.kindWord(t) && !ix.kindWord(claimed) && !strings.ContainsAny(said, "等、") {
			// 企业 of 工厂 (绿色工厂, 专精特新“小巨人”企业): one kind of
			// thing, each name qualified its own way. An open list's kind
			// (申通二期等项目) may hold the claimed thing (配套工程).
			continue
		}
		if strings.Contains(said, t) || strings.Contains(t, said) {
			return true
		}
	}
	return false
}

// endsWithOwnPlace: name ends with one of the reports' own place names.
func (ix *Index) endsWithOwnPlace(name string) bool {
	n := Normalize(name)
	return slices.ContainsFunc(ix.places, func(p string) bool { return p != "" && p != n && strings.HasSuffix(n, p) })
}

// quotesBalanced: s opens every quote and bracket it closes and closes
// every one it opens: 建设期）单位, cut from 国家绿色化工园区（建设期）单位,
// is half a name as 小巨人”企业 is.
func quotesBalanced(s string) bool {
	return strings.Count(s, "“") == strings.Count(s, "”") && strings.Count(s, "‘") == strings.Count(s, "’") && strings.Count(s, "《") == strings.Count(s, "》") &&
		strings.Count(s, "（") == strings.Count(s, "）") && strings.Count(s, "(") == strings.Count(s, ")")
}

// ownPlaceWord: w is one of the reports' own place names (盘锦, 盘锦市).
func (ix *Index) ownPlaceWord(w string) bool { return slices.Contains(ix.places, Normalize(w)) }

// containsFoldRunes reports whether text holds sub, full-width forms and
// case folded.
func containsFoldRunes(text, sub []rune) bool {
	for i := 0; i+len(sub) <= len(text); i++ {
		k := 0
		for k < len(sub) && sameRune(text[i+k], sub[k]) {
			k++
		}
		if k == len(sub) {
			return true
		}
	}
	return false
}

// stageGroups are the stages a project or a plan reaches, each in its
// words, longer first: a claim of one stage where the report says
// another is wrong (开工 for 竣工投产, 获批实施 for 编制完成). Words of one
// group say the same stage (竣工 and 建成).
//
// A thing under construction or done has begun: a claim that it started
// holds against those words (startedHolds).
var stageGroups = [][]string{
	{"签约落地", "签约", "落地"},
	{"开工建设", "新开工", "开工", "动工", "开建"},
	{"续建", "在建", "加快建设", "加快实施", "加快推进"},
	{"竣工投产", "建成投产", "建成投用", "主体完工", "竣工", "完工", "建成", "投产", "投用", "投入使用", "达产"},
	{"编制完成", "编制"},
	{"获批实施", "获批", "批复", "批准"},
}

// Indexes of stageGroups that are read by name.
const (
	groupStarted  = 1
	groupBuilding = 2
	groupDone     = 3
)

// stageIn is the stage word in rs[s:e] that ends last, the longest of
// those: its group and where it is (竣工投产, not its 投产).
func stageIn(rs []rune, s, e int) (group, start, end int, ok bool) {
	text := rs[s:e]
	for g, words := range stageGroups {
		for _, w := range words {
			wr := []rune(w)
			for i := len(text) - len(wr); i >= 0; i-- {
				if string(text[i:i+len(wr)]) != w {
					continue
				}
				if at, to := s+i, s+i+len(wr); !ok || to > end || to == end && at < start {
					group, start, end, ok = g, at, to, true
				}
				break
			}
		}
	}
	return group, start, end, ok
}

// saysStage reports whether text names a stage of group g.
func saysStage(text string, g int) bool { return containsAny(text, stageGroups[g]) }
