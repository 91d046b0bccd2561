package rag

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// unnamedKindName is a named thing of a kind the question asks whether
// there is, or the city is or took part in — a hospital, a school, a
// pilot city's title, an expo, a games — whose name the report never
// writes (新建三甲医院, 有没有腾讯云产业学院, 是不是国家5G规模应用试点城市):
// a quote about another of that kind (宝石花医院, 华为鲲鹏产业学院, 北斗规模
// 应用试点城市) answers nothing of it. The name is read back from a kind's
// word (医院, 城市) to the word that asks (nameModifiers); it is unwritten
// when one of its distinctive words never shares a clause with the kind
// (nameUnwritten). "" when the question names no such thing.
func (e *Engine) unnamedKindName(d *Draft) string {
	norm := d.Norm()
	ws := d.Words(norm)
	at := 0
	for i, w := range ws {
		start := at
		at += len(w)
		kind, first := kindOfName(w), i
		if kind == "" && i > 0 && runeLen(w) == 1 {
			// 先导, 区: a kind's word the cutter split, read whole.
			if kind = kindOfName(ws[i-1] + w); kind != "" {
				first, start, w = i-1, start-len(ws[i-1]), ws[i-1]+w
			}
		}
		if kind == "" || continuesCompound(e.ix, ws, i) {
			continue
		}
		mods, ok, opens := e.ix.nameModifiers(ws, first)
		if !ok && !(opens && e.ix.properOpening(mods) && asksOfOpeningName(d)) {
			continue
		}
		if w != kind && properNames[e.ix.posOf(w)] {
			mods = append(mods, w) // 中医院: the word is the name's distinctive part
		}
		if len(mods) == 0 {
			continue
		}
		from := start
		for _, m := range mods {
			if m != w {
				from -= len(m)
			}
		}
		name := norm[from:at]
		misspelt := !ok && misspeltOfQuoted(name, normalizedQuotes(d.Answer.Citations))
		if !misspelt && e.nameUnwritten(d, name, kind, e.distinctiveWords(mods, d.Query.Text)) {
			return upperLetters(name)
		}
	}
	return ""
}

// misspeltOfQuoted reports whether a quote writes name with its opening
// words slipped: where the quote's name ends as name does, the words
// before that shared ending share a character with name's (极兔速 for
// 急兔快 of 急兔快递产业园). Another brand shares none (京 for 中 of 中粮
// 粮食物流产业园, 大连理 for 辽宁石油化 of 辽宁石油化工大学).
func misspeltOfQuoted(name string, quotes []string) bool {
	rs := []rune(name)
	for _, q := range quotes {
		qr := []rune(q)
		for end := range qr {
			k := 0
			for k < len(rs) && k <= end && qr[end-k] == rs[len(rs)-1-k] {
				k++
			}
			if k < minShared || k == len(rs) {
				continue
			}
			own := rs[:len(rs)-k]
			from := max(end-k+1-len(own), 0)
			if sharesRune(string(own), string(qr[from:end-k+1])) {
				return true
			}
		}
	}
	return false
}

// upperLetters writes the Latin letters of a normalized name upper-case,
// as names write them (5G, CBA).
func upperLetters(name string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return unicode.ToUpper(r)
		}
		return r
	}, name)
}

// kindOfName is the kind's word w ends with (医院 of 中医院), "" when it
// names no kind of named thing.
func kindOfName(w string) string {
	for _, k := range nameKinds {
		if strings.HasSuffix(w, k) {
			return k
		}
	}
	return ""
}

// nameKinds are words that close the name of one institution, title or
// event, which another of the same kind does not stand for: schools,
// hospitals, banks, zones and pilot titles, expos and games.
var nameKinds = append(slices.Clone(institutionEnds),
	"银行", "校区", "城市", "示范区", "试验区", "先行区", "先导区", "基地", "景区",
	"运动会", "博览会", "交易会", "比赛", "联赛")

// continuesCompound reports whether the kind's word at i is itself a
// modifier: a noun follows it (城市公园, 医院床位), which the question
// asks about rather than the named thing.
func continuesCompound(ix *Index, ws []string, i int) bool {
	if i+1 >= len(ws) {
		return false
	}
	pos := ix.posOf(ws[i+1])
	return pos == "n" || pos == "vn" || pos == "nz" || pos == "ng"
}

// nameModifiers are the words before the kind's word at i that make up
// its name, first to last (国家, 5, g, 规模, 应用, 试点 of 国家5G规模应用
// 试点城市), read back to the word that asks whether there is, or the
// place is, such a thing (是不是, 有没有, 入选, 新建; 举办了). ok is false
// when no such word stands before the name — a name that opens the
// question, or follows another verb (晋升, 支持), is a claim of the
// report's own thing, which the steps correcting claims answer — or when
// the question asks which (什么, 哪所): it names no one thing. opens says
// the name opens the question, but for a year or the city before it
// (中粮粮食物流产业园现在建得怎么样了, 盘锦中医院): mods are then its words.
func (ix *Index) nameModifiers(ws []string, i int) (mods []string, ok, opens bool) {
	for j := i - 1; j >= 0; j-- {
		w := ws[j]
		switch {
		case nameCues[w]:
			return mods, true, false
		case (w == "了" || w == "过") && j > 0 && nameCues[ws[j-1]]:
			return mods, true, false
		case w == "上" && j > 0 && ws[j-1] == "评":
			// 评上 is won, as 评为 is: the cut leaves 评 and 上 apart.
			return mods, true, false
		case nameAsks[w]:
			return nil, false, false
		case ix.endsNameRead(w) && !ix.unknownCharRun(ws, j, i) && !ix.splitCompound(ws, j):
			return mods, false, subjectOpens(strings.Join(ws[:j+1], ""), len(strings.Join(ws[:j+1], "")))
		}
		mods = append([]string{w}, mods...)
	}
	return mods, false, true
}

// properOpening: the words of a name opening the question make one proper
// name (辽宁 石油 化工 of 辽宁石油化工大学): one holds a place's or a body's
// name, and none is a verb, a time or a function word. Common words
// before a kind (社区医院, 孩子上幼儿园, 产教融合实训基地) describe what is
// asked of, as the report's own things.
func (ix *Index) properOpening(mods []string) bool {
	return slices.ContainsFunc(mods, func(w string) bool { return properNames[ix.posOf(w)] && runeLen(w) >= 2 }) &&
		!slices.ContainsFunc(mods, func(w string) bool { return ix.verbLike(w) || ix.endsNameRead(w) })
}

// asksOfOpeningName: a question opening with a name asks of it, rather
// than restating a report's sentence with a name misremembered, when it
// is no claim (…对吗, 听说…) and the answer corrects nothing: a claim
// left uncorrected is the claims steps' to weigh.
func asksOfOpeningName(d *Draft) bool {
	return !hasCorrection(d.Answer) && (asksWhether(d.Read) || !d.ix.statesClaim(d.Read))
}

// unknownCharRun reports whether the word at j opens a run of words of
// one Han character each, two or more before the kind's word at i, that
// no report writes together: a brand the dictionary does not know, cut
// into its characters (顺, 丰 of 顺丰产业园), whose first may read as a
// preposition (顺) without ending the name.
func (ix *Index) unknownCharRun(ws []string, j, i int) bool {
	run := ""
	for _, w := range ws[j:i] {
		if runeLen(w) != 1 || !startsHan(w) {
			break
		}
		run += w
	}
	return runeLen(run) >= 2 && !ix.writesAny(nil, []string{run})
}

// splitCompound reports whether the word at j ends a word of two
// characters the cutter split and the report writes whole: 强, 市 of
// 知识产权强市 (the report's 制造强市), whose 市 alone would read as the
// city opening a subject. The first may not be a cue or end the read.
func (ix *Index) splitCompound(ws []string, j int) bool {
	if j == 0 || runeLen(ws[j]) != 1 || runeLen(ws[j-1]) != 1 || !startsHan(ws[j-1]) {
		return false
	}
	return !nameCues[ws[j-1]] && !ix.endsNameRead(ws[j-1]) && ix.writesAny(nil, []string{ws[j-1] + ws[j]})
}

// nameAsks are words that ask which thing of a kind is meant.
var nameAsks = map[string]bool{"什么": true, "哪个": true, "哪些": true, "哪所": true, "哪家": true, "哪里": true, "几所": true, "几家": true, "几个": true, "多少": true, "怎样": true, "什么样": true, "啥": true}

// nameCues ask whether there is such a thing, or whether the city is one
// or took part in one: the named thing follows them.
var nameCues = map[string]bool{
	"是": true, "是不是": true, "是否": true, "有": true, "有没有": true, "有无": true, "入选": true, "成为": true,
	"获评": true, "评为": true, "获批": true, "举办": true, "承办": true, "办": true, "参加": true, "新建": true,
	"建": true, "建设": true, "创建": true, "争创": true, "申报": true, "设立": true,
}

// endsNameRead reports whether w cannot stand inside a name: punctuation,
// a particle or function word, a time word, a word that may lead a
// subject (the city 盘锦, a year, 请问).
func (ix *Index) endsNameRead(w string) bool {
	if strings.IndexFunc(w, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) }) >= 0 || w != "" && subjectOpens(w, len(w)) {
		return true
	}
	switch pos := ix.posOf(w); pos {
	case "l", "y", "d", "p", "c", "r", "t", "m", "q", "e", "o":
		return true
	default:
		return strings.HasPrefix(pos, "u")
	}
}

// nameUnwritten reports whether the report never writes name, of the
// kind kind: one of its distinctive words shares no clause with the
// kind's word or a lexicon term for it (中国女篮 does, with 赛事, for
// 中国女篮比赛), and no clause writes the name whole, contracted or with
// one character slipped.
func (e *Engine) nameUnwritten(d *Draft, name, kind string, distinct []string) bool {
	kinds := append(kindSpellings(kind), e.ix.lex.reportTermsOf(kind)...)
	if !slices.ContainsFunc(distinct, func(w string) bool {
		ws := e.spellingsOf(d.Scope, w)
		_, _, ok := e.clauseHolding(d.Scope, func(s string) bool { return containsAny(s, ws) && containsAny(s, kinds) }, nil)
		return !ok
	}) {
		return false
	}
	if e.ix.writesAny(d.Scope, e.spellingsOf(d.Scope, name)) {
		return false
	}
	if _, _, ok := e.clauseHolding(d.Scope, abbreviates(name), nil); ok {
		return false
	}
	rs := []rune(name)
	_, _, slipped := e.clauseHolding(d.Scope, oneSlipOf(string(rs[:len(rs)-1]), string(rs[len(rs)-1:])).MatchString, nil)
	return !slipped
}

// spellingsOf is w, and the report terms the lexicon gives for it when
// the report never writes w itself: a word the report writes is its own
// (卫生 is not 健康, which the lexicon files with it). A level is spelt
// as its group (levelSpellings).
func (e *Engine) spellingsOf(rep *Report, w string) []string {
	if l := levelSpellings(w); l != nil {
		return l
	}
	if e.ix.writesAny(rep, []string{w}) {
		return []string{w}
	}
	return append([]string{w}, e.ix.lex.reportTermsOf(w)...)
}

// kindSpellings are a kind's word, its other words (kindOtherWords) and,
// of three characters, its contraction (运会 of 运动会 in 市九运会, 博会 of
// 博览会 in 进博会).
func kindSpellings(kind string) []string {
	out := append([]string{kind}, kindOtherWords[kind]...)
	if rs := []rune(kind); len(rs) == 3 {
		out = append(out, string([]rune{rs[0], rs[2]}))
	}
	return out
}

// kindOtherWords are other words for a kind that a name of it may end
// with: a scenic spot the report writes as a 风景廊道 or a 景点 is the
// 景区 a question asks of (红海滩景区 for 红海滩国家风景廊道).
var kindOtherWords = map[string][]string{
	"景区": {"风景", "景点"},
}

// distinctiveWords are the words of mods that tell one thing of a kind
// from another: not a word any may carry (重点, 示范), a grade (五星级, 5A)
// or a verb, not one Han character. A level (全国, 国家级) tells a national
// games from the city's, so it counts. Letters and digits (5, g) are
// joined, and count when they hold a digit or the question writes them
// upper-case (CBA): lower-case letters are pinyin for a word (中shi基地).
// A run of one-character words is joined too, and counts from two: a
// brand the dictionary does not know is cut into its characters (顺, 丰 of
// 顺丰产业园), and together they tell it from the report's 极兔速递产业园.
func (e *Engine) distinctiveWords(mods []string, asked string) []string {
	var out []string
	latin, singles := "", ""
	flush := func() {
		if latin != "" && !aGrade.MatchString(latin) && (strings.ContainsAny(latin, "0123456789") || strings.Contains(asked, upperLetters(latin))) {
			out = append(out, latin)
		}
		if runeLen(singles) >= 2 {
			out = append(out, singles)
		}
		latin, singles = "", ""
	}
	for _, m := range mods {
		if !startsHan(m) {
			latin += m
			continue
		}
		if runeLen(m) == 1 && latin == "" {
			singles += m
			continue
		}
		flush()
		if levelSpellings(m) != nil || runeLen(m) >= 2 && !genericNameWords[m] && !strings.HasSuffix(m, "级") && !strings.HasPrefix(e.ix.posOf(m), "v") {
			out = append(out, m)
		}
	}
	flush()
	return out
}

// aGrade is a scenic spot's grade (4a, 5a, aaaaa), normalized.
var aGrade = regexp.MustCompile(`^(?:\d*a+)$`)

// genericNameWords are words any named thing of a kind may carry.
var genericNameWords = map[string]bool{
	"全市": true, "市级": true, "首批": true, "第一批": true, "重点": true, "大型": true, "综合": true, "示范": true,
	"一所": true, "一家": true, "这个": true, "那个": true,
}

// nameLevels are the ways of writing one level of a title: 国家级 is the
// report's 国家 of 国家北斗规模应用试点城市.
var nameLevels = [][]string{{"国家", "国家级", "全国"}, {"省级", "全省", "辽宁省"}}

// levelSpellings is the level group w belongs to, nil for another word.
func levelSpellings(w string) []string {
	for _, g := range nameLevels {
		if slices.Contains(g, w) {
			return g
		}
	}
	return nil
}

// groundKindName declines an answer to a question about a named thing
// the report never names (unnamedKindName): its quotes, about others of
// the kind, stay as related text under a notice naming what is missing.
func (e *Engine) groundKindName(d *Draft) {
	if !d.Answer.Found || d.Lookup {
		return
	}
	name := e.unnamedKindName(d)
	if name == "" || hasCorrection(d.Answer) && !(asksWhether(d.Read) && correctsOnlyWithin(d.Answer, name)) {
		// A correction of another word names the report's own thing; a
		// claim (…是吧) restating the report's sentence with another name
		// in it is a misremembered name, which the correction sets right.
		return
	}
	d.Answer.relatedOnly(GroundNotAnswered, "报告没有提到“"+name+"”。相关内容：", "The report does not mention this. Related text:")
}

// asksWhether reports whether question t asks whether a thing is so (…了
// 吗, 是不是…, 有没有…) rather than states it for agreement (…是吧, …对吗,
// 听说…, 我没记错吧) or outright: an asker who states a name believes it
// and may have misremembered it; one who asks whether has none to set
// right.
func asksWhether(t string) bool {
	t = strings.TrimRight(strings.TrimSpace(t), "？?！!。.～~ ")
	if startsWithAny(t, claimOpeners) || endsWithAny(t, agreementTags) || tagClause.MatchString(t) {
		return false
	}
	return endsWithAny(t, whetherEnds) || containsAny(t, whetherWords)
}

// agreementTags close a statement asked to be agreed with; whetherEnds
// and whetherWords ask whether it is so.
var (
	agreementTags = []string{"吧", "对吗", "对么", "对不对", "对不", "是吗", "是不是", "没错"}
	whetherEnds   = []string{"吗", "么", "没有", "了没"}
	whetherWords  = []string{"是不是", "是否", "有没有", "有无"}
)

// correctsOnlyWithin reports whether every correction of ans sets the
// report's words against words of name, a title the report never writes
// (国家人工智能试点 of 国家人工智能试点城市 against 国家北斗规模应用试点): a
// title no one is given is not a misspelt one, and the report's other
// title answers nothing of it — the asker learns only that the city holds
// some title, as if it were this one's right name.
func correctsOnlyWithin(ans *Answer, name string) bool {
	n := Normalize(name)
	for _, p := range ans.Parts {
		if p.Type == PartCorrection && (p.Stated == "" || !strings.Contains(n, Normalize(p.Stated))) {
			return false
		}
	}
	return true
}
